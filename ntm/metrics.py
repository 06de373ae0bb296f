"""The figures shown on screen, computed from query results by small pure functions."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ntm.bins import Bin, count_by_bin
from ntm.names import fold


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


@dataclass(frozen=True)
class Kpi:
    """One headline figure with its value in the previous period (None when there is none)."""

    key: str
    value: float | None
    previous: float | None
    total: int | None = None  # the n of "n / N", when the figure is a count out of a whole

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def share(self) -> float | None:
        return self.value / self.total if self.total and self.value is not None else None


def _average(row) -> float | None:
    return float(row["criteria_met_sum"] / row["communes"]) if row["communes"] else None


def _by_name(column: pd.Series) -> pd.Series:
    """Sort key: Vietnamese names in alphabetical order (Đ with D), other columns as they are."""
    return column.map(fold) if column.name in ("name", "district_name") else column


def series_until(series: pd.DataFrame, period: str) -> pd.DataFrame:
    """The rows of a per-period series up to and including `period`, in period order."""
    return series[series["period"] <= period].sort_values("period", kind="stable").reset_index(drop=True)


def headline_kpis(series: pd.DataFrame, period: str) -> list[Kpi]:
    """The overview's headline figures for a period of `scope_series`, each with the period before."""
    if series.empty or period not in set(series["period"]):
        return []
    rows = series.set_index("period")
    current = rows.loc[period]
    earlier = rows.loc[rows.index < period]
    previous = earlier.iloc[-1] if len(earlier) else None

    def kpi(key: str, column: str, total_column: str | None = None) -> Kpi:
        return Kpi(
            key,
            float(current[column]),
            None if previous is None else float(previous[column]),
            int(current[total_column]) if total_column else None,
        )

    return [
        kpi("recognised_ntm", "recognised_ntm", "communes"),
        kpi("reaching_not_recognised_ntm", "reaching_not_recognised_ntm", "communes"),
        kpi("recognised_advanced", "recognised_advanced", "communes"),
        kpi("recognised_model_commune", "recognised_model_commune", "communes"),
        kpi("recognised_model_village", "recognised_model_village", "villages"),
        Kpi("average_criteria_met", _average(current), None if previous is None else _average(previous)),
        kpi("under_15", "under_15", "communes"),
    ]


def plan_line(targets: pd.DataFrame, already_recognised: int) -> pd.DataFrame:
    """year, planned — communes that should be recognised by the end of each year: those recognised
    when the data begin plus those planned for that year or earlier."""
    if targets.empty:
        return pd.DataFrame({"year": [], "planned": []})
    ordered = targets.sort_values("target_year")
    return pd.DataFrame(
        {
            "year": ordered["target_year"].astype(int).tolist(),
            "planned": (ordered["planned"].cumsum() + already_recognised).astype(int).tolist(),
        }
    )


def criteria_tally(matrix: pd.DataFrame) -> pd.DataFrame:
    """criterion_no, criterion_vi, criterion_en, met, not_met, unknown, communes, share_met — per
    criterion of `criterion_matrix`, the hardest (fewest communes meeting it) first."""
    columns = [
        "criterion_no",
        "criterion_vi",
        "criterion_en",
        "met",
        "not_met",
        "unknown",
        "communes",
        "share_met",
    ]
    if matrix.empty:
        return pd.DataFrame({c: [] for c in columns})
    counts = (
        matrix.assign(
            met=matrix["status"].eq("met"),
            not_met=matrix["status"].eq("not_met"),
            unknown=matrix["status"].eq("unknown"),
        )
        .groupby(["criterion_no", "criterion_vi", "criterion_en"], as_index=False)[
            ["met", "not_met", "unknown"]
        ]
        .sum()
    )
    counts["communes"] = counts["met"] + counts["not_met"] + counts["unknown"]
    counts["share_met"] = counts["met"] / counts["communes"]
    for column in ("met", "not_met", "unknown", "communes"):
        counts[column] = counts[column].astype(int)
    return counts.sort_values(["met", "criterion_no"], kind="stable").reset_index(drop=True)[columns]


SORT_KEYS = ("criteria_met", "name", "district")


def scorecard(matrix: pd.DataFrame, sort_by: str = "criteria_met") -> pd.DataFrame:
    """One row per commune (unit_code, name, district_name, criteria_met, then one column per
    criterion number holding met / not_met / unknown), sorted by criteria met (most first), name or
    district."""
    if matrix.empty:
        return pd.DataFrame({"unit_code": [], "name": [], "district_name": [], "criteria_met": []})
    wide = matrix.pivot_table(
        index=["unit_code", "name", "district_name"], columns="criterion_no", values="status", aggfunc="first"
    ).reset_index()
    criteria = sorted(c for c in wide.columns if isinstance(c, (int,)) or str(c).isdigit())
    wide.columns = [c if isinstance(c, str) else int(c) for c in wide.columns]
    wide["criteria_met"] = (wide[[int(c) for c in criteria]] == "met").sum(axis=1).astype(int)
    order = {
        "criteria_met": (["criteria_met", "name", "unit_code"], [False, True, True]),
        "name": (["name", "unit_code"], [True, True]),
        "district": (["district_name", "name", "unit_code"], [True, True, True]),
    }[sort_by]
    ordered = wide.sort_values(order[0], ascending=order[1], kind="stable", key=_by_name).reset_index(
        drop=True
    )
    return ordered[["unit_code", "name", "district_name", "criteria_met", *[int(c) for c in criteria]]]


def competition_rank(values: pd.Series) -> pd.Series:
    """1, 2, 2, 4 …: equal values share the best rank (higher is better; missing ranks last, empty)."""
    return values.rank(method="min", ascending=False, na_option="keep").astype("Int64")


def ranking(current: pd.DataFrame, previous: pd.DataFrame) -> pd.DataFrame:
    """unit_code, name, district_name, criteria_met, rank, previous_criteria_met, change, change_rank —
    communes of `commune_results` ranked by criteria met and by their change since `previous`."""
    before = previous[["unit_code", "criteria_met"]].rename(columns={"criteria_met": "previous_criteria_met"})
    table = current[["unit_code", "name", "district_name", "criteria_met"]].merge(
        before, on="unit_code", how="left"
    )
    table["previous_criteria_met"] = table["previous_criteria_met"].astype("Int64")
    table["change"] = (table["criteria_met"].astype("Int64") - table["previous_criteria_met"]).astype("Int64")
    table["rank"] = competition_rank(table["criteria_met"].astype(float))
    table["change_rank"] = competition_rank(table["change"].astype("Float64"))
    return table.sort_values(["rank", "name"], kind="stable", key=_by_name).reset_index(drop=True)[
        [
            "unit_code",
            "name",
            "district_name",
            "criteria_met",
            "rank",
            "previous_criteria_met",
            "change",
            "change_rank",
        ]
    ]
