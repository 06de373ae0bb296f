"""The template does not trap the clerk: statuses a threshold decides are left empty (a changed value
never contradicts a pre-filled one), statuses are written and read in the clerk's words, and a code
whose leading zero Excel dropped is named with the code meant. Mini fixture: S1 has thresholds for
1.1 and 2.1 (numbers), none for the yes / no indicators 2.2 and 3.1."""

import io

import openpyxl
import pytest

from ntm.importing.importer import import_file
from ntm.importing.templates import build_template
from ntm.store.database import Store
from ntm.store.versions import published_dir
from tests.fixtures.materialise import materialise


@pytest.fixture
def root(tmp_path):
    return materialise(tmp_path / "data")


def _rows(template: bytes) -> dict[tuple[str, str], tuple]:
    sheet = openpyxl.load_workbook(io.BytesIO(template))["assessments"]
    return {
        (sheet.cell(r, 1).value, sheet.cell(r, 4).value): (sheet.cell(r, 5).value, sheet.cell(r, 6).value)
        for r in range(3, sheet.max_row + 1)
        if sheet.cell(r, 1).value
    }


def _changed(template: bytes, values: dict[tuple[str, str], object], code_cells: dict | None = None) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(template))
    sheet = book["assessments"]
    for row in range(3, sheet.max_row + 1):
        key = (sheet.cell(row, 1).value, sheet.cell(row, 4).value)
        if key in values:
            sheet.cell(row, 5).value = values[key]  # the value only, as the instructions say
        if code_cells and key in code_cells:
            sheet.cell(row, 1).value = code_cells[key]
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_statuses_a_threshold_decides_are_left_empty_and_the_others_are_in_vietnamese(root):
    rows = _rows(build_template(root, "assessments", "001", "2020-H1"))
    assert rows[("00001", "1.1")] == (46, None)  # threshold 45: the engine decides
    assert rows[("00001", "2.1")] == (85, None)  # threshold 80
    assert rows[("00001", "2.2")][1] == "Đạt"  # yes / no: the clerk's word, not "met"


def test_a_value_changed_across_its_threshold_imports_without_touching_the_status(root, tmp_path):
    template = build_template(root, "assessments", "001", "2020-H1")
    result = import_file(root, "mau-nhap.xlsx", _changed(template, {("00001", "1.1"): 30}), admin="Lan")
    assert result.ok, [p.render("vi") for p in result.problems]
    store = Store(published_dir(root), tmp_path / "cache")
    try:
        status = store.frame(
            "SELECT status FROM indicator_status WHERE subject_code = '00001' AND period = '2020-H1' "
            "AND indicator_code = '1.1'"
        )["status"].iloc[0]
    finally:
        store.close()
    assert status == "not_met"  # 30 against ≥ 45


def test_a_status_written_in_vietnamese_is_read_back(root):
    template = build_template(root, "assessments", "001", "2020-H1")
    book = openpyxl.load_workbook(io.BytesIO(template))
    sheet = book["assessments"]
    for row in range(3, sheet.max_row + 1):
        if (sheet.cell(row, 1).value, sheet.cell(row, 4).value) == ("00001", "2.2"):
            sheet.cell(row, 6).value = "Chưa đạt"
    buffer = io.BytesIO()
    book.save(buffer)
    result = import_file(root, "mau-nhap.xlsx", buffer.getvalue(), admin="Lan", publish=False)
    assert result.ok, [p.render("vi") for p in result.problems]
    assert result.summary["assessments"]["changed"] == 1


def test_a_code_that_lost_its_leading_zero_is_refused_with_the_code_meant(root):
    template = build_template(root, "assessments", "001", "2020-H1")
    typed = _changed(template, {("00001", "1.1"): 47}, code_cells={("00001", "1.1"): "1"})
    result = import_file(root, "mau-nhap.xlsx", typed, admin="Lan", publish=False)
    hinted = [p for p in result.problems if p.details.get("leading_zero")]
    assert hinted and hinted[0].details["leading_zero"] == "00001"
    assert "“00001”" in hinted[0].render("vi") and "Mã xã / thôn" in hinted[0].render("vi")


def test_the_instructions_say_how_a_yes_no_value_is_typed(root):
    book = openpyxl.load_workbook(io.BytesIO(build_template(root, "assessments", "001", "2020-H1")))
    lines = [str(cell.value) for row in book["Hướng dẫn"].iter_rows() for cell in row if cell.value]
    assert "Chỉ tiêu dạng có/không: ghi 1 hoặc Có nếu có, 0 hoặc Không nếu không." in lines


def test_the_instructions_print_on_one_page_width_with_long_lines_wrapped(root):
    book = openpyxl.load_workbook(io.BytesIO(build_template(root, "assessments", "001", "2020-H1")))
    guide = book["Hướng dẫn"]
    assert guide.page_setup.orientation == "landscape"
    # fitToWidth left out of the file is its default, 1 (ECMA-376); fitToHeight 0 = as many as needed.
    assert (guide.page_setup.fitToWidth or 1) == 1 and guide.page_setup.fitToHeight == 0
    assert guide.sheet_properties.pageSetUpPr.fitToPage
    lines = [cell for row in guide.iter_rows() for cell in row if cell.value]
    assert all(cell.alignment.wrap_text for cell in lines)  # a long line wraps in its column, not past it
