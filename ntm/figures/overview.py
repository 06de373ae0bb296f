"""The figures shown on screen, computed from query results by small pure functions."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ntm.bins import Bin, bins_for_set, count_by_bin
from ntm.figures.summary import share_percent
from ntm.figures.values import is_missing
from ntm.names import fold
from ntm.periods import parse_period
from ntm.settings import setting
from ntm.store.schema import REFORM_DATE


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


def set_bins(criteria: pd.DataFrame) -> tuple[Bin, ...]:
    """The criteria-met bins of a set from its criteria (`criteria_of_set`): `NTM_BINS` when it was written for
    that many criteria, else bins derived from their number (`ntm.bins.bins_of_total`)."""
    return bins_for_set(len(criteria), setting("NTM_BINS"))


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
    """One headline figure with its value in the previous period (None when there is none or when the two
    cannot be compared: `no_change` then says why — "new_set" or "reorganised")."""

    key: str
    value: float | None
    previous: float | None
    total: int | None = None  # the N of "n / N", when the figure is a count out of a whole
    basis: str | None = None  # what N counts: all_communes | ntm_communes | villages
    share: float | None = None  # n / N as a fraction, by `ntm.figures.summary.share_percent`
    no_change: str | None = None

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous


# The headline figure of each commune tier, in the order of `ntm.store.schema.COMMUNE_TIERS`.
TIER_KPIS = {
    "ntm": "recognised_ntm",
    "advanced": "recognised_advanced",
    "model_commune": "recognised_model_commune",
    "modern": "recognised_modern",
}
VILLAGES = "villages"
# "Xã dưới 15 tiêu chí" is a goal of the 19-criteria sets (263/QĐ-TTg: no xã under 15 of 19); a set of
# 15 criteria or fewer has no such goal, and a bar relative to another set's size would be our invention.
UNDER_15_LIMIT = 15


def _average(row) -> float | None:
    return float(row["criteria_met_sum"] / row["communes"]) if row["communes"] else None


def _by_name(column: pd.Series) -> pd.Series:
    """Sort key: Vietnamese names in alphabetical order (Đ with D), other columns as they are."""
    return column.map(fold) if column.name in ("name", "district_name") else column


def previous_period(series: pd.DataFrame, period: str) -> str | None:
    """The period of `scope_series` just before `period` (None for the first)."""
    earlier = series[series["period"] < period]["period"]
    return str(earlier.iloc[-1]) if len(earlier) else None


def is_across_reform(period: str, other: str | None) -> bool:
    """Whether the two periods lie on either side of the 1/7/2025 reorganisation (their units differ)."""
    if other is None:
        return False
    return (parse_period(period).end >= REFORM_DATE) != (parse_period(other).end >= REFORM_DATE)


def _sets(tiers: pd.DataFrame, period: str | None, tier: str) -> set[str]:
    return set(tiers.loc[(tiers["period"] == period) & (tiers["tier"] == tier), "set_id"])


def _fraction(numerator, denominator) -> float | None:
    percent = share_percent(numerator, denominator)
    return None if percent is None else percent / 100


def _known_float(value) -> float | None:
    return None if is_missing(value) else float(value)


def headline_kpis(
    series: pd.DataFrame,
    period: str,
    tiers: pd.DataFrame,
    figures: pd.DataFrame,
    figures_before: pd.DataFrame,
    criteria_tier: str = "ntm",
) -> list[Kpi]:
    """The overview's headline figures for a period of `scope_series`, each with the period before.

    `tiers` is `tiers_by_period`; `figures` and `figures_before` are `headline_figures` of the period and
    of the one before (empty when none). A commune tier has a figure only in a period that assessed its
    set, counted on its official base (NTM among every xã, higher tiers among the NTM xã); model villages
    only when their set was assessed; "under 15" only for a set of more than 15 criteria. No change is
    computed across the 1/7/2025 reorganisation, nor for the criteria met across a change of set."""
    if series.empty or period not in set(series["period"]):
        return []
    rows = series.set_index("period")
    current = rows.loc[period]
    before_period = previous_period(series, period)
    previous = rows.loc[before_period] if before_period is not None else None
    reorganised = is_across_reform(period, before_period)
    same_set = _sets(tiers, period, criteria_tier) == _sets(tiers, before_period, criteria_tier)
    earlier = (
        {} if reorganised else dict(zip(figures_before["measure"], figures_before["numerator"], strict=True))
    )
    why_not_counts = "reorganised" if reorganised else None
    why_not_criteria = why_not_counts or (None if same_set or previous is None else "new_set")

    def kpi(key: str, column: str, total_column: str, basis: str, why_not: str | None) -> Kpi:
        total = int(current[total_column])
        return Kpi(
            key,
            float(current[column]),
            None if previous is None or why_not else float(previous[column]),
            total,
            basis,
            _fraction(current[column], total),
            why_not if previous is not None else None,
        )

    kpis = [
        Kpi(
            TIER_KPIS[figure["measure"]],
            float(figure["numerator"]),
            _known_float(earlier.get(figure["measure"])),
            None if is_missing(figure["denominator"]) else int(figure["denominator"]),
            figure["basis"],
            None if is_missing(figure["share"]) else float(figure["share"]) / 100,
            why_not_counts if previous is not None else None,
        )
        for figure in figures.to_dict("records")
        if figure["measure"] in TIER_KPIS
    ]
    if "ntm" in set(figures["measure"]):
        kpis.insert(
            1,
            # Meeting every criterion depends on the set: no change across a change of set either.
            kpi(
                "reaching_not_recognised_ntm",
                "reaching_not_recognised_ntm",
                "communes",
                "all_communes",
                why_not_criteria,
            ),
        )
    if _sets(tiers, period, "model_village"):
        kpis.append(
            kpi("recognised_model_village", "recognised_model_village", "villages", VILLAGES, why_not_counts)
        )
    average_before = None if previous is None or why_not_criteria else _average(previous)
    kpis.append(Kpi("average_criteria_met", _average(current), average_before, no_change=why_not_criteria))
    if int(current["criteria_total"]) > UNDER_15_LIMIT:
        under_before = None if previous is None or why_not_criteria else float(previous["under_15"])
        communes = int(current["communes"])
        kpis.append(
            Kpi(
                "under_15",
                float(current["under_15"]),
                under_before,
                communes,
                "all_communes",
                _fraction(current["under_15"], communes),
                why_not_criteria,
            )
        )
    return kpis


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
    # Plain Python over the rows: pandas' groupby cost ~7 ms a call on a rerun, whatever the size.
    counts: dict[tuple, dict[str, int]] = {}
    for number, name_vi, name_en, status in zip(
        *(matrix[c].tolist() for c in ("criterion_no", "criterion_vi", "criterion_en", "status")), strict=True
    ):
        tally = counts.setdefault((number, name_vi, name_en), {"met": 0, "not_met": 0, "unknown": 0})
        if status in tally:
            tally[status] += 1
    order = sorted(counts, key=lambda k: (counts[k]["met"], k[0], k[1], k[2]))
    rows = [(*k, counts[k]["met"], counts[k]["not_met"], counts[k]["unknown"]) for k in order]
    table = pd.DataFrame(rows, columns=columns[:6]).astype(
        {"criterion_no": matrix["criterion_no"].dtype, "met": int, "not_met": int, "unknown": int}
    )
    table["communes"] = (table["met"] + table["not_met"] + table["unknown"]).astype(int)
    table["share_met"] = table["met"] / table["communes"]
    return table


SORT_KEYS = ("criteria_met", "name", "district")


def scorecard(matrix: pd.DataFrame, sort_by: str = "criteria_met") -> pd.DataFrame:
    """One row per commune (unit_code, name, district_name, criteria_met, then one column per
    criterion number holding met / not_met / unknown), sorted by criteria met (most first), name or
    district."""
    if matrix.empty:
        return pd.DataFrame({"unit_code": [], "name": [], "district_name": [], "criteria_met": []})
    # Plain Python over the rows: pivot_table and a keyed sort cost ~13 ms a call, whatever the size.
    cells: dict[tuple[str, str, str], dict[int, str]] = {}
    for unit, name, district, number, status in zip(
        *(matrix[c].tolist() for c in ("unit_code", "name", "district_name", "criterion_no", "status")),
        strict=True,
    ):
        row = cells.setdefault((unit, name, district), {})
        if status is not None and status == status and int(number) not in row:  # first known status
            row[int(number)] = status
    criteria = sorted({number for row in cells.values() for number in row})
    met = {commune: sum(status == "met" for status in row.values()) for commune, row in cells.items()}
    order = {
        "criteria_met": lambda c: (-met[c], fold(c[1]), c[0]),
        "name": lambda c: (fold(c[1]), c[0]),
        "district": lambda c: (fold(c[2]), fold(c[1]), c[0]),
    }[sort_by]
    communes = sorted(cells, key=order)
    table = {
        "unit_code": [c[0] for c in communes],
        "name": [c[1] for c in communes],
        "district_name": [c[2] for c in communes],
        "criteria_met": [met[c] for c in communes],
        **{number: [cells[c].get(number) for c in communes] for number in criteria},
    }
    return pd.DataFrame(table)


def competition_rank(values: pd.Series) -> pd.Series:
    """1, 2, 2, 4 …: equal values share the best rank (higher is better; missing ranks last, empty)."""
    return values.rank(method="min", ascending=False, na_option="keep").astype("Int64")


def ranking(current: pd.DataFrame, previous: pd.DataFrame) -> pd.DataFrame:
    """unit_code, name, district_name, criteria_met, rank, previous_criteria_met, change, change_rank —
    communes of `commune_results` ranked by criteria met and by their change since `previous`."""
    # Plain Python over the rows: merge, two ranks and a keyed sort cost ~7 ms a call in pandas.
    earlier = dict(zip(previous["unit_code"].tolist(), previous["criteria_met"].tolist(), strict=True))
    met = [_known(v) for v in current["criteria_met"].tolist()]
    before = [_known(earlier.get(unit)) for unit in current["unit_code"].tolist()]
    change = [None if m is None or b is None else m - b for m, b in zip(met, before, strict=True)]
    rank, change_rank = _competition_ranks(met), _competition_ranks(change)
    names = [fold(n) for n in current["name"].tolist()]
    order = sorted(range(len(met)), key=lambda i: (rank[i] is None, rank[i] or 0, names[i]))
    table = current[["unit_code", "name", "district_name", "criteria_met"]].take(order).reset_index(drop=True)
    table["rank"] = pd.array([rank[i] for i in order], dtype="Int64")
    table["previous_criteria_met"] = pd.array([before[i] for i in order], dtype="Int64")
    table["change"] = pd.array([change[i] for i in order], dtype="Int64")
    table["change_rank"] = pd.array([change_rank[i] for i in order], dtype="Int64")
    return table[
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


def _known(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _competition_ranks(values: list[int | None]) -> list[int | None]:
    """As `competition_rank`, on a list: 1 + how many known values are higher; None stays None."""
    known = sorted((v for v in values if v is not None), reverse=True)
    first_at = {}
    for position, value in enumerate(known, start=1):
        first_at.setdefault(value, position)
    return [None if v is None else first_at[v] for v in values]
