"""Criteria-met bins ("19 / 15–18 / 10–14 / 5–9 / < 5"): derived from a set's number of criteria, or configured
(`NTM_BINS`), parsed and applied here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Bin:
    low: int
    high: int

    @property
    def label(self) -> str:
        if self.low == self.high:
            return str(self.low)
        if self.low == 0:
            return f"< {self.high + 1}"
        return f"{self.low}–{self.high}"

    def contains(self, criteria_met: int) -> bool:
        return self.low <= criteria_met <= self.high


class BinsError(ValueError):
    pass


def parse_bins(text: str) -> tuple[Bin, ...]:
    """`19;15-18;10-14;5-9;0-4` → bins, highest first; they must not overlap."""
    bins = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        low, _, high = part.partition("-")
        try:
            bins.append(Bin(int(low), int(high or low)))
        except ValueError as error:
            raise BinsError(f"not a bin like 15-18: {part!r}") from error
        if bins[-1].low > bins[-1].high:
            raise BinsError(f"bin runs backwards: {part!r}")
    bins.sort(key=lambda b: b.low, reverse=True)
    for upper, lower in zip(bins, bins[1:], strict=False):
        if lower.high >= upper.low:
            raise BinsError(f"bins overlap: {lower.label} and {upper.label}")
    if not bins:
        raise BinsError("no bins given")
    return tuple(bins)


# Quarter marks: for 19 criteria they give the bins the reports have always used (15, 10 and 5 are the
# smallest counts reaching 3/4, 1/2 and 1/4 of 19), and any other set gets the same shape.
_QUARTERS = (3, 2, 1)


def bins_of_total(criteria_total: int) -> tuple[Bin, ...]:
    """The bins of a set of `criteria_total` criteria, highest first: every criterion alone, then from the
    smallest count reaching 3/4, 1/2 and 1/4 of the criteria; bins a small set would leave empty are dropped.
    19 → 19; 15–18; 10–14; 5–9; < 5. 10 → 10; 8–9; 5–7; 3–4; < 3."""
    if criteria_total <= 0:
        return (Bin(0, 0),)
    # ceil(N·q/4) in integers: the fewest criteria met that still reach that share of the set.
    marks = sorted({-(-criteria_total * q // 4) for q in _QUARTERS} - {0, criteria_total}, reverse=True)
    bins = [Bin(criteria_total, criteria_total)]
    for low in [*marks, 0]:
        bins.append(Bin(low, bins[-1].low - 1))
    return tuple(bins)


def bins_for_set(criteria_total: int, configured: str = "") -> tuple[Bin, ...]:
    """The bins for a set of `criteria_total` criteria: the configured ones (`NTM_BINS`) when their highest bin
    ends at that total, else `bins_of_total` — bins written for 19 criteria would leave a 10-criterion set's
    top bin empty."""
    if configured.strip():
        bins = parse_bins(configured)
        if bins[0].high == criteria_total:
            return bins
    return bins_of_total(criteria_total)


def count_by_bin(criteria_met: Iterable[int], bins: tuple[Bin, ...]) -> list[tuple[Bin, int]]:
    """How many subjects fall in each bin; a value in no bin is not counted."""
    values = list(criteria_met)
    return [(b, sum(1 for v in values if b.contains(int(v)))) for b in bins]
