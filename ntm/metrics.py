"""The figures shown on screen, computed from query results by small pure functions."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ntm.bins import Bin, count_by_bin


@dataclass(frozen=True)
class ScopeSummary:
    communes: int
    reaching: int
    recognised: int
    with_unknown: int
    average_criteria_met: float | None
    criteria_total: int

    @property
    def reaching_share(self) -> float | None:
        return self.reaching / self.communes if self.communes else None

    @property
    def recognised_share(self) -> float | None:
        return self.recognised / self.communes if self.communes else None


def scope_summary(results: pd.DataFrame) -> ScopeSummary:
    """Counts and average over `commune_results`; an unknown criterion counts as not met in the average."""
    communes = len(results)
    return ScopeSummary(
        communes=communes,
        reaching=int(results["reaches"].sum()) if communes else 0,
        recognised=int(results["recognised"].sum()) if communes else 0,
        with_unknown=int((results["criteria_unknown"] > 0).sum()) if communes else 0,
        average_criteria_met=float(results["criteria_met"].mean()) if communes else None,
        criteria_total=int(results["criteria_total"].max()) if communes else 0,
    )


def bin_table(results: pd.DataFrame, bins: tuple[Bin, ...]) -> pd.DataFrame:
    """bin (label), low, high, communes, share — communes of `commune_results` per criteria-met bin."""
    counts = count_by_bin(results["criteria_met"].tolist(), bins)
    total = len(results)
    return pd.DataFrame(
        {
            "bin": [b.label for b, _ in counts],
            "low": [b.low for b, _ in counts],
            "high": [b.high for b, _ in counts],
            "communes": [n for _, n in counts],
            "share": [(n / total) if total else None for _, n in counts],
        }
    )
