"""Figures of the progress pages: the communes nearest to their next tier, the criteria that block
most of them, and the recognised communes slipping by criterion."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import FONT, NOT_MET_COLOUR, UNKNOWN_COLOUR, chart_title, safe_text, separators
from ntm.i18n import t
from ntm.presentation.progress import criterion_text, tier_label
from ntm.progress import TIERS

# Okabe–Ito, one per tier (as the overview's tier trend): blue NTM, green advanced, purple model.
TIER_COLOURS = {"ntm": "#0072B2", "advanced": "#009E73", "model_commune": "#CC79A7"}
AT_RISK_COLOUR = "#56B4E9"  # sky blue: met, but near the threshold
_TEXT = "#1a1a1a"
_ROW_HEIGHT = 34
# Each figure is built by one `go.Figure(data=..., layout=...)` call: plotly's update_layout, add_trace
# and update_*axes on a figure that exists cost several times as much as the constructor.


def _layout(
    lang: str, title: dict, x_title: str, categories: list[str], x_max: float, barmode: str = "stack"
) -> dict:
    """Horizontal bars, one row per item in the order of `categories`, large dark text for projectors;
    legend above the plot."""
    return dict(
        title=title,
        font=FONT,
        separators=separators(lang),
        height=170 + _ROW_HEIGHT * max(len(categories), 3),
        margin=dict(l=20, r=30, t=120, b=60),
        barmode=barmode,
        legend=dict(
            orientation="h",
            yanchor="bottom",
            y=1.0,
            xanchor="left",
            x=0,
            font=dict(size=15),
            traceorder="normal",
        ),
        plot_bgcolor="#ffffff",
        xaxis=dict(
            title=dict(text=x_title, font=dict(size=16, color=_TEXT)),
            tickformat="d",
            dtick=1 if x_max <= 10 else None,
            range=[0, max(x_max, 1) * 1.1],
            gridcolor="#dddddd",
            tickfont=dict(size=15, color=_TEXT),
        ),
        yaxis=dict(
            categoryorder="array",
            categoryarray=categories,
            autorange="reversed",
            automargin=True,
            tickfont=dict(size=15, color=_TEXT),
        ),
    )


def nearest_chart(
    ranked: pd.DataFrame, lang: str, place: str, period_label: str, limit: int = 15
) -> go.Figure:
    """Criteria still unmet per commune of `nearest_ranking` (the `limit` nearest), coloured by the next
    tier; each bar's customdata is the unit code (a click opens the commune)."""
    top = ranked.head(limit)
    traces = []
    for tier in TIERS:
        rows = top[top["next_tier"] == tier]
        if rows.empty:
            continue
        traces.append(
            go.Bar(
                y=[safe_text(name) for name in rows["name"]],
                x=[int(n) for n in rows["criteria_unmet"]],
                orientation="h",
                name=tier_label(tier, lang),
                marker_color=TIER_COLOURS[tier],
                text=[str(int(n)) for n in rows["criteria_unmet"]],
                textposition="outside",
                cliponaxis=False,
                textfont=dict(size=15, color=_TEXT),
                customdata=rows["unit_code"].astype(str).tolist(),
                hovertemplate="%{y}: %{x}<extra>%{fullData.name}</extra>",
            )
        )
    communes = [safe_text(name) for name in top["name"]]
    title = chart_title(t("progress.nearest.chart_title", lang, count=len(top)), place, period_label)
    x_max = float(top["criteria_unmet"].max()) if len(top) else 1.0
    layout = _layout(lang, title, t("progress.nearest.chart_x", lang), communes, x_max, barmode="overlay")
    return go.Figure(data=traces, layout=layout)


def blockers_chart(
    counted: pd.DataFrame, lang: str, place: str, period_label: str, limit: int = 10
) -> go.Figure:
    """Communes lacking each criterion of their next tier (`blockers`, the `limit` first), coloured by
    tier; each bar's customdata is "set_id|criterion_no" (a click opens the criterion)."""
    top = counted.head(limit)
    labels = [
        f"{tier_label(tier, lang)} · {safe_text(criterion_text(no, name))}"
        for tier, no, name in zip(
            top["next_tier"], top["criterion_no"], top[f"criterion_{lang}"], strict=True
        )
    ]
    top = top.assign(label=labels)
    traces = []
    for tier in TIERS:
        rows = top[top["next_tier"] == tier]
        if rows.empty:
            continue
        traces.append(
            go.Bar(
                y=rows["label"].tolist(),
                x=[int(n) for n in rows["communes"]],
                orientation="h",
                name=tier_label(tier, lang),
                marker_color=TIER_COLOURS[tier],
                text=[str(int(n)) for n in rows["communes"]],
                textposition="outside",
                cliponaxis=False,
                textfont=dict(size=15, color=_TEXT),
                customdata=[
                    f"{s}|{int(n)}" for s, n in zip(rows["set_id"], rows["criterion_no"], strict=True)
                ],
                hovertemplate="%{y}: %{x}<extra></extra>",
            )
        )
    title = chart_title(t("progress.blockers.title", lang), place, period_label)
    x_max = float(top["communes"].max()) if len(top) else 1.0
    layout = _layout(lang, title, t("progress.blockers.x", lang), labels, x_max, barmode="overlay")
    return go.Figure(data=traces, layout=layout)


def slipping_chart(counted: pd.DataFrame, lang: str, place: str, period_label: str) -> go.Figure:
    """Recognised communes failing, lacking data or near the threshold, per criterion (`slips_by_criterion`)."""
    labels = [
        f"{tier_label(tier, lang)} · {safe_text(criterion_text(no, name))}"
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
                name=t(f"progress.situation.{situation}", lang),
                marker_color=colour,
                text=[str(n) if n else "" for n in counts],
                textposition="inside",
                insidetextanchor="middle",
                textangle=0,
                constraintext="none",
                textfont=dict(size=15, color=_TEXT),
                hovertemplate="%{y}: %{x}<extra>%{fullData.name}</extra>",
            )
        )
    title = chart_title(t("progress.slipping.chart_title", lang), place, period_label)
    totals = counted[["failing", "no_data", "at_risk"]].sum(axis=1) if len(counted) else pd.Series([1])
    layout = _layout(lang, title, t("progress.slipping.chart_x", lang), labels, float(totals.max()))
    return go.Figure(data=traces, layout=layout)
