"""Every check of a data directory: structure first (from Parquet metadata), then content (in DuckDB).

`check_data_dir` is what `python -m ntm check DIR` runs and what loading refuses to publish on.
Checks read table and column names from the schema registry only (never from the data), so the
names formatted into SQL here come from an allow-list.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from ntm.store.engine import build_derived_tables, build_period_calendar
from ntm.store.loading import load_tables, structural_problems
from ntm.store.problems import Problem
from ntm.store.schema import PERIOD_COLUMNS, PERIOD_PATTERN, TABLES

# Past this many rows of one problem in one column, the rest are counted, not listed.
ROWS_LISTED_PER_PROBLEM = 20


def _q(name: str) -> str:
    return '"' + name + '"'


def _collect(
    con: duckdb.DuckDBPyConnection,
    problems: list[Problem],
    table: str,
    column: str,
    code: str,
    select_sql: str,
    params: list | None = None,
    severity: str = "error",
) -> None:
    """Runs a query returning (_row, value, **details) of offending rows and records them."""
    rows = con.execute(
        f"SELECT *, count(*) OVER () AS _total FROM ({select_sql}) ORDER BY _row LIMIT ?",
        [*(params or []), ROWS_LISTED_PER_PROBLEM],
    )
    names = [d[0] for d in rows.description]
    records = [dict(zip(names, r, strict=True)) for r in rows.fetchall()]
    file_name = TABLES[table].file_name
    for record in records:
        total = record.pop("_total")
        row = record.pop("_row")
        details = {k: ("" if v is None else v) for k, v in record.items()}
        problems.append(Problem(code, file_name, column=column, row=row, severity=severity, details=details))
    if records and total > len(records):
        problems.append(
            Problem(
                "more", file_name, column=column, severity=severity, details={"count": total - len(records)}
            )
        )


def _generic_problems(con: duckdb.DuckDBPyConnection, problems: list[Problem]) -> None:
    for table in TABLES.values():
        t = _q(table.name)
        for column in table.columns:
            c = _q(column.name)
            if not column.nullable:
                _collect(
                    con,
                    problems,
                    table.name,
                    column.name,
                    "null_value",
                    f"SELECT _row FROM {t} WHERE {c} IS NULL",
                )
            if column.allowed:
                _collect(
                    con,
                    problems,
                    table.name,
                    column.name,
                    "not_allowed",
                    f"SELECT _row, {c} AS value, ? AS allowed FROM {t} "
                    f"WHERE {c} IS NOT NULL AND NOT list_contains(?, {c})",
                    [", ".join(column.allowed), list(column.allowed)],
                )
        if table.key:
            # Group first (a hash aggregate), and look for the rows only of keys seen twice:
            # a window over every row costs seconds on national data.
            keys = ", ".join(_q(k) for k in table.key)
            same_key = " AND ".join(f"x.{_q(k)} IS NOT DISTINCT FROM d.{_q(k)}" for k in table.key)
            value_sql = " || ' / ' || ".join(f"coalesce(CAST(x.{_q(k)} AS VARCHAR), '∅')" for k in table.key)
            _collect(
                con,
                problems,
                table.name,
                table.key[-1],
                "duplicate_key",
                f"""SELECT x._row, {value_sql} AS value, ? AS key, d.first_row
                    FROM {t} x
                    JOIN (SELECT {keys}, min(_row) AS first_row FROM {t} GROUP BY ALL HAVING count(*) > 1) d
                      ON {same_key}
                    WHERE x._row > d.first_row""",
                [", ".join(table.key)],
            )


# (table, column, condition that makes a row's code unknown, what it should be found in)
_REFERENCES = (
    ("villages", "unit_code", "NOT EXISTS (SELECT 1 FROM units u WHERE u.unit_code = x.unit_code)", "units"),
    (
        "unit_lineage",
        "from_code",
        "NOT EXISTS (SELECT 1 FROM units u WHERE u.unit_code = x.from_code)",
        "units",
    ),
    ("unit_lineage", "to_code", "NOT EXISTS (SELECT 1 FROM units u WHERE u.unit_code = x.to_code)", "units"),
    (
        "criteria",
        "set_id",
        "NOT EXISTS (SELECT 1 FROM criteria_sets s WHERE s.set_id = x.set_id)",
        "criteria_sets",
    ),
    (
        "indicators",
        "set_id",
        "NOT EXISTS (SELECT 1 FROM criteria_sets s WHERE s.set_id = x.set_id)",
        "criteria_sets",
    ),
    (
        "indicators",
        "criterion_no",
        "NOT EXISTS (SELECT 1 FROM criteria c WHERE c.set_id = x.set_id AND c.criterion_no = x.criterion_no)",
        "criteria",
    ),
    (
        "thresholds",
        "indicator_code",
        "NOT EXISTS (SELECT 1 FROM indicators i WHERE i.set_id = x.set_id AND i.indicator_code = x.indicator_code)",
        "indicators",
    ),
    (
        "assessments",
        "set_id",
        "NOT EXISTS (SELECT 1 FROM criteria_sets s WHERE s.set_id = x.set_id)",
        "criteria_sets",
    ),
    (
        "assessments",
        "indicator_code",
        "EXISTS (SELECT 1 FROM criteria_sets s WHERE s.set_id = x.set_id) AND NOT EXISTS "
        "(SELECT 1 FROM indicators i WHERE i.set_id = x.set_id AND i.indicator_code = x.indicator_code)",
        "indicators",
    ),
    (
        "assessments",
        "subject_code",
        "(EXISTS (SELECT 1 FROM criteria_sets s WHERE s.set_id = x.set_id AND s.level = 'commune')"
        " AND NOT EXISTS (SELECT 1 FROM units u WHERE u.unit_code = x.subject_code))"
        " OR (EXISTS (SELECT 1 FROM criteria_sets s WHERE s.set_id = x.set_id AND s.level = 'village')"
        " AND NOT EXISTS (SELECT 1 FROM villages v WHERE v.village_code = x.subject_code))",
        "units / villages",
    ),
    (
        "recognitions",
        "subject_code",
        "NOT EXISTS (SELECT 1 FROM units u WHERE u.unit_code = x.subject_code)"
        " AND NOT EXISTS (SELECT 1 FROM villages v WHERE v.village_code = x.subject_code)",
        "units / villages",
    ),
    (
        "plans",
        "subject_code",
        "NOT EXISTS (SELECT 1 FROM units u WHERE u.unit_code = x.subject_code)"
        " AND NOT EXISTS (SELECT 1 FROM villages v WHERE v.village_code = x.subject_code)",
        "units / villages",
    ),
    ("funding", "unit_code", "NOT EXISTS (SELECT 1 FROM units u WHERE u.unit_code = x.unit_code)", "units"),
    (
        "activities",
        "unit_code",
        "x.unit_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM units u WHERE u.unit_code = x.unit_code)",
        "units",
    ),
    (
        "activities",
        "district_code",
        "NOT EXISTS (SELECT 1 FROM units u WHERE u.district_code = x.district_code)",
        "units.district_code",
    ),
)

_DATE_RANGES = (
    ("units", "valid_from", "valid_to"),
    ("villages", "valid_from", "valid_to"),
    ("criteria_sets", "valid_from", "valid_to"),
    ("thresholds", "year_from", "year_to"),
)


def _specific_problems(con: duckdb.DuckDBPyConnection, problems: list[Problem]) -> None:
    for table, column, condition, reference in _REFERENCES:
        _collect(
            con,
            problems,
            table,
            column,
            "unknown_code",
            f"SELECT _row, x.{_q(column)} AS value, ? AS reference FROM {_q(table)} x "
            f"WHERE x.{_q(column)} IS NOT NULL AND ({condition})",
            [reference],
        )
    for table, column in PERIOD_COLUMNS.items():
        _collect(
            con,
            problems,
            table,
            column,
            "malformed_period",
            f"SELECT _row, {_q(column)} AS value FROM {_q(table)} "
            f"WHERE {_q(column)} IS NOT NULL AND NOT regexp_full_match({_q(column)}, ?)",
            [PERIOD_PATTERN],
        )
    for table, column in (("assessments", "value"), ("thresholds", "threshold_value")):
        _collect(
            con,
            problems,
            table,
            column,
            "percent_out_of_range",
            f"SELECT x._row, x.{_q(column)} AS value, x.indicator_code AS indicator FROM {_q(table)} x "
            "JOIN indicators i USING (set_id, indicator_code) "
            f"WHERE i.kind = 'percent' AND (x.{_q(column)} < 0 OR x.{_q(column)} > 100)",
        )
    for table, column in (
        ("funding", "amount_mvnd"),
        ("activities", "events"),
        ("activities", "participants"),
    ):
        _collect(
            con,
            problems,
            table,
            column,
            "negative_value",
            f"SELECT _row, {_q(column)} AS value FROM {_q(table)} WHERE {_q(column)} < 0",
        )
    _collect(
        con,
        problems,
        "indicators",
        "indicator_code",
        "missing_threshold",
        "SELECT _row, indicator_code AS indicator, set_id FROM indicators i "
        "WHERE i.kind IN ('percent', 'number') AND NOT EXISTS (SELECT 1 FROM thresholds t "
        "WHERE t.set_id = i.set_id AND t.indicator_code = i.indicator_code)",
    )
    for table, start, end in _DATE_RANGES:
        _collect(
            con,
            problems,
            table,
            end,
            "invalid_date_range",
            f"SELECT _row, {_q(end)} AS value, {_q(start)} AS start FROM {_q(table)} WHERE {_q(end)} < {_q(start)}",
        )
    _collect(
        con,
        problems,
        "assessments",
        "subject_code",
        "not_valid_in_period",
        """SELECT a._row, a.subject_code AS value, a.period FROM assessments a
           JOIN criteria_sets s ON s.set_id = a.set_id AND s.level = 'commune'
           JOIN period_calendar pc ON pc.period = a.period
           WHERE EXISTS (SELECT 1 FROM units u WHERE u.unit_code = a.subject_code)
             AND NOT EXISTS (SELECT 1 FROM units u WHERE u.unit_code = a.subject_code
                             AND u.valid_from <= pc.period_end
                             AND (u.valid_to IS NULL OR u.valid_to >= pc.period_end))""",
    )


def _warnings(con: duckdb.DuckDBPyConnection, problems: list[Problem]) -> None:
    _collect(
        con,
        problems,
        "assessments",
        "status",
        "status_contradicts_threshold",
        """SELECT a._row, a.status AS value, a.value AS measured, s.threshold_value AS threshold
           FROM assessments a JOIN indicator_status s USING (set_id, period, subject_code, indicator_code)
           WHERE s.threshold_value IS NOT NULL AND a.status IN ('met', 'not_met') AND a.status <> s.status
             AND s.status IN ('met', 'not_met')""",
        severity="warning",
    )


def content_problems(con: duckdb.DuckDBPyConnection) -> list[Problem]:
    """Content checks on tables loaded by `load_tables`; builds the period calendar it needs."""
    problems: list[Problem] = []
    _generic_problems(con, problems)
    build_period_calendar(con)
    _specific_problems(con, problems)
    return problems


def check_loaded(con: duckdb.DuckDBPyConnection) -> list[Problem]:
    """All content checks and, when they pass, the engine's own warnings (derived tables are built)."""
    problems = content_problems(con)
    if not any(p.is_error for p in problems):
        build_derived_tables(con)
        _warnings(con, problems)
    return problems


def check_data_dir(data_dir: Path) -> list[Problem]:
    """Every problem of a data directory, errors and warnings, in file order."""
    problems = structural_problems(Path(data_dir))
    if any(p.is_error for p in problems):
        return problems
    con = duckdb.connect()
    try:
        load_tables(con, Path(data_dir))
        return problems + check_loaded(con)
    finally:
        con.close()
