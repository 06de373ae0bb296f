"""Tables as files: CSV (UTF-8 with BOM) and xlsx (with a sheet of the scope), file names, and the registry
of the tables `python -m ntm export` can write, each as on screen (display) or as the data model (raw).

Formula-like text is neutralised per OWASP's CSV-injection advice: a text cell that begins with `=`, `+`,
`-`, `@`, a tab or a carriage return gets a leading apostrophe, so no spreadsheet runs it. Numbers
(and text that is only a signed number, such as a change `-1` or `+2`) are left as they are.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

import duckdb
import pandas as pd
import xlsxwriter

from ntm.figures.overview import bin_table, criteria_tally, ranking, scorecard, set_bins
from ntm.figures.scope import after_reform
from ntm.figures.values import is_missing
from ntm.filters import Filters
from ntm.i18n import period_name, t
from ntm.names import slug
from ntm.queries import commune_results, commune_results_before, criteria_of_set, criterion_matrix
from ntm.queries.commune import indicator_results
from ntm.queries.export import scope_funding, unit_results
from ntm.tables.commune import indicator_values
from ntm.tables.labels import drop_empty_district, status_name
from ntm.tables.overview import ranking_values
from ntm.tables.typed import CHANGE, DATE, INTEGER, NUMBER, PERCENT, YEAR, TypedTable

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Text that is only a (signed) number, as tables show changes: a spreadsheet reads it as a number, never
# as a formula, so it stays as it is.
_SIGNED_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*(?: ?%)?")
_MAX_WIDTH, _MIN_WIDTH = 60, 6
# A long header wraps instead of widening its column past this many characters (a sheet prints one page wide).
_HEADER_WIDTH = 16
_LINE_HEIGHT = 15  # points: one line of the default 11-point font
# Number formats by column kind (ntm/tables/typed.py). A change reads +1 / -1 / ±0 (the ± quoted: Excel
# takes only some characters bare in a format; LibreOffice shows it too); a share 0.071 reads 7.1% (7,1 % in
# a Vietnamese LibreOffice or Excel); a measured value shows the decimals it has (91, 82.6, 1.55). A whole
# number is #,##0 whatever its kind; a column without a kind shows other numbers with two decimals.
NUMBER_FORMATS = {
    INTEGER: "#,##0",
    NUMBER: "#,##0.0#",
    PERCENT: "0.0%",
    CHANGE: '+0;-0;"±0"',
    DATE: "dd/mm/yyyy",
    YEAR: "0",
}
_TWO_DECIMALS = "two_decimals"
_PAPER_A4 = 9
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
VIETNAM_TIME = timezone(timedelta(hours=7), "UTC+7")  # no daylight saving in Vietnam


def neutralise(value):
    """`=SUM(A1)` → `'=SUM(A1)`; numbers, dates, booleans and text such as `-1` or `+2` unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS) and not _SIGNED_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if not (pd.api.types.is_numeric_dtype(out[column]) or pd.api.types.is_bool_dtype(out[column])):
            out[column] = out[column].map(neutralise).astype(object)
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with a BOM (Excel then reads Vietnamese right), comma-separated, no index."""
    return _neutralised(frame).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def sheet_title(text: str) -> str:
    """A valid sheet name: none of `[]:*?/\\`, at most 31 characters."""
    return _SHEET_FORBIDDEN.sub("-", text).strip("'")[:31] or "Sheet1"


def _text_width(value) -> int:
    return max((len(line) for line in str(value).splitlines()), default=0)


def _write_cell(sheet, row: int, col: int, value, formats: dict, kind: str | None) -> None:
    if is_missing(value):
        sheet.write_blank(row, col, None)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if kind in (PERCENT, CHANGE, YEAR):
            number_format = formats[kind]
        elif float(value).is_integer():
            number_format = formats[INTEGER]
        else:
            number_format = formats[NUMBER if kind == NUMBER else _TWO_DECIMALS]
        sheet.write_number(row, col, float(value), number_format)
    elif isinstance(value, (datetime, pd.Timestamp)):
        sheet.write_datetime(
            row, col, pd.Timestamp(value).to_pydatetime().replace(tzinfo=None), formats[DATE]
        )
    elif isinstance(value, date):
        sheet.write_datetime(row, col, datetime(value.year, value.month, value.day), formats[DATE])
    elif hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        _write_cell(sheet, row, col, value.item(), formats, kind)
    else:
        # write_string: text is never read as a formula, a number or a link.
        sheet.write_string(row, col, neutralise(str(value)))


def to_xlsx_bytes(
    frame: pd.DataFrame,
    sheet_name: str,
    filters_rows: Sequence[tuple[str, str]],
    lang: str,
    percent_columns: Iterable[str] = (),
    title: str | None = None,
    kinds: Mapping[str, str] | None = None,
) -> bytes:
    """The table on a first sheet (the `title` row when given, a bold frozen header with autofilter,
    widths from the content, numbers as numbers formatted by their column's kind, the `percent_columns`
    holding shares 0–1 shown as percentages, printed landscape one page wide), the scope on a second sheet."""
    sheet = Sheet(sheet_name, frame, tuple(percent_columns), title=title, kinds=dict(kinds or {}))
    return to_workbook_bytes([sheet], filters_rows, lang)


@dataclass(frozen=True)
class Sheet:
    """One table of a workbook: its sheet's name, the frame, the columns holding shares 0–1, the title
    row above the header (none when None), each column's kind (ntm/tables/typed.py), and how many first
    columns every printed page repeats: a matrix (`repeat_columns` > 0) prints across pages at full size
    with its commune names on each, any other table is shrunk to one page wide."""

    name: str
    frame: pd.DataFrame
    percent_columns: tuple[str, ...] = ()
    title: str | None = None
    kinds: Mapping[str, str] = field(default_factory=dict)
    repeat_columns: int = 0

    def kind(self, column: str) -> str | None:
        return PERCENT if column in self.percent_columns else self.kinds.get(column)


def to_workbook_bytes(sheets: Sequence[Sheet], filters_rows: Sequence[tuple[str, str]], lang: str) -> bytes:
    """One sheet per table, as `to_xlsx_bytes` writes one, then the scope on a last sheet."""
    for sheet in sheets:
        unknown = set(sheet.percent_columns) - set(sheet.frame.columns)
        if unknown:
            raise ValueError(f"percent columns not in the table: {sorted(unknown)}")
        unknown = set(sheet.kinds) - set(sheet.frame.columns)
        if unknown:
            raise ValueError(f"typed columns not in the table: {sorted(unknown)}")
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    formats = {
        "header": workbook.add_format({"bold": True, "text_wrap": True, "valign": "top", "bottom": 1}),
        "title": workbook.add_format({"bold": True, "font_size": 13}),
        # Right-aligned with a space on the right: a number never touches the text of the next column.
        **{
            kind: workbook.add_format({"num_format": code, "align": "right", "indent": 1})
            for kind, code in NUMBER_FORMATS.items()
        },
        _TWO_DECIMALS: workbook.add_format({"num_format": "#,##0.00", "align": "right", "indent": 1}),
    }
    for table in sheets:
        _write_table(workbook.add_worksheet(sheet_title(table.name)), table, formats)

    scope = workbook.add_worksheet(sheet_title(t("export.filters_sheet", lang)))
    scope.write_string(0, 0, t("export.filters.key", lang), formats["header"])
    scope.write_string(0, 1, t("export.filters.value", lang), formats["header"])
    for row, (key, value) in enumerate(filters_rows, start=1):
        scope.write_string(row, 0, neutralise(str(key)))
        scope.write_string(row, 1, neutralise(str(value)))
    scope.set_column(0, 0, min(_MAX_WIDTH, max([20, *(_text_width(k) + 2 for k, _ in filters_rows)])))
    scope.set_column(1, 1, min(_MAX_WIDTH * 2, max([20, *(_text_width(v) + 2 for _, v in filters_rows)])))
    scope.freeze_panes(1, 0)
    print_setup(scope, header_row=0)
    workbook.close()
    return buffer.getvalue()


def _write_table(sheet, table: Sheet, formats: dict) -> None:
    frame = table.frame
    header = 0 if table.title is None else 1
    if table.title is not None:
        sheet.write_string(0, 0, neutralise(table.title), formats["title"])
    header_lines = 1
    for col, name in enumerate(frame.columns):
        sheet.write_string(header, col, neutralise(str(name)), formats["header"])
        values = frame.iloc[:, col].tolist()
        kind = table.kind(name)
        for row, value in enumerate(values, start=header + 1):
            _write_cell(sheet, row, col, value, formats, kind)
        header_width = min(_HEADER_WIDTH, _text_width(name))
        widest = max([header_width, *(_text_width(v) for v in values if not is_missing(v))])
        width = min(_MAX_WIDTH, max(_MIN_WIDTH, widest + 2))
        sheet.set_column(col, col, width)
        header_lines = max(header_lines, _wrapped_lines(str(name), width - 2))
    # Not every reader grows a row for its wrapped text (LibreOffice prints it over the next row).
    sheet.set_row(header, _LINE_HEIGHT * header_lines)
    if len(frame.columns):
        sheet.autofilter(header, 0, header + len(frame), len(frame.columns) - 1)
    sheet.freeze_panes(header + 1, table.repeat_columns)
    print_setup(sheet, header, table.repeat_columns)


def _wrapped_lines(text: str, width: int) -> int:
    """How many lines `text` takes wrapped at word boundaries in a column `width` characters wide."""
    lines, length = 1, 0
    for word in text.split():
        if length and length + 1 + len(word) > width:
            lines, length = lines + 1, len(word)
        else:
            length += len(word) + (1 if length else 0)
    return lines


def print_setup(sheet, header_row: int, repeat_columns: int = 0) -> None:
    """A4 landscape, the title and header rows on every printed page; one page wide (as many pages tall as
    needed), or for a matrix at full size across pages with its first `repeat_columns` columns on each
    (shrunk to one page, 19 criteria would be unreadable)."""
    sheet.set_paper(_PAPER_A4)
    sheet.set_landscape()
    sheet.repeat_rows(0, header_row)
    if repeat_columns:
        sheet.repeat_columns(0, repeat_columns - 1)
    else:
        sheet.fit_to_pages(1, 0)


# “Huyện Sông Lô” names the file `song-lo`: the administrative word adds length, not meaning.


def table_title(table_key: str, lang: str) -> str:
    return t(f"export.table.{table_key}", lang)


def sheet_heading(table_key: str, place: str, period: str, lang: str, criterion: str | None = None) -> str:
    """The title row of a sheet, what — place — period: `Xã chưa đạt tiêu chí 10. Thu nhập — Huyện Sông Lô
    — 6 tháng đầu năm 2024`; `criterion` names the criterion a table is about."""
    what = table_title(table_key, lang) + (f" {criterion}" if criterion else "")
    return t("export.title", lang, what=what, place=place, period=period_name(period, lang))


def export_file_name(
    table_key: str, place: str, period: str, ext: str, criterion_no: int | None = None
) -> str:
    """`ntm_bang-diem_song-lo_2019-H1.xlsx`: the table's Vietnamese title (and the number of the criterion
    it is about: `ntm_xa-chua-dat-tieu-chi-10_…`), the place and the period in ASCII (diacritics dropped,
    đ → d), so the name survives every e-mail and file system."""
    what = table_title(table_key, "vi") + ("" if criterion_no is None else f" {int(criterion_no)}")
    parts = [
        "ntm",
        slug(what),
        slug(place, drop_administrative_word=True),
        re.sub(r"[^A-Za-z0-9-]", "", period),
    ]
    return "_".join(p for p in parts if p) + "." + ext.lstrip(".")


def briefing_file_name(kind: str, place: str, period: str, ext: str) -> str:
    """`ntm_bao-cao-hop_song-lo_2019-H1.docx` (kind `report`) or `ntm_phu-luc-bao-cao_…xlsx` (`annex`)."""
    parts = [
        "ntm",
        slug(t(f"briefing.file.{kind}", "vi")),
        slug(place, drop_administrative_word=True),
        re.sub(r"[^A-Za-z0-9-]", "", period),
    ]
    return "_".join(p for p in parts if p) + "." + ext.lstrip(".")


@dataclass(frozen=True)
class ExportScope:
    """The scope written on every export: names as the reader knows them."""

    filters: Filters
    province: str
    district: str | None
    communes: tuple[str, ...]
    set_name: str
    criteria: tuple[str, ...]
    data_version: str
    exported_at: datetime | None = None  # None: the moment the file is built (a button builds on click)
    area: str | None = None  # “Khu vực huyện Sông Lô (cũ)” when the scope is a former district's area

    @property
    def place(self) -> str:
        if len(self.communes) == 1:
            return self.communes[0]
        return self.area or self.district or self.province


def exported_at_text(moment: datetime, lang: str) -> str:
    """`27/11/2026 14:05` (Vietnam time) — dd/mm/yyyy HH:MM in both languages, as official papers write it."""
    local = moment.astimezone(VIETNAM_TIME) if moment.tzinfo else moment
    return f"{local:%d/%m/%Y %H:%M} (UTC+7)"


def _district_row(scope: ExportScope, lang: str) -> tuple[str, str]:
    """The district (before 1/7/2025), or the area: a former district's (“Khu vực huyện Sông Lô (cũ)”), else
    the whole province by name. After the reform no district exists, so no row says “Huyện” then."""
    if scope.area or after_reform(scope.filters.period):
        # Vietnamese writes the administrative word small inside a phrase: “Toàn tỉnh Phú Thọ”, “Toàn thành
        # phố Hà Nội”; English keeps the name as written: “All of Tỉnh Phú Thọ”.
        province = scope.province[:1].lower() + scope.province[1:] if lang == "vi" else scope.province
        whole = t("export.filters.whole_province", lang, province=province)
        return t("export.filters.area", lang), scope.area or whole
    return t("export.filters.district", lang), scope.district or t("export.filters.all_districts", lang)


def filter_rows(
    scope: ExportScope, table_key: str, lang: str, criterion: str | None = None
) -> list[tuple[str, str]]:
    """The rows of the filters sheet: table (and the criterion it is about), place, period, criteria set
    and criteria, data version, time."""
    f = scope.filters
    shown = [(t("export.filters.criterion_shown", lang), criterion)] if criterion else []
    return [
        (t("export.filters.table", lang), table_title(table_key, lang)),
        *shown,
        (t("export.filters.province", lang), scope.province),
        _district_row(scope, lang),
        (
            t("export.filters.communes", lang),
            ", ".join(scope.communes) or t("export.filters.all_communes", lang),
        ),
        (t("export.filters.period", lang), f"{period_name(f.period, lang)} ({f.period})"),
        (t("export.filters.criteria_set", lang), f"{scope.set_name} ({f.set_id})"),
        (
            t("export.filters.criteria", lang),
            "; ".join(scope.criteria) or t("label.all_criteria", lang),
        ),
        (t("export.filters.data_version", lang), scope.data_version),
        (
            t("export.filters.exported_at", lang),
            exported_at_text(scope.exported_at or datetime.now(VIETNAM_TIME), lang),
        ),
    ]


# --- the tables of `python -m ntm export` ---------------------------------------------------------------


@dataclass(frozen=True)
class ExportTable:
    """A table as a file holds it: the frame, its shares 0–1, each typed column's kind."""

    frame: pd.DataFrame
    percent_columns: tuple[str, ...] = ()
    kinds: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, typed: TypedTable) -> ExportTable:
        return cls(typed.frame, kinds=dict(typed.kinds))


def _units(con, filters: Filters, lang: str, raw: bool) -> ExportTable:
    if raw:
        return ExportTable(unit_results(con, filters))
    results = commune_results(con, filters)
    ranked = ranking(results, commune_results_before(con, filters))
    return ExportTable.of(ranking_values(ranked, results, lang))


def scorecard_frame(matrix: pd.DataFrame, lang: str, sort_by: str = "criteria_met") -> pd.DataFrame:
    """The scorecard as on screen: code, commune, district, criteria met, one column per criterion with
    its status in words, and a last row of the communes meeting each criterion."""
    card = scorecard(matrix, sort_by)
    names = dict(zip(matrix["criterion_no"], matrix[f"criterion_{lang}"], strict=True))
    numbers = [c for c in card.columns if isinstance(c, int)]
    headers = [
        t("export.col.unit_code", lang),
        t("export.col.name", lang),
        t("export.col.district_name", lang),
        t("export.col.criteria_met", lang),
        *[f"{no}. {names[no]}" for no in numbers],
    ]
    rows = [
        [
            r["unit_code"],
            r["name"],
            r["district_name"],
            int(r["criteria_met"]),
            *[status_name(r[no], lang) if isinstance(r[no], str) else "–" for no in numbers],
        ]
        for r in card.to_dict("records")
    ]
    totals = [t("export.total", lang), "", "", None, *[int((card[no] == "met").sum()) for no in numbers]]
    display = pd.DataFrame([*rows, totals], columns=headers, dtype=object)
    display[headers[3]] = display[headers[3]].astype("Int64")
    return display


def scorecard_values(matrix: pd.DataFrame, lang: str, sort_by: str = "criteria_met") -> TypedTable:
    """`scorecard_frame` for a file of its own: the set's total in a column beside the criteria met (a
    reader divides one by the other), counts typed as integers; without the district column when no commune
    has one (after 1/7/2025)."""
    frame = scorecard_frame(matrix, lang, sort_by)
    met, total = t("export.col.criteria_met", lang), t("export.col.criteria_total", lang)
    criteria = matrix["criterion_no"].nunique()
    frame.insert(
        frame.columns.get_loc(met) + 1,
        total,
        pd.array([criteria] * (len(frame) - 1) + [None], dtype="Int64"),  # the totals row has none
    )
    frame = drop_empty_district(frame, t("export.col.district_name", lang), matrix["district_name"])
    return TypedTable(frame, {met: INTEGER, total: INTEGER})


def criteria_frame(tally: pd.DataFrame, lang: str) -> ExportTable:
    """Criteria of `criteria_tally` (hardest first, as the chart): communes meeting, not, lacking data, share."""
    share = t("export.col.share_met", lang)
    display = pd.DataFrame(
        {
            t("export.col.criterion", lang): [
                f"{no}. {name}"
                for no, name in zip(tally["criterion_no"], tally[f"criterion_{lang}"], strict=True)
            ],
            t("export.col.met", lang): tally["met"],
            t("export.col.not_met", lang): tally["not_met"],
            t("export.col.unknown", lang): tally["unknown"],
            t("export.col.communes", lang): tally["communes"],
            share: tally["share_met"],
        }
    )
    return ExportTable(display, (share,))


def bins_frame(bins: pd.DataFrame, lang: str) -> ExportTable:
    """Bins of `bin_table`, in the chart's order: criteria met, communes, share."""
    share = t("export.col.share", lang)
    display = pd.DataFrame(
        {
            t("export.col.bin", lang): bins["bin"],
            t("export.col.communes", lang): bins["communes"],
            share: bins["share"],
        }
    )
    return ExportTable(display, (share,))


def _scorecard(con, filters: Filters, lang: str, raw: bool) -> ExportTable:
    matrix = criterion_matrix(con, filters)
    if raw:
        return ExportTable(matrix[["unit_code", "name", "district_name", "criterion_no", "status"]])
    return ExportTable.of(scorecard_values(matrix, lang))


def _criteria(con, filters: Filters, lang: str, raw: bool) -> ExportTable:
    tally = criteria_tally(criterion_matrix(con, filters))
    return ExportTable(tally, ("share_met",)) if raw else criteria_frame(tally, lang)


def _bins(con, filters: Filters, lang: str, raw: bool) -> ExportTable:
    bins = bin_table(commune_results(con, filters), set_bins(criteria_of_set(con, filters.set_id)))
    return ExportTable(bins, ("share",)) if raw else bins_frame(bins, lang)


class ExportError(ValueError):
    """A request the data cannot answer; the message names the value and the valid choices."""


def _indicators(con, filters: Filters, lang: str, raw: bool) -> ExportTable:
    if len(filters.unit_codes) != 1:
        raise ExportError("one_unit")
    rows = indicator_results(con, filters, filters.unit_codes[0])
    return ExportTable(rows) if raw else ExportTable.of(indicator_values(rows, lang))


def _funding(con, filters: Filters, lang: str, raw: bool) -> ExportTable:
    rows = scope_funding(con, filters)
    if raw:
        return ExportTable(rows)
    display = pd.DataFrame(
        {
            t("export.col.unit_code", lang): rows["unit_code"],
            t("export.col.name", lang): rows["name"],
            t("export.col.source", lang): [t(f"commune.funding.{s}", lang) for s in rows["source_category"]],
            t("export.col.amount", lang): rows["amount_mvnd"],
        }
    )
    return ExportTable(display)


# The tables of the progress and targets pages: imported when asked for, so a module still being
# written elsewhere affects only its own table.
def _next_tier(con, filters: Filters, lang: str, raw: bool) -> ExportTable:
    from ntm.figures.nearest import nearest_ranking
    from ntm.queries.nearest import next_tier_communes, next_tier_gaps
    from ntm.queries.scope import criteria_sets
    from ntm.tables.nearest import ranking_values as nearest_values
    from ntm.tables.nearest import set_names

    gaps = next_tier_gaps(con, filters)
    ranked = nearest_ranking(next_tier_communes(con, filters), gaps)
    if raw:
        return ExportTable(ranked)
    return ExportTable.of(nearest_values(ranked, gaps, lang, set_names(criteria_sets(con), lang)))


def _at_risk(con, filters: Filters, lang: str, raw: bool) -> ExportTable:
    from ntm.figures.slipping import at_risk_margin, slipping_rows
    from ntm.queries.slipping import recognised_commune_indicators
    from ntm.tables.slipping import slipping_values

    rows = slipping_rows(recognised_commune_indicators(con, filters), at_risk_margin())
    return ExportTable(rows) if raw else ExportTable.of(slipping_values(rows, lang))


def _villages(con, filters: Filters, lang: str, raw: bool) -> ExportTable:
    from ntm.figures.villages import village_totals, villages_meeting_criteria
    from ntm.queries.villages import village_criteria, village_results
    from ntm.tables.villages import village_frame

    villages = village_results(con, filters)
    if raw:
        return ExportTable(villages)
    meeting = villages_meeting_criteria(village_criteria(con, filters))
    return ExportTable(
        village_frame(villages, meeting, village_totals(villages), int(filters.period[:4]), lang)
    )


def _summary(con, filters: Filters, lang: str, raw: bool) -> ExportTable:
    from ntm.figures.summary import headline_figures, target_scope
    from ntm.queries.summary import programme_targets, tier_counts
    from ntm.tables.summary import summary_values

    figures = headline_figures(tier_counts(con, filters), programme_targets(con), target_scope(filters))
    return ExportTable(figures) if raw else ExportTable.of(summary_values(figures, lang))


Builder = Callable[[duckdb.DuckDBPyConnection, Filters, str, bool], ExportTable]

TABLES: dict[str, Builder | None] = {
    "units": _units,
    "scorecard": _scorecard,
    "criteria": _criteria,
    "bins": _bins,
    "indicators": _indicators,
    "next_tier": _next_tier,
    "at_risk": _at_risk,
    "villages": _villages,
    "funding": _funding,
    "summary": _summary,
}
# Tables of a whole place: without --district they cover the whole province, not the data's default
# district (the headline figures answer to provincial and national targets; no district exists after
# 1/7/2025).
WHOLE_PLACE_TABLES = ("summary",)


def available_tables() -> list[str]:
    return [key for key, build in TABLES.items() if build is not None]


def build_table(
    con: duckdb.DuckDBPyConnection, table_key: str, filters: Filters, lang: str, raw: bool
) -> ExportTable:
    build = TABLES.get(table_key)
    if build is None:
        raise ExportError("not_yet")
    return build(con, filters, lang, raw)
