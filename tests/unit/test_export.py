"""Table exports: the bytes of each format read back (openpyxl, pandas), the file name, neutralising."""

from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
import pandas as pd
import pytest

from ntm.export import (
    VIETNAM_TIME,
    ExportScope,
    bins_frame,
    criteria_frame,
    export_file_name,
    filter_rows,
    neutralise,
    scorecard_frame,
    sheet_heading,
    sheet_title,
    to_csv_bytes,
    to_xlsx_bytes,
)
from ntm.filters import Filters
from ntm.tables.typed import CHANGE, DATE, INTEGER, NUMBER, PERCENT, TypedTable

# Three communes as a page shows them: Vietnamese text, an integer, a share 0–1, a decision date, a
# formula-like name and a change written as a signed number.
FRAME = pd.DataFrame(
    {
        "Mã xã": ["08776", "08777", "08778"],
        "Xã": ["Đồng Thịnh", '=HYPERLINK("http://x")', "@SUM(A1)"],
        "Số tiêu chí đạt": [19, 17, 9],
        "Tỷ lệ": [1.0, 0.5, 0.125],
        "Thay đổi": ["+2", "-1", "-1+cmd|' /C calc'!A0"],
        "Số tiền": [-12.5, 0.0, 1234.5],
        "Ngày": [date(2019, 3, 5), None, date(2020, 12, 31)],
    }
)

SCOPE = ExportScope(
    filters=Filters("2019-H1", "NTM-2016", "26", "253", ("08776",), (1, 10)),
    province="Vĩnh Phúc",
    district="Huyện Sông Lô",
    communes=("Đồng Thịnh",),
    set_name="Bộ tiêu chí xã NTM 2016–2020",
    criteria=("1. Quy hoạch", "10. Thu nhập"),
    data_version="abc123",
    exported_at=datetime(2026, 11, 27, 14, 5, tzinfo=VIETNAM_TIME),
)


def _workbook(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content))


def _rows(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+A1", "'+A1"),
        ("-2+3+cmd", "'-2+3+cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Đồng Thịnh", "Đồng Thịnh"),
        ("a=b", "a=b"),
        ("-1", "-1"),  # a change shown as text is a number, never a formula
        ("+2", "+2"),
        ("-1,5", "-1,5"),
        (-3, -3),
        (-2.5, -2.5),
        (None, None),
    ],
)
def test_neutralise_makes_formula_like_text_inert_and_leaves_numbers(value, expected):
    assert neutralise(value) == expected


def test_csv_starts_with_a_bom_and_reads_back_the_same_rows():
    content = to_csv_bytes(FRAME)
    assert content.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(content), encoding="utf-8-sig", dtype={"Mã xã": str})
    assert back.columns.tolist() == FRAME.columns.tolist()
    assert back["Mã xã"].tolist() == ["08776", "08777", "08778"]
    assert back["Xã"].tolist() == ["Đồng Thịnh", '\'=HYPERLINK("http://x")', "'@SUM(A1)"]
    assert back["Số tiêu chí đạt"].tolist() == [19, 17, 9]
    assert back["Tỷ lệ"].tolist() == [1.0, 0.5, 0.125]
    assert back["Thay đổi"].tolist() == ["+2", "-1", "'-1+cmd|' /C calc'!A0"]
    assert back["Số tiền"].tolist() == [-12.5, 0.0, 1234.5]  # a negative number stays a number


def test_xlsx_table_sheet_keeps_values_numbers_and_neutralises_formulas():
    content = to_xlsx_bytes(FRAME, "Bảng điểm", filter_rows(SCOPE, "scorecard", "vi"), "vi", ["Tỷ lệ"])
    book = _workbook(content)
    assert book.sheetnames == ["Bảng điểm", "Bộ lọc"]
    sheet = book["Bảng điểm"]
    rows = _rows(sheet)
    assert rows[0] == FRAME.columns.tolist()
    assert rows[1] == ["08776", "Đồng Thịnh", 19, 1, "+2", -12.5, datetime(2019, 3, 5)]
    assert rows[2] == ["08777", '\'=HYPERLINK("http://x")', 17, 0.5, "-1", 0, None]
    assert rows[3] == [
        "08778",
        "'@SUM(A1)",
        9,
        0.125,
        "'-1+cmd|' /C calc'!A0",
        1234.5,
        datetime(2020, 12, 31),
    ]
    assert len(rows) == 4
    # Nothing became a formula; numbers are numbers; the share is shown as a percentage.
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert sheet["F2"].data_type == "n" and sheet["F2"].value == -12.5
    assert sheet["D4"].number_format == "0.0%"
    assert sheet["C2"].number_format == "#,##0"
    assert sheet["G2"].number_format == "dd/mm/yyyy"
    assert sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2"
    # Widths follow the content, capped: "Số tiêu chí đạt" (15 characters) + 2.
    assert sheet.column_dimensions["C"].width == pytest.approx(17, abs=1)
    assert sheet.column_dimensions["E"].width <= 61


def test_xlsx_filters_sheet_lists_the_scope_version_and_time():
    content = to_xlsx_bytes(FRAME, "Bảng điểm", filter_rows(SCOPE, "scorecard", "vi"), "vi")
    rows = _rows(_workbook(content)["Bộ lọc"])
    assert rows == [
        ["Mục", "Giá trị"],
        ["Bảng", "Bảng điểm"],
        ["Tỉnh", "Vĩnh Phúc"],
        ["Huyện", "Huyện Sông Lô"],
        ["Xã", "Đồng Thịnh"],
        ["Kỳ báo cáo", "6 tháng đầu năm 2019 (2019-H1)"],
        ["Bộ tiêu chí", "Bộ tiêu chí xã NTM 2016–2020 (NTM-2016)"],
        ["Tiêu chí", "1. Quy hoạch; 10. Thu nhập"],
        ["Phiên bản dữ liệu", "abc123"],
        ["Thời điểm xuất", "27/11/2026 14:05 (UTC+7)"],
    ]


def test_xlsx_filters_sheet_is_named_in_english_and_says_all_when_nothing_is_chosen():
    scope = ExportScope(
        filters=Filters("2019-H2", "S1", "26"),
        province="Vĩnh Phúc",
        district=None,
        communes=(),
        set_name="Test set",
        criteria=(),
        data_version="v1",
        exported_at=datetime(2026, 1, 2, 3, 4, tzinfo=VIETNAM_TIME),
    )
    book = _workbook(to_xlsx_bytes(FRAME, "Scorecard", filter_rows(scope, "scorecard", "en"), "en"))
    assert book.sheetnames == ["Scorecard", "Filters"]
    values = dict(_rows(book["Filters"])[1:])
    assert values["District"] == "Whole province"
    assert values["Communes"] == "All communes"
    assert values["Criteria"] == "All criteria"
    assert values["Period"] == "second half of 2019 (2019-H2)"
    assert values["Exported at"] == "02/01/2026 03:04 (UTC+7)"


def test_percent_columns_must_be_columns_of_the_table():
    with pytest.raises(ValueError, match="Tỷ lệ x"):
        to_xlsx_bytes(FRAME, "x", [], "vi", ["Tỷ lệ x"])


def test_sheet_names_are_valid_for_excel():
    assert sheet_title("a/b:c*d?e[f]g\\h") == "a-b-c-d-e-f-g-h"
    assert len(sheet_title("Xã chưa đạt tiêu chí trong 6 tháng đầu năm 2019")) == 31


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("scorecard", "Huyện Sông Lô", "2019-H1", "xlsx"), "ntm_bang-diem_song-lo_2019-H1.xlsx"),
        (("units", "Đồng Thịnh", "2019-H2", "csv"), "ntm_ket-qua-xa_dong-thinh_2019-H2.csv"),
        (("criteria", "Tỉnh Vĩnh Phúc", "2024-H2", ".csv"), "ntm_tieu-chi_vinh-phuc_2024-H2.csv"),
        (("commune_villages", "Quang Yên", "2020-H1", "xlsx"), "ntm_thon-cua-xa_quang-yen_2020-H1.xlsx"),
        (
            ("criterion_not_met", "Huyện Sông Lô", "2024-H1", "xlsx", 10),
            "ntm_xa-chua-dat-tieu-chi-10_song-lo_2024-H1.xlsx",
        ),
        (
            ("criterion_trend", "Huyện Sông Lô", "2024-H1", "csv", 2),
            "ntm_tieu-chi-theo-ky-2_song-lo_2024-H1.csv",
        ),
    ],
)
def test_file_names_are_ascii_slugs_of_table_place_and_period(args, expected):
    name = export_file_name(*args)
    assert name == expected
    assert name.isascii()


MATRIX = pd.DataFrame(
    {
        "unit_code": ["1", "1", "2", "2"],
        "name": ["An", "An", "Bình", "Bình"],
        "district_name": ["H", "H", "H", "H"],
        "criterion_no": [1, 2, 1, 2],
        "criterion_vi": ["Thu nhập", "Điện", "Thu nhập", "Điện"],
        "criterion_en": ["Income", "Electricity", "Income", "Electricity"],
        "status": ["met", "met", "not_met", "unknown"],
    }
)


def test_scorecard_export_has_a_status_column_per_criterion_and_a_totals_row():
    frame = scorecard_frame(MATRIX, "vi")
    assert frame.columns.tolist() == ["Mã xã", "Xã", "Huyện", "Số tiêu chí đạt", "1. Thu nhập", "2. Điện"]
    assert frame.iloc[0].tolist()[:6] == ["1", "An", "H", 2, "Đạt", "Đạt"]
    assert frame.iloc[1].tolist()[4:] == ["Chưa đạt", "Chưa có số liệu"]
    assert frame.iloc[2].tolist()[4:] == [1, 1]  # communes meeting each criterion
    assert frame.iloc[2, 0] == "Tổng số xã đạt"


def test_criteria_and_bins_exports_mark_their_share_as_percent():
    from ntm.figures.overview import criteria_tally

    criteria = criteria_frame(criteria_tally(MATRIX), "en")
    assert criteria.percent_columns == ("Share meeting",)
    assert criteria.frame.values.tolist() == [
        ["1. Income", 1, 1, 0, 2, 0.5],  # as many meet each: the lower number first
        ["2. Electricity", 1, 0, 1, 2, 0.5],
    ]
    bins = pd.DataFrame(
        {"bin": ["19", "< 19"], "low": [19, 0], "high": [19, 18], "communes": [1, 3], "share": [0.25, 0.75]}
    )
    table = bins_frame(bins, "vi")
    assert table.frame.columns.tolist() == ["Số tiêu chí đạt", "Số xã", "Tỷ lệ"]
    assert table.percent_columns == ("Tỷ lệ",)
    book = _workbook(to_xlsx_bytes(table.frame, "x", [], "vi", table.percent_columns))
    assert book["x"]["C3"].value == 0.75 and book["x"]["C3"].number_format == "0.0%"


def test_a_table_whose_builder_is_missing_is_refused(monkeypatch):
    from ntm import export

    monkeypatch.setitem(export.TABLES, "villages", None)
    assert "villages" not in export.available_tables()
    with pytest.raises(export.ExportError):
        export.build_table(None, "villages", SCOPE.filters, "vi", raw=True)


def test_export_time_is_the_moment_the_file_is_built_in_vietnam_time():
    from dataclasses import replace
    from datetime import timedelta

    before = datetime.now(VIETNAM_TIME).replace(second=0, microsecond=0)
    rows = dict(filter_rows(replace(SCOPE, exported_at=None), "scorecard", "vi"))
    written = datetime.strptime(rows["Thời điểm xuất"], "%d/%m/%Y %H:%M (UTC+7)").replace(tzinfo=VIETNAM_TIME)
    assert before <= written <= before + timedelta(minutes=2)


def test_a_workbook_holds_one_sheet_per_table_then_the_filters():
    from ntm.export import Sheet, to_workbook_bytes

    first = pd.DataFrame({"Xã": ["An", "=cmd"], "Tỷ lệ": [0.5, 0.25]})
    second = pd.DataFrame({"Nguồn vốn": ["Ngân sách trung ương"], "Số tiền": [1200.5]})
    content = to_workbook_bytes(
        [Sheet("Nhóm xã", first, ("Tỷ lệ",)), Sheet("Nguồn: vốn/2019", second)], [("Huyện", "Sông Lô")], "vi"
    )
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Nhóm xã", "Nguồn- vốn-2019", "Bộ lọc"]
    assert [c.value for c in book["Nhóm xã"]["A"]] == ["Xã", "An", "'=cmd"]
    assert book["Nhóm xã"]["B2"].number_format == "0.0%"
    assert book["Nguồn- vốn-2019"]["B2"].value == 1200.5
    assert book["Bộ lọc"]["B2"].value == "Sông Lô"


def test_a_workbook_refuses_percent_columns_it_does_not_hold():
    from ntm.export import Sheet, to_workbook_bytes

    with pytest.raises(ValueError, match="Thiếu"):
        to_workbook_bytes([Sheet("A", pd.DataFrame({"x": [1]}), ("Thiếu",))], [], "vi")


def test_briefing_files_are_named_for_what_where_and_when():
    from ntm.export import briefing_file_name

    assert (
        briefing_file_name("report", "Huyện Sông Lô", "2019-H1", "docx")
        == "ntm_bao-cao-hop_song-lo_2019-H1.docx"
    )
    assert (
        briefing_file_name("annex", "Tỉnh Vĩnh Phúc", "2024-H2", "xlsx")
        == "ntm_phu-luc-bao-cao_vinh-phuc_2024-H2.xlsx"
    )


# The typed view of three communes, as ntm/tables/typed.py hands it to a file: numbers, a change, a
# share, a date, and each column's kind.
TYPED = pd.DataFrame(
    {
        "Mã xã": ["08776", "08777", "08778"],
        "Xã": ["Đồng Thịnh", "Tân Lập", "@SUM(A1)"],
        "Tiêu chí đạt": [19, 17, 9],
        "Tổng số tiêu chí": [19, 19, 19],
        "Thay đổi": [1, -1, 0],
        "Tỷ lệ": [1.0, 0.684, None],
        "Giá trị": [60.0, 68.4, None],
        "Ngày": [date(2019, 3, 5), None, date(2020, 12, 31)],
    }
)
KINDS = {
    "Giá trị": NUMBER,
    "Tiêu chí đạt": INTEGER,
    "Tổng số tiêu chí": INTEGER,
    "Thay đổi": CHANGE,
    "Tỷ lệ": PERCENT,
    "Ngày": DATE,
}
TITLE = "Xã chưa đạt tiêu chí 10. Thu nhập — Huyện Sông Lô — 6 tháng đầu năm 2024"


def _typed_sheet():
    content = to_xlsx_bytes(TYPED, "Xã chưa đạt tiêu chí", [("Bảng", "x")], "vi", title=TITLE, kinds=KINDS)
    return _workbook(content)["Xã chưa đạt tiêu chí"]


def test_a_sheet_opens_with_its_title_row_then_a_frozen_header_with_autofilter():
    sheet = _typed_sheet()
    rows = _rows(sheet)
    assert rows[0][0] == TITLE and sheet["A1"].font.bold
    assert rows[1] == TYPED.columns.tolist()
    assert len(rows) == 2 + 3
    assert sheet["A2"].font.bold
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref == "A2:H5"


def test_typed_columns_are_numbers_with_their_kinds_format():
    sheet = _typed_sheet()
    assert [sheet[f"C{r}"].value for r in (3, 4, 5)] == [19, 17, 9]
    assert all(sheet[f"{c}{r}"].data_type == "n" for c in "CDEF" for r in (3, 4))
    assert sheet["C3"].number_format == "#,##0" and sheet["D3"].number_format == "#,##0"
    # A change is a signed number shown +1 / -1 / ±0, never the text "+1".
    assert [sheet[f"E{r}"].value for r in (3, 4, 5)] == [1, -1, 0]
    assert {sheet[f"E{r}"].number_format for r in (3, 4, 5)} == {'+0;-0;"±0"'}
    assert sheet["F4"].value == pytest.approx(0.684) and sheet["F4"].number_format == "0.0%"
    assert sheet["F5"].value is None
    # A measured value is a number (68.4, not the text "68,4").
    assert sheet["G4"].data_type == "n" and sheet["G4"].value == pytest.approx(68.4)
    assert sheet["G4"].number_format == "#,##0.0#" and sheet["G3"].number_format == "#,##0"
    assert sheet["H3"].is_date and sheet["H3"].number_format == "dd/mm/yyyy"
    assert sheet["B5"].value == "'@SUM(A1)"  # formula-like text is still neutralised


def test_a_sheet_prints_landscape_one_page_wide_with_title_and_header_on_every_page():
    sheet = _typed_sheet()
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9  # A4
    # fitToWidth left out of the file is its default, 1 (ECMA-376); fitToHeight 0 = as many as needed.
    assert (sheet.page_setup.fitToWidth or 1) == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$2"
    scope = _workbook(to_xlsx_bytes(TYPED, "x", [("Bảng", "x")], "vi", title=TITLE))["Bộ lọc"]
    assert scope.page_setup.orientation == "landscape" and scope.print_title_rows == "$1:$1"


def test_a_sheet_without_a_title_keeps_its_header_on_the_first_row_with_autofilter():
    sheet = _workbook(to_xlsx_bytes(TYPED, "x", [], "vi", kinds=KINDS))["x"]
    assert _rows(sheet)[0] == TYPED.columns.tolist()
    assert sheet.auto_filter.ref == "A1:H4"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet["E2"].number_format == '+0;-0;"±0"'


def test_a_matrix_repeats_its_name_columns_on_every_printed_page():
    from ntm.export import Sheet, to_workbook_bytes

    content = to_workbook_bytes([Sheet("M", TYPED, title=TITLE, repeat_columns=2)], [], "vi")
    sheet = _workbook(content)["M"]
    assert sheet.print_title_cols == "$A:$B"
    assert sheet.freeze_panes == "C3"


def test_csv_writes_typed_numbers_unformatted_with_a_decimal_point():
    content = to_csv_bytes(TYPED)
    assert content.startswith(b"\xef\xbb\xbf")
    lines = content.decode("utf-8-sig").splitlines()
    assert lines[1] == "08776,Đồng Thịnh,19,19,1,1.0,60.0,2019-03-05"
    assert lines[2] == "08777,Tân Lập,17,19,-1,0.684,68.4,"


def test_kinds_must_name_columns_of_the_table():
    with pytest.raises(ValueError, match="Thiếu"):
        to_xlsx_bytes(TYPED, "x", [], "vi", kinds={"Thiếu": CHANGE})
    with pytest.raises(ValueError, match="Thiếu"):
        TypedTable(TYPED, {"Thiếu": INTEGER})
    with pytest.raises(ValueError, match="money"):
        TypedTable(TYPED, {"Xã": "money"})


def test_the_title_row_says_what_where_and_when_and_names_the_criterion():
    assert sheet_heading("criterion_not_met", "Huyện Sông Lô", "2024-H1", "vi", "10. Thu nhập") == TITLE
    assert (
        sheet_heading("ranking", "Huyện Sông Lô", "2024-H2", "en")
        == "Commune ranking — Huyện Sông Lô — second half of 2024"
    )


def test_the_filters_sheet_names_the_criterion_a_table_is_about():
    rows = filter_rows(SCOPE, "criterion_not_met", "vi", "10. Thu nhập")
    assert rows[:2] == [("Bảng", "Xã chưa đạt tiêu chí"), ("Tiêu chí đang xem", "10. Thu nhập")]
    assert ("Tiêu chí", "1. Quy hoạch; 10. Thu nhập") in rows
    english = dict(filter_rows(SCOPE, "criterion_trend", "en", "10. Income"))
    assert english["Criterion shown"] == "10. Income"
    assert "Tiêu chí đang xem" not in dict(filter_rows(SCOPE, "ranking", "vi"))


def test_a_long_header_wraps_in_a_taller_row_instead_of_widening_its_column():
    frame = pd.DataFrame({"Mã xã": ["08776"], "3. Thủy lợi và phòng, chống thiên tai": ["Đạt"]})
    sheet = _workbook(to_xlsx_bytes(frame, "x", [], "vi", title=TITLE))["x"]
    assert sheet.column_dimensions["B"].width == pytest.approx(18, abs=1)  # 16 characters and a margin
    assert sheet.row_dimensions[2].height == 45  # three lines of 15 points
    assert sheet["B2"].alignment.wrap_text
