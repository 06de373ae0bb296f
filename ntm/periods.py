"""Reporting periods are half-years written `YYYY-H1` / `YYYY-H2`; H1 ends 30 June, H2 31 December."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pandas as pd

_PERIOD = re.compile(r"^([0-9]{4})-H([12])$")


class PeriodError(ValueError):
    pass


@dataclass(frozen=True, order=True)
class Period:
    year: int
    half: int

    @property
    def label(self) -> str:
        return f"{self.year}-H{self.half}"

    @property
    def end(self) -> date:
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    @property
    def start(self) -> date:
        return date(self.year, 1, 1) if self.half == 1 else date(self.year, 7, 1)

    def previous(self) -> Period:
        return Period(self.year, 1) if self.half == 2 else Period(self.year - 1, 2)

    def same_period_last_year(self) -> Period:
        return Period(self.year - 1, self.half)

    def __str__(self) -> str:
        return self.label


def is_period(text: object) -> bool:
    return isinstance(text, str) and _PERIOD.match(text) is not None


def parse_period(text: str) -> Period:
    match = _PERIOD.match(text) if isinstance(text, str) else None
    if match is None:
        raise PeriodError(f"not a half-year period like 2019-H1: {text!r}")
    return Period(int(match.group(1)), int(match.group(2)))


def period_range(first: str, last: str) -> list[str]:
    """Every half-year label from `first` to `last`, both included."""
    current, end = parse_period(first), parse_period(last)
    labels = []
    while current <= end:
        labels.append(current.label)
        current = Period(current.year, 2) if current.half == 1 else Period(current.year + 1, 1)
    return labels


def series_until(series: pd.DataFrame, period: str) -> pd.DataFrame:
    """The rows of a per-period series up to and including `period`, in period order."""
    return series[series["period"] <= period].sort_values("period", kind="stable").reset_index(drop=True)
