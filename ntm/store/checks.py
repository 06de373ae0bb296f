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
from ntm.store.schema import COMMUNE_UNIT_TYPE, PERIOD_COLUMNS, PERIOD_PATTERN, REFORM_DATE, TABLES

# Past this many rows of one problem in one column, the rest are counted, not listed.
ROWS_LISTED_PER_PROBLEM = 20

# Local government has two tiers (province, commune) from this day: no district level.
DISTRICTS_ABOLISHED = REFORM_DATE


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
        "commune_groups",
        "unit_code",
        "NOT EXISTS (SELECT 1 FROM units u WHERE u.unit_code = x.unit_code)",
        "units",
    ),
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

# (table, start column, end column, problem code): ranges of dates, and ranges of years.
_RANGES = (
    ("units", "valid_from", "valid_to", "invalid_date_range"),
    ("villages", "valid_from", "valid_to", "invalid_date_range"),
    ("criteria_sets", "valid_from", "valid_to", "invalid_date_range"),
    ("thresholds", "year_from", "year_to", "invalid_year_range"),
    ("commune_groups", "year_from", "year_to", "invalid_year_range"),
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
        ("programme_targets", "target_count"),
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
    for table, start, end, code in _RANGES:
        _collect(
            con,
            problems,
            table,
            end,
            code,
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


# --- the rules of the 2025 reform: commune groups, threshold bases, no district level, targets ---------

# A date as the messages write it (both languages read dd/mm/yyyy in this programme's papers).
_DAY = "'%d/%m/%Y'"


def _threshold_basis_problems(con: duckdb.DuckDBPyConnection, problems: list[Problem]) -> None:
    # A set's thresholds are keyed by one thing: a row keyed by the other is never chosen for anyone.
    basis_sql = "coalesce(s.threshold_basis, 'region')"
    for column, code, basis in (
        ("commune_group", "threshold_group_in_region_set", "region"),
        ("region", "threshold_region_in_group_set", "commune_group"),
    ):
        _collect(
            con,
            problems,
            "thresholds",
            column,
            code,
            f"""SELECT t._row, t.{_q(column)} AS value, t.set_id FROM thresholds t JOIN criteria_sets s USING (set_id)
                WHERE t.{_q(column)} IS NOT NULL AND {basis_sql} = ?""",
            [basis],
        )


def _commune_group_problems(con: duckdb.DuckDBPyConnection, problems: list[Problem]) -> None:
    # Ranges reported elsewhere (same start: duplicate key; end before start) are left out here.
    _collect(
        con,
        problems,
        "commune_groups",
        "year_from",
        "overlapping_groups",
        """SELECT x._row, x.year_from AS value, coalesce(CAST(x.year_to AS VARCHAR), '…') AS year_to,
                  x.unit_code AS unit, y._row AS other_row, y.year_from AS other_from,
                  coalesce(CAST(y.year_to AS VARCHAR), '…') AS other_to
           FROM commune_groups x
           JOIN commune_groups y ON y.unit_code = x.unit_code AND y._row < x._row AND y.year_from <> x.year_from
           WHERE x.year_from <= coalesce(y.year_to, x.year_from) AND y.year_from <= coalesce(x.year_to, y.year_from)
             AND (x.year_to IS NULL OR x.year_to >= x.year_from) AND (y.year_to IS NULL OR y.year_to >= y.year_from)
           QUALIFY row_number() OVER (PARTITION BY x._row ORDER BY y._row) = 1""",
    )
    # Only units that exist in those years but never as a xã then: a unit that does not exist is named
    # by the reference check.
    _collect(
        con,
        problems,
        "commune_groups",
        "unit_code",
        "group_for_non_commune",
        """WITH overlapping AS (
               SELECT g._row, g.unit_code, g.year_from, g.year_to, u.unit_type
               FROM commune_groups g JOIN units u ON u.unit_code = g.unit_code
                AND year(u.valid_from) <= coalesce(g.year_to, year(u.valid_from))
                AND (u.valid_to IS NULL OR year(u.valid_to) >= g.year_from)
           )
           SELECT _row, unit_code AS value, year_from, coalesce(CAST(year_to AS VARCHAR), '…') AS year_to,
                  string_agg(DISTINCT unit_type, ', ' ORDER BY unit_type) AS unit_type
           FROM overlapping GROUP BY ALL HAVING NOT bool_or(unit_type = ?)""",
        [COMMUNE_UNIT_TYPE],
        severity="warning",
    )
    # One problem per xã, set and period (at its first row): every indicator of it lacks the same group.
    _collect(
        con,
        problems,
        "assessments",
        "subject_code",
        "no_commune_group",
        """SELECT min(a._row) AS _row, a.subject_code AS value, a.set_id, a.period, pc.year
           FROM assessments a
           JOIN criteria_sets s ON s.set_id = a.set_id AND s.level = 'commune' AND s.threshold_basis = ?
           JOIN period_calendar pc ON pc.period = a.period
           WHERE EXISTS (SELECT 1 FROM units u WHERE u.unit_code = a.subject_code)
             AND NOT EXISTS (SELECT 1 FROM commune_groups g WHERE g.unit_code = a.subject_code
                             AND g.year_from <= pc.year AND (g.year_to IS NULL OR g.year_to >= pc.year))
           GROUP BY a.subject_code, a.set_id, a.period, pc.year""",
        ["commune_group"],
    )


def _recognition_problems(con: duckdb.DuckDBPyConnection, problems: list[Problem]) -> None:
    # A decision recognises the unit (or village) as it stood on the day it was signed; a merged xã's
    # successor does not inherit it, so a decision dated outside every version of the code is wrong data.
    dated_outside = f"""
        WITH versions AS (
            SELECT unit_code AS code, valid_from, valid_to FROM units
            UNION ALL
            SELECT village_code, valid_from, valid_to FROM villages
        )
        SELECT r._row, r.subject_code AS value, strftime(r.decision_date, {_DAY}) AS decision_date,
               strftime(min(v.valid_from), {_DAY}) AS valid_from,
               strftime(max(v.valid_to) FILTER (WHERE v.valid_to < r.decision_date), {_DAY}) AS valid_to,
               r.decision_date < min(v.valid_from) AS is_before
        FROM recognitions r JOIN versions v ON v.code = r.subject_code
        GROUP BY r._row, r.subject_code, r.decision_date
        HAVING NOT bool_or(v.valid_from <= r.decision_date
                           AND (v.valid_to IS NULL OR v.valid_to >= r.decision_date))"""
    _collect(
        con,
        problems,
        "recognitions",
        "decision_date",
        "recognition_before_unit",
        f"SELECT _row, value, decision_date, valid_from FROM ({dated_outside}) WHERE is_before",
    )
    _collect(
        con,
        problems,
        "recognitions",
        "decision_date",
        "recognition_after_unit",
        f"SELECT _row, value, decision_date, valid_to FROM ({dated_outside}) WHERE NOT is_before",
    )
    # "Đạt chuẩn NTM năm 2018" is signed in 2018 or early 2019: other years are likely typing mistakes.
    _collect(
        con,
        problems,
        "recognitions",
        "recognised_year",
        "recognised_year_after_decision",
        f"""SELECT _row, recognised_year AS value, strftime(decision_date, {_DAY}) AS decision_date
            FROM recognitions WHERE recognised_year > year(decision_date)""",
        severity="warning",
    )
    _collect(
        con,
        problems,
        "recognitions",
        "recognised_year",
        "recognised_year_long_before_decision",
        f"""SELECT _row, recognised_year AS value, strftime(decision_date, {_DAY}) AS decision_date
            FROM recognitions WHERE recognised_year < year(decision_date) - 1""",
        severity="warning",
    )


def _post_reform_unit_problems(con: duckdb.DuckDBPyConnection, problems: list[Problem]) -> None:
    for column in ("district_code", "district_name"):
        _collect(
            con,
            problems,
            "units",
            column,
            "district_after_reform",
            f"""SELECT _row, {_q(column)} AS value, unit_code AS unit, strftime(valid_from, {_DAY}) AS valid_from
                FROM units WHERE valid_from >= ? AND {_q(column)} IS NOT NULL""",
            [DISTRICTS_ABOLISHED],
        )


def _programme_target_problems(con: duckdb.DuckDBPyConnection, problems: list[Problem]) -> None:
    _collect(
        con,
        problems,
        "programme_targets",
        "target_share",
        "target_share_out_of_range",
        "SELECT _row, target_share AS value FROM programme_targets WHERE target_share < 0 OR target_share > 100",
    )
    _collect(
        con,
        problems,
        "programme_targets",
        "target_share",
        "target_without_share_or_count",
        "SELECT _row FROM programme_targets WHERE target_share IS NULL AND target_count IS NULL",
    )
    _collect(
        con,
        problems,
        "programme_targets",
        "target_count",
        "target_with_share_and_count",
        "SELECT _row, target_share AS share, target_count AS value FROM programme_targets "
        "WHERE target_share IS NOT NULL AND target_count IS NOT NULL",
    )
    _collect(
        con,
        problems,
        "programme_targets",
        "scope_code",
        "scope_code_for_national",
        "SELECT _row, scope_code AS value FROM programme_targets WHERE scope_level = ? AND scope_code IS NOT NULL",
        ["national"],
    )
    _collect(
        con,
        problems,
        "programme_targets",
        "scope_code",
        "scope_code_missing",
        "SELECT _row, scope_level AS level FROM programme_targets "
        "WHERE scope_level IS NOT NULL AND scope_level <> ? AND scope_code IS NULL",
        ["national"],
    )
    # A warning: a target may be set for a province or xã before its units are in the data.
    _collect(
        con,
        problems,
        "programme_targets",
        "scope_code",
        "unknown_code",
        """SELECT _row, scope_code AS value,
                  CASE scope_level WHEN 'province' THEN 'units.province_code' ELSE 'units' END AS reference
           FROM programme_targets x
           WHERE x.scope_code IS NOT NULL
             AND ((x.scope_level = 'province'
                   AND NOT EXISTS (SELECT 1 FROM units u WHERE u.province_code = x.scope_code))
               OR (x.scope_level = 'commune'
                   AND NOT EXISTS (SELECT 1 FROM units u WHERE u.unit_code = x.scope_code)))""",
        severity="warning",
    )


def _reform_problems(con: duckdb.DuckDBPyConnection, problems: list[Problem]) -> None:
    _threshold_basis_problems(con, problems)
    _commune_group_problems(con, problems)
    _recognition_problems(con, problems)
    _post_reform_unit_problems(con, problems)
    _programme_target_problems(con, problems)


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
    _reform_problems(con, problems)
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
