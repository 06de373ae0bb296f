"""Pace: the official share of communes per tier over time, projected at the recent pace to the plans' and the
programme's target years; shares, not counts, since the number of xã jumps at the 1/7/2025 reorganisation."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ntm.figures.summary import NTM_COMMUNES, measure_basis, official_share, targets_of_scope
from ntm.figures.values import is_missing
from ntm.periods import Period, parse_period
from ntm.store.schema import REFORM_DATE

TIER_COLUMNS = {
    "ntm": "recognised_ntm",
    "advanced": "recognised_advanced",
    "model_commune": "recognised_model_commune",
    "modern": "recognised_modern",
}
SHARE_COLUMNS = ["period", "tier", "numerator", "denominator", "basis", "share"]
PLAN_COLUMNS = ["year", "planned", "base", "base_planned", "share"]
# The recent pace: the trend of the last two years (four half-years) of data of the same era.
RECENT_PERIODS = 4


@dataclass(frozen=True)
class PlanVerdict:
    tier: str
    target_year: int
    planned_share: float
    projected_share: float
    source: str = ""  # the programme target's legal basis; empty for the scope's own plan (table `plans`)
    basis: str = ""  # the base of planned_share and projected_share (ntm.store.schema.TARGET_BASES)

    @property
    def will_be_met(self) -> bool:
        return self.projected_share + 1e-9 >= self.planned_share


def _index(period: str) -> int:
    p = parse_period(period)
    return p.year * 2 + p.half - 1


def _label(index: int) -> str:
    return Period(index // 2, index % 2 + 1).label


def is_after_reform(period: str) -> bool:
    """Whether a period is counted on the units of the 1/7/2025 reorganisation."""
    return parse_period(period).end >= REFORM_DATE


def tier_shares(series: pd.DataFrame, tiers: pd.DataFrame) -> pd.DataFrame:
    """period, tier, numerator, denominator, basis, share — per period of `scope_series` and commune tier
    whose set was assessed then (`tiers_by_period`), recognised xã on the tier's official base, as
    `official_share` counts it: NTM among every xã, higher tiers among the NTM xã. Share is a fraction
    (NaN when there is nothing to count among)."""
    assessed = set(zip(tiers["period"], tiers["tier"], strict=True))
    rows = []
    for row in series.to_dict("records"):
        period = row["period"]
        own = [tier for tier in TIER_COLUMNS if (period, tier) in assessed]
        ntm_recognised = row["recognised_ntm"] if "ntm" in own else None
        for tier in own:
            numerator, denominator, basis, share = official_share(
                tier, row["communes"], row[TIER_COLUMNS[tier]], ntm_recognised
            )
            rows.append(
                (period, tier, numerator, denominator, basis, float("nan") if share is None else share / 100)
            )
    shares = pd.DataFrame(rows, columns=SHARE_COLUMNS)
    for column in ("numerator", "denominator"):
        shares[column] = shares[column].astype("Int64")
    shares["share"] = shares["share"].astype("float64")
    return shares


def _recent(shares: pd.DataFrame, tier: str) -> pd.DataFrame:
    """The tier's known shares of the last periods, on the same side of 1/7/2025 as its last period: a
    share before the reorganisation is of other units, and the new xã start without recognitions."""
    own = shares[(shares["tier"] == tier) & shares["share"].notna()]
    if own.empty:
        return own
    era = is_after_reform(own["period"].iloc[-1])
    return own[[is_after_reform(p) == era for p in own["period"]]].tail(RECENT_PERIODS)


def recent_pace(shares: pd.DataFrame, tier: str) -> float | None:
    """Change of the tier's share per half-year: the least-squares slope of its last periods of the same
    era (None with < 2)."""
    recent = _recent(shares, tier)
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
    own = _recent(shares, tier)
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


def last_denominators(shares: pd.DataFrame) -> dict[str, int]:
    """basis → its count in the last period of `shares` that has it (every xã; the NTM xã)."""
    known = shares[shares["denominator"].notna()]
    return {basis: int(rows["denominator"].iloc[-1]) for basis, rows in known.groupby("basis", sort=False)}


def plan_shares(plans: dict[str, pd.DataFrame], denominators: dict[str, int]) -> dict[str, pd.DataFrame]:
    """year, planned, base, base_planned, share — each tier's plan line (year, planned) from
    `ntm.figures.overview.plan_line` as a share of the tier's official base in each target year: for NTM every
    xã now; for a higher tier the NTM xã expected by then, which is the NTM plan's count for that year (or for
    its last year before it) when above the NTM xã now (`base_planned` says it came from the plan). A plan of 8
    nâng cao xã by 2025 is read against the xã planned to be NTM by 2025, not against the 5 NTM xã of today
    (160 %). A tier with no base (`denominators` from `last_denominators`, none or 0) has no plan shares."""
    ntm_plan = plans.get("ntm")
    result = {}
    for tier, line in plans.items():
        basis = measure_basis(tier)
        now = int(denominators.get(basis) or 0)
        rows = []
        for year, planned in zip(line["year"].astype(int), line["planned"].astype(int), strict=True):
            base, base_planned = now, False
            if basis == NTM_COMMUNES and ntm_plan is not None:
                expected = ntm_plan.loc[ntm_plan["year"].astype(int) <= year, "planned"]
                if len(expected) and int(expected.iloc[-1]) > now:
                    base, base_planned = int(expected.iloc[-1]), True
            if base:
                rows.append((int(year), int(planned), base, base_planned, planned / base))
        if rows:
            result[tier] = pd.DataFrame(rows, columns=PLAN_COLUMNS)
    return result


def plan_verdicts(
    shares: pd.DataFrame, planned: dict[str, pd.DataFrame], from_year: int
) -> list[PlanVerdict]:
    """For each tier's plan (`plan_shares`), its last target year not before `from_year`: the planned share
    against the share projected for that year's end."""
    verdicts = []
    for tier, line in planned.items():
        ahead = line[line["year"] >= from_year]
        if ahead.empty:
            continue
        year = int(ahead["year"].iloc[-1])
        projected = projection(shares, tier, year)
        if projected.empty:
            continue
        verdicts.append(
            PlanVerdict(
                tier, year, float(ahead["share"].iloc[-1]), float(projected["share"].iloc[-1]),
                basis=measure_basis(tier),
            )
        )  # fmt: skip
    return verdicts


TARGET_COLUMNS = ["tier", "target_year", "period", "share", "basis", "legal_basis", "scope_level"]


def programme_target_points(
    targets: pd.DataFrame, scope: tuple[str, str | None] | None, period: str, denominators: dict[str, int]
) -> pd.DataFrame:
    """tier, target_year, period, share, basis, legal_basis, scope_level — the programme's targets that
    apply to the scope (`programme_targets`: its own, and the nation's) from `period`'s year on and of its
    era (2025 targets before 1/7/2025, later ones after), each as a fraction on the tier's official base
    at the end of its year. A target counted on another base, or as a number of xã, is turned into that
    share with the base's count in the last period (`denominators`)."""
    national = ("national", None)
    own = targets_of_scope(targets, scope)
    if scope != national:
        own = pd.concat([own, targets_of_scope(targets, national)], ignore_index=True)
    year, after = parse_period(period).year, is_after_reform(period)
    rows = []
    for target in own.to_dict("records"):
        target_year = int(target["target_year"])
        if target_year < year or (target_year > REFORM_DATE.year) != after:
            continue
        tier, basis = target["tier"], target["basis"]
        plotted = measure_basis(tier)
        if not is_missing(target["target_share"]) and basis == plotted:
            share = float(target["target_share"]) / 100
        else:
            count = (
                float(target["target_count"])
                if not is_missing(target["target_count"])
                else float(target["target_share"]) / 100 * denominators.get(basis, 0)
            )
            if not denominators.get(plotted):
                continue
            share = count / denominators[plotted]
        rows.append(
            {
                "tier": tier,
                "target_year": target_year,
                "period": f"{target_year}-H2",
                "share": share,
                "basis": plotted,
                "legal_basis": target["legal_basis"],
                "scope_level": target["scope_level"],
            }
        )
    return pd.DataFrame(rows, columns=TARGET_COLUMNS)


def target_verdicts(shares: pd.DataFrame, points: pd.DataFrame) -> list[PlanVerdict]:
    """Each programme target point (`programme_target_points`) against the share projected for its year."""
    verdicts = []
    for point in points.to_dict("records"):
        projected = projection(shares, point["tier"], int(point["target_year"]))
        if projected.empty:
            continue
        verdicts.append(
            PlanVerdict(
                point["tier"],
                int(point["target_year"]),
                float(point["share"]),
                float(projected["share"].iloc[-1]),
                source=str(point["legal_basis"]),
                basis=point["basis"],
            )
        )
    return verdicts


@dataclass(frozen=True)
class PaceView:
    shares: pd.DataFrame
    projections: dict[str, pd.DataFrame]
    verdicts: list[PlanVerdict]
    targets: pd.DataFrame  # programme_target_points
    plans: dict[str, pd.DataFrame]  # plan_shares of the tiers the last period has


def summary_communes(series: pd.DataFrame) -> int:
    """Communes in scope in the last period of `scope_series` (0 when empty)."""
    return int(series["communes"].iloc[-1]) if len(series) else 0


def pace_view(
    series: pd.DataFrame,
    tiers: pd.DataFrame,
    plans: dict[str, pd.DataFrame],
    period: str,
    targets: pd.DataFrame | None = None,
    scope: tuple[str, str | None] | None = None,
) -> PaceView:
    """Official shares of `scope_series` (`tier_shares`), each tier projected to its last plan or target
    year (or a year past the period), the programme's targets (`programme_targets`, for `scope` from
    `target_scope`) and the verdict on every plan and target still ahead of the period's year; plans only
    of the tiers the period has."""
    shares = tier_shares(series, tiers)
    # A plan of a tier the period no longer has (nâng cao after 2025) is not a target of these units.
    current = set(shares.loc[shares["period"] == period, "tier"]) if len(shares) else set()
    plans = {tier: line for tier, line in plans.items() if tier in current}
    year = parse_period(period).year
    denominators = last_denominators(shares)
    points = (
        programme_target_points(targets, scope, period, denominators)
        if targets is not None
        else pd.DataFrame(columns=TARGET_COLUMNS)
    )
    projections = {}
    for tier in TIER_COLUMNS:
        if tier not in current:  # nâng cao after 2025: nothing of these units to project
            continue
        line = plans.get(tier)
        years = [] if line is None or line.empty else line["year"].astype(int).tolist()
        years += points.loc[points["tier"] == tier, "target_year"].astype(int).tolist()
        own = shares[shares["tier"] == tier]["share"]
        if tier in plans or years or own.fillna(0).any():
            projected = projection(shares, tier, max([year + 1, *years]))
            if not projected.empty:
                projections[tier] = projected
    planned = plan_shares(plans, denominators)
    verdicts = plan_verdicts(shares, planned, year) + target_verdicts(shares, points)
    return PaceView(shares, projections, verdicts, points, planned)
