"""The pace chart: shares per tier (solid), projections at the recent pace (dashed), plan points."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import ACCENT_COLOUR, FONT, chart_title, separators
from ntm.i18n import t

TIER_COLOURS = {"ntm": "#0072B2", "advanced": "#009E73", "model_commune": "#CC79A7"}


def pace_chart(
    shares: pd.DataFrame, projections: dict[str, pd.DataFrame], plans: dict[str, pd.DataFrame], communes: int,
    lang: str, place: str,
) -> go.Figure:  # fmt: skip
    # Traces and layout go to one constructor call: add_trace and update_layout afterwards cost far more.
    traces = []
    for tier, colour in TIER_COLOURS.items():
        own = shares[shares["tier"] == tier]
        if own.empty or not own["share"].any() and not len(plans.get(tier, [])):
            continue
        name = t(f"tier.{tier}", lang)
        traces.append(
            go.Scatter(x=own["period"], y=own["share"], name=name, mode="lines+markers",
                       line=dict(color=colour, width=3), hovertemplate="%{x}: %{y:.1%}<extra>%{fullData.name}</extra>")
        )  # fmt: skip
        projected = projections.get(tier)
        if projected is not None and not projected.empty:
            traces.append(
                go.Scatter(x=projected["period"], y=projected["share"], name=t("pace.projection", lang, tier=name),
                           mode="lines", line=dict(color=colour, width=2, dash="dash"),
                           hovertemplate="%{x}: %{y:.1%}<extra>%{fullData.name}</extra>")
            )  # fmt: skip
        plan = plans.get(tier)
        if plan is not None and not plan.empty and communes:
            traces.append(
                go.Scatter(x=[f"{y}-H2" for y in plan["year"]], y=[p / communes for p in plan["planned"]],
                           name=t("pace.plan", lang, tier=name), mode="markers",
                           marker=dict(symbol="diamond", size=11, color=ACCENT_COLOUR, line=dict(color=colour, width=2)),
                           hovertemplate="%{x}: %{y:.1%}<extra>%{fullData.name}</extra>")
            )  # fmt: skip
    periods = sorted({*shares["period"], *(p for frame in projections.values() for p in frame["period"])})
    layout = dict(
        title=chart_title(t("pace.title", lang), place, f"{periods[0]} – {periods[-1]}" if periods else ""),
        font=FONT, height=440, margin=dict(l=60, r=20, t=80, b=60),
        separators=separators(lang), legend=dict(orientation="h", yanchor="top", y=-0.18, x=0),
        xaxis=dict(type="category", categoryorder="array", categoryarray=periods),
        yaxis=dict(title=t("pace.axis", lang), range=[0, 1.05], tickformat=".0%"),
    )  # fmt: skip
    return go.Figure(data=traces, layout=layout)
