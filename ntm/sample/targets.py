"""The programme targets of ntm/reference/programme_targets.csv as a DataFrame typed by the registry
(`programme_targets` in ntm/store/schema.py), for the sample to write beside its other tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ntm.store.schema import TABLES

_TABLE = TABLES["programme_targets"]
# Nullable integers stay integers (a target without a count is <NA>, not NaN in a float column).
_PANDAS_TYPES = {"str": "str", "int": "Int64", "float": "float64"}
_NOT_NULL_TYPES = {**_PANDAS_TYPES, "int": "int64"}


def load_programme_targets(directory: Path) -> pd.DataFrame:
    """scope_level, scope_code, tier, target_year, target_share, target_count, basis, legal_basis, note —
    the rows of `programme_targets.csv` in `directory`; ValueError when its columns are not the registry's."""
    frame = pd.read_csv(
        Path(directory) / f"{_TABLE.name}.csv",
        dtype=str,
        encoding="utf-8",
        keep_default_na=False,
        na_values=[""],
    )
    if tuple(frame.columns) != _TABLE.column_names:
        raise ValueError(
            f"{_TABLE.name}.csv: columns {list(frame.columns)}, expected {list(_TABLE.column_names)}"
        )
    typed = {}
    for column in _TABLE.columns:
        values = frame[column.name]
        if column.dtype in ("int", "float"):
            values = pd.to_numeric(values)
        types = _PANDAS_TYPES if column.nullable else _NOT_NULL_TYPES
        typed[column.name] = values.astype(types[column.dtype])
    return pd.DataFrame(typed)
