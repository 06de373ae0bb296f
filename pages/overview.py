"""Tổng quan / Overview: where the scope stands on its criteria set in the chosen period."""

import streamlit as st

from ntm import queries
from ntm.bins import parse_bins
from ntm.charts.overview import bins_bar
from ntm.i18n import format_number, format_percent, period_name, t
from ntm.metrics import bin_table, scope_summary
from ntm.presentation.overview import commune_table
from ntm.settings import setting
from ntm.ui.cache import query
from ntm.ui.scope import scope_caption, scope_place
from ntm.ui.shell import page_context

context = page_context()
lang, filters = context.lang, context.filters

st.title(t("page.overview", lang))
st.caption(scope_caption(filters, lang))

results = query(queries.commune_results, filters)
if results.empty:
    st.info(t("empty.no_communes", lang))
    st.stop()

summary = scope_summary(results)
communes, reaching, recognised, average = st.columns(4)
communes.metric(t("kpi.communes", lang), format_number(summary.communes, lang))
reaching.metric(
    t("kpi.reaching_generic", lang, total=summary.criteria_total),
    f"{summary.reaching}/{summary.communes} · {format_percent(summary.reaching_share, lang)}",
)
recognised.metric(
    t("kpi.recognised", lang),
    f"{summary.recognised}/{summary.communes} · {format_percent(summary.recognised_share, lang)}",
)
average.metric(t("kpi.average", lang), format_number(summary.average_criteria_met, lang, 1))

bins = bin_table(results, parse_bins(setting("NTM_BINS")))
st.plotly_chart(
    bins_bar(bins, lang, scope_place(filters), period_name(filters.period, lang)), width="stretch"
)

st.subheader(t("table.communes_title", lang))
st.dataframe(commune_table(results, lang), hide_index=True, width="stretch")
