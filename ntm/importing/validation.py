"""From sheets to typed tables (cell by cell), then the checks of the file's rows against the candidate data.

Row numbers are the ones Excel shows, so the report points at the cell to fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from ntm.i18n import LANGUAGES, t
from ntm.importing.parsing import (
    Sheet,
    header_key,
    is_blank,
    parse_choice,
    parse_date,
    parse_int,
    parse_number,
    parse_period,
    parse_yes_no,
    text,
)
from ntm.importing.problems import ImportProblem
from ntm.store.checks import _REFERENCES
from ntm.store.schema import PERIOD_COLUMNS, STATUSES, TABLES, Table
from ntm.store.tables_io import ARROW_TYPES

# What one import kind brings: its sheets, in order (templates write them, imports may require them).
KINDS: dict[str, tuple[str, ...]] = {
    "units": ("units", "villages"),
    "assessments": ("assessments",),
    "recognitions": ("recognitions",),
    "plans": ("plans",),
    "funding": ("funding",),
    "activities": ("activities",),
    "criteria": ("criteria_sets", "criteria", "indicators", "thresholds"),
    # The official units of a province after 1/7/2025, the lineage from the units before it, and each xã's
    # commune group: an office replaces the sample's lists with its own by importing them.
    "reform_units": ("units", "unit_lineage", "commune_groups"),
    "targets": ("programme_targets",),
}
# Kinds whose rows belong to no district (the place a template was made for is not checked).
PLACELESS_KINDS = ("criteria", "reform_units", "targets")

# The slices a "replace" import replaces: old rows matching a file row on these columns are removed
# (so a file's (unit, period, set) slice of assessments replaces what was there). Only when the
# clerk asks for it and confirms the removals; by default an import adds and changes rows by key.
REPLACE_BY: dict[str, tuple[str, ...]] = {
    "assessments": ("subject_code", "period", "set_id"),
    "funding": ("unit_code", "period"),
    "activities": ("period", "district_code"),
    "criteria": ("set_id",),
    "indicators": ("set_id",),
    "thresholds": ("set_id", "indicator_code"),
}

# The columns that take "Có" / "Không" for 1 / 0; whether the indicator is yes/no is checked against the
# candidate data (`file_row_problems`), the word kept beside the value in `WORD_COLUMN` until then.
YES_NO_COLUMNS = {("assessments", "value")}
WORD_COLUMN = "_word"

# A pre-filled template row whose value columns are all empty was not filled in: skipped.
VALUE_COLUMNS: dict[str, tuple[str, ...]] = {
    "assessments": ("value", "status", "note"),
    "plans": ("target_year",),
    "funding": ("amount_mvnd",),
    "activities": ("events", "participants"),
}

STATUS_SYNONYMS = {
    # The words the template and the dashboard write (label.status.*), in both languages …
    **{t(f"label.status.{code}", lang).casefold(): code for code in STATUSES for lang in ("vi", "en")},
    # … and others clerks write.
    "chưa rõ": "unknown",
    "không đạt": "not_met",
    "true": "met",
    "false": "not_met",
}


def replace_by(table: str) -> tuple[str, ...]:
    return REPLACE_BY.get(table, TABLES[table].key)


def matched_by(table: str, replace: bool) -> tuple[str, ...]:
    """The columns on which a file row takes the place of old rows: the key, or the slice when replacing."""
    return replace_by(table) if replace else TABLES[table].key


@dataclass(frozen=True)
class Place:
    """Where a template was made for (its hidden sheet): every unit in the file must be of this district."""

    district_code: str
    period: str | None = None


# Columns naming a commune or village (or, last, a district) that must lie in a template's district.
PLACE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("assessments", "subject_code"),
    ("recognitions", "subject_code"),
    ("plans", "subject_code"),
    ("funding", "unit_code"),
    ("activities", "unit_code"),
    ("villages", "unit_code"),
    ("activities", "district_code"),
    ("units", "district_code"),
)

# Every unit and village code with its name and district, latest validity first.
_PLACES_SQL = """
    SELECT unit_code AS code, name, district_code, district_name, valid_from FROM main.units
    UNION ALL
    SELECT v.village_code, v.name, u.district_code, u.district_name, v.valid_from
    FROM main.villages v JOIN main.units u ON u.unit_code = v.unit_code
    UNION ALL
    -- After 1/7/2025 a template's district is the former district's area: the units its communes merged into.
    SELECT s.unit_code, s.name, d.district_code, d.district_name, s.valid_from
    FROM main.unit_lineage l
    JOIN main.units d ON d.unit_code = l.from_code AND d.district_code IS NOT NULL
    JOIN main.units s ON s.unit_code = l.to_code AND s.district_code IS NULL
"""
_DISTRICTS_SQL = """
    SELECT district_code AS code, district_name AS name, district_code, district_name, valid_from FROM main.units
"""


def _header_names(table: Table) -> dict[str, str]:
    """Every accepted header text (column name, Vietnamese or English label, "label (name)") → column."""
    names = {}
    for column in table.columns:
        names[header_key(column.name)] = column.name
        for lang in LANGUAGES:
            label = t(f"datain.col.{table.name}.{column.name}", lang)
            names[header_key(label)] = column.name
            names[header_key(f"{label} ({column.name})")] = column.name
    return names


def _table_names() -> dict[str, str]:
    names = {}
    for table in TABLES:
        names[header_key(table)] = table
        for lang in LANGUAGES:
            names[header_key(t(f"datain.table.{table}", lang))] = table
    return names


def table_of(sheet_name: str) -> str | None:
    """The table a sheet (or a CSV / Parquet file, by its name) holds: `assessments`, `assessments_2024`, "Đánh giá"."""
    names = _table_names()
    key = header_key(sheet_name)
    if key in names:
        return names[key]
    for name in sorted(TABLES, key=len, reverse=True):
        if key.startswith(name + "_") or key.startswith(name + "-") or key.startswith(name + " "):
            return name
    return None


@dataclass
class ParsedTable:
    """The file's good rows of one table, typed; `rows` and `sheets` say where each came from."""

    name: str
    records: list[dict] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)

    def arrow(self) -> pa.Table:
        table = TABLES[self.name]
        arrays = {
            c.name: pa.array([r.get(c.name) for r in self.records], type=ARROW_TYPES[c.dtype])
            for c in table.columns
        }
        return pa.table(arrays)

    def arrow_with_rows(self) -> pa.Table:
        """`arrow()` with each row's Excel row number, sheet, and the word its value was written as (if any)."""
        table = self.arrow()
        table = table.append_column("_row", pa.array(self.rows, pa.int64()))
        table = table.append_column("_sheet", pa.array(self.sheets, pa.string()))
        return table.append_column(
            WORD_COLUMN, pa.array([r.get(WORD_COLUMN) for r in self.records], pa.string())
        )


def _parse_cell(table: Table, column_name: str, raw: object):
    column = table.column(column_name)
    if PERIOD_COLUMNS.get(table.name) == column.name:
        return parse_period(raw)
    if column.allowed:
        return parse_choice(raw, column.allowed, STATUS_SYNONYMS if column.name == "status" else None)
    if column.dtype == "float":
        return parse_number(raw)
    if column.dtype == "int":
        return parse_int(raw)
    if column.dtype == "date":
        return parse_date(raw)
    return text(raw)


def _yes_no_or_none(raw: object) -> float | None:
    try:
        return parse_yes_no(raw)
    except ValueError:
        return None


_PROBLEM_OF = {"float": "wrong_number", "int": "wrong_int", "date": "wrong_date"}


def _code_for_failure(table: Table, column_name: str) -> str:
    column = table.column(column_name)
    if PERIOD_COLUMNS.get(table.name) == column.name:
        return "malformed_period"
    if column.allowed:
        return "not_allowed"
    return _PROBLEM_OF.get(column.dtype, "wrong_type")


def _is_second_header(values: list[object], headers: dict[str, str]) -> bool:
    filled = [header_key(v) for v in values if not is_blank(v)]
    return bool(filled) and sum(v in headers for v in filled) * 2 >= len(filled)


def parse_sheet(sheet: Sheet, table_name: str, file_name: str, parsed: ParsedTable) -> list[ImportProblem]:
    """Reads one sheet's rows into `parsed`; returns its problems (rows with a problem are left out)."""
    table = TABLES[table_name]
    problems: list[ImportProblem] = []
    if not sheet.rows:
        return problems
    headers = _header_names(table)
    _, header_values = sheet.rows[0]
    positions: dict[str, int] = {}
    for index, value in enumerate(header_values):
        column = headers.get(header_key(value))
        if column and column not in positions:
            positions[column] = index
    missing = [c.name for c in table.columns if not c.nullable and c.name not in positions]
    for column in missing:
        problems.append(
            ImportProblem("missing_column", file_name, sheet.name, sheet.rows[0][0], column, column)
        )
    if missing:
        return problems
    data_rows = sheet.rows[1:]
    if data_rows and _is_second_header(data_rows[0][1], headers):
        data_rows = data_rows[1:]
    value_columns = [c for c in VALUE_COLUMNS.get(table_name, ()) if c in positions]
    for row_number, values in data_rows:
        cells = {name: (values[i] if i < len(values) else None) for name, i in positions.items()}
        if all(is_blank(v) for v in cells.values()):
            continue
        if value_columns and all(is_blank(cells[c]) for c in value_columns):
            continue
        record, row_problems = {}, []
        for name, raw in cells.items():
            column = table.column(name)
            if is_blank(raw):
                if not column.nullable:
                    row_problems.append(
                        ImportProblem("null_value", file_name, sheet.name, row_number, name, "")
                    )
                record[name] = None
                continue
            try:
                record[name] = _parse_cell(table, name, raw)
            except (ValueError, TypeError, OverflowError):
                word_value = _yes_no_or_none(raw) if (table_name, name) in YES_NO_COLUMNS else None
                if word_value is not None:
                    record[name], record[WORD_COLUMN] = word_value, text(raw)
                    continue
                details = {"expected": ", ".join(column.allowed)} if column.allowed else {}
                code = _code_for_failure(table, name)
                row_problems.append(
                    ImportProblem(code, file_name, sheet.name, row_number, name, text(raw)[:60], details)
                )
        if row_problems:
            problems.extend(row_problems)
            continue
        parsed.records.append(record)
        parsed.rows.append(row_number)
        parsed.sheets.append(sheet.name)
    return problems


def duplicate_problems(parsed: ParsedTable, file_name: str) -> list[ImportProblem]:
    table = TABLES[parsed.name]
    seen: dict[tuple, int] = {}
    problems = []
    for record, row, sheet in zip(parsed.records, parsed.rows, parsed.sheets, strict=True):
        key = tuple(record.get(k) for k in table.key)
        if key in seen:
            shown = " / ".join("∅" if v is None else str(v) for v in key)
            details = {"key": ", ".join(table.key), "first_row": seen[key]}
            problems.append(
                ImportProblem("duplicate_key", file_name, sheet, row, table.key[-1], shown, details)
            )
        else:
            seen[key] = row
    return problems


def _q(name: str) -> str:
    return '"' + name + '"'


def _collect(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    params: list,
    file_name: str,
    code: str,
    column: str,
    extra: tuple[str, ...] = (),
) -> list[ImportProblem]:
    """Runs a query returning (_row, _sheet, value, *extra) of file rows with the problem."""
    problems = []
    for row, sheet, value, *rest in con.execute(sql, params).fetchall():
        details = {name: ("" if v is None else _shown(v)) for name, v in zip(extra, rest, strict=True)}
        problems.append(ImportProblem(code, file_name, sheet, row, column, _shown(value), details))
    return problems


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return "" if value is None else str(value)


# The code lists of each reference a code column is checked against (ntm.store.checks._REFERENCES).
_CODE_LISTS = {
    "units": "SELECT unit_code FROM main.units",
    "villages": "SELECT village_code FROM main.villages",
    "units.district_code": "SELECT district_code FROM main.units",
}


def _leading_zero_hint(con: duckdb.DuckDBPyConnection, value: str | None, reference: str) -> dict[str, str]:
    """`{"leading_zero": "00877"}` when a code typed as digits is a code of the reference's lists once
    its lost leading zeros are put back (Excel drops them from a cell formatted as a number)."""
    lists = [_CODE_LISTS[name.strip()] for name in reference.split("/") if name.strip() in _CODE_LISTS]
    if not value or not value.isdigit() or not lists:
        return {}
    found = con.execute(
        f"""SELECT code FROM ({" UNION ".join(lists)}) known(code)
            WHERE code <> ? AND ltrim(code, '0') = ltrim(?, '0') AND length(code) > length(?)
            ORDER BY length(code), code LIMIT 1""",
        [value, value, value],
    ).fetchone()
    return {"leading_zero": found[0]} if found else {}


def file_row_problems(
    con: duckdb.DuckDBPyConnection, uploaded: list[str], file_name: str
) -> list[ImportProblem]:
    """Checks of the file's rows (schema `upload`) against the candidate data (loaded in `main`).

    Reference conditions are those of `ntm check`, so an import and the check agree on what is known.
    """
    problems: list[ImportProblem] = []
    for table, column, condition, reference in _REFERENCES:
        if table not in uploaded:
            continue
        found = _collect(
            con,
            f"SELECT x._row, x._sheet, x.{_q(column)} FROM upload.{_q(table)} x "
            f"WHERE x.{_q(column)} IS NOT NULL AND ({condition}) ORDER BY x._row",
            [],
            file_name,
            "unknown_code",
            column,
        )
        problems += [
            ImportProblem(
                p.code, p.file, p.sheet, p.row, p.column, p.value,
                {"expected": reference, **_leading_zero_hint(con, p.value, reference)},
            )
            for p in found
        ]  # fmt: skip
    for table, column in (("assessments", "value"), ("thresholds", "threshold_value")):
        if table in uploaded:
            problems += _collect(
                con,
                f"SELECT x._row, x._sheet, x.{_q(column)}, x.indicator_code FROM upload.{_q(table)} x "
                "JOIN main.indicators i USING (set_id, indicator_code) "
                f"WHERE i.kind = 'percent' AND (x.{_q(column)} < 0 OR x.{_q(column)} > 100) ORDER BY x._row",
                [],
                file_name,
                "percent_out_of_range",
                column,
                ("indicator",),
            )
    if "assessments" in uploaded:
        # "Có" / "Không" stand for 1 / 0 of a yes/no indicator only; a yes/no indicator takes nothing but 1 / 0.
        problems += _collect(
            con,
            f"SELECT x._row, x._sheet, x.{WORD_COLUMN}, x.indicator_code FROM upload.assessments x "
            "JOIN main.indicators i USING (set_id, indicator_code) "
            f"WHERE x.{WORD_COLUMN} IS NOT NULL AND i.kind <> 'bool' ORDER BY x._row",
            [],
            file_name,
            "yes_no_for_number",
            "value",
            ("indicator",),
        )
        problems += _collect(
            con,
            "SELECT x._row, x._sheet, x.value, x.indicator_code FROM upload.assessments x "
            "JOIN main.indicators i USING (set_id, indicator_code) "
            "WHERE i.kind = 'bool' AND x.value NOT IN (0, 1) ORDER BY x._row",
            [],
            file_name,
            "yes_no_not_0_1",
            "value",
            ("indicator",),
        )
    for table, column in (
        ("funding", "amount_mvnd"),
        ("activities", "events"),
        ("activities", "participants"),
        ("assessments", "value"),
    ):
        if table in uploaded:
            problems += _collect(
                con,
                f"SELECT _row, _sheet, {_q(column)} FROM upload.{_q(table)} WHERE {_q(column)} < 0 ORDER BY _row",
                [],
                file_name,
                "negative_value",
                column,
            )
    for table, start, end in (
        ("units", "valid_from", "valid_to"),
        ("villages", "valid_from", "valid_to"),
        ("criteria_sets", "valid_from", "valid_to"),
        ("thresholds", "year_from", "year_to"),
        ("recognitions", "decision_date", "revoked_date"),
    ):
        if table in uploaded:
            problems += _collect(
                con,
                f"SELECT _row, _sheet, {_q(end)}, {_q(start)} FROM upload.{_q(table)} "
                f"WHERE {_q(end)} < {_q(start)} ORDER BY _row",
                [],
                file_name,
                "invalid_date_range",
                end,
                ("start",),
            )
    if "thresholds" in uploaded:
        # A set keys its thresholds by region or by commune group (its threshold_basis, as the candidate data
        # has it): a row keyed by the other is never used, so it is named here at its row of the file.
        for column, code, basis in (
            ("commune_group", "threshold_group_in_region_set", "region"),
            ("region", "threshold_region_in_group_set", "commune_group"),
        ):
            problems += _collect(
                con,
                f"""SELECT x._row, x._sheet, x.{_q(column)}, x.set_id FROM upload.thresholds x
                    JOIN main.criteria_sets s USING (set_id)
                    WHERE x.{_q(column)} IS NOT NULL AND coalesce(s.threshold_basis, 'region') = ?
                    ORDER BY x._row""",
                [basis],
                file_name,
                code,
                column,
                ("set_id",),
            )
    if "assessments" in uploaded:
        problems += _collect(
            con,
            """SELECT a._row, a._sheet, a.subject_code, a.period FROM upload.assessments a
               JOIN main.criteria_sets s ON s.set_id = a.set_id AND s.level = 'commune'
               WHERE EXISTS (SELECT 1 FROM main.units u WHERE u.unit_code = a.subject_code)
                 AND NOT EXISTS (SELECT 1 FROM main.units u WHERE u.unit_code = a.subject_code
                     AND u.valid_from <= CASE WHEN right(a.period, 1) = '1'
                             THEN make_date(CAST(left(a.period, 4) AS INTEGER), 6, 30)
                             ELSE make_date(CAST(left(a.period, 4) AS INTEGER), 12, 31) END
                     AND (u.valid_to IS NULL OR u.valid_to >= CASE WHEN right(a.period, 1) = '1'
                             THEN make_date(CAST(left(a.period, 4) AS INTEGER), 6, 30)
                             ELSE make_date(CAST(left(a.period, 4) AS INTEGER), 12, 31) END))
               ORDER BY a._row""",
            [],
            file_name,
            "not_valid_in_period",
            "subject_code",
            ("period",),
        )
    return problems


def place_problems(
    con: duckdb.DuckDBPyConnection, uploaded: list[str], file_name: str, place: Place
) -> list[ImportProblem]:
    """Rows of a template whose commune, village or district lies outside the template's district, or
    whose period is not the template's: a mistyped code must not write into another place's data."""
    place_name = con.execute(
        "SELECT arg_max(district_name, valid_from) FROM main.units WHERE district_code = ?",
        [place.district_code],
    ).fetchone()[0]
    shown_place = f"{place_name or ''} ({place.district_code})".strip()
    problems: list[ImportProblem] = []
    for table, column in PLACE_COLUMNS:
        if table not in uploaded:
            continue
        places = _DISTRICTS_SQL if column == "district_code" else _PLACES_SQL
        found = con.execute(
            f"""WITH places AS ({places})
            SELECT x._row, x._sheet, x.{_q(column)}, p.name, p.district_name, p.district_code
            FROM upload.{_q(table)} x JOIN places p ON p.code = x.{_q(column)}
            WHERE NOT EXISTS (SELECT 1 FROM places q WHERE q.code = x.{_q(column)} AND q.district_code = ?)
            QUALIFY row_number() OVER (PARTITION BY x._sheet, x._row ORDER BY p.valid_from DESC) = 1
            ORDER BY x._row""",
            [place.district_code],
        ).fetchall()
        for row, sheet, code, name, district_name, district_code in found:
            details = {
                "name": name or "",
                "district": f"{district_name or ''} ({district_code})".strip(),
                "place": shown_place,
            }
            problems.append(ImportProblem("outside_place", file_name, sheet, row, column, code, details))
    if place.period:
        for table, column in PERIOD_COLUMNS.items():
            if table in uploaded:
                problems += _collect(
                    con,
                    f"SELECT _row, _sheet, {_q(column)}, CAST(? AS VARCHAR) FROM upload.{_q(table)} "
                    f"WHERE {_q(column)} IS DISTINCT FROM ? ORDER BY _row",
                    [place.period, place.period],
                    file_name,
                    "outside_period",
                    column,
                    ("period",),
                )
    return problems


def contradiction_problems(con: duckdb.DuckDBPyConnection, file_name: str) -> list[ImportProblem]:
    """A recorded status that the value and threshold contradict (needs the engine's derived tables)."""
    return _collect(
        con,
        """SELECT a._row, a._sheet, a.status, a.value, s.threshold_value, s.status
           FROM upload.assessments a JOIN main.indicator_status s USING (set_id, period, subject_code, indicator_code)
           WHERE s.threshold_value IS NOT NULL AND a.status IN ('met', 'not_met') AND a.status <> s.status
             AND s.status IN ('met', 'not_met') ORDER BY a._row""",
        [],
        file_name,
        "status_contradicts_threshold",
        "status",
        ("measured", "threshold", "expected"),
    )
