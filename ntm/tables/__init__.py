"""Query results turned into the tables a leader reads (translated headers, yes / no), one module per page."""

from __future__ import annotations

import pandas as pd


def unit_at(rows: pd.DataFrame, position: int | None) -> str | None:
    """The unit code of the row selected in a table built from `rows`, if any."""
    if position is None or not 0 <= position < len(rows):
        return None
    return str(rows["unit_code"].iloc[position])
