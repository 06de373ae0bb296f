"""Figures of the criterion page: communes meeting it per period; one indicator's values with its threshold."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import (
    ACCENT_COLOUR,
    FONT,
    GRID_COLOUR,
    INK,
    STATUS_COLOURS,
    period_ticks,
    safe_text,
    separators,
)
from ntm.figures.criterion import Distribution, set_changes
from ntm.i18n import t
from ntm.tables.labels import number_text, status_name, threshold_class_name

_TITLE_FONT = dict(size=21)
_SUBTITLE_FONT = dict(size=16, color=INK)
# About the characters of a 21 px title that fit across the page at 1366 px with the sidebar open.
_TITLE_WIDTH = 80
_PLOT_HEIGHT = 330  # the plot area and its x axis, below title and legend
# Each figure is built by one `go.Figure(data=..., layout=...)` call: plotly's update_layout, add_trace
# and add_shape on a figure that exists cost several times as much as the constructor.


def wrap(text: str, width: int = _TITLE_WIDTH) -> str:
    """Breaks a long chart title into lines of at most `width` characters (Plotly never wraps titles)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(lines)


def _title(text: str, lang: str, place: str, when: str) -> dict:
    subtitle = t("criterion.chart_where_when", lang, place=safe_text(place), when=when) if place else when
    return dict(
        text=wrap(text), font=_TITLE_FONT, subtitle=dict(text=wrap(subtitle), font=_SUBTITLE_FONT), x=0.01
    )


def _years(periods: list[str]) -> str:
    first, last = periods[0][:4], periods[-1][:4]
    return first if first == last else f"{first}–{last}"


def _layout(lang: str, title: dict, x_axis: dict, y_title: str, y_max: float) -> dict:
    """Title and subtitle on top, then the legend, then the plot: the top margin grows with the title's lines."""
    title_lines = title["text"].count("<br>") + 1
    subtitle_lines = title["subtitle"]["text"].count("<br>") + 1
    top = 30 + 30 * title_lines + 24 * subtitle_lines + 40
    # Streamlit's chart theme draws axis text small and grey: dark and larger, for projectors; two-line
    # period labels (a category axis) a little smaller.
    tick_size = 14 if x_axis.get("type") == "category" else 15
    axis_title_font = dict(size=16, color=INK)
    return dict(
        title={**title, "y": 1 - 18 / (top + _PLOT_HEIGHT), "yanchor": "top", "yref": "container"},
        barmode="stack",
        font=FONT,
        separators=separators(lang),
        height=top + _PLOT_HEIGHT,
        margin=dict(l=70, r=20, t=top, b=100 if x_axis.get("type") == "category" else 80),
        legend=dict(
            orientation="h",
            yanchor="bottom",
            y=1.01,
            xanchor="left",
            x=0,
            font=dict(size=16),
            traceorder="normal",
        ),
        uniformtext=dict(minsize=13, mode="hide"),
        xaxis={
            **x_axis,
            "title": dict(text=x_axis.get("title"), font=axis_title_font),
            "tickfont": dict(size=tick_size, color=INK),
        },
        yaxis=dict(
            title=dict(text=y_title, font=axis_title_font),
            rangemode="tozero",
            tickformat="d",
            range=[0, max(1.0, y_max) * 1.12],
            gridcolor=GRID_COLOUR,
            tickfont=dict(size=15, color=INK),
        ),
        plot_bgcolor="#ffffff",
    )


def trend_chart(trend: pd.DataFrame, lang: str, criterion: str, place: str, chosen_period: str) -> go.Figure:
    """Stacked bars per period of `criterion_trend`: met, not met, no data; the chosen period in bold and a
    dashed line where the criteria set changes, named by its years."""
    periods = trend["period"].tolist()
    traces = []
    for status, colour in STATUS_COLOURS.items():
        counts = [int(n) for n in trend[status]]
        traces.append(
            go.Bar(
                x=periods,
                y=counts,
                name=status_name(status, lang),
                marker_color=colour,
                text=[str(n) if n else "" for n in counts],
                textposition="inside",
                insidetextanchor="middle",
                textangle=0,
                textfont=dict(size=15, color="#ffffff" if status == "met" else INK),
                hovertemplate="%{y}<extra>" + status_name(status, lang) + "</extra>",
            )
        )
    lines, notes = [], []
    for position, set_years in set_changes(trend):
        lines.append(dict(
            type="line", xref="x", yref="paper", x0=position - 0.5, x1=position - 0.5, y0=0, y1=1,
            line=dict(color="#555555", width=2, dash="dash"),
        ))  # fmt: skip
        notes.append(dict(
            x=position - 0.5, y=1, xref="x", yref="paper", xanchor="left", yanchor="top", showarrow=False, xshift=4,
            text=t("criterion.trend_set_change", lang, set_years=set_years), font=dict(size=14, color=INK),
        ))  # fmt: skip
    when = _years(periods) if periods else ""
    title = _title(t("criterion.trend_title", lang, criterion=safe_text(criterion)), lang, place, when)
    y_max = float(trend["communes"].max()) if len(trend) else 1.0
    x_axis = dict(type="category", **period_ticks(periods, lang, chosen_period))
    layout = _layout(lang, title, x_axis, t("criterion.trend_y", lang), y_max)
    return go.Figure(data=traces, layout={**layout, "shapes": lines, "annotations": notes})


def distribution_chart(
    distribution: Distribution, lang: str, indicator: str, unit: str, place: str, period_label: str
) -> go.Figure:
    """Communes per value bin of an indicator, coloured by each commune's status, with every threshold
    in force drawn as a vertical line (one per region when they differ)."""
    bins = distribution.bins
    centres = [(low + high) / 2 for low, high in zip(bins["low"], bins["high"], strict=True)]
    widths = [high - low for low, high in zip(bins["low"], bins["high"], strict=True)]
    ranges = [
        t("criterion.bin_hover", lang, low=number_text(low, lang), high=number_text(high, lang))
        for low, high in zip(bins["low"], bins["high"], strict=True)
    ]
    traces = []
    for status, colour in STATUS_COLOURS.items():
        counts = [int(n) for n in bins[status]]
        if status == "unknown" and not any(counts):
            continue
        traces.append(
            go.Bar(
                x=centres,
                y=counts,
                width=widths,
                name=status_name(status, lang),
                marker=dict(color=colour, line=dict(color="#ffffff", width=1)),
                text=[str(n) if n else "" for n in counts],
                textposition="inside",
                insidetextanchor="middle",
                textangle=0,
                textfont=dict(size=15, color="#ffffff" if status == "met" else INK),
                customdata=ranges,
                hovertemplate="%{customdata}: %{y}<extra>" + status_name(status, lang) + "</extra>",
            )
        )
    edges = sorted({*bins["low"].tolist(), *bins["high"].tolist()})
    # A little room either side, so a threshold on the first or last edge is not hidden by the axis.
    margin = 0.3 * max(widths, default=1.0)
    x_axis = dict(
        tickvals=edges,
        ticktext=[number_text(e, lang) for e in edges],
        title=unit or None,
        range=[edges[0] - margin, edges[-1] + margin] if edges else None,
        zeroline=False,
    )
    several = len(distribution.thresholds) > 1
    lines, notes = [], []
    for position, row in enumerate(distribution.thresholds.itertuples(index=False)):
        value = number_text(row.threshold_value, lang)
        label = (
            t(
                "criterion.threshold_line_regions",
                lang,
                regions=", ".join(
                    threshold_class_name(c, distribution.basis, lang) for c in row.classes.split(", ")
                ),
                value=value,
            )
            if several and row.classes
            else t("criterion.threshold_line", lang, value=value)
        )
        lines.append(dict(
            type="line", xref="x", yref="paper", x0=row.threshold_value, x1=row.threshold_value, y0=0, y1=1,
            line=dict(color=ACCENT_COLOUR, width=3, dash="dash"), name=label,
        ))  # fmt: skip
        notes.append(dict(
            x=row.threshold_value, y=1 - 0.09 * position, xref="x", yref="paper", xanchor="left", xshift=4,
            yanchor="top", showarrow=False, text=f"<b>{label}</b>", font=dict(size=16, color=ACCENT_COLOUR),
            bgcolor="rgba(255,255,255,0.85)",
        ))  # fmt: skip
    title = _title(
        t("criterion.distribution_title", lang, indicator=safe_text(indicator)), lang, place, period_label
    )
    y_max = float((bins["met"] + bins["not_met"] + bins["unknown"]).max()) if len(bins) else 1.0
    layout = _layout(lang, title, x_axis, t("criterion.distribution_y", lang), y_max)
    return go.Figure(data=traces, layout={**layout, "shapes": lines, "annotations": notes, "bargap": 0})
