"""Bản đồ / Map: the communes of the scope coloured by tier, criteria met, one criterion or one indicator."""

import streamlit as st

from ntm.i18n import t
from ntm.queries import map as map_queries
from ntm.ui.cache import query
from ntm.ui.map import (
    boundary_upload,
    chosen_period_map,
    colouring,
    former_districts,
    map_layout,
    show_layout_notice,
    years_map,
)
from ntm.ui.navigation import open_commune, selected_customdata, selection_key
from ntm.ui.shell import page_header

context, place, when = page_header("page.map")
lang, filters = context.lang, context.filters

units = query(map_queries.map_units, filters)
if units.empty:
    st.info(t("empty.no_communes", lang))
    st.stop()

layout = map_layout(units)
show_layout_notice(layout, lang)
paint = colouring(units, filters, lang)

# Lazy tabs: the small multiples (a query per year and one subplot each) are built only when looked at.
chosen_tab, years_tab = st.tabs(
    [t("map.tab.map", lang), t("map.tab.years", lang)], on_change="rerun", key="map_tab"
)
picked = None
if chosen_tab.open is not False:
    with chosen_tab:
        picked = st.plotly_chart(
            chosen_period_map(layout, paint, lang, place, when, former_districts(filters, units)),
            width="stretch",
            on_select="rerun", selection_mode="points", key=selection_key("map"),
        )  # fmt: skip
        st.caption(t("map.hint", lang))
if years_tab.open:
    with years_tab:
        st.plotly_chart(years_map(map_layout, filters, lang, place), width="stretch")
        st.caption(t("map.years_note", lang))
if not layout.boundaries.is_grid:
    st.caption(t("map.attribution", lang))
if (unit := selected_customdata(picked)) is not None:
    open_commune(str(unit))

boundary_upload(lang)
