"""Criteria-met bins ("19 / 15–18 / 10–14 / 5–9 / < 5") are configuration, parsed and applied here."""

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


def count_by_bin(criteria_met: Iterable[int], bins: tuple[Bin, ...]) -> list[tuple[Bin, int]]:
    """How many subjects fall in each bin; a value in no bin is not counted."""
    values = list(criteria_met)
    return [(b, sum(1 for v in values if b.contains(int(v)))) for b in bins]
