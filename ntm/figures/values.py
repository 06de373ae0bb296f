"""Reading the values of query results: a number, or None for a missing cell (None, NA, NaN)."""

from __future__ import annotations

import math

import pandas as pd


def number_or_none(value) -> float | None:
    if value is None or value is pd.NA:
        return None
    number = float(value)
    return None if math.isnan(number) else number
