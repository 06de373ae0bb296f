"""The pace chart: shares per tier (solid), projections at the recent pace (dashed), plan points."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import (
    ACCENT_COLOUR,
    FONT,
    LEGEND_BELOW,
    TIER_COLOURS,
    chart_title,
    period_axis,
    period_span,
    separators,
)
from ntm.i18n import period_name, t
from ntm.tables.labels import tier_name


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
        name = tier_name(tier, lang)
        traces.append(
            go.Scatter(x=own["period"], y=own["share"], name=name, mode="lines+markers",
                       line=dict(color=colour, width=3), customdata=[period_name(p, lang) for p in own["period"]],
                       hovertemplate="%{customdata}: %{y:.1%}<extra>%{fullData.name}</extra>")
        )  # fmt: skip
        projected = projections.get(tier)
        if projected is not None and not projected.empty:
            traces.append(
                go.Scatter(x=projected["period"], y=projected["share"], name=t("pace.projection", lang, tier=name),
                           mode="lines", line=dict(color=colour, width=2, dash="dash"),
                           customdata=[period_name(p, lang) for p in projected["period"]],
                           hovertemplate="%{customdata}: %{y:.1%}<extra>%{fullData.name}</extra>")
            )  # fmt: skip
        plan = plans.get(tier)
        if plan is not None and not plan.empty and communes:
            traces.append(
                go.Scatter(x=[f"{y}-H2" for y in plan["year"]], y=[p / communes for p in plan["planned"]],
                           name=t("pace.plan", lang, tier=name), mode="markers",
                           marker=dict(symbol="diamond", size=11, color=ACCENT_COLOUR, line=dict(color=colour, width=2)),
                           customdata=[period_name(f"{y}-H2", lang) for y in plan["year"]],
                           hovertemplate="%{customdata}: %{y:.1%}<extra>%{fullData.name}</extra>")
            )  # fmt: skip
    periods = sorted({
        *shares["period"], *(p for frame in projections.values() for p in frame["period"]),
        *(f"{y}-H2" for frame in plans.values() for y in frame["year"]),
    })  # fmt: skip
    layout = dict(
        title=chart_title(t("pace.title", lang), place, period_span(periods, lang)),
        font=FONT, height=480, margin=dict(l=60, r=20, t=80, b=60),
        separators=separators(lang), legend={**LEGEND_BELOW, "y": -0.3},
        xaxis=period_axis(periods, lang),
        yaxis=dict(title=t("pace.axis", lang), range=[0, 1.05], tickformat=".0%"),
    )  # fmt: skip
    return go.Figure(data=traces, layout=layout)
