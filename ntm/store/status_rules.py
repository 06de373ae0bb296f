"""The status rules of the program, as small pure functions.

They are the specification: the store applies the same rules set-wise in SQL (`ntm.store.engine`), and a
test checks that both agree on generated data.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

MET, NOT_MET, UNKNOWN, NOT_APPLICABLE = "met", "not_met", "unknown", "not_applicable"
# Tolerance for `=` thresholds: values are typed by people, often rounded to one decimal.
EQUALITY_TOLERANCE = 1e-9


@dataclass(frozen=True)
class ThresholdRow:
    # The region or commune group the row is for, whichever the set's thresholds are keyed by; None: every one.
    applies_to: str | None
    year_from: int
    year_to: int | None
    value: float


def _is_missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def threshold_class(threshold_basis: str | None, region: str | None, commune_group: str | None) -> str | None:
    """What a subject's thresholds are chosen by: its commune group in a set keyed by groups (2026–2030), else
    its region (2016–2025 sets, and sets from before the basis was recorded)."""
    return commune_group if threshold_basis == "commune_group" else region


def threshold_for(rows: Iterable[ThresholdRow], threshold_class: str | None, year: int) -> float | None:
    """The threshold in force for a class (region or group) and year: the class's own row wins over the row for
    every class; among rows in force, the one starting latest."""
    in_force = [r for r in rows if r.year_from <= year and (r.year_to is None or year <= r.year_to)]
    for wanted in (threshold_class, None):
        matches = [r for r in in_force if r.applies_to == wanted]
        if matches:
            return max(matches, key=lambda r: r.year_from).value
    return None


def indicator_status(
    value: float | None, threshold: float | None, direction: str | None, recorded: str | None
) -> str:
    """Met / not met / unknown / not applicable for one indicator of one subject in one period.

    A numeric threshold decides when there is one; otherwise the recorded status does.
    """
    if threshold is not None and direction in (">=", "<=", "="):
        if _is_missing(value):
            return UNKNOWN
        if direction == ">=":
            return MET if value >= threshold else NOT_MET
        if direction == "<=":
            return MET if value <= threshold else NOT_MET
        return MET if abs(value - threshold) <= EQUALITY_TOLERANCE else NOT_MET
    if recorded in (MET, NOT_MET, NOT_APPLICABLE):
        return recorded
    return UNKNOWN


def criterion_status(indicator_statuses: Sequence[str]) -> str:
    """A criterion is met when every indicator is met (not applicable counts as met).

    One unmet indicator settles it as not met; otherwise one unknown leaves it unknown, never met.
    """
    if not indicator_statuses:
        return UNKNOWN
    if any(s == NOT_MET for s in indicator_statuses):
        return NOT_MET
    if all(s in (MET, NOT_APPLICABLE) for s in indicator_statuses):
        return MET
    return UNKNOWN


def criteria_met(criterion_statuses: Iterable[str]) -> int:
    return sum(1 for s in criterion_statuses if s == MET)


def reaches_tier(criterion_statuses: Sequence[str]) -> bool:
    return bool(criterion_statuses) and all(s == MET for s in criterion_statuses)


def is_recognised(
    decision_date: date | None,
    revoked_date: date | None,
    period_end: date,
    version_from: date | None = None,
    version_to: date | None = None,
) -> bool:
    """Recognised at a period's end: decided on or before it, not revoked by then, and made for the unit version
    valid then (`version_from`..`version_to`: a merged commune that reuses a code does not inherit the decision
    of the commune that had the code before)."""
    if decision_date is None or decision_date > period_end:
        return False
    if version_from is not None and decision_date < version_from:
        return False
    if version_to is not None and version_to < period_end:
        return False
    return revoked_date is None or revoked_date > period_end


def recognised_year(decision_date: date, recorded_year: int | None) -> int:
    """The year a decision recognises: the recorded one ("đạt chuẩn NTM năm 2018", signed in 03/2019), else the
    decision's own year."""
    return recorded_year if recorded_year is not None else decision_date.year


def gap_to_threshold(value: float | None, threshold: float | None, direction: str | None) -> float | None:
    """How far a value still is from its threshold (0 when met; positive = distance to go)."""
    if _is_missing(value) or threshold is None or direction not in (">=", "<=", "="):
        return None
    if direction == ">=":
        return max(0.0, threshold - value)
    if direction == "<=":
        return max(0.0, value - threshold)
    return abs(threshold - value)
