"""The headline figures as they are published: each share with its numerator, denominator and basis (NTM
of every xã of the scope; nâng cao, kiểu mẫu and hiện đại of the xã already recognised NTM), its date, and
the programme's next target for the scope and tier."""

from __future__ import annotations

import pandas as pd

from ntm.figures.values import is_missing
from ntm.filters import Filters
from ntm.store.schema import TARGET_BASES

ALL_COMMUNES, NTM_COMMUNES = TARGET_BASES
SUMMARY_COLUMNS = (
    "measure",
    "numerator",
    "denominator",
    "basis",
    "share",
    "as_of",
    "target_year",
    "target_share",
    "target_count",
    "target_basis",
)


def measure_basis(tier: str) -> str:
    """NTM is counted among every xã of the scope; every higher tier among the xã recognised NTM, as the
    programme publishes it (January 2025: 2.275 nâng cao of 6.250 NTM xã = 36,4 %)."""
    return ALL_COMMUNES if tier == "ntm" else NTM_COMMUNES


def target_scope(filters: Filters) -> tuple[str, str | None] | None:
    """(scope_level, scope_code) of `programme_targets` the scope answers to: one commune, a province, or
    the nation (no province); None for a district, a former district's area or several communes, which no
    target names (the province's target is not the area's)."""
    if filters.unit_codes:
        return ("commune", filters.unit_codes[0]) if len(filters.unit_codes) == 1 else None
    if filters.district_code or filters.area_code:
        return None
    if filters.province_code:
        return ("province", filters.province_code)
    return ("national", None)


def share_percent(numerator: int, denominator: int | None) -> float | None:
    """numerator / denominator in percent; None when the denominator is 0 or unknown."""
    if is_missing(denominator) or int(denominator) == 0:
        return None
    return 100 * int(numerator) / int(denominator)


def _next_target(targets: pd.DataFrame, tier: str, year: int) -> dict | None:
    """The scope's target of the tier due in `year` or the nearest year after it."""
    ahead = targets[(targets["tier"] == tier) & (targets["target_year"] >= year)]
    return None if ahead.empty else ahead.sort_values("target_year").iloc[0].to_dict()


def targets_of_scope(targets: pd.DataFrame, scope: tuple[str, str | None] | None) -> pd.DataFrame:
    """The rows of `programme_targets` set for the scope (`target_scope`); none for None."""
    if scope is None:
        return targets.iloc[0:0]
    level, code = scope
    codes = targets["scope_code"]
    same_code = codes.isna() if code is None else (codes == code)
    return targets[(targets["scope_level"] == level) & same_code.fillna(False).astype(bool)]


def official_share(
    tier: str, communes, recognised, ntm_recognised
) -> tuple[int, int | None, str, float | None]:
    """(numerator, denominator, basis, share in percent) of a tier as the programme publishes it: the xã
    recognised at the tier, over every xã of the scope for NTM or over the xã recognised NTM for a higher
    tier (`measure_basis`); the denominator is None when unknown, the share None when it cannot be taken."""
    basis = measure_basis(tier)
    denominator = communes if basis == ALL_COMMUNES else ntm_recognised
    denominator = None if is_missing(denominator) else int(denominator)
    return int(recognised), denominator, basis, share_percent(recognised, denominator)


def headline_figures(
    counts: pd.DataFrame, targets: pd.DataFrame, scope: tuple[str, str | None] | None
) -> pd.DataFrame:
    """measure, numerator, denominator, basis, share, as_of, target_year, target_share, target_count,
    target_basis — one row per row of `counts` (tier_counts: tier, as_of, communes, recognised,
    ntm_recognised), in its order. The share is in percent (NaN when the denominator is 0 or unknown); the
    target is the scope's (`target_scope`) for the tier in the as_of year or the first year after it."""
    own_targets = targets_of_scope(targets, scope)
    rows = []
    for row in counts.to_dict("records"):
        tier = row["tier"]
        numerator, denominator, basis, share = official_share(
            tier, row["communes"], row["recognised"], row["ntm_recognised"]
        )
        as_of = pd.Timestamp(row["as_of"]).date()
        target = _next_target(own_targets, tier, as_of.year) or {}
        rows.append(
            {
                "measure": tier,
                "numerator": numerator,
                "denominator": denominator,
                "basis": basis,
                "share": share,
                "as_of": as_of,
                "target_year": target.get("target_year"),
                "target_share": target.get("target_share"),
                "target_count": target.get("target_count"),
                "target_basis": target.get("basis"),
            }
        )
    frame = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    for column in ("numerator", "denominator", "target_year", "target_count"):
        frame[column] = pd.array([None if is_missing(v) else int(v) for v in frame[column]], dtype="Int64")
    for column in ("share", "target_share"):
        frame[column] = [float("nan") if is_missing(v) else float(v) for v in frame[column]]
        frame[column] = frame[column].astype("float64")
    frame["as_of"] = frame["as_of"].astype(object)
    return frame
