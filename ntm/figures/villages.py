"""The figures of the Thôn kiểu mẫu page about villages: totals, villages meeting each criterion, one
commune's grid."""

from __future__ import annotations

import pandas as pd

VILLAGE_COUNTS = ("villages", "assessed", "reaching", "recognised", "planned", "planned_by_now")


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
