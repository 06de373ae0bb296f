"""The figures of the advanced-NTM and model-village pages, as pure functions of query results.

Candidates for a tier are the communes recognised at the tier below it (see `ntm.queries.targets`);
reaching (every criterion of the set met) and recognised (a decision in force) stay two facts.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

VILLAGE_COUNTS = ("villages", "assessed", "reaching", "recognised", "planned", "planned_by_now")


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


def village_totals(villages: pd.DataFrame) -> dict[str, int]:
    """The counts of `village_results` summed over the scope's communes."""
    return {column: int(villages[column].sum()) for column in VILLAGE_COUNTS}


def villages_meeting_criteria(criteria: pd.DataFrame) -> pd.DataFrame:
    """unit_code, then one column per criterion number: villages of the commune meeting it, from
    `village_criteria` (communes without assessed villages are absent)."""
    if criteria.empty:
        return pd.DataFrame({"unit_code": []})
    met = criteria.assign(met=criteria["status"].eq("met").astype(int))
    table = met.pivot_table(
        index="unit_code", columns="criterion_no", values="met", aggfunc="sum", fill_value=0
    )
    table.columns = [int(c) for c in table.columns]
    return table.reset_index()


def village_grid(criteria: pd.DataFrame, unit_code: str) -> pd.DataFrame:
    """village_name, then one column per criterion number holding the status — one commune's villages."""
    rows = criteria[criteria["unit_code"] == unit_code]
    if rows.empty:
        return pd.DataFrame({"village_name": []})
    grid = rows.pivot_table(
        index=["village_code", "village_name"], columns="criterion_no", values="status", aggfunc="first"
    )
    grid.columns = [int(c) for c in grid.columns]
    return grid.reset_index().drop(columns="village_code").fillna("unknown")
