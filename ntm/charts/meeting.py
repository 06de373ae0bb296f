"""Figures of meeting mode: the pages' charts made readable from the back of a room, and the funding slide."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import FONT, MET_COLOUR, fit_left_margin, separators
from ntm.i18n import format_number, format_percent, t
from ntm.tables.commune import funding_source_name

# A projected slide is read from several metres away: about twice the screen sizes.
PROJECTOR_FONT = 24
# A slide is 1280×720 with its title, scope stamp and buttons: a chart alone on it gets this height.
PROJECTOR_HEIGHT = 480


def for_projector(figure: go.Figure, height: int = PROJECTOR_HEIGHT) -> go.Figure:
    """The same figure with large type, thick outlines and no toolbar-sized text; without its own title
    (the slide's title and stamp above it say what, where and when), so it fits the slide."""
    figure.layout.title = None
    figure.update_layout(
        font={**FONT, "size": PROJECTOR_FONT, "color": "#000000"},
        height=height,
        hoverlabel=dict(font_size=PROJECTOR_FONT),
        # Beside the plot: above it, large legend entries run into the title's second line.
        legend=dict(
            font=dict(size=PROJECTOR_FONT - 2), orientation="v", x=1.01, xanchor="left", y=1, yanchor="top"
        ),
        margin=dict(t=20),
    )
    black = dict(size=PROJECTOR_FONT - 2, color="#000000")
    figure.update_xaxes(tickfont=black, title_font=black, gridcolor="#CCCCCC")
    figure.update_yaxes(tickfont=black, title_font=black, gridcolor="#CCCCCC")
    for trace in figure.data:
        if trace.type in ("bar", "scatter") and getattr(trace, "text", None) is not None:
            trace.update(textfont=dict(size=PROJECTOR_FONT + 2, color="#000000"))
        if trace.type == "bar":
            trace.update(constraintext="none")  # plotly would shrink the numbers to thin bars
    return fit_left_margin(figure)


def funding_slide_chart(by_source: pd.DataFrame, lang: str) -> go.Figure:
    """Million VND mobilised per source across the scope (six sources in fixed order), amount and share
    (the total is the slide's figure beside it)."""
    labels = [funding_source_name(s, lang) for s in by_source["source_category"]]
    amounts = by_source["amount_mvnd"].tolist()
    texts = [
        f"{format_number(a, lang, 0)} ({format_percent(s, lang, 0)})"
        for a, s in zip(amounts, by_source["share"], strict=True)
    ]
    figure = go.Figure(
        go.Bar(
            x=amounts, y=labels, orientation="h", marker_color=MET_COLOUR, text=texts,
            textposition="outside", cliponaxis=False, hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )  # fmt: skip
    figure.update_layout(
        separators=separators(lang),
        margin=dict(l=10, r=60, t=20, b=60),
        xaxis=dict(
            title=t("meeting.funding.x", lang),
            tickformat=",.0f",
            rangemode="tozero",
            range=[0, max([*amounts, 1.0]) * 1.45],
        ),  # fmt: skip
        yaxis=dict(autorange="reversed", type="category", automargin=True),
        plot_bgcolor="#FFFFFF",
    )
    return for_projector(figure)
