"""The figure of the Sụt giảm tiêu chí page: the recognised communes slipping, by criterion."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import (
    INK,
    NOT_MET_COLOUR,
    UNKNOWN_COLOUR,
    chart_title,
    horizontal_bars_layout,
    safe_text,
    wrap_label,
)
from ntm.i18n import t
from ntm.tables.labels import criterion_label, tier_name
from ntm.tables.slipping import situation_name

AT_RISK_COLOUR = "#56B4E9"  # sky blue: met, but near the threshold

# Each figure is built by one `go.Figure(data=..., layout=...)` call: plotly's update_layout, add_trace
# and update_*axes on a figure that exists cost several times as much as the constructor.


def slipping_chart(counted: pd.DataFrame, lang: str, place: str, period_label: str) -> go.Figure:
    """Recognised communes failing, lacking data or near the threshold, per criterion (`slips_by_criterion`)."""
    labels = [
        wrap_label(f"{tier_name(tier, lang)} · {safe_text(criterion_label(no, name))}", width=36)
        for tier, no, name in zip(
            counted["tier"], counted["criterion_no"], counted[f"criterion_{lang}"], strict=True
        )
    ]
    traces = []
    for situation, colour in (
        ("failing", NOT_MET_COLOUR),
        ("no_data", UNKNOWN_COLOUR),
        ("at_risk", AT_RISK_COLOUR),
    ):
        counts = [int(n) for n in counted[situation]]
        if not any(counts):
            continue
        traces.append(
            go.Bar(
                y=labels,
                x=counts,
                orientation="h",
                name=situation_name(situation, lang),
                marker_color=colour,
                text=[str(n) if n else "" for n in counts],
                textposition="inside",
                insidetextanchor="middle",
                textangle=0,
                constraintext="none",
                textfont=dict(size=15, color=INK),
                hovertemplate="%{y}: %{x}<extra>%{fullData.name}</extra>",
            )
        )
    title = chart_title(t("slipping.chart_title", lang), place, period_label)
    totals = counted[["failing", "no_data", "at_risk"]].sum(axis=1) if len(counted) else pd.Series([1])
    layout = horizontal_bars_layout(lang, title, t("slipping.chart_x", lang), labels, float(totals.max()))
    return go.Figure(data=traces, layout=layout)
