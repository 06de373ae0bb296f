"""Reading an uploaded workbook, CSV or Parquet file into rows, and the forgiving cell parsers real workbooks need.

Tolerated: spaces around values, decomposed Vietnamese (normalised to NFC), numbers typed as text,
decimal commas, "85%" typed as text, "Có" / "Không" for a yes/no value, empty rows. Every parser raises
ValueError on what it cannot read.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

SUPPORTED_SUFFIXES = (".xlsx", ".csv", ".parquet")
# The hidden sheet where a template names its kind; other hidden sheets (drop-down lists) are skipped.
META_SHEET = "_ntm"


class FileRefused(ValueError):
    """The file as a whole is refused (type, size, rows, unreadable); `code` and `details` say why."""

    def __init__(self, code: str, **details: object):
        self.code, self.details = code, details
        super().__init__(code)


@dataclass
class Sheet:
    """One sheet's rows as the user sees them: `rows` are (Excel row number, cell values)."""

    name: str
    rows: list[tuple[int, list[object]]] = field(default_factory=list)


def text(raw: object) -> str:
    """Trimmed NFC text; numbers typed into a code cell become their digits (`1.0` → `1`)."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return " ".join(unicodedata.normalize("NFC", str(raw)).split())


def is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, float) and raw != raw) or text(raw) == ""


_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_number(raw: object) -> float:
    """A number from a cell: `1234.5`, `"1.234,5"`, `"1,5"`, `" 85 % "` (→ 85), `"1 234"`.

    With both separators the last one is the decimal mark; a lone comma is decimal (Vietnamese), as
    is a lone point; repeated marks of one kind group thousands.
    """
    if isinstance(raw, bool):
        raise ValueError(raw)
    if isinstance(raw, (int, float)):
        if raw != raw or raw in (float("inf"), float("-inf")):
            raise ValueError(raw)
        return float(raw)
    value = _SPACES.sub("", unicodedata.normalize("NFKC", str(raw or "")))
    value = value.removesuffix("%")
    if not re.fullmatch(r"[+-]?[0-9][0-9.,]*", value) or value.endswith((".", ",")):
        raise ValueError(raw)
    sign, digits = ("-" if value[0] == "-" else ""), value.lstrip("+-")
    if "," in digits and "." in digits:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        group = "." if decimal == "," else ","
        whole, _, fraction = digits.rpartition(decimal)
        grouped = r"[0-9]{1,3}(?:\.[0-9]{3})*" if group == "." else r"[0-9]{1,3}(?:,[0-9]{3})*"
        if decimal in whole or not (whole.isdigit() or re.fullmatch(grouped, whole)):
            raise ValueError(raw)
        digits = whole.replace(group, "") + "." + fraction
    else:
        mark = "," if "," in digits else "."
        parts = digits.split(mark)
        if len(parts) > 2:
            if not (1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])):
                raise ValueError(raw)
            digits = "".join(parts)
        else:
            digits = digits.replace(",", ".")
    return float(sign + digits)


# A yes/no indicator's value is 1 or 0; a clerk writes the word as often as the digit.
YES_NO_WORDS = {"có": 1.0, "không": 0.0, "yes": 1.0, "no": 0.0}


def parse_yes_no(raw: object) -> float:
    """1.0 for “Có” (or “Yes”), 0.0 for “Không” (or “No”), in any case and spacing."""
    word = text(raw).casefold()
    if word not in YES_NO_WORDS:
        raise ValueError(raw)
    return YES_NO_WORDS[word]


def parse_int(raw: object) -> int:
    number = parse_number(raw)
    if not number.is_integer():
        raise ValueError(raw)
    return int(number)


_PERIOD_FORMS = (
    re.compile(r"^(?P<year>[0-9]{4})[-/ ._]?H(?P<half>[12])$"),
    re.compile(r"^H(?P<half>[12])[-/ ._]?(?P<year>[0-9]{4})$"),
)


def parse_period(raw: object) -> str:
    """`2019-H1`; also `2019 H1`, `2019-h1`, `H1/2019`, `H1-2019`."""
    value = text(raw).upper().replace(" ", "")
    for pattern in _PERIOD_FORMS:
        if match := pattern.match(value):
            return f"{match['year']}-H{match['half']}"
    raise ValueError(raw)


_DATE_FORMS = (
    (re.compile(r"^(?P<d>[0-9]{1,2})[/.-](?P<m>[0-9]{1,2})[/.-](?P<y>[0-9]{4})$")),
    (re.compile(r"^(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})(?:[ T]00:00(?::00)?)?$")),
)


def parse_date(raw: object) -> date:
    """A date cell, or text `dd/mm/yyyy` (also `-` or `.`) or `yyyy-mm-dd`."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    value = text(raw)
    for pattern in _DATE_FORMS:
        if match := pattern.match(value):
            return date(int(match["y"]), int(match["m"]), int(match["d"]))
    raise ValueError(raw)


def parse_choice(raw: object, allowed: tuple[str, ...], synonyms: dict[str, str] | None = None) -> str:
    """One of `allowed`, matched without regard to case; `synonyms` maps other words (lower case) to one."""
    value = text(raw)
    folded = value.casefold()
    for choice in allowed:
        if choice.casefold() == folded:
            return choice
    if synonyms and folded in synonyms:
        return synonyms[folded]
    raise ValueError(raw)


def header_key(raw: object) -> str:
    """A header cell compared loosely: NFC, case-folded, single spaces."""
    return text(raw).casefold()


# --- reading files ---------------------------------------------------------------------------------


def _xlsx_sheets(data: bytes, max_rows: int) -> list[Sheet]:
    import openpyxl

    try:
        # data_only: a formula cell gives the value Excel last computed, never the formula.
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for files that are not xlsx
        raise FileRefused(
            "unreadable", detail=str(error).splitlines()[0][:120] if str(error) else ""
        ) from error
    sheets = []
    try:
        for worksheet in workbook.worksheets:
            if worksheet.sheet_state != "visible" and worksheet.title != META_SHEET:
                continue
            sheet = Sheet(worksheet.title)
            for row in worksheet.iter_rows():
                values = []
                for cell in row:
                    value = getattr(cell, "value", None)
                    number_format = getattr(cell, "number_format", "") or ""
                    # A cell formatted as a percentage holds a share (0.85 shows as 85%).
                    if (
                        isinstance(value, (int, float))
                        and not isinstance(value, bool)
                        and "%" in number_format
                    ):
                        value = round(value * 100, 10)
                    values.append(value)
                if not any(not is_blank(v) for v in values):
                    continue
                row_number = next((c.row for c in row if getattr(c, "row", None)), None)
                sheet.rows.append((row_number or len(sheet.rows) + 1, values))
                if len(sheet.rows) > max_rows + 2:
                    raise FileRefused("too_many_rows", limit=max_rows)
            sheets.append(sheet)
    finally:
        workbook.close()
    return sheets


def _csv_sheet(data: bytes, name: str, max_rows: int) -> Sheet:
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileRefused("not_utf8") from error
    first_line = decoded.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    sheet = Sheet(name)
    for number, values in enumerate(csv.reader(io.StringIO(decoded), delimiter=delimiter), start=1):
        if not any(not is_blank(v) for v in values):
            continue
        sheet.rows.append((number, [v if v.strip() else None for v in values]))
        if len(sheet.rows) > max_rows + 2:
            raise FileRefused("too_many_rows", limit=max_rows)
    return sheet


def _parquet_sheet(data: bytes, name: str, max_rows: int) -> Sheet:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(io.BytesIO(data))
    except Exception as error:  # pyarrow raises several types for damaged files
        raise FileRefused("unreadable", detail=str(error).splitlines()[0][:120]) from error
    if table.num_rows > max_rows:
        raise FileRefused("too_many_rows", limit=max_rows)
    sheet = Sheet(name, [(1, list(table.column_names))])
    columns = [table.column(i).to_pylist() for i in range(table.num_columns)]
    for index in range(table.num_rows):
        sheet.rows.append((index + 2, [column[index] for column in columns]))
    return sheet


def read_sheets(file_name: str, data: bytes, max_bytes: int, max_rows: int) -> list[Sheet]:
    """The file's sheets (a CSV or Parquet file is one sheet named after the file)."""
    lower = file_name.lower()
    suffix = next((s for s in SUPPORTED_SUFFIXES if lower.endswith(s)), None)
    if lower.endswith((".xlsm", ".xltm", ".xlam")):
        raise FileRefused("macros")
    if suffix is None:
        raise FileRefused("file_type", allowed=", ".join(SUPPORTED_SUFFIXES))
    if len(data) > max_bytes:
        raise FileRefused("too_large", size_mb=round(len(data) / 1e6, 1), limit_mb=round(max_bytes / 1e6, 1))
    if suffix == ".xlsx":
        if _has_macros(data):
            raise FileRefused("macros")
        return _xlsx_sheets(data, max_rows)
    stem = file_name.rsplit("/", 1)[-1][: -len(suffix)]
    if suffix == ".csv":
        return [_csv_sheet(data, stem, max_rows)]
    return [_parquet_sheet(data, stem, max_rows)]


def _has_macros(data: bytes) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(name.lower().endswith("vbaproject.bin") for name in archive.namelist())
    except zipfile.BadZipFile:
        return False
