"""Thôn kiểu mẫu / Model villages: per commune of the scope, villages against the model-village set,
recognised and planned; one commune's village × criterion grid; model communes where the data have them."""

from functools import partial

import streamlit as st

from ntm.charts.advanced import plan_chart, tier_trend_chart
from ntm.charts.villages import village_grid_chart
from ntm.figures.advanced import recognised_table, target_line, tier_summary
from ntm.figures.villages import village_grid, village_totals, villages_meeting_criteria
from ntm.i18n import t
from ntm.markup import escape_markdown, markdown_table
from ntm.periods import parse_period
from ntm.queries import advanced as advanced_queries
from ntm.queries import villages as villages_queries
from ntm.tables import advanced as advanced_tables
from ntm.tables import villages as villages_tables
from ntm.ui.cache import computed, query
from ntm.ui.downloads import show_chart, table_downloads
from ntm.ui.navigation import FOCUS_UNIT, commune_table
from ntm.ui.scope import focus_select, show_scope_notices
from ntm.ui.shell import page_header

context, place, when = page_header("villages.title")
lang, scope, filters = context.lang, context.scope, context.filters
year = parse_period(filters.period).year

villages = query(villages_queries.village_results, filters)
if villages.empty:
    st.info(t("villages.no_communes", lang))
    st.stop()
set_name = advanced_tables.set_name(query(advanced_queries.tier_set, filters.period, "model_village"), lang)
if set_name is None:
    st.info(t("villages.not_assessed", lang, period_name=when))
else:
    st.info(t("villages.rule", lang, set_name=set_name))

totals = village_totals(villages)
for column, (key, value) in zip(
    st.columns(4), villages_tables.village_metrics(totals, year, lang), strict=True
):
    column.metric(key, value)

st.subheader(t("villages.table_heading", lang))
criteria = query(villages_queries.village_criteria, filters)
names = villages_tables.criteria_names(criteria, lang)
# The table ends with a total row, past the communes: choosing it opens nothing.
village_display = villages_tables.village_frame(
    villages, villages_meeting_criteria(criteria), totals, year, lang
)
commune_table(village_display, villages, "village_communes")
table_downloads(village_display, "village_communes", scope, lang)
if names:
    st.caption(villages_tables.criteria_legend(names, lang))
st.caption(t("advanced.click_hint", lang))

plan = query(advanced_queries.tier_plan, filters, "model_village")
series = query(villages_queries.village_series, filters)
y_title = t("villages.kpi_villages", lang)
target = target_line(plan, series)
what = t("villages.trend_title", lang)
show_chart(
    computed(tier_trend_chart, series, target, what, place, lang, y_title), "villages_trend", scope, lang
)
if plan.empty:
    st.info(t("advanced.plan_none", lang))
else:
    show_chart(computed(plan_chart, plan, place, when, lang, y_title), "villages_plan", scope, lang)
    st.caption(t("advanced.plan_note", lang))

st.subheader(t("villages.grid_heading", lang))
labels = villages_tables.commune_labels(villages, lang)
unit = focus_select(
    t("villages.choose", lang),
    villages["unit_code"].tolist(),
    FOCUS_UNIT,
    "unit",
    villages_tables.default_commune(villages),
    lang,
    format_func=labels.get,
    container=st.columns([1, 2])[0],
)
show_scope_notices()
grid = village_grid(criteria, unit)
commune = villages_tables.commune_name(villages, unit)
if grid.empty:
    st.info(t("villages.grid_none", lang, name=escape_markdown(commune)))
else:
    show_chart(
        computed(village_grid_chart, grid, names, commune, when, lang),
        "village_grid",
        scope,
        lang,
        place=commune,
    )
    st.caption(t("villages.grid_legend", lang))

st.subheader(t("villages.model.heading", lang))
model = query(advanced_queries.tier_results, filters, "model_commune")
summary = tier_summary(model)
if summary.recognised == 0 and advanced_tables.criteria_total(model) is None:
    st.info(t("villages.model.none", lang))
else:
    st.caption(t("villages.model.rule", lang, **villages_tables.model_counts(summary, lang)))
    recognised = recognised_table(model)
    if not recognised.empty:
        model_display = advanced_tables.recognised_frame(recognised, lang)
        st.table(markdown_table(model_display), hide_index=True)
        table_downloads(
            partial(advanced_tables.recognised_values, recognised, lang), "model_recognised", scope, lang
        )
