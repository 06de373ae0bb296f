"""Figures of the NTM nâng cao page and of every commune tier above NTM (the Thôn kiểu mẫu page's
model-commune part uses them too): trend with the plan, plan by year, blocking criteria."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import (
    ACCENT_COLOUR,
    LEGEND_BELOW,
    MET_COLOUR,
    NOT_MET_COLOUR,
    UNKNOWN_COLOUR,
    base_layout,
    chart_title,
    count_ticks,
    fit_left_margin,
    period_axis,
    period_span,
    safe_text,
    wrap_label,
)
from ntm.figures.advanced import BLOCKING_SHOWN
from ntm.i18n import period_name, t

RECOGNISED_COLOUR = "#009E73"  # bluish green
PLANNED_COLOUR = "#56B4E9"  # sky blue


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
            customdata=[period_name(p, lang) for p in periods],
            hovertemplate="%{customdata}: %{y}<extra>%{fullData.name}</extra>",
        )
        for column, colour, dash, key in (
            ("reaching", MET_COLOUR, "solid", "advanced.trend_reaching"),
            ("recognised", RECOGNISED_COLOUR, "dot", "advanced.trend_recognised"),
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
                name=t("advanced.trend_target", lang),
                mode="lines+markers",
                line=dict(color=ACCENT_COLOUR, width=2, dash="dash"),
                marker=dict(symbol="diamond", size=10),
                customdata=[period_name(f"{year}-H2", lang) for year in shown["year"]],
                hovertemplate="%{customdata}: %{y}<extra>%{fullData.name}</extra>",
            )
        )
    layout = dict(
        base_layout(chart_title(what, place, period_span(periods, lang)), lang),
        xaxis=period_axis(sorted({*periods, *(f"{year}-H2" for year in shown["year"])}), lang),
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
            ("planned", PLANNED_COLOUR, "advanced.col_planned"),
            ("reached", MET_COLOUR, "advanced.col_reached"),
            ("recognised", RECOGNISED_COLOUR, "advanced.col_recognised"),
        )
    ]
    top = max([*plan["planned"].tolist(), 1])
    layout = dict(
        base_layout(chart_title(t("advanced.plan_title", lang), place, when), lang),
        barmode="group",
        xaxis=dict(type="category", title=t("advanced.plan_x", lang)),
        yaxis=dict(title=y_title, range=[0, top * 1.2], **count_ticks(top)),
    )
    return go.Figure(data=traces, layout=layout)


def blocking_chart(blocking: pd.DataFrame, place: str, when: str, goal: str, lang: str) -> go.Figure:
    """Candidates not meeting (and lacking data on) each criterion, the most blocking on top."""
    ordered = blocking.head(BLOCKING_SHOWN).iloc[::-1]
    labels = [
        wrap_label(f"{no}. {safe_text(name)}")
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
            ("not_met", NOT_MET_COLOUR, "label.status.not_met"),
            ("unknown", UNKNOWN_COLOUR, "label.status.unknown"),
        )
    ]
    height = max(320, 140 + 34 * len(labels))
    layout = dict(
        base_layout(chart_title(t("advanced.blocking_title", lang, goal=goal), place, when), lang, height),
        barmode="stack",
        xaxis=dict(
            rangemode="tozero",
            title=t("advanced.blocking_x", lang),
            **count_ticks(max([*(ordered["not_met"] + ordered["unknown"]), 1])),
        ),
        yaxis=dict(automargin=True, tickfont=dict(size=15)),
        legend={**LEGEND_BELOW, "traceorder": "normal"},
        margin=dict(l=20, r=20, t=80, b=90),
    )
    return fit_left_margin(go.Figure(data=traces, layout=layout))
