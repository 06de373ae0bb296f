"""Figures of the commune page: criteria met over time, each criterion over time, funding by source.

Time runs on an axis counted in years (a half-year bar sits in the middle of its half), so a
recognition decision is drawn on the day it was signed, inside the half-year it belongs to.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import (
    ACCENT_COLOUR,
    FONT,
    INK,
    MET_COLOUR,
    STATUS_CODES,
    STATUS_COLOURS,
    STATUS_GRID,
    safe_text,
    separators,
)
from ntm.figures.commune import as_date, date_position, period_position
from ntm.i18n import format_date, format_number, format_percent, period_name, t
from ntm.tables.commune import funding_source_name
from ntm.tables.labels import status_mark, status_name

_TITLE_FONT = dict(size=20)
# Streamlit's chart theme sets small, light grey axis and legend fonts; a projector washes them out.
_TICK_FONT = dict(size=15, color=INK)
_LEGEND = dict(
    orientation="h", yref="container", y=0.01, yanchor="bottom", x=0, font=dict(size=15, color=INK)
)


# Each figure is built by one `go.Figure(data=..., layout=...)` call: plotly's update_layout, add_trace
# and add_vline on a figure that exists cost several times as much as the constructor.


def _title(text: str, subtitle: str) -> dict:
    return dict(
        text=text, font=_TITLE_FONT, subtitle=dict(text=subtitle, font=dict(size=15)), x=0, xanchor="left"
    )


def _year_axis(positions: list[float]) -> dict:
    """Ticks on each year's middle, labelled with the year; no thousands separator on years."""
    first, last = int(min(positions)), int(max(positions))
    years = list(range(first, last + 1))
    return dict(
        range=[first - 0.02, last + 1.02],
        tickvals=[y + 0.5 for y in years],
        ticktext=[str(y) for y in years],
        showgrid=False,
        tickfont=_TICK_FONT,
        minor=dict(tickvals=years[1:], showgrid=True, gridcolor="#d0d0d0"),
        zeroline=False,
    )


def criteria_history_chart(
    history: pd.DataFrame, recognitions: pd.DataFrame, tier: str, tier_label: str, name: str, lang: str
) -> go.Figure:
    """Criteria met / not met / lacking data in each period (stacked), with the tier's decisions as lines."""
    x = [period_position(y, h) for y, h in zip(history["year"], history["half"], strict=True)]
    periods = [period_name(p, lang) for p in history["period"]]
    traces = []
    for status, column in (
        ("met", "criteria_met"),
        ("not_met", "criteria_not_met"),
        ("unknown", "criteria_unknown"),
    ):
        values = [int(v) for v in history[column]]
        traces.append(
            go.Bar(
                x=x,
                y=values,
                name=status_name(status, lang),
                marker_color=STATUS_COLOURS[status],
                width=0.42,
                text=[str(v) if v and status == "met" else "" for v in values],
                textposition="inside",
                insidetextanchor="middle",
                textfont=dict(color="white", size=15),
                customdata=periods,
                hovertemplate="%{customdata}: %{y}<extra>%{fullData.name}</extra>",
            )
        )
    marks = []  # (position, label, dash) of each decision and revocation of this tier
    tier_rows = recognitions[recognitions["tier"] == tier]
    for number, day, revoked in zip(
        tier_rows["decision_no"], tier_rows["decision_date"], tier_rows["revoked_date"], strict=True
    ):
        if as_date(day) is not None:
            label = t("commune.history.recognised", lang, day=format_date(as_date(day), lang))
            marks.append((date_position(as_date(day)), f"{label} ({number})", "dash"))
        if as_date(revoked) is not None:
            label = t("commune.history.revoked", lang, day=format_date(as_date(revoked), lang))
            marks.append((date_position(as_date(revoked)), label, "dot"))
    positions = x + [position for position, _, _ in marks]
    middle = (min(positions) + max(positions) + 1) / 2 if positions else 0
    lines, labels = [], []
    for index, (position, label, dash) in enumerate(sorted(marks)):
        # A vertical line over the whole plot height, as `add_vline` draws it.
        lines.append(
            dict(
                type="line",
                x0=position,
                x1=position,
                xref="x",
                y0=0,
                y1=1,
                yref="y domain",
                line=dict(color=ACCENT_COLOUR, width=3, dash=dash),
            )
        )
        # Labels run towards the middle of the chart, alternately above the bars and in the free band
        # over them, so two decisions close in time do not print over each other.
        labels.append(
            dict(
                x=position,
                y=1.0 if index % 2 == 0 else 0.99,
                yref="paper",
                yanchor="bottom" if index % 2 == 0 else "top",
                xanchor="left" if position < middle else "right",
                text=label,
                showarrow=False,
                font=dict(color=ACCENT_COLOUR, size=14),
                bgcolor="rgba(255,255,255,0.9)",
            )
        )
    total = int(history["criteria_total"].max()) if len(history) else 1
    layout = dict(
        barmode="stack",
        title=_title(
            t("commune.history.title", lang, name=safe_text(name), tier=tier_label),
            t(
                "commune.history.subtitle",
                lang,
                first=periods[0] if periods else "",
                last=periods[-1] if periods else "",
            ),
        ),
        font=FONT,
        height=470,
        margin=dict(l=60, r=20, t=110, b=90),
        separators=separators(lang),
        legend=_LEGEND,
        yaxis=dict(
            title=dict(text=t("commune.history.y", lang), font=_TICK_FONT),
            tickfont=_TICK_FONT,
            range=[0, total * 1.12],
            tickformat="d",
            dtick=5 if total > 10 else 1,
        ),
        xaxis=_year_axis(positions) if positions else {},
        shapes=lines,
        annotations=labels,
    )
    return go.Figure(data=traces, layout=layout)


def criterion_grid_chart(grid: pd.DataFrame, labels: dict[int, str], name: str, lang: str) -> go.Figure:
    """Criterion rows × half-year columns, coloured and marked met / not met / lacking data."""
    periods = list(grid.columns)
    x = [period_position(int(p[:4]), int(p[-1])) for p in periods]
    rows = [
        safe_text(labels.get(int(no)) or "") or t("commune.grid.criterion", lang, no=int(no))
        for no in grid.index
    ]
    statuses = grid.values.tolist()
    marks = {s: status_mark(s, lang) for s in STATUS_CODES}
    cells = go.Heatmap(
        z=[[STATUS_CODES.get(s) if s else None for s in row] for row in statuses],
        x=x,
        y=rows,
        text=[[marks.get(s, "") if s else "" for s in row] for row in statuses],
        texttemplate="%{text}",
        textfont=dict(size=13, color="white"),
        customdata=[[status_name(s, lang) if s else "" for s in row] for row in statuses],
        **STATUS_GRID,
        hovertemplate="%{y}: %{customdata}<extra></extra>",
    )
    legend_entries = [
        go.Scatter(
            x=[None],
            y=[None],
            mode="markers",
            marker=dict(symbol="square", size=16, color=STATUS_COLOURS[status]),
            name=f"{marks[status]} {status_name(status, lang)}",
        )
        for status in ("met", "not_met", "unknown")
    ]
    layout = dict(
        title=_title(
            t("commune.grid.title", lang, name=safe_text(name)),
            t(
                "commune.grid.subtitle",
                lang,
                first=period_name(periods[0], lang) if periods else "",
                last=period_name(periods[-1], lang) if periods else "",
            ),
        ),
        font=FONT,
        height=max(300, 170 + 30 * len(rows)),
        margin=dict(l=10, r=20, t=110, b=90),
        legend=_LEGEND,
        yaxis=dict(autorange="reversed", type="category", automargin=True, tickfont=dict(size=14, color=INK)),
        xaxis=_year_axis(x) if x else {},
        plot_bgcolor="white",
    )
    return go.Figure(data=[cells, *legend_entries], layout=layout)


def funding_chart(funding: pd.DataFrame, total: float, name: str, period_label: str, lang: str) -> go.Figure:
    """Million VND per source (the six in their fixed order, top to bottom), amount and share on each bar."""
    labels = [funding_source_name(s, lang) for s in funding["source_category"]]
    amounts = funding["amount_mvnd"].tolist()
    texts = [
        f"{format_number(a, lang, 1)} ({format_percent(s, lang, 0)})"
        for a, s in zip(amounts, funding["share"], strict=True)
    ]
    bar = go.Bar(
        x=amounts,
        y=labels,
        orientation="h",
        marker_color=MET_COLOUR,
        text=texts,
        textposition="outside",
        textfont=dict(size=15, color=INK),
        cliponaxis=False,
        hovertemplate="%{y}: %{text}<extra></extra>",
    )
    layout = dict(
        title=_title(
            t("commune.funding.title", lang, name=safe_text(name), period_name=period_label),
            t("commune.funding.subtitle", lang, total=format_number(total, lang, 1)),
        ),
        font=FONT,
        height=400,
        margin=dict(l=10, r=40, t=100, b=50),
        separators=separators(lang),
        xaxis=dict(
            title=dict(text=t("commune.funding.x", lang), font=_TICK_FONT),
            tickfont=_TICK_FONT,
            separatethousands=True,
            rangemode="tozero",
            range=[0, max(amounts + [1.0]) * 1.3],
        ),
        yaxis=dict(autorange="reversed", type="category", automargin=True, tickfont=_TICK_FONT),
    )
    return go.Figure(data=[bar], layout=layout)
