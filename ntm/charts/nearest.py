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
from ntm.i18n import t
from ntm.store.schema import COMMUNE_TIERS
from ntm.tables.labels import criterion_label, tier_name

# Each figure is built by one `go.Figure(data=..., layout=...)` call: plotly's update_layout, add_trace
# and update_*axes on a figure that exists cost several times as much as the constructor.


def nearest_chart(
    ranked: pd.DataFrame, lang: str, place: str, period_label: str, limit: int = 15
) -> go.Figure:
    """Criteria still unmet per commune of `nearest_ranking` (the `limit` nearest), coloured by the next
    tier; each bar's customdata is the unit code (a click opens the commune)."""
    top = ranked.head(limit)
    traces = []
    for tier in COMMUNE_TIERS:
        rows = top[top["next_tier"] == tier]
        if rows.empty:
            continue
        traces.append(
            go.Bar(
                y=[safe_text(name) for name in rows["name"]],
                x=[int(n) for n in rows["criteria_unmet"]],
                orientation="h",
                name=tier_name(tier, lang),
                marker_color=TIER_COLOURS[tier],
                text=[str(int(n)) for n in rows["criteria_unmet"]],
                textposition="outside",
                cliponaxis=False,
                textfont=dict(size=15, color=INK),
                customdata=rows["unit_code"].astype(str).tolist(),
                hovertemplate="%{y}: %{x}<extra>%{fullData.name}</extra>",
            )
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
    top = top.assign(label=labels)
    traces = []
    for tier in COMMUNE_TIERS:
        rows = top[top["next_tier"] == tier]
        if rows.empty:
            continue
        traces.append(
            go.Bar(
                y=rows["label"].tolist(),
                x=[int(n) for n in rows["communes"]],
                orientation="h",
                name=tier_name(tier, lang),
                marker_color=TIER_COLOURS[tier],
                text=[str(int(n)) for n in rows["communes"]],
                textposition="outside",
                cliponaxis=False,
                textfont=dict(size=15, color=INK),
                customdata=[
                    f"{s}|{int(n)}" for s, n in zip(rows["set_id"], rows["criterion_no"], strict=True)
                ],
                hovertemplate="%{y}: %{x}<extra></extra>",
            )
        )
    title = chart_title(t("nearest.blockers.title", lang), place, period_label)
    x_max = float(top["communes"].max()) if len(top) else 1.0
    layout = horizontal_bars_layout(
        lang, title, t("nearest.blockers.x", lang), labels, x_max, barmode="overlay"
    )
    return go.Figure(data=traces, layout=layout)
