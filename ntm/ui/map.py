"""The map page's Streamlit parts: the boundary files (read again when they change; the new communes' outlines
estimated from their predecessors' until an office has its own), the colour choice, the notices and the
administrator's upload of a new boundary file."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

import pandas as pd
import streamlit as st

from ntm import queries
from ntm.charts import chart_title
from ntm.charts.map import commune_map, small_multiples, threshold_text
from ntm.figures.overview import set_bins
from ntm.filters import Filters
from ntm.geo import (
    COLOUR_BY,
    Boundaries,
    MapLayout,
    after_reform_boundaries,
    category_order,
    choose_layout,
    colour_classes,
    ends_before_reform,
    former_district_outlines,
    is_after_reform,
    periods_for_small_multiples,
    read_boundaries,
    read_boundary_file,
    write_boundaries_atomic,
)
from ntm.i18n import period_name, t
from ntm.queries import map as map_queries
from ntm.queries.criterion import indicator_values
from ntm.settings import after_reform_boundaries_path, boundaries_path
from ntm.store.schema import REFORM_DATE
from ntm.ui.admin import admin_gate
from ntm.ui.cache import computed, file_resource, query
from ntm.ui.importing import uploader_in_language


def file_boundaries() -> Boundaries | None:
    """The checked outlines of `NTM_BOUNDARIES`, read again whenever the file changes; None without a file."""
    return file_resource(read_boundary_file, boundaries_path(), tuple(query(map_queries.known_unit_codes)))


def office_after_reform_boundaries() -> Boundaries | None:
    """An office's own outlines of the communes formed on 1/7/2025 (`NTM_BOUNDARIES_AFTER_REFORM`), checked
    against those communes' codes; None without a file."""
    new_codes = tuple(query(map_queries.unit_codes_from, REFORM_DATE))
    return file_resource(read_boundary_file, after_reform_boundaries_path(), new_codes)


def reform_boundaries() -> Boundaries | None:
    """The outlines of the communes formed on 1/7/2025, the office's own else dissolved from their
    predecessors': computed once per data version and pair of files, never per rerun."""
    lineage = query(map_queries.unit_lineage)
    return computed(after_reform_boundaries, file_boundaries(), lineage, office_after_reform_boundaries())


def map_layout(units: pd.DataFrame) -> MapLayout:
    """Each unit drawn with the outlines of its era (`units` from `map_units`, which carry `valid_from`)."""
    after = reform_boundaries() if is_after_reform(units).any() else None
    return choose_layout(file_boundaries(), units, after)


def show_layout_notice(layout: MapLayout, lang: str) -> None:
    """Says why the grid is drawn (and how to add outlines), which units have no outline, and when outlines
    are estimated from the predecessors'."""
    office = office_after_reform_boundaries() if layout.estimated or layout.left_out else None
    if office is not None and not office.is_usable:
        lines = [t("map.after_reform_unusable", lang, path=str(after_reform_boundaries_path()))]
        st.warning("\n\n".join(lines + [p.render(lang) for p in office.problems[:10]]))
    if layout.estimated:
        st.caption(t("map.estimated_note", lang) + " " + t("map.estimated_how_to_replace", lang))
    if layout.left_out:
        shown = ", ".join(layout.left_out[:20]) + (" …" if len(layout.left_out) > 20 else "")
        st.caption(t("map.estimated_left_out", lang, count=len(layout.left_out), codes=shown))
    if layout.notice == "map.unusable_notice":
        problems = file_boundaries().problems if file_boundaries() else ()
        lines = [t(layout.notice, lang, path=str(boundaries_path()))]
        lines += [p.render(lang) for p in problems[:10]]
        st.warning("\n\n".join(lines))
    elif layout.notice:
        st.info(t(layout.notice, lang, path=str(boundaries_path())))
    if layout.missing:
        shown = ", ".join(layout.missing[:15]) + (" …" if len(layout.missing) > 15 else "")
        st.caption(t("map.missing_shapes", lang, count=len(layout.missing), names=shown))


@dataclass(frozen=True)
class Colouring:
    colour_by: str
    classes: pd.DataFrame
    order: tuple[str, ...]
    what: str  # the chart title's first line
    threshold: str | None = None


def colouring(units: pd.DataFrame, filters: Filters, lang: str) -> Colouring:
    """Draws the colour choice (tier, criteria met, one criterion, one indicator) and classes the units."""
    colour_by = (
        st.segmented_control(
            t("map.colour_by", lang),
            COLOUR_BY,
            format_func=lambda key: t(f"map.colour_by.{key}", lang),
            default="tier",
            key="map_colour_by",
        )
        or "tier"
    )
    bins = set_bins(query(queries.criteria_of_set, filters.set_id))
    if colour_by == "criterion":
        criteria = query(queries.criteria_of_set, filters.set_id)
        labels = {
            int(no): f"{no}. {name}"
            for no, name in zip(criteria["criterion_no"], criteria[f"name_{lang}"], strict=True)
        }
        chosen = st.selectbox(
            t("map.criterion", lang), list(labels), format_func=labels.get, key="map_criterion"
        )
        if chosen is not None:
            measure = query(map_queries.map_criterion_status, filters, int(chosen))
            return Colouring(
                colour_by,
                computed(colour_classes, units, colour_by, bins, measure),
                category_order(colour_by),
                t("map.title.criterion", lang, label=labels[chosen]),
            )
    if colour_by == "indicator":
        indicators = query(map_queries.set_indicators, filters.set_id)
        if indicators.empty:
            st.info(t("map.no_indicators", lang))
        else:
            by_code = indicators.set_index("indicator_code")
            labels = {code: f"{code}. {row[f'name_{lang}']}" for code, row in by_code.iterrows()}
            chosen = st.selectbox(
                t("map.indicator", lang), list(labels), format_func=labels.get, key="map_indicator"
            )
            measure = query(indicator_values, filters, chosen)
            info = by_code.loc[chosen]
            return Colouring(
                colour_by,
                computed(colour_classes, units, colour_by, bins, measure),
                category_order(colour_by),
                t("map.title.indicator", lang, label=labels[chosen]),
                threshold_text(measure, info["direction"], info["unit"], info["kind"], lang),
            )
    colour_by = colour_by if colour_by in ("tier", "criteria_met") else "tier"
    return Colouring(
        colour_by,
        computed(colour_classes, units, colour_by, bins),
        category_order(colour_by, bins),
        t(f"map.title.{colour_by}", lang),
    )


def former_districts(filters: Filters, units: pd.DataFrame) -> Boundaries | None:
    """A whole province after the reform: its former districts' outlines (the map then shows where Sông Lô
    was); None before the reform (the map dissolves the districts itself), for an area or without outlines."""
    if filters.area_code or filters.district_code or not is_after_reform(units).any():
        return None
    codes = query(map_queries.predecessor_codes, filters)
    eve = REFORM_DATE - timedelta(days=1)
    return computed(
        former_district_outlines, file_boundaries(), query(map_queries.former_district_units, codes, eve)
    )


def chosen_period_map(
    layout: MapLayout, paint: Colouring, lang: str, place: str, when: str, districts: Boundaries | None = None
):
    note = t("map.estimated_note", lang) if layout.estimated else None
    return computed(
        commune_map, layout.boundaries, paint.classes, paint.order, lang, chart_title(paint.what, place, when),
        paint.threshold, 620, 16, note, districts,
    )  # fmt: skip


def years_map(layout_for, filters: Filters, lang: str, place: str):
    """Small multiples by tier: the end of each year up to the scope's period (a query per year; the
    figure is built once per scope and outline file). Each year is drawn with its own era's outlines, so
    the maps switch to the new communes at 2025-H2, their titles saying when outlines are estimated."""
    periods = periods_for_small_multiples(query(queries.available_periods), filters.period)
    # A scope after the reform has no units before it: those years show the units that merged into it.
    before = filters
    if not ends_before_reform(filters.period):
        codes = tuple(query(map_queries.predecessor_codes, filters))
        before = Filters(filters.period, filters.set_id, unit_codes=codes or ("",))
    classes = {
        p: computed(
            colour_classes,
            query(map_queries.map_units, replace(before if ends_before_reform(p) else filters, period=p)),
            "tier",
        )
        for p in periods
    }
    layouts = {p: layout_for(classes[p]) for p in periods}
    titles = {
        p: t("map.years.estimated_title", lang, period=period_name(p, lang))
        if layouts[p].estimated
        else period_name(p, lang)
        for p in periods
    }
    return computed(
        small_multiples,
        {p: layout.boundaries for p, layout in layouts.items()},
        classes,
        category_order("tier"),
        lang,
        titles,
        chart_title(t("map.title.years", lang), place, ""),
    )


def boundary_upload(lang: str) -> None:
    """Administrators replace the boundary file: checked first (errors refuse it, unknown codes are
    listed), then written in one step to `NTM_BOUNDARIES`."""
    with st.expander(t("map.upload.heading", lang)):
        if admin_gate(lang) is None:
            return
        # Codes were reused on 1/7/2025: the new communes' outlines go to a file of their own.
        after = st.radio(
            t("map.upload.era", lang), (False, True), horizontal=True, key="map_boundary_era",
            format_func=lambda new: t(f"map.upload.era.{'after' if new else 'before'}", lang),
        )  # fmt: skip
        target = after_reform_boundaries_path() if after else boundaries_path()
        uploader_in_language(lang)
        uploaded = st.file_uploader(
            t("map.upload.file", lang), type=["geojson", "json"], key="map_boundary_file"
        )
        if uploaded is None or not st.button(t("map.upload.save", lang), key="map_boundary_save"):
            return
        raw = uploaded.getvalue()
        known = (
            query(map_queries.unit_codes_from, REFORM_DATE) if after else query(map_queries.known_unit_codes)
        )
        checked = read_boundaries(raw, known, uploaded.name)
        for problem in checked.problems:
            (st.error if problem.is_error else st.warning)(problem.render(lang))
        if not checked.is_usable:
            st.error(t("map.upload.rejected", lang))
            return
        write_boundaries_atomic(raw, target)  # a new file: file_resource reads it again
        st.success(t("map.upload.saved", lang, count=len(checked.shapes), path=str(target)))
