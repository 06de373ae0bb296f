"""Sụt giảm tiêu chí / Slipping: recognised communes that fail, or nearly fail, their tier's criteria."""

from functools import partial

import streamlit as st

from ntm.charts.slipping import slipping_chart
from ntm.figures.slipping import at_risk_margin, slip_summary, slipping_rows, slips_by_criterion
from ntm.i18n import format_number, format_percent, t
from ntm.queries import nearest as nearest_queries
from ntm.queries import slipping as slipping_queries
from ntm.tables.slipping import situation_counts_sentence, slipping_table, slipping_values
from ntm.ui.cache import computed, query
from ntm.ui.downloads import show_chart, table_downloads
from ntm.ui.navigation import commune_table
from ntm.ui.shell import page_header

context, place, when = page_header("page.slipping")
lang, scope, filters = context.lang, context.scope, context.filters
margin = at_risk_margin()

communes = query(nearest_queries.next_tier_communes, filters)
rows = slipping_rows(query(slipping_queries.recognised_commune_indicators, filters), margin)
summary = slip_summary(communes, rows)
if not summary.recognised:
    st.info(t("slipping.none_recognised", lang))
    st.stop()

for column, key, value in zip(
    st.columns(5),
    ("kpi_recognised", "kpi_slipping", "kpi_criteria", "kpi_no_data", "kpi_at_risk"),
    (summary.recognised, summary.slipping, summary.criteria_failing, summary.no_data, summary.at_risk),
    strict=True,
):
    column.metric(t(f"slipping.{key}", lang), format_number(value, lang))
st.markdown(situation_counts_sentence(summary, lang))
if not summary.slipping:
    st.success(t("slipping.none", lang))

if rows.empty:
    st.info(t("slipping.none_near", lang))
else:
    show_chart(computed(slipping_chart, slips_by_criterion(rows), lang, place, when), "slipping", scope, lang)
    st.subheader(t("slipping.table_heading", lang, period_name=when))
    st.caption(t("slipping.hint", lang))
    slipping_display = slipping_table(rows, lang)
    commune_table(slipping_display, rows, "slipping")
    table_downloads(partial(slipping_values, rows, lang), "slipping", scope, lang)
st.caption(t("slipping.note", lang, margin=format_percent(margin, lang, 0)))
