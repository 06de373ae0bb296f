"""Tổng quan / Overview: where the scope stands in the chosen period, and how it got there."""

from dataclasses import replace
from functools import partial

import streamlit as st

from ntm import queries
from ntm.charts.overview import bins_bar, hardest_criteria, scorecard_heatmap, tier_trend
from ntm.export import bins_frame, scorecard_values
from ntm.figures.overview import (
    SORT_KEYS,
    bin_table,
    criteria_tally,
    headline_kpis,
    plan_line,
    previous_period,
    ranking,
    scorecard,
    set_bins,
)
from ntm.figures.pace import summary_communes, tier_shares
from ntm.figures.summary import headline_figures, target_scope
from ntm.i18n import period_name, t
from ntm.periods import series_until
from ntm.queries.overview import tiers_by_period
from ntm.queries.summary import programme_targets, tier_counts
from ntm.tables.overview import (
    ranking_table,
    ranking_values,
)
from ntm.tables.summary import summary_values
from ntm.ui.cache import computed, query
from ntm.ui.downloads import briefing_downloads, show_chart, table_downloads
from ntm.ui.metrics import headline_metrics
from ntm.ui.navigation import (
    commune_table,
    open_commune,
    open_criterion,
    selected_customdata,
    selection_key,
)
from ntm.ui.scope import kept_choice
from ntm.ui.shell import page_header

context, place, when = page_header("page.overview")
lang, scope, filters = context.lang, context.scope, context.filters

results = query(queries.commune_results, filters)
if results.empty:
    st.info(t("empty.no_communes", lang))
    st.stop()

series = computed(
    series_until, query(queries.scope_series_every_period, filters.any_period()), filters.period
)
tiers = query(tiers_by_period)
targets = query(programme_targets)
before = previous_period(series, filters.period)
figures = computed(headline_figures, query(tier_counts, filters), targets, target_scope(filters))
figures_before = (
    computed(
        headline_figures, query(tier_counts, replace(filters, period=before)), targets, target_scope(filters)
    )
    if before
    else figures.iloc[0:0]
)
kpis = computed(headline_kpis, series, filters.period, tiers, figures, figures_before)
compared = t("kpi.compared_with", lang, period_name=period_name(before, lang)) if before else None
headline_metrics(kpis, compared or t("kpi.no_previous", lang), lang)
st.caption(t("kpi.criteria_note", lang, set_name=scope.names.set_name))
st.caption(t("summary.download_note", lang))
table_downloads(partial(summary_values, figures, lang), "summary", scope, lang)
briefing_downloads(scope, lang)

matrix = query(queries.criterion_matrix, filters)
tally = computed(criteria_tally, matrix)
left, right = st.columns(2)
with left:
    bins = computed(bin_table, results, set_bins(query(queries.criteria_of_set, filters.set_id)))
    show_chart(computed(bins_bar, bins, lang, place, when), "bins", scope, lang)
    table_downloads(bins_frame(bins, lang), "bins", scope, lang)
with right:
    hardest = show_chart(
        computed(hardest_criteria, tally, lang, place, when),
        "hardest",
        scope,
        lang,
        on_select="rerun",
        selection_mode="points",
        key=selection_key("hardest"),
    )
    st.caption(t("hardest.hint", lang))
if (criterion := selected_customdata(hardest)) is not None:
    open_criterion(int(criterion))

plan = plan_line(query(queries.plan_targets, filters, "ntm"), int(series["recognised_ntm"].iloc[0]))
shares = computed(tier_shares, series, tiers)
show_chart(
    computed(tier_trend, shares, plan, summary_communes(series), lang, place), "tier_trend", scope, lang
)
st.caption(t("trend.note", lang))
st.caption(t("trend.plan_note", lang))


st.subheader(t("scorecard.heading", lang))
sort_by = st.segmented_control(
    t("scorecard.sort", lang),
    SORT_KEYS,
    format_func=lambda k: t(f"scorecard.sort.{k}", lang),
    **kept_choice("scorecard_sort", list(SORT_KEYS), SORT_KEYS[0]),
)
card = computed(scorecard, matrix, sort_by or SORT_KEYS[0])
picked_cell = show_chart(
    computed(scorecard_heatmap, card, tally, lang, place, when),
    "scorecard",
    scope,
    lang,
    on_select="rerun",
    selection_mode="points",
    key=selection_key("scorecard"),
)
st.caption(t("scorecard.legend", lang))
table_downloads(lambda: scorecard_values(matrix, lang, sort_by or SORT_KEYS[0]), "scorecard", scope, lang)
if (unit := selected_customdata(picked_cell)) is not None:
    open_commune(str(unit))

st.subheader(t("ranking.heading", lang))
ranked = computed(ranking, results, query(queries.commune_results_before, filters))
ranking_display = computed(ranking_table, ranked, results, lang)
st.caption(t("ranking.hint", lang, period_name=period_name(before, lang) if before else "–"))
commune_table(ranking_display, ranked, "ranking")
table_downloads(partial(ranking_values, ranked, results, lang), "ranking", scope, lang)
