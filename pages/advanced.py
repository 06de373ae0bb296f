"""NTM nâng cao / Advanced NTM: NTM-recognised communes of the scope against the advanced set."""

import streamlit as st

from ntm.charts.targets import blocking_chart, plan_chart, tier_trend_chart
from ntm.i18n import period_name, t
from ntm.markup import escape_markdown
from ntm.presentation import targets as present
from ntm.queries import targets as questions
from ntm.targets import (
    blocking_criteria,
    candidate_table,
    not_candidates,
    recognised_table,
    target_line,
    tier_summary,
)
from ntm.ui.cache import chart, query
from ntm.ui.downloads import show_chart, table_downloads
from ntm.ui.navigation import commune_table
from ntm.ui.scope import scope_caption, scope_place
from ntm.ui.shell import page_context

TIER = "advanced"
context = page_context()
lang, filters = context.lang, context.filters
place, when = scope_place(filters), period_name(filters.period, lang)

st.title(t("targets.advanced.title", lang))
st.caption(scope_caption(filters, lang))

results = query(questions.tier_results, filters, TIER)
if results.empty:
    st.info(t("empty.no_communes", lang))
    st.stop()
set_name = present.set_name(query(questions.tier_set, filters.period, TIER), lang)
if set_name is None:
    st.info(t("targets.advanced.not_assessed", lang, period_name=when))
else:
    st.info(t("targets.advanced.rule", lang, set_name=set_name))

summary = tier_summary(results)
for column, metric in zip(
    st.columns(4), present.summary_metrics(summary, present.criteria_total(results), lang), strict=True
):
    column.metric(**metric)

st.subheader(t("targets.advanced.table_heading", lang))
candidates = candidate_table(results)
if candidates.empty:
    st.info(t("targets.advanced.no_candidates", lang))
else:
    candidates_display = present.candidate_frame(candidates, lang)
    commune_table(candidates_display, candidates, "advanced_candidates")
    table_downloads(candidates_display, "advanced_candidates", filters, lang)
    st.caption(t("targets.click_hint", lang))
if others := not_candidates(results):
    st.caption(present.others_line([escape_markdown(name) for name in others], lang))

series = query(questions.tier_series, filters, TIER)
plan = query(questions.tier_plan, filters, TIER)
y_title = t("chart.bins_y", lang)
target = target_line(plan, series)
what = t("targets.advanced.trend_title", lang)
show_chart(
    chart(tier_trend_chart, series, target, what, place, lang, y_title), "advanced_trend", filters, lang
)

plan_column, decided_column = st.columns(2)
plan_column.subheader(t("targets.plan_heading", lang))
if plan.empty:
    plan_column.info(t("targets.plan_none", lang))
else:
    show_chart(
        chart(plan_chart, plan, place, when, lang, y_title), "advanced_plan", filters, lang, plan_column
    )
    plan_column.caption(t("targets.plan_note", lang))
decided_column.subheader(t("targets.advanced.recognised_heading", lang))
recognised = recognised_table(results)
if recognised.empty:
    decided_column.info(t("targets.advanced.recognised_none", lang))
else:
    recognised_display = present.recognised_frame(recognised, lang)
    commune_table(recognised_display, recognised, "advanced_recognised", container=decided_column)
    table_downloads(recognised_display, "advanced_recognised", filters, lang, container=decided_column)

st.subheader(t("targets.advanced.blocking_heading", lang))
blocking = blocking_criteria(query(questions.tier_criteria, filters, TIER), results)
if blocking.empty:
    st.info(t("targets.advanced.blocking_none", lang))
else:
    show_chart(chart(blocking_chart, blocking, place, when, lang), "advanced_blocking", filters, lang)
    st.caption(present.blocking_note(blocking, summary.waiting, lang))
