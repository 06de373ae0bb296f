"""The pace chart: official shares per tier (solid), projections at the recent pace (dashed), the scope's plan
points and the programme's targets, and a line at the 1/7/2025 reorganisation."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import (
    ACCENT_COLOUR,
    FONT,
    INK,
    LEGEND_BELOW,
    TIER_COLOURS,
    chart_title,
    era_spans,
    period_axis,
    period_span,
    reform_marker,
    separators,
)
from ntm.charts.overview import share_hover
from ntm.figures.summary import measure_basis
from ntm.i18n import format_number, format_percent, period_name, t
from ntm.tables.labels import basis_in_sentence, tier_name


def plan_hover(rows: list[dict], tier: str, lang: str) -> list[str]:
    """`Kế hoạch đến hết năm 2025: 8/32 xã NTM theo kế hoạch · 25,0 %` per record of `plan_shares`: the plan's
    count and its base named, the base said to be planned when it comes from the NTM plan."""
    return [
        t(
            "pace.plan_hover",
            lang,
            year=row["year"],
            planned=format_number(int(row["planned"]), lang),
            base=format_number(int(row["base"]), lang),
            base_words=t("pace.base_planned", lang)
            if row["base_planned"]
            else t(f"kpi.base.{measure_basis(tier)}", lang),
            share=format_percent(row["share"], lang),
        )
        for row in rows
    ]


def pace_chart(
    shares: pd.DataFrame, projections: dict[str, pd.DataFrame], plans: dict[str, pd.DataFrame],
    targets: pd.DataFrame, lang: str, place: str,
) -> go.Figure:  # fmt: skip
    """`shares` from `tier_shares`, `plans` from `plan_shares` (each point names its count and base),
    `targets` from `programme_target_points`."""
    # Traces and layout go to one constructor call: add_trace and update_layout afterwards cost far more.
    traces = []
    for tier, colour in TIER_COLOURS.items():
        own = shares[shares["tier"] == tier]
        name = tier_name(tier, lang)
        own = own.sort_values("period")
        # One line per era (the communes before and after 1/7/2025 differ), one legend entry.
        for number, era in enumerate(era_spans(own["period"].tolist()) if not own.empty else []):
            part = own.iloc[era]
            traces.append(
                go.Scatter(x=part["period"], y=part["share"], name=name, legendgroup=tier,
                           showlegend=number == 0, mode="lines+markers", line=dict(color=colour, width=3),
                           text=share_hover(part.to_dict("records"), lang), hovertemplate="%{text}<extra>%{fullData.name}</extra>")
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
        if plan is not None and not plan.empty:
            traces.append(
                go.Scatter(x=[f"{y}-H2" for y in plan["year"]], y=plan["share"].tolist(),
                           name=t("pace.plan", lang, tier=name), mode="markers",
                           marker=dict(symbol="diamond", size=11, color=ACCENT_COLOUR, line=dict(color=colour, width=2)),
                           text=plan_hover(plan.to_dict("records"), tier, lang),
                           hovertemplate="%{text}<extra>%{fullData.name}</extra>")
            )  # fmt: skip
        own_targets = targets[targets["tier"] == tier]
        if not own_targets.empty:
            words = [
                t("pace.target_hover", lang, year=year, share=format_percent(share, lang),
                  base=basis_in_sentence(basis, lang), source=source)
                for year, share, basis, source in zip(own_targets["target_year"], own_targets["share"],
                                                      own_targets["basis"], own_targets["legal_basis"], strict=True)
            ]  # fmt: skip
            traces.append(
                go.Scatter(x=own_targets["period"], y=own_targets["share"], name=t("pace.target", lang, tier=name),
                           mode="markers", text=words, hovertemplate="%{text}<extra>%{fullData.name}</extra>",
                           marker=dict(symbol="star", size=15, color=colour, line=dict(color=INK, width=1)))
            )  # fmt: skip
    periods = sorted({
        *shares["period"], *(p for frame in projections.values() for p in frame["period"]),
        *(f"{y}-H2" for frame in plans.values() for y in frame["year"]), *targets["period"],
    })  # fmt: skip
    layout = dict(
        title=chart_title(t("pace.title", lang), place, period_span(periods, lang)),
        font=FONT, height=500, margin=dict(l=60, r=20, t=90, b=60),
        separators=separators(lang), legend={**LEGEND_BELOW, "y": -0.3},
        xaxis=period_axis(periods, lang),
        yaxis=dict(title=t("trend.axis", lang), range=[0, 1.05], tickformat=".0%"),
        **reform_marker(periods, t("trend.reform", lang)),
    )  # fmt: skip
    return go.Figure(data=traces, layout=layout)
