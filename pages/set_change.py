"""Bộ tiêu chí mới / New criteria set: each commune's standing under the old set and the new, and which
criteria it newly fails or passes."""

from functools import partial

import streamlit as st

from ntm.figures.commune import set_change_counts, set_change_summary
from ntm.i18n import format_number, t
from ntm.markup import escape_markdown
from ntm.queries.commune import set_change_indicators
from ntm.tables.set_change import set_change_intro, set_change_table, set_change_values
from ntm.ui.cache import query
from ntm.ui.downloads import table_downloads
from ntm.ui.navigation import commune_table
from ntm.ui.shell import page_header

context, place, when = page_header("page.set_change")
lang, scope, filters = context.lang, context.scope, context.filters

indicators = query(set_change_indicators, filters)
if indicators.empty:
    st.info(t("set_change.none", lang))
    st.stop()
summary = set_change_summary(indicators)
counts = set_change_counts(summary)
for column, (key, value) in zip(
    st.columns(3),
    (
        ("set_change.kpi_communes", counts.communes),
        ("set_change.kpi_failing", counts.newly_failing),
        ("set_change.kpi_passing", counts.newly_passing),
    ),
    strict=True,
):
    column.metric(t(key, lang), format_number(value, lang))
st.caption(escape_markdown(set_change_intro(indicators, lang)))
commune_table(set_change_table(summary, lang), summary, "set_change")
table_downloads(partial(set_change_values, summary, lang), "set_change", scope, lang)
