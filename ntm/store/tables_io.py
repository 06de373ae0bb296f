"""Reading and writing the data directory's Parquet files to the schema registry's types.

Writes are atomic (a temporary file in the same folder, then a rename), so a reader never sees
half a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ntm.store.schema import TABLES, Table

ARROW_TYPES = {
    "str": pa.string(),
    "date": pa.date32(),
    "int": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
}


def arrow_schema(table: Table) -> pa.Schema:
    return pa.schema([pa.field(c.name, ARROW_TYPES[c.dtype], nullable=c.nullable) for c in table.columns])


def _is_empty(value: object) -> bool:
    return value is None or (not isinstance(value, (list, tuple, dict)) and bool(pd.isna(value)))


def to_arrow(table_name: str, frame: pd.DataFrame | pa.Table) -> pa.Table:
    """The frame's registry columns (in registry order, extras after) cast to the registry types."""
    table = TABLES[table_name]
    if isinstance(frame, pd.DataFrame):
        arrays = {}
        for column in table.columns:
            series = frame[column.name] if column.name in frame else pd.Series([None] * len(frame))
            if column.dtype == "date":
                series = pd.to_datetime(series).dt.date
            values = [None if _is_empty(v) else v for v in series.tolist()]
            if column.dtype == "int":
                values = [None if v is None else int(v) for v in values]
            arrays[column.name] = pa.array(values, type=ARROW_TYPES[column.dtype])
        extras = {c: pa.array(frame[c].tolist()) for c in frame.columns if c not in arrays}
        return pa.table({**arrays, **extras})
    columns = {}
    for column in table.columns:
        if column.name in frame.column_names:
            columns[column.name] = frame.column(column.name).cast(ARROW_TYPES[column.dtype])
        else:
            columns[column.name] = pa.nulls(frame.num_rows, ARROW_TYPES[column.dtype])
    extras = {c: frame.column(c) for c in frame.column_names if c not in columns}
    return pa.table({**columns, **extras})


def write_atomically(path: Path, write_to: Callable[[Path], None]) -> None:
    """`write_to(temporary)` beside `path`, then one rename over it: a reader sees the old file or the new
    one, never half of one; on any failure the temporary file is removed and `path` is untouched."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        write_to(Path(temporary))
        # mkstemp makes the file private; a data file is as readable as any other the user writes.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_parquet_atomic(arrow_table: pa.Table, path: Path) -> None:
    write_atomically(path, lambda temporary: pq.write_table(arrow_table, temporary, compression="zstd"))


def write_table(table_name: str, frame: pd.DataFrame | pa.Table, directory: Path) -> Path:
    """Writes one registry table as `<directory>/<table>.parquet` with the registry's types."""
    path = Path(directory) / TABLES[table_name].file_name
    write_parquet_atomic(to_arrow(table_name, frame), path)
    return path


def read_table(folder: Path, name: str, key_values: dict[str, list[str]] | None = None) -> pd.DataFrame:
    """A table of a data folder with every registry column (empty when the file or column is absent).

    `key_values` keeps only rows whose text column holds one of the values, filtered while reading:
    the assessments of a national data set do not fit in memory as a whole.
    """
    table = TABLES[name]
    path = Path(folder) / table.file_name
    frame = pd.DataFrame()
    if path.exists():
        schema = pq.read_schema(path)
        filters = [
            (column, "in", values)
            for column, values in (key_values or {}).items()
            if column in schema.names and pa.types.is_string(schema.field(column).type)
        ]
        frame = pq.read_table(path, filters=filters or None).to_pandas()
    for column in table.column_names:
        if column not in frame:
            frame[column] = None
    return frame[list(table.column_names)]
