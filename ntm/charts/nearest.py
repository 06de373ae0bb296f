"""Figures of the Gần đạt page: the communes nearest to their next tier, and the criteria that block
most of them."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import (
    INK,
    TIER_COLOURS,
    chart_title,
    horizontal_bars_layout,
    safe_text,
)
from ntm.figures.nearest import still_lacking
from ntm.i18n import t
from ntm.store.schema import COMMUNE_TIERS
from ntm.tables.labels import criterion_label, tier_name

# Each figure is built by one `go.Figure(data=..., layout=...)` call: plotly's update_layout, add_trace
# and update_*axes on a figure that exists cost several times as much as the constructor.


def nearest_chart(
    ranked: pd.DataFrame, lang: str, place: str, period_label: str, limit: int = 15
) -> go.Figure:
    """Criteria still unmet per commune of `nearest_ranking` that lacks any (the `limit` nearest: a commune
    lacking none only awaits its decision), coloured by the next tier; each bar's customdata is the unit code
    (a click opens the commune)."""
    top = still_lacking(ranked).head(limit)
    traces = _tier_bars(
        top,
        [safe_text(name) for name in top["name"]],
        "criteria_unmet",
        top["unit_code"].astype(str).tolist(),
        "%{y}: %{x}<extra>%{fullData.name}</extra>",
        lang,
    )
    communes = [safe_text(name) for name in top["name"]]
    title = chart_title(t("nearest.chart_title", lang, count=len(top)), place, period_label)
    x_max = float(top["criteria_unmet"].max()) if len(top) else 1.0
    layout = horizontal_bars_layout(
        lang, title, t("nearest.chart_x", lang), communes, x_max, barmode="overlay"
    )
    return go.Figure(data=traces, layout=layout)


def blockers_chart(
    counted: pd.DataFrame, lang: str, place: str, period_label: str, limit: int = 10
) -> go.Figure:
    """Communes lacking each criterion of their next tier (`blockers`, the `limit` first), coloured by
    tier; each bar's customdata is "set_id|criterion_no" (a click opens the criterion)."""
    top = counted.head(limit)
    labels = [
        f"{tier_name(tier, lang)} · {safe_text(criterion_label(no, name))}"
        for tier, no, name in zip(
            top["next_tier"], top["criterion_no"], top[f"criterion_{lang}"], strict=True
        )
    ]
    customdata = [f"{s}|{int(n)}" for s, n in zip(top["set_id"], top["criterion_no"], strict=True)]
    traces = _tier_bars(top, labels, "communes", customdata, "%{y}: %{x}<extra></extra>", lang)
    title = chart_title(t("nearest.blockers.title", lang), place, period_label)
    x_max = float(top["communes"].max()) if len(top) else 1.0
    layout = horizontal_bars_layout(
        lang, title, t("nearest.blockers.x", lang), labels, x_max, barmode="overlay"
    )
    return go.Figure(data=traces, layout=layout)


def _tier_bars(top: pd.DataFrame, labels: list, value: str, customdata: list, hover: str, lang: str) -> list:
    """One horizontal bar trace per commune tier over the rows of `top` (labelled by `labels`, sized by
    the column `value`), in the tier's colour with the count at the bar's end."""
    traces = []
    for tier in COMMUNE_TIERS:
        picked = (top["next_tier"] == tier).tolist()
        if not any(picked):
            continue
        values = [int(n) for n, keep in zip(top[value], picked, strict=True) if keep]
        traces.append(
            go.Bar(
                y=[label for label, keep in zip(labels, picked, strict=True) if keep],
                x=values,
                orientation="h",
                name=tier_name(tier, lang),
                marker_color=TIER_COLOURS[tier],
                text=[str(n) for n in values],
                textposition="outside",
                cliponaxis=False,
                textfont=dict(size=15, color=INK),
                customdata=[data for data, keep in zip(customdata, picked, strict=True) if keep],
                hovertemplate=hover,
            )
        )
    return traces
