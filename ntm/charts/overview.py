"""Figures of the overview page."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ntm.charts import (
    ACCENT_COLOUR,
    BAR_COLOUR,
    FONT,
    LEGEND_BELOW,
    MET_COLOUR,
    STATUS_CODES,
    STATUS_GRID,
    TIER_COLOURS,
    chart_title,
    count_ticks,
    era_spans,
    fit_left_margin,
    period_axis,
    period_span,
    reform_marker,
    safe_text,
    separators,
    status_code,
    wrap_label,
)
from ntm.i18n import format_number, format_percent, period_name, t
from ntm.tables.labels import criterion_label, status_mark, status_name, tier_name

# Each figure is built by one `go.Figure(data=..., layout=...)` call: plotly's update_layout, add_trace
# and update_*axes on a figure that exists cost several times as much as the constructor.


def bins_bar(bins: pd.DataFrame, lang: str, place: str, period_label: str) -> go.Figure:
    """Communes per criteria-met bin, highest bin on the left, count and share on each bar."""
    labels = [
        f"{format_number(n, lang)} ({format_percent(s, lang, 0)})"
        for n, s in zip(bins["communes"], bins["share"], strict=True)
    ]
    bar = go.Bar(
        x=bins["bin"],
        y=bins["communes"],
        text=labels,
        textposition="outside",
        marker_color=BAR_COLOUR,
        hovertemplate="%{x}: %{y}<extra></extra>",
    )
    highest = max(1, int(bins["communes"].max() if len(bins) else 1))
    layout = dict(
        title=chart_title(t("chart.bins_title", lang), place, period_label),
        font=FONT,
        margin=dict(l=60, r=20, t=80, b=60),
        height=420,
        separators=separators(lang),
        yaxis=dict(
            title=t("chart.bins_y", lang), rangemode="tozero", tickformat="d", range=[0, highest * 1.2]
        ),
        xaxis=dict(title=t("chart.bins_x", lang), type="category"),
    )
    return go.Figure(data=[bar], layout=layout)


def share_hover(rows: list[dict], lang: str) -> list[str]:
    """`6 tháng đầu năm 2026: 1/14 xã NTM · 7,1 %` per record of `tier_shares`: numerator and denominator
    named."""
    return [
        t(
            "trend.hover",
            lang,
            period=period_name(row["period"], lang),
            numerator="–" if pd.isna(row["numerator"]) else format_number(int(row["numerator"]), lang),
            denominator="–" if pd.isna(row["denominator"]) else format_number(int(row["denominator"]), lang),
            base="" if pd.isna(row["basis"]) else t(f"kpi.base.{row['basis']}", lang),
            share="–" if pd.isna(row["share"]) else format_percent(row["share"], lang),
        )
        for row in rows
    ]


def tier_trend(shares: pd.DataFrame, plan: pd.DataFrame, communes: int, lang: str, place: str) -> go.Figure:
    """Official share recognised per tier at each period's end (`tier_shares`: NTM of every xã, the higher
    tiers of the NTM xã), the plan's NTM target as a dashed line (of the `communes` in scope now), and a line
    at the 1/7/2025 reorganisation when the periods span it."""
    periods = sorted(set(shares["period"]))
    # Plain rows, not a frame per tier: filtering and reindexing a frame per tier and era was most of the
    # chart's time, which every change of period pays.
    rows = {(row["tier"], row["period"]): row for row in shares.to_dict("records")}
    missing = {"numerator": None, "denominator": None, "basis": None, "share": None}
    traces = []
    for tier, colour in TIER_COLOURS.items():
        if not any((tier, period) in rows for period in periods):
            continue
        # One point per period of the axis: a period without the tier's set is a gap, not a zero.
        aligned = [rows.get((tier, period), {**missing, "period": period}) for period in periods]
        # The units before and after 1/7/2025 are different communes: one line per era, never a line
        # joining a share of the old communes to a share of the merged ones.
        for number, era in enumerate(era_spans(periods)):
            part = aligned[era]
            traces.append(
                dict(
                    type="scatter",
                    x=[row["period"] for row in part],
                    y=[None if pd.isna(row["share"]) else row["share"] for row in part],
                    name=tier_name(tier, lang),
                    legendgroup=tier,
                    showlegend=number == 0,
                    mode="lines+markers",
                    line=dict(color=colour, width=3),
                    connectgaps=False,
                    text=share_hover(part, lang),
                    hovertemplate="%{text}<extra>%{fullData.name}</extra>",
                )
            )
    plan_periods = [f"{year}-H2" for year in plan["year"]] if not plan.empty and communes else []
    if plan_periods:
        traces.append(
            go.Scatter(
                x=plan_periods,
                y=[planned / communes for planned in plan["planned"]],
                name=t("trend.plan_ntm", lang),
                mode="lines+markers",
                line=dict(color=ACCENT_COLOUR, width=2, dash="dash"),
                marker=dict(symbol="diamond"),
                customdata=[period_name(p, lang) for p in plan_periods],
                hovertemplate="%{customdata}: %{y:.1%}<extra>%{fullData.name}</extra>",
            )
        )
    axis_periods = sorted({*periods, *plan_periods})
    layout = dict(
        title=chart_title(t("trend.title", lang), place, period_span(periods, lang)),
        font=FONT,
        height=440,
        margin=dict(l=60, r=20, t=90, b=60),
        separators=separators(lang),
        legend={**LEGEND_BELOW, "y": -0.3},
        xaxis=period_axis(axis_periods, lang),
        yaxis=dict(title=t("trend.axis", lang), range=[0, 1.05], tickformat=".0%"),
        **reform_marker(axis_periods, t("trend.reform", lang)),
    )
    return go.Figure(data=traces, layout=layout)


def scorecard_heatmap(
    card: pd.DataFrame, tally: pd.DataFrame, lang: str, place: str, period_label: str
) -> go.Figure:
    """Commune × criterion: met / not met / unknown in colour-blind-safe colours, with a mark in each cell;
    communes meeting each criterion under its number, criteria met by each commune after its name."""
    criteria = [c for c in card.columns if isinstance(c, int)]
    met_by_criterion = dict(zip(tally["criterion_no"], tally["met"], strict=True))
    communes = np.array(
        [f"{safe_text(name)} ({met})" for name, met in zip(card["name"], card["criteria_met"], strict=True)],
        dtype=object,
    )
    # The rows labelled 0, 1, … in one look-up: `.at` per cell took a third of the figure's time.
    statuses = card.loc[range(len(card)), criteria].to_numpy(dtype=object)
    z = np.array([status_code(status) for status in statuses.ravel()], dtype=np.int8).reshape(statuses.shape)
    # Arrays, not lists, from here on: plotly checks a list element by element (most of this figure's time
    # at province scale), an array at once.
    by_code = sorted(STATUS_CODES, key=STATUS_CODES.get)  # a code indexes these arrays
    marks = np.array([status_mark(status, lang) for status in by_code], dtype=object)
    status_words = np.array([status_name(status, lang) for status in by_code], dtype=object)
    x_labels = np.array([f"{c}<br>{met_by_criterion.get(c, 0)}" for c in criteria], dtype=object)
    cells = go.Heatmap(
        z=z,
        x=x_labels,
        y=communes,
        text=marks[z],
        texttemplate="%{text}",
        textfont=dict(size=14),
        **STATUS_GRID,
        hoverinfo="skip",
    )
    # Heatmap cells cannot be selected in Streamlit; an invisible marker over each cell can, and
    # carries the commune's code for the drill-down and the words for the hover.
    selectable = go.Scatter(
        x=np.tile(x_labels, len(communes)),
        y=np.repeat(communes, len(criteria)),
        mode="markers",
        marker=dict(symbol="square", size=24, opacity=0.01, color="#000000"),
        customdata=np.repeat(card["unit_code"].to_numpy(dtype=object), len(criteria)),
        text=status_words[z].ravel(),
        hovertemplate="%{y} · " + t("scorecard.criterion", lang) + " %{x}: %{text}<extra></extra>",
        showlegend=False,
    )
    layout = dict(
        title=chart_title(t("scorecard.title", lang), place, period_label),
        font=FONT,
        height=max(320, 60 + 28 * len(communes)),
        margin=dict(l=10, r=10, t=150, b=20),
        xaxis=dict(side="top", type="category"),
        yaxis=dict(autorange="reversed", type="category"),
    )
    return go.Figure(data=[cells, selectable], layout=layout)


def _ticks_ending_at(top: int) -> dict:
    """Whole-number ticks of a count axis whose last tick is `top` itself (the number of communes)."""
    step = count_ticks(top)["dtick"]
    values = [*range(0, top, step), top]
    if len(values) > 2 and top - values[-2] < step / 2:  # 15 and 16 would crowd each other
        values.pop(-2)
    return dict(tickmode="array", tickvals=values, ticktext=[str(v) for v in values])


def hardest_criteria(tally: pd.DataFrame, lang: str, place: str, period_label: str) -> go.Figure:
    """Criteria by communes meeting them, hardest on top; each bar labelled n / N, the axis ending at N with
    whole-number ticks; long names on two lines and the left margin sized to them."""
    full = [
        safe_text(criterion_label(no, name))
        for no, name in zip(tally["criterion_no"], tally[f"criterion_{lang}"], strict=True)
    ]
    communes = max(1, int(tally["communes"].max() if len(tally) else 1))
    bar = go.Bar(
        x=tally["met"].tolist(),
        y=[wrap_label(label) for label in full],
        orientation="h",
        marker_color=MET_COLOUR,
        text=[f"{m}/{n}" for m, n in zip(tally["met"], tally["communes"], strict=True)],
        textposition="outside",
        cliponaxis=False,
        customdata=tally["criterion_no"].tolist(),
        hovertext=full,
        hovertemplate="%{hovertext}: %{text}<extra></extra>",
    )
    layout = dict(
        title=chart_title(t("hardest.title", lang), place, period_label),
        font=FONT,
        height=max(320, 100 + 40 * len(full)),
        # The right margin holds the `n/N` beside a full bar.
        margin=dict(l=10, r=30 + 12 * len(f"{communes}/{communes}"), t=80, b=50),
        separators=separators(lang),
        yaxis=dict(autorange="reversed", type="category", automargin=True, tickfont=dict(size=15)),
        xaxis=dict(
            title=t("hardest.x", lang),
            rangemode="tozero",
            range=[0, communes],
            **_ticks_ending_at(communes),
        ),
    )
    return fit_left_margin(go.Figure(data=[bar], layout=layout))
