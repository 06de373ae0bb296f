"""Gần đạt / Nearest to the next tier: each commune's next tier, the criteria it still lacks, the roll-up."""

from functools import partial

import streamlit as st

from ntm.charts.nearest import blockers_chart, nearest_chart
from ntm.figures.nearest import blockers, gaps_in_ranking_order, nearest_ranking, rollups
from ntm.i18n import t
from ntm.markup import escape_markdown
from ntm.queries import nearest as nearest_queries
from ntm.queries.scope import criteria_sets
from ntm.tables.nearest import (
    gaps_columns,
    gaps_table,
    gaps_values,
    model_done,
    model_done_note,
    no_set_names,
    no_set_note,
    ranking_table,
    ranking_values,
    rollup_sentence,
    set_names,
)
from ntm.ui.cache import computed, query
from ntm.ui.downloads import show_chart, table_downloads
from ntm.ui.navigation import (
    commune_table,
    open_commune,
    open_criterion,
    selected_customdata,
    selection_key,
)
from ntm.ui.shell import page_header

context, place, when = page_header("page.nearest")
lang, scope, filters = context.lang, context.scope, context.filters

communes = query(nearest_queries.next_tier_communes, filters)
gaps = query(nearest_queries.next_tier_gaps, filters)
ranked = nearest_ranking(communes, gaps)
if communes.empty or ranked.empty:
    st.info(t("nearest.empty", lang))
    st.stop()

for rollup in rollups(communes, gaps):
    st.info(escape_markdown(rollup_sentence(rollup, place, lang)))  # it names communes from the data
if done := model_done(communes):
    st.caption(model_done_note(done, lang))
if missing := no_set_names(communes):
    st.caption(no_set_note([escape_markdown(name) for name in missing], lang))

picked_commune = show_chart(
    computed(nearest_chart, ranked, lang, place, when), "nearest_communes", scope, lang,
    on_select="rerun", selection_mode="points", key=selection_key("nearest_communes"),
)  # fmt: skip
st.caption(t("nearest.chart_hint", lang))
picked_criterion = show_chart(
    computed(blockers_chart, computed(blockers, gaps), lang, place, when), "nearest_blockers", scope, lang,
    on_select="rerun", selection_mode="points", key=selection_key("nearest_blockers"),
)  # fmt: skip
st.caption(t("nearest.blockers.hint", lang))
if (unit := selected_customdata(picked_commune)) is not None:
    open_commune(str(unit))
if (picked := selected_customdata(picked_criterion)) is not None:
    set_id, criterion_no = str(picked).split("|")
    open_criterion(int(criterion_no), set_id=set_id)

st.subheader(t("nearest.ranking_heading", lang, period_name=when))
st.caption(t("nearest.rank_note", lang))
names_of_sets = set_names(query(criteria_sets), lang)
ranking_display = ranking_table(ranked, gaps, lang, names_of_sets)
commune_table(ranking_display, ranked, "nearest_ranking")
table_downloads(partial(ranking_values, ranked, gaps, lang, names_of_sets), "nearest_ranking", scope, lang)

st.subheader(t("nearest.table_heading", lang, period_name=when))
if not gaps.empty:
    ranked_gaps = gaps_in_ranking_order(gaps, ranked)
    gaps_display = gaps_table(ranked_gaps, lang)
    commune_table(gaps_display, ranked_gaps, "nearest_gaps", column_config=gaps_columns(lang))
    table_downloads(partial(gaps_values, ranked_gaps, lang), "nearest_gaps", scope, lang)
st.caption(t("nearest.scope_note", lang))
