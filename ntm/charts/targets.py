"""Figures of the advanced-NTM and model-village pages: over time, plan against results, blocking
criteria, the village × criterion grid. Okabe–Ito colours; every bar carries its number."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import (
    ACCENT_COLOUR,
    FONT,
    MET_COLOUR,
    NOT_MET_COLOUR,
    UNKNOWN_COLOUR,
    chart_title,
    safe_text,
    separators,
)
from ntm.i18n import t

RECOGNISED_COLOUR = "#009E73"  # bluish green
PLANNED_COLOUR = "#56B4E9"  # sky blue

_LEGEND_BELOW = dict(orientation="h", yanchor="top", y=-0.18, x=0)
BLOCKING_SHOWN = 10  # a projector shows ten bars legibly; the caption says how many candidates


def count_ticks(top: float) -> dict:
    """Whole-number ticks for a count axis: every unit up to 10, then 1, 2 or 5 × 10ⁿ apart (about six ticks)."""
    if top <= 10:
        return dict(tick0=0, dtick=1, tickformat=",d")
    magnitude = 10 ** math.floor(math.log10(top / 6))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= top / 6)
    return dict(tick0=0, dtick=step, tickformat=",d")


# Each figure is built by one `go.Figure(data=..., layout=...)` call: plotly's update_layout and
# add_trace on a figure that exists cost several times as much as the constructor; `_layout` gives the
# settings every figure shares, which a figure's own settings (margin, legend) replace.
def _layout(title: dict, lang: str, height: int = 420) -> dict:
    return dict(
        title=title,
        font=FONT,
        height=height,
        margin=dict(l=60, r=20, t=80, b=90),
        separators=separators(lang),
        legend=_LEGEND_BELOW,
    )


def tier_trend_chart(
    series: pd.DataFrame, target: pd.DataFrame, what: str, place: str, lang: str, y_title: str
) -> go.Figure:
    """Subjects meeting every criterion and recognised per period; the plan's cumulative target dashed."""
    periods = series["period"].tolist()
    traces = [
        go.Scatter(
            x=periods,
            y=series[column].tolist(),
            name=t(key, lang),
            mode="lines+markers",
            line=dict(color=colour, width=3, dash=dash),
            hovertemplate="%{x}: %{y}<extra>%{fullData.name}</extra>",
        )
        for column, colour, dash, key in (
            ("reaching", MET_COLOUR, "solid", "targets.trend_reaching"),
            ("recognised", RECOGNISED_COLOUR, "dot", "targets.trend_recognised"),
        )
    ]
    # Target years after the last period shown are left out (a boolean Series: an empty list would pick columns).
    last = max(periods, default="")
    shown = target[
        pd.Series([f"{int(year)}-H2" <= last for year in target["year"]], index=target.index, dtype=bool)
    ]
    if not shown.empty:
        traces.append(
            go.Scatter(
                x=[f"{year}-H2" for year in shown["year"]],
                y=shown["target"].tolist(),
                name=t("targets.trend_target", lang),
                mode="lines+markers",
                line=dict(color=ACCENT_COLOUR, width=2, dash="dash"),
                marker=dict(symbol="diamond", size=10),
                hovertemplate="%{x}: %{y}<extra>%{fullData.name}</extra>",
            )
        )
    when = f"{periods[0]} – {periods[-1]}" if periods else ""
    layout = dict(
        _layout(chart_title(what, place, when), lang),
        xaxis=dict(type="category", categoryorder="category ascending"),
        yaxis=dict(
            rangemode="tozero",
            title=y_title,
            **count_ticks(max([*series["reaching"], *series["recognised"], *shown["target"], 1])),
        ),
    )
    return go.Figure(data=traces, layout=layout)


def plan_chart(plan: pd.DataFrame, place: str, when: str, lang: str, y_title: str) -> go.Figure:
    """Per target year: planned, meeting every criterion, recognised — grouped bars with their numbers."""
    years = [str(int(y)) for y in plan["target_year"]]
    traces = [
        go.Bar(
            x=years,
            y=plan[column].tolist(),
            name=t(key, lang),
            marker_color=colour,
            text=plan[column].tolist(),
            textposition="outside",
            hovertemplate="%{x}: %{y}<extra>%{fullData.name}</extra>",
        )
        for column, colour, key in (
            ("planned", PLANNED_COLOUR, "targets.col_planned"),
            ("reached", MET_COLOUR, "targets.col_reached"),
            ("recognised", RECOGNISED_COLOUR, "targets.col_recognised"),
        )
    ]
    top = max([*plan["planned"].tolist(), 1])
    layout = dict(
        _layout(chart_title(t("targets.plan_title", lang), place, when), lang),
        barmode="group",
        xaxis=dict(type="category", title=t("targets.plan_x", lang)),
        yaxis=dict(title=y_title, range=[0, top * 1.2], **count_ticks(top)),
    )
    return go.Figure(data=traces, layout=layout)


def blocking_chart(blocking: pd.DataFrame, place: str, when: str, lang: str) -> go.Figure:
    """Candidates not meeting (and lacking data on) each criterion, the most blocking on top."""
    ordered = blocking.head(BLOCKING_SHOWN).iloc[::-1]
    labels = [
        f"{no}. {safe_text(name)}"
        for no, name in zip(ordered["criterion_no"], ordered[f"name_{lang}"], strict=True)
    ]
    traces = [
        go.Bar(
            y=labels,
            x=ordered[column].tolist(),
            orientation="h",
            name=t(key, lang),
            marker_color=colour,
            text=[v if v else "" for v in ordered[column]],
            textposition="inside",
            insidetextanchor="middle",
            textangle=0,
            textfont=dict(color="black", size=16),
            hovertemplate="%{y}: %{x}<extra>%{fullData.name}</extra>",
        )
        for column, colour, key in (
            ("not_met", NOT_MET_COLOUR, "targets.blocking_not_met"),
            ("unknown", UNKNOWN_COLOUR, "targets.blocking_unknown"),
        )
    ]
    height = max(320, 140 + 34 * len(labels))
    layout = dict(
        _layout(chart_title(t("targets.advanced.blocking_title", lang), place, when), lang, height),
        barmode="stack",
        xaxis=dict(
            rangemode="tozero",
            title=t("targets.advanced.blocking_x", lang),
            **count_ticks(max([*(ordered["not_met"] + ordered["unknown"]), 1])),
        ),
        yaxis=dict(automargin=True, tickfont=dict(size=15)),
        legend={**_LEGEND_BELOW, "traceorder": "normal"},
        margin=dict(l=20, r=20, t=80, b=90),
    )
    return go.Figure(data=traces, layout=layout)


def _status_code(status: str) -> int:
    return {"not_met": 0, "unknown": 1, "met": 2}.get(status, 1)


def village_grid_chart(
    grid: pd.DataFrame, names: dict[int, str], place: str, when: str, lang: str
) -> go.Figure:
    """Village × criterion: met / not met / no data in colour-blind-safe colours with a mark in each cell."""
    criteria = [c for c in grid.columns if isinstance(c, int)]
    # The rows labelled 0, 1, … in one look-up: `.at` per cell took a third of the figure's time.
    statuses = grid.loc[range(len(grid)), criteria].to_numpy().tolist()
    z = [[_status_code(status) for status in row] for row in statuses]
    marks = {0: t("scorecard.mark_not_met", lang), 1: "?", 2: t("scorecard.mark_met", lang)}
    words = {0: t("status.not_met", lang), 1: t("status.unknown", lang), 2: t("status.met", lang)}
    x_labels = [t("targets.villages.col_criterion", lang, no=c) for c in criteria]
    cells = go.Heatmap(
        z=z,
        x=x_labels,
        y=[safe_text(name) for name in grid["village_name"]],
        text=[[marks[v] for v in row] for row in z],
        texttemplate="%{text}",
        textfont=dict(size=18, color="black"),  # black reads on all three colours
        customdata=[
            [f"{safe_text(names.get(c, ''))}: {words[v]}" for c, v in zip(criteria, row, strict=True)]
            for row in z
        ],
        hovertemplate="%{y} · %{x} %{customdata}<extra></extra>",
        colorscale=[[0, NOT_MET_COLOUR], [0.5, UNKNOWN_COLOUR], [1, MET_COLOUR]],
        zmin=0,
        zmax=2,
        showscale=False,
        xgap=2,
        ygap=2,
    )
    height = max(320, 190 + 38 * len(grid))
    layout = dict(
        _layout(chart_title(t("targets.villages.grid_title", lang), place, when), lang, height),
        xaxis=dict(side="top", type="category", tickfont=dict(size=15)),
        yaxis=dict(autorange="reversed", type="category", automargin=True, tickfont=dict(size=15)),
        margin=dict(l=20, r=20, t=150, b=20),
    )
    return go.Figure(data=[cells], layout=layout)
