"""What real workbooks contain imports cleanly: spaces, decomposed Vietnamese, numbers as text, decimal
commas, "85%" as text, percent-formatted cells, formulas (their cached values), empty trailing rows."""

import io
import unicodedata

import xlsxwriter

from ntm.importing.importer import import_file
from ntm.store.database import Store
from ntm.store.versions import published_dir
from tests.fixtures.materialise import materialise


def _workbook() -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet(unicodedata.normalize("NFD", "Đánh giá"))  # the Vietnamese table title
    percent = book.add_format({"num_format": "0%"})
    sheet.write_row(
        0,
        0,
        [
            "Mã xã / thôn",
            " Kỳ ",
            "mã bộ tiêu chí",
            unicodedata.normalize("NFD", "Mã chỉ tiêu"),
            "Giá trị",
            "Trạng thái",
            "Ghi chú riêng",
        ],
    )
    sheet.write_row(1, 0, [" 00002 ", "2020 H1", "S1", "1.1", " 1.046,5 ", "", "x"])
    sheet.write_row(2, 0, ["00002", "H1/2020", "S1", "2.1", "85%", "", ""])
    sheet.write_row(3, 0, ["00002", "2020-h1", "S1", "2.2", None, unicodedata.normalize("NFD", "Đạt"), ""])
    sheet.write_row(4, 0, ["00003", "2020-H1", "S1", "2.1"])
    sheet.write_number(4, 4, 0.9, percent)  # shows 90%
    sheet.write_row(5, 0, ["00003", "2020-H1", "S1", "1.1"])
    sheet.write_formula(5, 4, "=20+30", None, 50)  # read as the value Excel computed
    for row in range(6, 12):
        sheet.write_row(row, 0, ["", " ", None])
    book.close()
    return buffer.getvalue()


def test_a_workbook_as_staff_fill_it_imports_with_the_values_they_meant(tmp_path):
    root = materialise(tmp_path / "data")
    result = import_file(root, "bang-danh-gia.xlsx", _workbook(), admin="Lan")
    assert result.ok, [p.render("en") for p in result.problems]
    assert result.rows == 5
    store = Store(published_dir(root), tmp_path / "cache")
    try:
        rows = store.frame(
            "SELECT subject_code, indicator_code, value, status FROM assessments "
            "WHERE period = '2020-H1' AND subject_code IN ('00002', '00003') ORDER BY ALL"
        )
    finally:
        store.close()
    found = {(r.subject_code, r.indicator_code): (r.value, r.status) for r in rows.itertuples()}
    assert found[("00002", "1.1")][0] == 1046.5
    assert found[("00002", "2.1")][0] == 85.0
    assert found[("00002", "2.2")][1] == "met"
    assert found[("00003", "2.1")][0] == 90.0
    assert found[("00003", "1.1")][0] == 50.0
