"""Exports people compute with: the typed views of the tables that had text for numbers (scorecard, the
set-change table, decisions, the headline figures) and the filters sheet on both sides of 1/7/2025, each
checked against hand-written rows and read back from the xlsx a button writes."""

from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
import pandas as pd

from ntm.export import VIETNAM_TIME, ExportScope, filter_rows, scorecard_values, to_csv_bytes, to_xlsx_bytes
from ntm.figures.summary import headline_figures
from ntm.filters import Filters
from ntm.tables.set_change import set_change_values
from ntm.tables.summary import summary_values
from ntm.tables.typed import DATE, INTEGER, PERCENT, YEAR, with_decision_date


def _sheet(frame: pd.DataFrame, kinds: dict) -> openpyxl.worksheet.worksheet.Worksheet:
    content = to_xlsx_bytes(frame, "x", [], "vi", title="x — y — z", kinds=kinds)
    return openpyxl.load_workbook(io.BytesIO(content))["x"]


def _column(sheet, header: str) -> list:
    """The cells of a column under the title and header rows."""
    col = [c.value for c in sheet[2]].index(header) + 1
    return [sheet.cell(r, col) for r in range(3, sheet.max_row + 1)]


# --- the filters sheet: "Huyện" only before the reform ------------------------------------------------


def _scope(period: str, area: str | None = None, district: str | None = None) -> ExportScope:
    return ExportScope(
        filters=Filters(period, "NTM-2026", "25", area_code="253" if area else None),
        province="Tỉnh Phú Thọ",
        district=district,
        communes=(),
        set_name="Bộ tiêu chí xã NTM 2026–2030",
        criteria=(),
        data_version="v1",
        exported_at=datetime(2026, 12, 1, 9, 0, tzinfo=VIETNAM_TIME),
        area=area,
    )


def test_after_the_reform_the_filters_sheet_names_the_area_never_a_district():
    rows = dict(filter_rows(_scope("2026-H1", area="Khu vực huyện Sông Lô (cũ)"), "ranking", "vi"))
    assert rows["Tỉnh"] == "Tỉnh Phú Thọ"
    assert rows["Khu vực"] == "Khu vực huyện Sông Lô (cũ)"
    assert "Huyện" not in rows


def test_after_the_reform_without_an_area_the_filters_sheet_names_the_whole_province():
    vietnamese = dict(filter_rows(_scope("2025-H2"), "ranking", "vi"))
    assert vietnamese["Khu vực"] == "Toàn tỉnh Phú Thọ" and "Huyện" not in vietnamese
    english = dict(filter_rows(_scope("2026-H1"), "ranking", "en"))
    assert english["Area"] == "All of Tỉnh Phú Thọ" and "District" not in english
    every_value = " ".join(value for _, value in filter_rows(_scope("2026-H1"), "ranking", "vi"))
    assert "huyện" not in every_value.lower()


def test_before_the_reform_the_filters_sheet_names_the_district_or_the_chosen_area():
    assert dict(filter_rows(_scope("2024-H2", district="Huyện Sông Lô"), "ranking", "vi"))["Huyện"] == (
        "Huyện Sông Lô"
    )
    assert dict(filter_rows(_scope("2024-H2"), "ranking", "vi"))["Huyện"] == "Toàn tỉnh"
    area = dict(filter_rows(_scope("2024-H2", area="Khu vực huyện Sông Lô (cũ)"), "ranking", "vi"))
    assert area["Khu vực"] == "Khu vực huyện Sông Lô (cũ)" and "Huyện" not in area


# --- the scorecard: criteria met beside the set's total --------------------------------------------------

MATRIX = pd.DataFrame(
    {
        "unit_code": ["1", "1", "2", "2"],
        "name": ["An", "An", "Bình", "Bình"],
        "district_name": [None, None, None, None],  # after the reform: no district
        "criterion_no": [1, 2, 1, 2],
        "criterion_vi": ["Thu nhập", "Điện", "Thu nhập", "Điện"],
        "criterion_en": ["Income", "Electricity", "Income", "Electricity"],
        "status": ["met", "met", "not_met", "unknown"],
    }
)


def test_the_scorecard_file_has_the_sets_total_beside_criteria_met_and_no_empty_district():
    table = scorecard_values(MATRIX, "vi")
    assert table.frame.columns.tolist() == [
        "Mã xã",
        "Xã",
        "Số tiêu chí đạt",
        "Tổng số tiêu chí",
        "1. Thu nhập",
        "2. Điện",
    ]
    assert table.kinds == {"Số tiêu chí đạt": INTEGER, "Tổng số tiêu chí": INTEGER}
    sheet = _sheet(table.frame, table.kinds)
    assert [c.value for c in _column(sheet, "Số tiêu chí đạt")] == [2, 0, None]  # the totals row: blank
    assert [c.value for c in _column(sheet, "Tổng số tiêu chí")] == [2, 2, None]
    assert all(c.data_type == "n" for c in _column(sheet, "Tổng số tiêu chí")[:2])
    assert [c.value for c in _column(sheet, "1. Thu nhập")] == ["Đạt", "Chưa đạt", 1]


def test_the_scorecard_file_keeps_the_district_before_the_reform():
    before = MATRIX.assign(district_name="Huyện Sông Lô")
    assert scorecard_values(before, "en").frame.columns.tolist()[:5] == [
        "Code", "Commune", "District", "Criteria met", "Criteria in the set",
    ]  # fmt: skip


# --- the set-change table: each set's criteria met and total as numbers ----------------------------------

SET_CHANGE = pd.DataFrame(
    {
        "name": ["Sông Lô"],
        "unit_code": ["08848"],
        "old_criteria_met": [17],
        "old_criteria_total": [19],
        "old_period": ["2025-H2"],
        "new_criteria_met": [8],
        "new_criteria_total": [10],
        "newly_failing": [[3, 7]],
        "newly_passing": [[]],
    }
)


def test_the_set_change_file_holds_criteria_met_and_each_sets_total_as_numbers():
    table = set_change_values(SET_CHANGE, "vi")
    assert table.frame.columns.tolist() == [
        "Xã", "Mã xã", "Đạt theo bộ cũ", "Tổng số tiêu chí bộ cũ", "Kỳ (bộ cũ)", "Đạt theo bộ mới",
        "Tổng số tiêu chí bộ mới", "Tiêu chí mới chưa đạt", "Tiêu chí mới đạt",
    ]  # fmt: skip
    assert table.frame.iloc[0].tolist() == [
        "Sông Lô", "08848", 17, 19, "6 tháng cuối năm 2025", 8, 10, "3, 7", "–",
    ]  # fmt: skip
    sheet = _sheet(table.frame, table.kinds)
    assert [c.value for c in sheet[3]][2:7] == [17, 19, "6 tháng cuối năm 2025", 8, 10]
    assert sheet["C3"].data_type == "n" and sheet["C3"].number_format == "#,##0"
    csv = to_csv_bytes(table.frame).decode("utf-8-sig").splitlines()
    assert csv[1] == 'Sông Lô,08848,17,19,6 tháng cuối năm 2025,8,10,"3, 7",–'


# --- decisions: the number as text, the date as a date --------------------------------------------------


def test_a_decision_in_words_becomes_its_number_and_its_date_in_a_column_of_its_own():
    frame = pd.DataFrame({"Xã": ["An", "Bình"], "Quyết định công nhận": ["735/QĐ-UBND (15/03/2019)", ""]})
    kinds = with_decision_date(
        frame, "Quyết định công nhận", ["735/QĐ-UBND", None], [pd.Timestamp("2019-03-15"), None], "vi"
    )
    assert kinds == {"Ngày quyết định": DATE}
    assert frame.columns.tolist() == ["Xã", "Quyết định công nhận", "Ngày quyết định"]
    assert frame.iloc[0].tolist() == ["An", "735/QĐ-UBND", date(2019, 3, 15)]
    assert frame.iloc[1].isna().tolist() == [False, True, True]  # no decision: both blank
    sheet = _sheet(frame, kinds)
    assert [c.value for c in _column(sheet, "Quyết định công nhận")] == ["735/QĐ-UBND", None]
    day = _column(sheet, "Ngày quyết định")
    assert day[0].is_date and day[0].number_format == "dd/mm/yyyy" and day[1].value is None


# --- the headline figures: shares as fractions with a % format -------------------------------------------

# January 2025, the whole country: 6.250 of 8.014 xã NTM, 2.275 of those nâng cao (published 78 %, 36,4 %).
JANUARY_2025 = pd.DataFrame(
    {"tier": ["ntm", "advanced"], "as_of": [date(2025, 1, 31)] * 2, "communes": [8014, 8014],
     "recognised": [6250, 2275], "ntm_recognised": pd.array([6250, 6250], dtype="Int64")}
)  # fmt: skip
NO_TARGETS = pd.DataFrame(
    columns=["scope_level", "scope_code", "tier", "target_year", "target_share", "target_count", "basis"]
)


def test_the_headline_figures_file_holds_shares_as_fractions_formatted_as_percent():
    figures = headline_figures(JANUARY_2025, NO_TARGETS, ("national", None))
    table = summary_values(figures, "vi")
    assert table.kinds["Tỷ lệ"] == PERCENT
    sheet = _sheet(table.frame, table.kinds)
    shares = _column(sheet, "Tỷ lệ")
    # 6.250 / 8.014 = 78,0 %; 2.275 / 6.250 = 36,4 % (of the NTM xã), rounded as published.
    assert [c.value for c in shares] == [0.78, 0.364]
    assert all(c.data_type == "n" and c.number_format == "0.0%" for c in shares)
    assert [c.value for c in _column(sheet, "Tử số")] == [6250, 2275]
    assert _column(sheet, "Tính đến ngày")[0].is_date
    csv = pd.read_csv(io.BytesIO(to_csv_bytes(table.frame)), encoding="utf-8-sig", dtype=str)
    assert csv["Tỷ lệ"].tolist() == ["0.78", "0.364"] and csv["Tính đến ngày"].tolist() == ["2025-01-31"] * 2


def test_a_year_is_a_number_without_a_thousands_mark_and_numbers_keep_clear_of_the_next_column():
    frame = pd.DataFrame({"Năm mục tiêu": [2030, None], "Số xã": [1234, 5], "Xã": ["An", "Bình"]})
    sheet = _sheet(frame, {"Năm mục tiêu": YEAR, "Số xã": INTEGER})
    year, count = _column(sheet, "Năm mục tiêu"), _column(sheet, "Số xã")
    assert year[0].value == 2030 and year[0].data_type == "n" and year[0].number_format == "0"
    assert year[1].value is None
    assert count[0].number_format == "#,##0"  # 1.234 in a Vietnamese spreadsheet
    # Right-aligned one character in from the edge, so "19" never runs into the next column's "Đạt".
    assert count[0].alignment.horizontal == "right" and count[0].alignment.indent == 1
