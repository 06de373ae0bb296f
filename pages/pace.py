"""Tiến độ / Pace: the official share of communes per tier over time, projected to the plans' and the programme's
target years."""

import streamlit as st

from ntm import queries
from ntm.charts.pace import pace_chart
from ntm.figures.overview import plan_line
from ntm.figures.pace import pace_view
from ntm.figures.summary import target_scope
from ntm.i18n import t
from ntm.periods import series_until
from ntm.queries.overview import tiers_by_period
from ntm.queries.summary import programme_targets
from ntm.tables.pace import verdict_sentence
from ntm.ui.cache import computed, query
from ntm.ui.downloads import show_chart
from ntm.ui.shell import page_header

context, place, _ = page_header("pace.heading")
lang, scope, filters = context.lang, context.scope, context.filters

series = computed(
    series_until, query(queries.scope_series_every_period, filters.any_period()), filters.period
)
if series.empty:
    st.info(t("empty.no_communes", lang))
    st.stop()

plans = {
    tier: line
    for tier, column in (("ntm", "recognised_ntm"), ("advanced", "recognised_advanced"))
    if not (line := plan_line(query(queries.plan_targets, filters, tier), int(series[column].iloc[0]))).empty
}
pace = computed(
    pace_view, series, query(tiers_by_period), plans, filters.period, query(programme_targets),
    target_scope(filters),
)  # fmt: skip
for verdict in pace.verdicts:
    (st.success if verdict.will_be_met else st.warning)(verdict_sentence(verdict, lang))
if not pace.verdicts:
    st.info(t("pace.no_plan", lang))
pace_figure = computed(
    pace_chart,
    pace.shares,
    pace.projections,
    pace.plans,
    pace.targets,
    lang,
    place,
)
show_chart(pace_figure, "pace", scope, lang)
st.caption(t("pace.note", lang))
st.caption(t("pace.shares_note", lang))
st.caption(t("trend.plan_note", lang))
