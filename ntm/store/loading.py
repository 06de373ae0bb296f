"""Reads the data directory's Parquet files into DuckDB tables typed by the schema registry.

Each loaded table keeps `_row`, the 1-based row of the file, so every problem can name its row.
Structural problems (missing file or column, wrong type, unreadable file) are found here, from
the Parquet metadata alone, before anything is loaded.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from ntm.store.problems import Problem
from ntm.store.schema import DUCKDB_TYPES, TABLES, Column, Table


def _arrow_type_fits(column: Column, arrow_type: pa.DataType) -> bool:
    if pa.types.is_dictionary(arrow_type):
        arrow_type = arrow_type.value_type
    if pa.types.is_null(arrow_type):
        return True
    return {
        "str": pa.types.is_string(arrow_type)
        or pa.types.is_large_string(arrow_type)
        or pa.types.is_string_view(arrow_type),
        "date": pa.types.is_date(arrow_type) or pa.types.is_timestamp(arrow_type),
        "int": pa.types.is_integer(arrow_type),
        "float": pa.types.is_integer(arrow_type)
        or pa.types.is_floating(arrow_type)
        or pa.types.is_decimal(arrow_type),
        "bool": pa.types.is_boolean(arrow_type),
    }[column.dtype]


def file_columns(table: Table, data_dir: Path) -> tuple[list[str], list[Problem]]:
    """The registry columns present in the table's file, and the structural problems of the file."""
    path = Path(data_dir) / table.file_name
    if not path.exists():
        if table.required:
            return [], [Problem("missing_file", table.file_name, details={"table": table.name})]
        return [], []
    try:
        schema = pq.read_schema(path)
        pq.ParquetFile(path).metadata  # noqa: B018 - reading the footer proves the file is whole
    except Exception as error:  # pyarrow raises several types for damaged files
        detail = str(error).splitlines()[0][:160]
        return [], [Problem("unreadable_file", table.file_name, details={"detail": detail})]
    present, problems = [], []
    for column in table.columns:
        if column.name not in schema.names:
            if not column.nullable:
                problems.append(Problem("missing_column", table.file_name, column=column.name))
            continue
        arrow_type = schema.field(column.name).type
        if not _arrow_type_fits(column, arrow_type):
            problems.append(
                Problem(
                    "wrong_type",
                    table.file_name,
                    column=column.name,
                    details={"expected": f"type.{column.dtype}", "found": str(arrow_type)},
                )
            )
            continue
        present.append(column.name)
    return present, problems


def structural_problems(data_dir: Path) -> list[Problem]:
    problems: list[Problem] = []
    for table in TABLES.values():
        problems.extend(file_columns(table, data_dir)[1])
    return problems


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def load_tables(con: duckdb.DuckDBPyConnection, data_dir: Path) -> None:
    """Creates one typed DuckDB table per registry table (empty when an optional file is absent).

    Call only when `structural_problems` found none.
    """
    for table in TABLES.values():
        present, _ = file_columns(table, data_dir)
        selected = []
        for column in table.columns:
            sql_type = DUCKDB_TYPES[column.dtype]
            source = _quoted(column.name) if column.name in present else "NULL"
            selected.append(f"CAST({source} AS {sql_type}) AS {_quoted(column.name)}")
        path = Path(data_dir) / table.file_name
        if path.exists():
            con.execute(
                f"CREATE TABLE {_quoted(table.name)} AS SELECT {', '.join(selected)}, "
                "CAST(file_row_number + 1 AS BIGINT) AS _row "
                "FROM read_parquet(?, file_row_number = true)",
                [str(path)],
            )
        else:
            con.execute(
                f"CREATE TABLE {_quoted(table.name)} AS SELECT {', '.join(selected)}, "
                "CAST(NULL AS BIGINT) AS _row WHERE false"
            )
