"""Pace: the share of communes per tier over time, projected to the plan's target year at the recent pace."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ntm.periods import Period, parse_period

TIER_COLUMNS = {
    "ntm": "recognised_ntm",
    "advanced": "recognised_advanced",
    "model_commune": "recognised_model_commune",
}
# The recent pace: the trend of the last two years (four half-years) of data.
RECENT_PERIODS = 4


@dataclass(frozen=True)
class PlanVerdict:
    tier: str
    target_year: int
    planned_share: float
    projected_share: float

    @property
    def will_be_met(self) -> bool:
        return self.projected_share + 1e-9 >= self.planned_share


def _index(period: str) -> int:
    p = parse_period(period)
    return p.year * 2 + p.half - 1


def _label(index: int) -> str:
    return Period(index // 2, index % 2 + 1).label


def tier_shares(series: pd.DataFrame) -> pd.DataFrame:
    """period, tier, share — recognised communes of each tier as a share of the communes in scope."""
    rows = [
        (row["period"], tier, row[column] / row["communes"])
        for _, row in series.iterrows()
        if row["communes"]
        for tier, column in TIER_COLUMNS.items()
    ]
    return pd.DataFrame(rows, columns=["period", "tier", "share"])


def recent_pace(shares: pd.DataFrame, tier: str) -> float | None:
    """Change of the tier's share per half-year: the least-squares slope of its last periods (None with < 2)."""
    recent = shares[shares["tier"] == tier].tail(RECENT_PERIODS)
    if len(recent) < 2:
        return None
    x = [_index(p) for p in recent["period"]]
    y = recent["share"].tolist()
    mean_x, mean_y = sum(x) / len(x), sum(y) / len(y)
    spread = sum((xi - mean_x) ** 2 for xi in x)
    return sum((xi - mean_x) * (yi - mean_y) for xi, yi in zip(x, y, strict=True)) / spread


def projection(shares: pd.DataFrame, tier: str, until_year: int) -> pd.DataFrame:
    """period, share — from the last period to the end of `until_year` at the recent pace (0–100 %)."""
    pace = recent_pace(shares, tier)
    own = shares[shares["tier"] == tier]
    if pace is None or own.empty:
        return pd.DataFrame({"period": [], "share": []})
    last_period, last_share = own["period"].iloc[-1], float(own["share"].iloc[-1])
    start, end = _index(last_period), until_year * 2 + 1
    steps = range(0, end - start + 1)
    return pd.DataFrame(
        {
            "period": [_label(start + k) for k in steps],
            "share": [min(1.0, max(0.0, last_share + pace * k)) for k in steps],
        }
    )


def plan_verdicts(
    shares: pd.DataFrame, plans: dict[str, pd.DataFrame], communes: int, from_year: int
) -> list[PlanVerdict]:
    """For each tier's plan line (year, planned) from `ntm.figures.overview.plan_line`, its last target year not
    before `from_year`: the planned share against the share projected for that year's end."""
    verdicts = []
    for tier, line in plans.items():
        ahead = line[line["year"] >= from_year] if not line.empty else line
        if ahead.empty or not communes:
            continue
        year = int(ahead["year"].iloc[-1])
        projected = projection(shares, tier, year)
        if projected.empty:
            continue
        verdicts.append(
            PlanVerdict(
                tier, year, float(ahead["planned"].iloc[-1]) / communes, float(projected["share"].iloc[-1])
            )
        )
    return verdicts


@dataclass(frozen=True)
class PaceView:
    shares: pd.DataFrame
    projections: dict[str, pd.DataFrame]
    verdicts: list[PlanVerdict]


def summary_communes(series: pd.DataFrame) -> int:
    """Communes in scope in the last period of `scope_series` (0 when empty)."""
    return int(series["communes"].iloc[-1]) if len(series) else 0


def pace_view(series: pd.DataFrame, plans: dict[str, pd.DataFrame], period: str) -> PaceView:
    """Shares of `scope_series`, each tier projected to its last plan year (or a year past the
    period), and the verdict on every plan still ahead of the period's year."""
    shares = tier_shares(series)
    year = parse_period(period).year
    communes = summary_communes(series)
    projections = {}
    for tier in TIER_COLUMNS:
        line = plans.get(tier)
        until = max([year + 1, *([] if line is None or line.empty else line["year"].astype(int).tolist())])
        if tier in plans or shares[shares["tier"] == tier]["share"].any():
            projections[tier] = projection(shares, tier, until)
    return PaceView(shares, projections, plan_verdicts(shares, plans, communes, year))
