"""The official 2026–2030 indicator list is an import of a "criteria" workbook (Bộ tiêu chí và ngưỡng), not a
code change: the template of a set keyed by commune group, the import replacing the sample's NTM-2026, the
statuses recomputed on the new thresholds, and bad group thresholds refused at their row.

District sample, 2026-H1 (hand-read from its tables): indicator 3.1 (income, criterion 3) is 87,5 for xã Sông Lô
(08848, group 2), 87,8 for Yên Lãng (08773, group 2), 87,3 for Hải Lựu (08782, group 2) and 85,0 for Tam Sơn
(08824, group 1); the sample thresholds are 66 (group 2) and 75,9 (group 1), so all four meet it. The official
list below sets 86 (group 1), 87,6 (group 2), 60 (group 3): Sông Lô 87,5 < 87,6 and Hải Lựu 87,3 < 87,6 fail,
Yên Lãng 87,8 ≥ 87,6 still meets it, Tam Sơn 85,0 < 86 fails.
"""

from __future__ import annotations

import io
import shutil

import openpyxl
import pandas as pd
import pytest

from ntm.importing.importer import import_file
from ntm.importing.templates import LISTS_SHEET, build_template
from ntm.store.database import Store
from ntm.store.versions import current_id, list_versions, published_dir

OFFICIAL_31 = {"1": 86.0, "2": 87.6, "3": 60.0}
OFFICIAL_BASIS = "QĐ 51/2025/QĐ-TTg, Phụ lục I (chính thức)"


@pytest.fixture
def root(sample_data_dir, tmp_path):
    """A copy of the district sample: imports write versions beside the data."""
    return shutil.copytree(sample_data_dir, tmp_path / "data")


def _header(sheet) -> list[str]:
    """The data-model column names (row 2 says "Commune group (empty = every group) (commune_group)")."""
    return [str(c.value or "").rsplit("(", 1)[-1].rstrip(")") for c in sheet[2]]


def _rows(sheet) -> list[dict]:
    header = _header(sheet)
    return [
        dict(zip(header, (c.value for c in row), strict=False))
        for row in sheet.iter_rows(min_row=3)
        if row[0].value
    ]


def _template(root):
    return openpyxl.load_workbook(io.BytesIO(build_template(root, "criteria", "253", "2026-H1", "NTM-2026")))


def official_workbook(root, **group_of_31) -> bytes:
    """The sample's NTM-2026 as the official list: its legal basis, and indicator 3.1's thresholds per group."""
    book = _template(root)
    sets = book["criteria_sets"]
    sets.cell(3, _header(sets).index("legal_basis") + 1).value = OFFICIAL_BASIS
    thresholds = book["thresholds"]
    header = _header(thresholds)
    for row in thresholds.iter_rows(min_row=3):
        if row[header.index("indicator_code")].value == "3.1":
            group = str(row[header.index("commune_group")].value)
            row[header.index("threshold_value")].value = {**OFFICIAL_31, **group_of_31}[group]
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _statuses(root, sql: str) -> list[tuple]:
    store = Store(published_dir(root), root / ".." / "cache")
    try:
        cursor = store.cursor()
        return cursor.execute(sql).fetchall()
    finally:
        store.close()


def test_the_template_of_a_group_keyed_set_holds_that_set_with_a_group_drop_down_and_says_how(root):
    book = _template(root)
    assert [r["set_id"] for r in _rows(book["criteria_sets"])] == ["NTM-2026"]
    assert _rows(book["criteria_sets"])[0]["threshold_basis"] == "commune_group"
    assert len(_rows(book["criteria"])) == 10 and len(_rows(book["indicators"])) == 47
    thresholds = _rows(book["thresholds"])
    assert {r["commune_group"] for r in thresholds} == {"1", "2", "3"} and not any(
        r["region"] for r in thresholds
    )
    # The group column offers 1, 2, 3 from the hidden lists sheet.
    sheet = book["thresholds"]
    letter = openpyxl.utils.get_column_letter(_header(sheet).index("commune_group") + 1)
    (validation,) = [
        v for v in sheet.data_validations.dataValidation if str(v.sqref).startswith(f"{letter}3:")
    ]
    lists = book[LISTS_SHEET]
    column = validation.formula1.split("!")[1].split(":")[0].replace("$", "").rstrip("0123456789")
    values = [c.value for c in lists[column][1:] if c.value is not None]
    assert lists[f"{column}1"].value == "thresholds.commune_group" and values == ["1", "2", "3"]
    guide = "\n".join(str(c.value) for c in book.worksheets[0]["A"] if c.value)
    assert "một dòng cho mỗi nhóm xã 1, 2, 3" in guide and "one row per commune group 1, 2, 3" in guide
    assert "chọn Thay thế khi nhập" in guide


def test_the_reform_units_template_carries_the_commune_group_with_its_drop_down(root):
    book = openpyxl.load_workbook(io.BytesIO(build_template(root, "reform_units", "253", "2026-H1")))
    groups = book["commune_groups"]
    assert "commune_group" in _header(groups)
    assert {(r["unit_code"], r["commune_group"]) for r in _rows(groups)} >= {("08848", "2"), ("08824", "1")}
    letter = openpyxl.utils.get_column_letter(_header(groups).index("commune_group") + 1)
    assert any(str(v.sqref).startswith(f"{letter}3:") for v in groups.data_validations.dataValidation)
    guide = "\n".join(str(c.value) for c in book.worksheets[0]["A"] if c.value)
    assert "mỗi xã một dòng với Nhóm xã 1, 2 hoặc 3" in guide


def test_the_official_list_replaces_the_sample_set_and_the_statuses_follow_its_group_thresholds(root):
    data = official_workbook(root)
    preview = import_file(root, "bo-tieu-chi-2026-2030.xlsx", data, publish=False, replace=True)
    assert preview.ok, [p.render("en") for p in preview.problems]
    result = import_file(
        root,
        "bo-tieu-chi-2026-2030.xlsx",
        data,
        admin="Lan",
        replace=True,
        confirmed_removals=preview.removed,
    )
    assert result.ok, [p.render("en") for p in result.problems]
    assert result.summary["thresholds"] == {"added": 0, "changed": 3, "removed": 0}
    published = published_dir(root)
    sets = pd.read_parquet(published / "criteria_sets.parquet").set_index("set_id")
    assert sets.at["NTM-2026", "legal_basis"] == OFFICIAL_BASIS
    assert sets.at["NTM-2026", "threshold_basis"] == "commune_group"
    assert _statuses(
        root,
        """SELECT subject_code, value, threshold_value, status FROM indicator_status
           WHERE set_id = 'NTM-2026' AND period = '2026-H1' AND indicator_code = '3.1'
             AND subject_code IN ('08773', '08782', '08824', '08848') ORDER BY subject_code""",
    ) == [
        ("08773", 87.8, 87.6, "met"),
        ("08782", 87.3, 87.6, "not_met"),
        ("08824", 85.0, 86.0, "not_met"),
        ("08848", 87.5, 87.6, "not_met"),
    ]
    # Sông Lô met 9 of the 10 criteria, income among them: one fewer on the official thresholds.
    assert _statuses(
        root,
        """SELECT c.status, s.criteria_met, s.criteria_total FROM criterion_status c JOIN subject_status s
           USING (set_id, period, subject_code)
           WHERE set_id = 'NTM-2026' AND period = '2026-H1' AND subject_code = '08848' AND c.criterion_no = 3""",
    ) == [("not_met", 8, 10)]


@pytest.mark.parametrize(
    ("change", "code", "value"),
    [
        ({"group": "4"}, "not_allowed", "4"),  # no group 4 in QĐ 51/2025/QĐ-TTg
        ({"set_id": "NTM-2021"}, "threshold_group_in_region_set", "2"),  # a set keyed by region
    ],
)
def test_a_threshold_for_a_group_the_set_does_not_use_is_refused_at_its_row(root, change, code, value):
    book = _template(root)
    sheet = book["thresholds"]
    header = _header(sheet)
    row = next(
        r for r in sheet.iter_rows(min_row=3)
        if r[header.index("indicator_code")].value == "3.1" and r[header.index("commune_group")].value == "2"
    )  # fmt: skip
    if "group" in change:
        row[header.index("commune_group")].value = change["group"]
    else:  # NTM-2021 has an indicator 3.1 too, keyed by region
        row[header.index("set_id")].value = change["set_id"]
    excel_row = row[0].row
    buffer = io.BytesIO()
    book.save(buffer)
    before = current_id(root), pd.read_parquet(published_dir(root) / "thresholds.parquet")

    result = import_file(root, "bo-tieu-chi-sai.xlsx", buffer.getvalue(), admin="Lan")

    assert not result.ok
    (problem,) = result.problems
    assert (problem.code, problem.sheet, problem.row, problem.column, problem.value) == (
        code, "thresholds", excel_row, "commune_group", value,
    )  # fmt: skip
    vi, en = problem.render("vi"), problem.render("en")
    assert vi.startswith(f"LỖI bo-tieu-chi-sai.xlsx, Trang tính thresholds, Dòng {excel_row}, Cột Nhóm xã")
    assert en.startswith(
        f"ERROR bo-tieu-chi-sai.xlsx, Sheet thresholds, Row {excel_row}, Column Commune group"
    )
    assert f"“{value}”" in vi and f"“{value}”" in en
    if code == "not_allowed":
        assert "1, 2, 3" in vi and "1, 2, 3" in en
    else:
        assert "NTM-2021" in vi and "keys its thresholds by region" in en
    # Nothing was published: the same version, the same thresholds.
    assert current_id(root) == before[0] and list_versions(root) == []
    pd.testing.assert_frame_equal(pd.read_parquet(published_dir(root) / "thresholds.parquet"), before[1])
