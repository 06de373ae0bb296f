"""The figures of the commune page, computed from its query results by small pure functions."""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date

import pandas as pd

from ntm.figures.values import is_missing
from ntm.store.schema import COMMUNE_TIERS

# Commune tiers from lowest to highest: a model commune is advanced, an advanced commune is NTM.
FUNDING_SOURCES = ("central", "local", "integrated", "credit", "enterprise", "community")


def as_date(value: object) -> date | None:
    """A date from what DuckDB hands pandas (Timestamp, datetime, date, NaT, None)."""
    if is_missing(value):
        return None
    return pd.Timestamp(value).date()


def highest_recognised_tier(recognitions: pd.DataFrame) -> str | None:
    """The highest commune tier with a decision in force (not revoked) among `commune_recognitions` rows."""
    in_force = {
        tier
        for tier, revoked in zip(recognitions["tier"], recognitions["revoked_date"], strict=True)
        if is_missing(revoked)
    }
    ranked = [tier for tier in COMMUNE_TIERS if tier in in_force]
    return ranked[-1] if ranked else None


def plan_status(target_year: int, period_end: date, recognised_year: int | None, reaches: bool) -> str:
    """Where a plan stands at the period's end: on_time / late (the decision recognises the target year or an
    earlier one, or a later one: "đạt chuẩn năm 2018" signed in 03/2019 is on time for 2018), awaiting (every
    criterion met, no decision yet), overdue (target year over), in_progress."""
    if recognised_year is not None:
        return "on_time" if recognised_year <= target_year else "late"
    if reaches:
        return "awaiting"
    return "overdue" if period_end > date(target_year, 12, 31) else "in_progress"


def period_position(year: int, half: int) -> float:
    """Where a half-year sits on a time axis counted in years: its middle (2019-H1 → 2019.25)."""
    return year + (0.25 if half == 1 else 0.75)


def date_position(day: date) -> float:
    """Where a day sits on the same axis (1 January 2019 → 2019.0, 2 July 2019 → 2019.5)."""
    days_in_year = 366 if calendar.isleap(day.year) else 365
    return day.year + (day.timetuple().tm_yday - 1) / days_in_year


def criteria_met_change(history: pd.DataFrame) -> int | None:
    """Criteria met in the last period of `criteria_met_history` minus the period before (None with one)."""
    if len(history) < 2:
        return None
    return int(history["criteria_met"].iloc[-1]) - int(history["criteria_met"].iloc[-2])


def criterion_grid(history: pd.DataFrame) -> pd.DataFrame:
    """Statuses of `criterion_history` as criterion_no rows × period columns (None: not in that period's set)."""
    if history.empty:
        return pd.DataFrame()
    grid = history.pivot(index="criterion_no", columns="period", values="status")
    grid = grid.sort_index().reindex(columns=sorted(grid.columns))
    return grid.astype(object).where(grid.notna(), None)


@dataclass(frozen=True)
class VillageSummary:
    villages: int
    assessed: int
    reaching: int
    recognised: int


def village_summary(villages: pd.DataFrame) -> VillageSummary:
    """Villages of `village_progress`: how many, assessed in the period, meeting every criterion, recognised."""
    return VillageSummary(
        villages=len(villages),
        assessed=int(villages["set_id"].notna().sum()),
        reaching=int(villages["reaches"].astype(bool).sum()),
        recognised=int(villages["recognised"].astype(bool).sum()),
    )


def funding_by_source(funding: pd.DataFrame) -> pd.DataFrame:
    """source_category, amount_mvnd, share — the six sources in their fixed order, 0 where none was recorded."""
    amounts = dict(zip(funding["source_category"], funding["amount_mvnd"], strict=True))
    values = [float(amounts.get(source, 0.0) or 0.0) for source in FUNDING_SOURCES]
    total = math.fsum(values)
    return pd.DataFrame(
        {
            "source_category": list(FUNDING_SOURCES),
            "amount_mvnd": values,
            "share": [(v / total) if total else None for v in values],
        }
    )


def funding_total(funding: pd.DataFrame) -> float | None:
    """Million VND mobilised over every source of `commune_funding`; None when nothing was recorded."""
    if funding.empty:
        return None
    return math.fsum(float(v) for v in funding["amount_mvnd"] if not is_missing(v))


def selected_criterion(criteria: pd.DataFrame, rows: list[int]) -> int | None:
    """The criterion number of the row picked in the criteria table (`criterion_results` order), if any."""
    if not rows or not 0 <= rows[0] < len(criteria):
        return None
    return int(criteria["criterion_no"].iloc[rows[0]])


# An indicator counts as passed under a set when met or not applicable (the engine's rule for criteria).
_PASSED = ("met", "not_applicable")


def indicator_change(old_status: object, new_status: str) -> str:
    """How one indicator fares from the old set to the new: lost (passed before, not met now), gained
    (not met before, passed now), same (anything else, also with no counterpart or no data either side)."""
    if old_status in _PASSED and new_status == "not_met":
        return "lost"
    if old_status == "not_met" and new_status in _PASSED:
        return "gained"
    return "same"


def criterion_changes(indicators: pd.DataFrame) -> pd.DataFrame:
    """unit_code, criterion_no, criterion_vi, criterion_en, criterion_status, lost, gained, change — one row
    per xã and criterion of the new set in `set_change_indicators`; lost / gained: the indicator codes; change:
    newly_failing (not met now, an indicator passed before is not met now), newly_passing (met now, an
    indicator not met before is met now), same."""
    columns = ["unit_code", "criterion_no", "criterion_vi", "criterion_en", "criterion_status"]
    # One pass over plain rows, grouped in a dict in order of first appearance: a pandas group per xã and
    # criterion cost seconds over a province's xã.
    criteria: dict[tuple, dict] = {}
    for row in indicators[[*columns, "indicator_code", "old_status", "status"]].itertuples(index=False):
        key = (row.unit_code, row.criterion_no)
        if key not in criteria:
            criteria[key] = {"first": row, "lost": [], "gained": []}
        change = indicator_change(row.old_status, row.status)
        if change in ("lost", "gained"):
            criteria[key][change].append(row.indicator_code)
    rows = []
    for key, found in criteria.items():
        first, lost, gained = found["first"], found["lost"], found["gained"]
        status = first.criterion_status
        if status == "not_met" and lost:
            change = "newly_failing"
        elif status == "met" and gained:
            change = "newly_passing"
        else:
            change = "same"
        rows.append((*key, first.criterion_vi, first.criterion_en, status, lost, gained, change))
    return pd.DataFrame(rows, columns=[*columns, "lost", "gained", "change"])


def set_change_summary(indicators: pd.DataFrame) -> pd.DataFrame:
    """unit_code, name, district_name, old_set_id, old_period, old_criteria_met, old_criteria_total,
    new_set_id, new_period, new_criteria_met, new_criteria_total, newly_failing, newly_passing (criterion
    numbers of the new set) — one row per xã of `set_change_indicators`, in its order."""
    standing = [
        "unit_code", "name", "district_name", "old_set_id", "old_period", "old_criteria_met",
        "old_criteria_total", "new_set_id", "new_period", "new_criteria_met", "new_criteria_total",
    ]  # fmt: skip
    if indicators.empty:
        return pd.DataFrame(columns=[*standing, "newly_failing", "newly_passing"])
    summary = indicators.drop_duplicates("unit_code")[standing].reset_index(drop=True)
    changes = criterion_changes(indicators)

    def numbers(kind: str) -> list[list[int]]:
        picked = changes[changes["change"] == kind]
        by_unit = picked.groupby("unit_code")["criterion_no"].apply(lambda s: sorted(int(n) for n in s))
        return [by_unit.get(code, []) for code in summary["unit_code"]]

    summary["newly_failing"] = numbers("newly_failing")
    summary["newly_passing"] = numbers("newly_passing")
    return summary


def comparable_criteria_met_change(history: pd.DataFrame) -> int | None:
    """`criteria_met_change`, None when the two periods count a different number of criteria (a new set:
    10 criteria against 19 is no progress or loss; the old-vs-new view compares them)."""
    if len(history) < 2 or history["criteria_total"].iloc[-1] != history["criteria_total"].iloc[-2]:
        return None
    return criteria_met_change(history)


@dataclass(frozen=True)
class SetChangeCounts:
    communes: int  # compared: assessed on both sets
    newly_failing: int  # with at least one newly failing criterion
    newly_passing: int  # with at least one newly passing criterion


def set_change_counts(summary: pd.DataFrame) -> SetChangeCounts:
    """How many xã of `set_change_summary` are compared, and how many have a criterion newly failing / passing."""
    return SetChangeCounts(
        communes=len(summary),
        newly_failing=sum(1 for numbers in summary["newly_failing"] if numbers),
        newly_passing=sum(1 for numbers in summary["newly_passing"] if numbers),
    )
