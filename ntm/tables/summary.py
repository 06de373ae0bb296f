"""The headline figures (ntm.figures.summary) as a table for people: tiers and bases in words, shares as
fractions rounded as they are published (36,4 % is 0.364, shown with a % format), dates as dates."""

from __future__ import annotations

import pandas as pd

from ntm.figures.values import is_missing
from ntm.i18n import t
from ntm.tables.labels import basis_name, tier_name
from ntm.tables.typed import DATE, INTEGER, PERCENT, YEAR, TypedTable, integer_or_none

# Published shares carry one decimal of a percent (2.275 / 6.250 = 36,4 %).
SHARE_DECIMALS = 1


def _rounded_share(percent: object) -> float | None:
    """A share in percent (36.4) as the fraction a spreadsheet formats with % (0.364), rounded as published."""
    return None if is_missing(percent) else round(float(percent) / 100, SHARE_DECIMALS + 2)


def summary_values(figures: pd.DataFrame, lang: str) -> TypedTable:
    """Measure, numerator, denominator, basis, share, as of, and the target's year, share, count and basis —
    one row per row of `headline_figures` (shares as fractions 0–1); a missing value is an empty cell."""

    def header(column: str) -> str:
        return t(f"summary.col.{column}", lang)

    def integers(column: str) -> pd.arrays.IntegerArray:
        return pd.array([integer_or_none(v) for v in figures[column]], dtype="Int64")

    frame = pd.DataFrame(
        {
            header("measure"): [tier_name(v, lang) for v in figures["measure"]],
            header("numerator"): integers("numerator"),
            header("denominator"): integers("denominator"),
            header("basis"): [basis_name(v, lang) for v in figures["basis"]],
            header("share"): [_rounded_share(v) for v in figures["share"]],
            header("as_of"): list(figures["as_of"]),
            header("target_year"): integers("target_year"),
            header("target_share"): [_rounded_share(v) for v in figures["target_share"]],
            header("target_count"): integers("target_count"),
            header("target_basis"): [
                "" if is_missing(v) else basis_name(v, lang) for v in figures["target_basis"]
            ],
        }
    )
    kinds = {
        header("numerator"): INTEGER,
        header("denominator"): INTEGER,
        header("share"): PERCENT,
        header("as_of"): DATE,
        header("target_year"): YEAR,
        header("target_share"): PERCENT,
        header("target_count"): INTEGER,
    }
    return TypedTable(frame, kinds)
