"""The overview's headline figures as Streamlit metrics: four to a row, values that wrap rather than being cut
("14/16 xã · 87,5 %" names its base and is longer than a bare number)."""

from __future__ import annotations

import streamlit as st

from ntm.figures.overview import Kpi
from ntm.tables.overview import (
    kpi_delta,
    kpi_delta_arrow,
    kpi_delta_colour,
    kpi_help,
    kpi_label,
    kpi_value_on_screen,
)

# Constant style only (no data inside): Streamlit cuts a long metric value with "…" by default.
WRAPPING_VALUES_CSS = """<style>
[data-testid="stMetricValue"] { font-size: 1.6rem !important; }
[data-testid="stMetricValue"], [data-testid="stMetricValue"] * { white-space: normal !important;
  overflow: visible !important; text-overflow: clip !important; line-height: 1.15 !important; height: auto !important; }
</style>"""
# A label ("Tiêu chí đạt (Đạt chuẩn NTM)") and a change's description ("so với 6 tháng cuối năm 2018")
# wrap too: cut, they read "Tiêu chí đạt (Đạt chuẩn NT…" and "so với 6 tháng cuối nă…" (1366×768).
WRAPPING_LABELS_CSS = """<style>
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] *,
[data-testid="stMetricDeltaDescription"], [data-testid="stMetricDeltaDescription"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important; height: auto !important; }
</style>"""
PER_ROW = 4


def headline_metrics(kpis: list[Kpi], compared: str, lang: str) -> None:
    """Each figure with its change (or why there is none) and a tooltip naming numerator and denominator."""
    st.html(WRAPPING_VALUES_CSS)
    wrapping_labels()
    for start in range(0, len(kpis), PER_ROW):
        for column, kpi in zip(st.columns(PER_ROW), kpis[start : start + PER_ROW], strict=False):
            kpi_metric(column, kpi, compared, lang)


def kpi_metric(column, kpi: Kpi, compared: str, lang: str) -> None:
    """One headline figure in `column` (a page's or a slide's): its value, its change coloured by meaning and
    a tooltip naming numerator and denominator (none when there is nothing to say)."""
    column.metric(
        kpi_label(kpi, lang),
        kpi_value_on_screen(kpi, lang),
        kpi_delta(kpi, lang),
        delta_color=kpi_delta_colour(kpi),
        delta_arrow=kpi_delta_arrow(kpi),
        help=kpi_help(kpi, compared, lang) or None,
    )


def wrapping_labels() -> None:
    """Metrics of the page show their whole label and change description, on two lines if needed."""
    st.html(WRAPPING_LABELS_CSS)
