"""An import end to end: read → parse → candidate version (current data with the file's rows) → every check → publish.

By default the file's rows add or change rows by the table's key and every other row is kept; a
"replace" import also removes the rows of the file's slices it does not hold, and publishes only when
the clerk confirmed exactly that many removals. Nothing is published unless every check passes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from ntm.importing.changes import CHANGE_COLUMNS, removed_count, row_changes
from ntm.importing.parsing import META_SHEET, FileRefused, read_sheets
from ntm.importing.problems import ImportProblem
from ntm.importing.statuses import fill_decided_statuses
from ntm.importing.validation import (
    KINDS,
    PLACELESS_KINDS,
    ParsedTable,
    Place,
    contradiction_problems,
    duplicate_problems,
    file_row_problems,
    matched_by,
    parse_sheet,
    place_problems,
    table_of,
)
from ntm.settings import setting
from ntm.store.checks import check_loaded
from ntm.store.loading import file_columns, load_tables, structural_problems
from ntm.store.schema import DUCKDB_TYPES, TABLES
from ntm.store.tables_io import write_table
from ntm.store.versions import VersionInfo, staging

# Problems past this many are summed up: a wrong column in 100,000 rows is one fix, not a long read.
MAX_PROBLEMS = 500


@dataclass
class ImportResult:
    problems: list[ImportProblem] = field(default_factory=list)
    rows: int = 0
    summary: dict = field(default_factory=dict)
    version: VersionInfo | None = None
    replace: bool = False
    # Row by row, what the import changes (see ntm.importing.changes), and the names of its units.
    changes: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(CHANGE_COLUMNS)))
    names: dict[str, str] = field(default_factory=dict)
    place: Place | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def removed(self) -> int:
        return removed_count(self.changes)


def _q(name: str) -> str:
    return '"' + name + '"'


def parse_file(
    file_name: str, data: bytes
) -> tuple[dict[str, ParsedTable], list[ImportProblem], Place | None]:
    """The file's tables (rows that parsed), every problem found cell by cell, and the template's place."""
    max_bytes = int(float(setting("NTM_IMPORT_MAX_MB")) * 1_000_000)
    max_rows = int(setting("NTM_IMPORT_MAX_ROWS"))
    short_name = Path(file_name).name
    try:
        sheets = read_sheets(short_name, data, max_bytes, max_rows)
    except FileRefused as refusal:
        return (
            {},
            [
                ImportProblem(
                    refusal.code, short_name, details={k: str(v) for k, v in refusal.details.items()}
                )
            ],
            None,
        )
    problems: list[ImportProblem] = []
    tables: dict[str, ParsedTable] = {}
    meta = _template_meta(sheets)
    kind = meta.get("kind") if meta.get("kind") in KINDS else None
    seen_tables = set()
    is_workbook = short_name.lower().endswith(".xlsx")
    expected = ", ".join(TABLES)
    for sheet in sheets:
        if sheet.name == META_SHEET:
            continue
        table = table_of(sheet.name)
        if table is None:
            if not is_workbook:  # a workbook may carry sheets of its own (notes, lists): ignored
                problems.append(
                    ImportProblem(
                        "unknown_table",
                        short_name,
                        sheet.name,
                        value=sheet.name,
                        details={"expected": expected},
                    )
                )
            continue
        seen_tables.add(table)
        parsed = tables.setdefault(table, ParsedTable(table))
        problems += parse_sheet(sheet, table, short_name, parsed)
    if kind:
        for table in KINDS[kind]:
            if table not in seen_tables:
                problems.append(
                    ImportProblem("missing_sheet", short_name, value=table, details={"kind": kind})
                )
    elif is_workbook and not seen_tables:
        problems.append(ImportProblem("no_sheet", short_name, details={"expected": expected}))
    for parsed in tables.values():
        problems += duplicate_problems(parsed, short_name)
    if not problems and not any(p.records for p in tables.values()):
        problems.append(ImportProblem("empty_file", short_name))
    place = None
    # A template of units holds the whole district; criteria, post-reform units (no district any more) and
    # programme targets belong to no district.
    if meta.get("district") and kind is not None and kind not in PLACELESS_KINDS:
        place = Place(meta["district"], None if kind == "units" else meta.get("period") or None)
    return {name: p for name, p in tables.items() if p.records}, problems, place


def _template_meta(sheets) -> dict[str, str]:
    # Templates name their kind, district and period in a hidden sheet, so a template missing one of
    # its sheets is caught, and so are rows of units outside the place it was made for.
    meta: dict[str, str] = {}
    for sheet in sheets:
        if sheet.name == META_SHEET:
            for _, values in sheet.rows:
                if len(values) >= 2 and values[0] is not None and values[1] is not None:
                    meta[str(values[0]).strip()] = str(values[1]).strip()
    return meta


def _existing_select(table_name: str, folder: Path) -> tuple[str, list]:
    table = TABLES[table_name]
    path = folder / table.file_name
    if not path.exists():
        columns = ", ".join(f"CAST(NULL AS {DUCKDB_TYPES[c.dtype]}) AS {_q(c.name)}" for c in table.columns)
        return f"SELECT {columns} WHERE false", []
    present, _ = file_columns(table, folder)
    columns = ", ".join(
        f"CAST({_q(c.name) if c.name in present else 'NULL'} AS {DUCKDB_TYPES[c.dtype]}) AS {_q(c.name)}"
        for c in table.columns
    )
    return f"SELECT {columns} FROM read_parquet(?)", [str(path)]


def merge_into(folder: Path, parsed: ParsedTable, replace: bool = False) -> None:
    """Writes the table with the file's rows in place of the old rows with their key (or, replacing,
    of every old row of their slice: see REPLACE_BY); every other old row is kept."""
    table = TABLES[parsed.name]
    old_sql, params = _existing_select(parsed.name, folder)
    columns = ", ".join(_q(c.name) for c in table.columns)
    same = " AND ".join(f"o.{_q(c)} IS NOT DISTINCT FROM n.{_q(c)}" for c in matched_by(parsed.name, replace))
    con = duckdb.connect()
    try:
        con.register("new_rows", parsed.arrow())
        merged = con.sql(
            f"SELECT {columns} FROM ({old_sql}) o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE {same}) "
            f"UNION ALL SELECT {columns} FROM new_rows",
            params=params,
        ).to_arrow_table()
    finally:
        con.close()
    write_table(parsed.name, merged, folder)


def change_summary(before: Path, after: Path, tables: list[str]) -> dict:
    """Rows added, changed and removed per table, matched by the table's key."""
    summary = {}
    con = duckdb.connect()
    try:
        for name in tables:
            table = TABLES[name]
            old_sql, old_params = _existing_select(name, before)
            new_sql, new_params = _existing_select(name, after)
            same_key = " AND ".join(f"o.{_q(k)} IS NOT DISTINCT FROM n.{_q(k)}" for k in table.key)
            others = [c.name for c in table.columns if c.name not in table.key]
            differs = " OR ".join(f"o.{_q(c)} IS DISTINCT FROM n.{_q(c)}" for c in others) or "false"
            added, removed, changed = con.execute(
                f"""WITH o AS ({old_sql}), n AS ({new_sql})
                SELECT (SELECT count(*) FROM n WHERE NOT EXISTS (SELECT 1 FROM o WHERE {same_key})),
                       (SELECT count(*) FROM o WHERE NOT EXISTS (SELECT 1 FROM n WHERE {same_key})),
                       (SELECT count(*) FROM o JOIN n ON {same_key} WHERE {differs})""",
                [*old_params, *new_params],
            ).fetchone()
            summary[name] = {"added": int(added), "changed": int(changed), "removed": int(removed)}
    finally:
        con.close()
    return summary


def touched_rows(before: Path, after: Path, tables: dict[str, ParsedTable], replace: bool) -> pd.DataFrame:
    """Row by row, what changes between the published and the candidate data, over the rows the file touches
    (its keys, or its slices when replacing): see `row_changes`."""
    frames = []
    con = duckdb.connect()
    try:
        for name, parsed in tables.items():
            con.register("new_rows", parsed.arrow())
            same = " AND ".join(
                f"o.{_q(c)} IS NOT DISTINCT FROM n.{_q(c)}" for c in matched_by(name, replace)
            )
            sides = []
            for folder in (before, after):
                sql, params = _existing_select(name, folder)
                sides.append(
                    con.execute(
                        f"SELECT * FROM ({sql}) o WHERE EXISTS (SELECT 1 FROM new_rows n WHERE {same})",
                        params,
                    ).df()
                )
            con.unregister("new_rows")
            frames.append(row_changes(name, *sides))
    finally:
        con.close()
    frames = [f for f in frames if not f.empty]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(CHANGE_COLUMNS))


def unit_names(folder: Path, codes: set[str]) -> dict[str, str]:
    """Commune, village and district names of the codes (latest validity), for the change preview."""
    wanted = sorted(c for c in codes if c)
    if not wanted:
        return {}
    names: dict[str, str] = {}
    con = duckdb.connect()
    try:
        for table, code, name in (
            ("units", "district_code", "district_name"),
            ("villages", "village_code", "name"),
            ("units", "unit_code", "name"),
        ):
            path = folder / TABLES[table].file_name
            if not path.exists():
                continue
            rows = con.execute(
                f"SELECT {_q(code)}, arg_max({_q(name)}, valid_from) FROM read_parquet(?) "
                f"WHERE {_q(code)} IN (SELECT unnest(?)) GROUP BY ALL",
                [str(path), wanted],
            ).fetchall()
            names.update({str(c): str(n) for c, n in rows if n is not None})
    finally:
        con.close()
    return names


def _check_candidate(
    folder: Path, tables: dict[str, ParsedTable], file_name: str, place: Place | None = None
) -> list[ImportProblem]:
    structural = [p for p in structural_problems(folder) if p.is_error]
    if structural:
        return [_whole_data(p, file_name) for p in structural]
    con = duckdb.connect()
    try:
        load_tables(con, folder)
        con.execute("CREATE SCHEMA upload")
        for name, parsed in tables.items():
            con.register(f"_upload_{name}", parsed.arrow_with_rows())
            con.execute(f"CREATE TABLE upload.{_q(name)} AS SELECT * FROM {_q('_upload_' + name)}")
        problems = file_row_problems(con, list(tables), file_name)
        if place is not None:
            problems += place_problems(con, list(tables), file_name, place)
        whole = check_loaded(con)
        errors = [p for p in whole if p.is_error]
        if problems:
            return problems
        if errors:
            return [_whole_data(p, file_name) for p in errors]
        if "assessments" in tables:
            return contradiction_problems(con, file_name)
        return []
    finally:
        con.close()


def _whole_data(problem, file_name: str) -> ImportProblem:
    detail_vi, detail_en = problem.render("vi"), problem.render("en")
    return _Bilingual(
        "whole_data", problem.file, None, problem.row, problem.column, "", {"vi": detail_vi, "en": detail_en}
    )


class _Bilingual(ImportProblem):
    """A problem of the whole candidate data, already worded by `ntm check` in each language."""

    def message(self, lang: str) -> str:
        from ntm.i18n import t

        return t("datain.problem.whole_data", lang, detail=self.details["en" if lang == "en" else "vi"])


def _in_file_order(problems: list[ImportProblem]) -> list[ImportProblem]:
    return sorted(problems, key=lambda p: (p.sheet or "", p.row or 0))


def import_file(
    root: Path,
    file_name: str,
    data: bytes,
    admin: str = "",
    publish: bool = True,
    replace: bool = False,
    confirmed_removals: int = 0,
) -> ImportResult:
    """Validates the file against the published data and, when it has no problem and `publish`, publishes it.

    `replace` removes the rows of the file's slices that the file does not hold; a publish that removes
    rows goes ahead only when `confirmed_removals` is exactly the number the preview showed.
    """
    tables, problems, place = parse_file(file_name, data)
    result = ImportResult(rows=sum(len(p.records) for p in tables.values()), replace=replace, place=place)
    short_name = Path(file_name).name
    if problems:
        result.problems = _in_file_order(problems)[:MAX_PROBLEMS]
        if not tables:
            return result
    if publish and not admin.strip():
        result.problems.append(ImportProblem("no_admin", short_name))
        return result
    with staging(Path(root)) as candidate:
        # Assessments last: the statuses their thresholds decide are read from the candidate's tables.
        for parsed in sorted(tables.values(), key=lambda p: p.name == "assessments"):
            fill_decided_statuses(parsed, candidate.folder)
            merge_into(candidate.folder, parsed, replace)
        problems = _check_candidate(candidate.folder, tables, short_name, place)
        if result.problems or problems:
            result.problems = _in_file_order(result.problems + problems)[:MAX_PROBLEMS]
            return result
        result.summary = change_summary(candidate.base, candidate.folder, list(tables))
        result.changes = touched_rows(candidate.base, candidate.folder, tables, replace)
        result.names = unit_names(candidate.folder, set(result.changes["unit"].dropna()))
        if publish and result.removed and confirmed_removals != result.removed:
            # Removals are never a side effect: the clerk saw the list and confirmed this many.
            result.problems = [
                ImportProblem(
                    "removals_not_confirmed",
                    short_name,
                    details={"count": result.removed, "confirmed": confirmed_removals},
                )
            ]
            return result
        if publish:
            result.version = candidate.publish(admin.strip(), short_name, result.summary)
    return result
