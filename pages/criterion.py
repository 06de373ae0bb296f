"""Tiêu chí / Criterion: one criterion across periods, the communes not meeting it, one indicator's spread."""

from functools import partial

import streamlit as st

from ntm import queries
from ntm.charts.criterion import distribution_chart, trend_chart
from ntm.figures.criterion import indicator_distribution, period_summary
from ntm.i18n import format_number, format_percent, t
from ntm.queries import criterion as criterion_queries
from ntm.tables.criterion import (
    criterion_options,
    failing_columns,
    failing_table,
    failing_values,
    indicator_options,
    indicator_units,
    thresholds_applied,
    trend_table,
    trend_values,
)
from ntm.ui.cache import computed, query
from ntm.ui.downloads import show_chart, table_downloads
from ntm.ui.navigation import FOCUS_CRITERION, commune_table
from ntm.ui.scope import focus_select
from ntm.ui.shell import page_header

context, place, period_label = page_header("page.criterion")
lang, scope, filters = context.lang, context.scope, context.filters

labels = criterion_options(query(queries.criteria_of_set, filters.set_id), filters.criteria, lang)
chosen = focus_select(
    t("criterion.choose", lang), list(labels), FOCUS_CRITERION, "criterion", next(iter(labels), ""), lang,
    format_func=labels.get, container=st.columns(2)[0],
)  # fmt: skip
if chosen is None:
    st.info(t("criterion.no_criteria", lang))
    st.stop()
criterion_no, criterion = int(chosen), labels[chosen]

trend = query(criterion_queries.criterion_trend, filters, criterion_no)
summary = period_summary(trend, filters.period)
if not summary.communes:
    st.info(t("criterion.no_communes", lang))
    st.stop()
met, share, not_met, unknown = st.columns(4)
met.metric(
    t("criterion.kpi_met", lang),
    f"{format_number(summary.met, lang)}/{format_number(summary.communes, lang)}",
)
share.metric(t("criterion.kpi_share", lang), format_percent(summary.met_share, lang))
not_met.metric(t("criterion.kpi_not_met", lang), format_number(summary.not_met, lang))
unknown.metric(t("criterion.kpi_unknown", lang), format_number(summary.unknown, lang))

show_chart(
    computed(trend_chart, trend, lang, criterion, place, filters.period), "criterion_trend", scope, lang
)
with st.expander(t("criterion.trend_numbers", lang)):
    trend_display = trend_table(trend, lang)
    st.dataframe(trend_display, hide_index=True, width="stretch")
    table_downloads(
        partial(trend_values, trend, lang), "criterion_trend", scope, lang, criterion_no=criterion_no
    )


def commune_rows(status: str, title_key: str, empty_key: str) -> None:
    """A table of the communes whose criterion has this status; selecting a row opens the commune."""
    st.subheader(t(title_key, lang, criterion=criterion, period_name=period_label))
    rows = query(criterion_queries.failing_indicators, filters, criterion_no, status)
    if rows.empty:
        if status == "not_met":
            st.success(t(empty_key, lang))
        else:
            st.caption(t(empty_key, lang))
        return
    st.caption(t("criterion.open_hint", lang))
    display = failing_table(rows, lang)
    commune_table(display, rows, f"criterion_{status}", column_config=failing_columns(lang))
    table_downloads(
        partial(failing_values, rows, lang), f"criterion_{status}", scope, lang, criterion_no=criterion_no
    )


commune_rows("not_met", "criterion.failing_title", "criterion.none_failing")
commune_rows("unknown", "criterion.unknown_title", "criterion.none_unknown")

st.subheader(t("criterion.distribution_heading", lang))
indicators = query(criterion_queries.numeric_indicators, filters.set_id, criterion_no)
if indicators.empty:
    st.info(t("criterion.no_numeric", lang))
    st.stop()
indicator_labels, units = indicator_options(indicators, lang), indicator_units(indicators, lang)
code = focus_select(
    t("criterion.choose_indicator", lang), list(indicator_labels), "focus_indicator", "indicator",
    next(iter(indicator_labels)), lang, format_func=indicator_labels.get,
)  # fmt: skip
distribution = indicator_distribution(query(criterion_queries.indicator_values, filters, code))
if not distribution.with_value:
    st.info(t("criterion.no_values", lang))
    st.stop()
show_chart(
    computed(
        distribution_chart, distribution, lang, indicator_labels[code], units[code], place, period_label
    ),
    "criterion_distribution",
    scope,
    lang,
)
if distribution.thresholds.empty:
    st.warning(t("criterion.no_threshold", lang, year=filters.period[:4]))
elif applied := thresholds_applied(distribution, indicators, code, lang):
    st.caption(applied)
missing_key = "criterion.missing_values" if distribution.without_value else "criterion.all_values"
st.caption(t(missing_key, lang, count=distribution.without_value, total=distribution.total))
