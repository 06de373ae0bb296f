"""Xã / Commune: one commune's tier and decisions, criteria now and over time, indicators, plan, villages, funding."""

from functools import partial

import streamlit as st

from ntm.charts.commune import criteria_history_chart, criterion_grid_chart, funding_chart
from ntm.figures import commune as figures
from ntm.i18n import period_name, t
from ntm.markup import escape_markdown, markdown_table
from ntm.periods import parse_period
from ntm.queries import commune as questions
from ntm.tables import commune as tables
from ntm.tables.labels import tier_name
from ntm.ui.cache import computed, query
from ntm.ui.downloads import show_chart, table_downloads
from ntm.ui.metrics import wrapping_labels
from ntm.ui.navigation import FOCUS_UNIT, open_criterion
from ntm.ui.scope import focus_select, scope_caption, show_scope_notices
from ntm.ui.shell import page_context

context = page_context()
lang, scope, filters = context.lang, context.scope, context.filters
period_label, period_end = period_name(filters.period, lang), parse_period(filters.period).end
heading = st.container()

choices = query(questions.commune_choices, filters)
if choices.empty:
    heading.title(t("page.commune", lang))
    heading.caption(scope_caption(scope, lang))
    st.info(t("commune.empty.no_communes", lang))
    st.stop()
labels = tables.commune_labels(choices, lang)
unit = focus_select(
    t("commune.choose", lang),
    choices["unit_code"].tolist(),
    FOCUS_UNIT,
    "unit",
    choices["unit_code"].iloc[0],
    lang,
    format_func=labels.get,
    container=st.columns([1, 2])[0],
)
show_scope_notices()  # page_context showed its own before this choice could fall back
name = tables.commune_name(choices, unit)
heading.title(t("commune.title", lang, name=escape_markdown(name)))
heading.caption(scope_caption(scope, lang))

standing = query(questions.commune_standing, filters, unit)
recognitions = query(questions.commune_recognitions, filters, unit)
history = query(questions.criteria_met_history, filters, unit)
villages = query(questions.village_progress, filters, unit)
plans = query(questions.commune_plans, filters, unit)

metrics = tables.headline_metrics(
    standing, recognitions, history, figures.village_summary(villages), period_end, lang
)
wrapping_labels()
for column, metric in zip(st.columns([3, 2, 2, 2]), metrics, strict=True):  # the tier name is the longest
    column.metric(**metric)

decisions_column, plan_column = st.columns([2, 3])
decisions_column.subheader(t("commune.recognitions.heading", lang))
decisions_column.markdown(tables.bullet_list(tables.recognition_lines(recognitions, period_end, lang)))
plan_column.subheader(t("commune.plans.heading", lang))
if plans.empty:
    plan_column.info(t("commune.plans.none", lang))
else:
    plan_column.table(markdown_table(tables.plan_table(plans, period_end, lang)), hide_index=True)
    table_downloads(partial(tables.plan_values, plans, period_end, lang), "commune_plans", scope, lang, place=name, container=plan_column)  # fmt: skip

predecessors = query(questions.commune_predecessors, filters, unit)
if not predecessors.empty:
    st.subheader(t("commune.before.heading", lang, name=escape_markdown(name)))
    st.caption(escape_markdown(tables.predecessors_note(predecessors, name, lang)))
    st.table(markdown_table(tables.predecessor_table(predecessors, lang)), hide_index=True)

if standing.empty:
    st.info(t("commune.empty.set_not_assessed", lang))
else:
    row = standing.iloc[0]
    if row["indicators_assessed"] == 0:
        st.info(
            t("commune.empty.nothing_assessed", lang, name=escape_markdown(name), period_name=period_label)
        )
    tier = tier_name(row["tier"], lang)
    show_chart(
        computed(criteria_history_chart, history, recognitions, row["tier"], tier, name, lang),
        "commune_history",
        scope,
        lang,
        place=name,
    )

    criteria = query(questions.criterion_results, filters, unit)
    st.subheader(t("commune.criteria.heading", lang, period_name=period_label))
    if filters.criteria:
        st.caption(t("commune.criteria.filtered", lang, numbers=", ".join(map(str, filters.criteria))))
    st.caption(t("commune.criteria.hint", lang))
    picked = st.dataframe(
        tables.criteria_table(criteria, lang),
        hide_index=True,
        width="stretch",
        height="content",
        on_select="rerun",
        selection_mode="single-row",
        key="commune_criteria",
    )
    table_downloads(
        partial(tables.criteria_values, criteria, lang), "commune_criteria", scope, lang, place=name
    )
    criterion_no = figures.selected_criterion(criteria, picked.selection.rows)
    if criterion_no is not None:
        open_criterion(criterion_no)

    grid = figures.criterion_grid(query(questions.criterion_history, filters, unit))
    labels_by_no = tables.criterion_labels(criteria, lang)
    show_chart(
        computed(criterion_grid_chart, grid, labels_by_no, name, lang),
        "commune_grid",
        scope,
        lang,
        place=name,
    )

    indicators = query(questions.indicator_results, filters, unit)
    st.subheader(t("commune.indicators.heading", lang, period_name=period_label))
    st.caption(tables.indicator_note(standing, lang))
    st.table(markdown_table(tables.indicator_table(indicators, lang)), hide_index=True)
    table_downloads(
        partial(tables.indicator_values, indicators, lang), "commune_indicators", scope, lang, place=name
    )

    set_change = query(questions.set_change_indicators, filters, unit)
    if not set_change.empty:
        st.subheader(t("commune.set_change.heading", lang))
        st.caption(escape_markdown(tables.set_change_note(set_change, lang)))
        st.table(markdown_table(tables.set_change_criteria_table(set_change, lang)), hide_index=True)

st.subheader(t("commune.villages.heading", lang, period_name=period_label))
if villages.empty:
    st.info(t("commune.villages.none", lang))
else:
    st.table(markdown_table(tables.village_table(villages, lang)), hide_index=True)
    table_downloads(
        partial(tables.village_values, villages, lang), "commune_villages", scope, lang, place=name
    )

funding = query(questions.commune_funding, filters, unit)
if funding.empty:
    st.info(t("commune.funding.none", lang, period_name=period_label))
else:
    total = figures.funding_total(funding)
    funding_figure = computed(
        funding_chart, figures.funding_by_source(funding), total, name, period_label, lang
    )
    show_chart(funding_figure, "commune_funding", scope, lang, place=name)
