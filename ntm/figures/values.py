"""Reading the values of query results: a number, or None for a missing cell (None, NA, NaN)."""

from __future__ import annotations

import math

import pandas as pd


def is_missing(value: object) -> bool:
    """True for an empty cell as pandas, DuckDB and Python write it: None, NA, NaN."""
    return (
        value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))
    )


def number_or_none(value) -> float | None:
    if is_missing(value):
        return None
    number = float(value)
    return None if math.isnan(number) else number
