"""The figures of the NTM nâng cao page and of every commune tier above NTM (the Thôn kiểu mẫu page's
model-commune part uses them too): candidates, recognised, blocking criteria, the plan line."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

# A projector shows ten bars legibly; the caption says how many candidates there are.
BLOCKING_SHOWN = 10


@dataclass(frozen=True)
class TierSummary:
    communes: int
    candidates: int
    not_candidates: int
    reaching: int
    recognised: int
    waiting: int  # candidates not yet recognised at the tier
    average_met: float | None  # criteria met per assessed candidate


def tier_summary(results: pd.DataFrame) -> TierSummary:
    """Counts of `tier_results`: communes, candidates, the others, candidates reaching, recognised."""
    candidates = results[results["candidate"].astype(bool)]
    assessed = candidates[candidates["set_id"].notna()]
    return TierSummary(
        communes=len(results),
        candidates=len(candidates),
        not_candidates=len(results) - len(candidates),
        reaching=int(candidates["reaches"].astype(bool).sum()),
        recognised=int(results["recognised"].astype(bool).sum()),
        waiting=int((~candidates["recognised"].astype(bool)).sum()),
        average_met=float(assessed["criteria_met"].mean()) if len(assessed) else None,
    )


def candidate_table(results: pd.DataFrame) -> pd.DataFrame:
    """The candidates of `tier_results`, most criteria met first (then by name)."""
    candidates = results[results["candidate"].astype(bool)]
    return candidates.sort_values(
        ["criteria_met", "name", "unit_code"], ascending=[False, True, True], na_position="last"
    ).reset_index(drop=True)


def not_candidates(results: pd.DataFrame) -> list[str]:
    """Names of the communes of `tier_results` that are not candidates, by name."""
    return sorted(results.loc[~results["candidate"].astype(bool), "name"].tolist())


def recognised_table(results: pd.DataFrame) -> pd.DataFrame:
    """The communes of `tier_results` recognised at the tier, newest decision first."""
    recognised = results[results["recognised"].astype(bool)]
    return recognised.sort_values(["decision_date", "name"], ascending=[False, True]).reset_index(drop=True)


def blocking_criteria(criteria: pd.DataFrame, results: pd.DataFrame) -> pd.DataFrame:
    """criterion_no, name_vi, name_en, not_met, unknown, candidates — per criterion of `tier_criteria`,
    among the candidates not yet recognised at the tier: how many do not meet it and how many lack data;
    the criteria blocking most first."""
    columns = ["criterion_no", "name_vi", "name_en", "not_met", "unknown", "candidates"]
    waiting = results.loc[
        results["candidate"].astype(bool) & ~results["recognised"].astype(bool), "unit_code"
    ]
    rows = criteria[criteria["unit_code"].isin(set(waiting))]
    if rows.empty:
        return pd.DataFrame({c: [] for c in columns})
    counted = (
        rows.assign(not_met=rows["status"].eq("not_met"), unknown=rows["status"].eq("unknown"))
        .groupby(["criterion_no", "name_vi", "name_en"], as_index=False)
        .agg(not_met=("not_met", "sum"), unknown=("unknown", "sum"), candidates=("unit_code", "nunique"))
    )
    counted[["not_met", "unknown", "candidates"]] = counted[["not_met", "unknown", "candidates"]].astype(int)
    return counted.sort_values(["not_met", "unknown", "criterion_no"], ascending=[False, False, True])[
        columns
    ].reset_index(drop=True)


def target_line(plan: pd.DataFrame, series: pd.DataFrame) -> pd.DataFrame:
    """year, target — communes (or villages) that should be recognised by the end of each target year:
    those recognised in the first period of `series` plus those planned (`plan`) for that year or earlier."""
    recognised_before = int(series["recognised"].iloc[0]) if len(series) else 0
    if plan.empty:
        return pd.DataFrame({"year": [], "target": []})
    ordered = plan.sort_values("target_year")
    return pd.DataFrame(
        {
            "year": ordered["target_year"].astype(int).tolist(),
            "target": (ordered["planned"].cumsum() + recognised_before).astype(int).tolist(),
        }
    )
