"""Figures of the overview page."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import BAR_COLOUR, FONT, separators
from ntm.i18n import format_number, format_percent, t


def bins_bar(bins: pd.DataFrame, lang: str, place: str, period_label: str) -> go.Figure:
    """Communes per criteria-met bin, highest bin on the left, count and share on each bar."""
    labels = [
        f"{format_number(n, lang)} ({format_percent(s, lang, 0)})"
        for n, s in zip(bins["communes"], bins["share"], strict=True)
    ]
    figure = go.Figure(
        go.Bar(
            x=bins["bin"],
            y=bins["communes"],
            text=labels,
            textposition="outside",
            marker_color=BAR_COLOUR,
            hovertemplate="%{x}: %{y}<extra></extra>",
        )
    )
    figure.update_layout(
        title=t("chart.bins_title", lang, place=place, period_name=period_label),
        xaxis_title=t("chart.bins_x", lang),
        yaxis_title=t("chart.bins_y", lang),
        font=FONT,
        margin=dict(l=60, r=20, t=70, b=60),
        height=420,
        separators=separators(lang),
        yaxis=dict(rangemode="tozero", tickformat="d"),
        xaxis=dict(type="category"),
    )
    figure.update_yaxes(range=[0, max(1, int(bins["communes"].max() if len(bins) else 1)) * 1.2])
    return figure
