"""The figures of the criterion page, computed from its query results by small pure functions."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

# Bin counting tolerates the float noise of repeated decimal steps (80 + 3 × 0.1 ≠ 80.3 in binary).
_EPSILON = 1e-9
_NICE_FACTORS = (1.0, 2.0, 2.5, 5.0, 10.0)


@dataclass(frozen=True)
class CriterionSummary:
    communes: int
    met: int
    not_met: int
    unknown: int

    @property
    def met_share(self) -> float | None:
        return self.met / self.communes if self.communes else None


def period_summary(trend: pd.DataFrame, period: str) -> CriterionSummary:
    """Met / not met / unknown communes of `criterion_trend` in one period (all zero when it is absent)."""
    rows = trend[trend["period"] == period]
    if rows.empty:
        return CriterionSummary(0, 0, 0, 0)
    row = rows.iloc[0]
    return CriterionSummary(int(row["communes"]), int(row["met"]), int(row["not_met"]), int(row["unknown"]))


def met_shares(trend: pd.DataFrame) -> list[float | None]:
    """Share of communes meeting the criterion in each row of `criterion_trend` (None with no commune)."""
    return [m / n if n else None for m, n in zip(trend["met"], trend["communes"], strict=True)]


def set_changes(trend: pd.DataFrame) -> list[tuple[int, str]]:
    """(row position, set_years) of each period of `criterion_trend` whose set differs from the period before."""
    sets, years = trend["set_id"].tolist(), trend["set_years"].tolist()
    return [(i, years[i]) for i, s in enumerate(sets) if i > 0 and s != sets[i - 1]]


def nice_step(span: float, target_bins: int = 8) -> float:
    """A bin width of 1, 2, 2.5 or 5 times a power of ten giving about `target_bins` bins over `span`."""
    if not span or span <= 0 or math.isnan(span):
        return 1.0
    raw = span / target_bins
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(f * magnitude for f in _NICE_FACTORS if f * magnitude >= raw * (1 - _EPSILON))


@dataclass(frozen=True)
class Distribution:
    bins: pd.DataFrame  # low, high, met, not_met, unknown (communes with a value, by their own status)
    thresholds: pd.DataFrame  # threshold_value, classes, communes (every threshold in force in the scope)
    with_value: int
    without_value: int
    basis: str = "region"  # what the classes of `thresholds` are: regions or commune groups

    @property
    def total(self) -> int:
        return self.with_value + self.without_value


def threshold_basis(values: pd.DataFrame) -> str:
    """What the thresholds of `indicator_values` are keyed by: region (2016–2025) or commune_group (2026–2030)."""
    if "threshold_basis" not in values.columns or values.empty:
        return "region"
    return str(values["threshold_basis"].iloc[0])


def threshold_lines(values: pd.DataFrame) -> pd.DataFrame:
    """threshold_value, classes (the regions or commune groups it applied to, sorted, comma-separated),
    communes — the distinct thresholds of `indicator_values`, the most common first."""
    class_column = "commune_group" if threshold_basis(values) == "commune_group" else "region"
    known = values[values["threshold_value"].notna()]
    rows = []
    for threshold, group in known.groupby("threshold_value", sort=True):
        classes = sorted({str(r) for r in group[class_column] if pd.notna(r)})
        rows.append((float(threshold), ", ".join(classes), len(group)))
    rows.sort(key=lambda r: (-r[2], r[0]))
    return pd.DataFrame(rows, columns=["threshold_value", "classes", "communes"])


def indicator_distribution(values: pd.DataFrame, target_bins: int = 8) -> Distribution:
    """Counts of `indicator_values` per value bin and status; the edges fall on the most common
    threshold, so no bin straddles it (bins hold their low end, or their high end for `<=`); the bins of
    a percentage stop at 0 and 100."""
    thresholds = threshold_lines(values)
    measured = values[values["value"].notna()]
    with_value, without_value = len(measured), len(values) - len(measured)
    empty = pd.DataFrame({"low": [], "high": [], "met": [], "not_met": [], "unknown": []})
    basis = threshold_basis(values)
    if measured.empty:
        return Distribution(empty, thresholds, 0, without_value, basis)
    numbers = [float(v) for v in measured["value"]]
    span_values = numbers + [float(v) for v in thresholds["threshold_value"]]
    step = nice_step(max(span_values) - min(span_values), target_bins)
    anchor = float(thresholds["threshold_value"].iloc[0]) if len(thresholds) else 0.0
    right_closed = bool(len(values)) and values["direction"].iloc[0] == "<="

    def index(v: float) -> int:
        position = (v - anchor) / step
        return math.ceil(position - _EPSILON) - 1 if right_closed else math.floor(position + _EPSILON)

    indices = [index(v) for v in numbers]
    first = min(index(v) for v in span_values)
    last = max(index(v) for v in span_values)
    counts = {k: {"met": 0, "not_met": 0, "unknown": 0} for k in range(first, last + 1)}
    for k, status in zip(indices, measured["status"], strict=True):
        bucket = "met" if status in ("met", "not_applicable") else status
        counts[k][bucket if bucket in ("met", "not_met") else "unknown"] += 1
    lows = [round(anchor + k * step, 9) for k in counts]
    highs = [round(anchor + (k + 1) * step, 9) for k in counts]
    if len(values) and values["kind"].iloc[0] == "percent":
        # A share never leaves 0–100: the outer bins end there (a bin starting at 100 keeps its width).
        lows = [max(low, 0.0) for low in lows]
        highs = [min(high, 100.0) if low < 100 else high for low, high in zip(lows, highs, strict=True)]
    bins = pd.DataFrame(
        {
            "low": lows,
            "high": highs,
            "met": [c["met"] for c in counts.values()],
            "not_met": [c["not_met"] for c in counts.values()],
            "unknown": [c["unknown"] for c in counts.values()],
        }
    )
    return Distribution(bins, thresholds, with_value, without_value, basis)
