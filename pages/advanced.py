"""NTM nâng cao, hiện đại: NTM-recognised communes of the scope against the set of the tier right above NTM in
the period (nâng cao until 2025, the pilot hiện đại from 2026)."""

from functools import partial

import streamlit as st

from ntm.charts.advanced import blocking_chart, plan_chart, tier_trend_chart
from ntm.figures.advanced import (
    blocking_criteria,
    candidate_table,
    not_candidates,
    recognised_table,
    target_line,
    tier_summary,
)
from ntm.i18n import t
from ntm.markup import escape_markdown
from ntm.queries import advanced as advanced_queries
from ntm.tables import advanced as advanced_tables
from ntm.tables.labels import tier_name
from ntm.ui.cache import computed, query
from ntm.ui.downloads import show_chart, table_downloads
from ntm.ui.navigation import commune_table
from ntm.ui.shell import page_header


def _tier_name(context) -> dict:
    return {"tier": tier_name(query(advanced_queries.tier_above_ntm, context.filters.period), context.lang)}


context, place, when = page_header("advanced.title", _tier_name)
lang, scope, filters = context.lang, context.scope, context.filters
TIER = query(advanced_queries.tier_above_ntm, filters.period)
goal = advanced_tables.tier_goal(TIER, lang)

results = query(advanced_queries.tier_results, filters, TIER)
if results.empty:
    st.info(t("empty.no_communes", lang))
    st.stop()
set_name = advanced_tables.set_name(query(advanced_queries.tier_set, filters.period, TIER), lang)
if set_name is None:
    st.info(t("advanced.not_assessed", lang, period_name=when, goal=goal))
else:
    st.info(t("advanced.rule", lang, set_name=set_name, goal=goal))

summary = tier_summary(results)
for column, metric in zip(
    st.columns(4),
    advanced_tables.summary_metrics(summary, advanced_tables.criteria_total(results), TIER, lang),
    strict=True,
):
    column.metric(**metric)

st.subheader(t("advanced.table_heading", lang, goal=goal))
candidates = candidate_table(results)
if candidates.empty:
    st.info(t("advanced.no_candidates", lang, goal=goal))
else:
    candidates_display = advanced_tables.candidate_frame(candidates, lang)
    commune_table(candidates_display, candidates, "advanced_candidates")
    table_downloads(candidates_display, "advanced_candidates", scope, lang)
    st.caption(t("advanced.click_hint", lang))
if others := not_candidates(results):
    st.caption(advanced_tables.others_line([escape_markdown(name) for name in others], TIER, lang))

series = query(advanced_queries.tier_series, filters, TIER)
plan = query(advanced_queries.tier_plan, filters, TIER)
y_title = t("chart.bins_y", lang)
target = target_line(plan, series)
what = t("advanced.trend_title", lang, goal=goal)
show_chart(
    computed(tier_trend_chart, series, target, what, place, lang, y_title), "advanced_trend", scope, lang
)

plan_column, decided_column = st.columns(2)
plan_column.subheader(t("advanced.plan_heading", lang))
if plan.empty:
    plan_column.info(t("advanced.plan_none", lang))
else:
    show_chart(
        computed(plan_chart, plan, place, when, lang, y_title), "advanced_plan", scope, lang, plan_column
    )
    plan_column.caption(t("advanced.plan_note", lang))
decided_column.subheader(t("advanced.recognised_heading", lang, goal=goal))
recognised = recognised_table(results)
if recognised.empty:
    decided_column.info(t("advanced.recognised_none", lang, goal=goal))
else:
    recognised_display = advanced_tables.recognised_frame(recognised, lang)
    commune_table(recognised_display, recognised, "advanced_recognised", container=decided_column)
    table_downloads(
        partial(advanced_tables.recognised_values, recognised, lang),
        "advanced_recognised",
        scope,
        lang,
        container=decided_column,
    )

st.subheader(t("advanced.blocking_heading", lang))
blocking = blocking_criteria(query(advanced_queries.tier_criteria, filters, TIER), results)
if blocking.empty:
    st.info(t("advanced.blocking_none", lang, goal=goal))
else:
    show_chart(computed(blocking_chart, blocking, place, when, goal, lang), "advanced_blocking", scope, lang)
    st.caption(advanced_tables.blocking_note(blocking, summary.waiting, TIER, lang))
