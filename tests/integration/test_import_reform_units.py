"""An office loads its province's official units after 1/7/2025, their lineage and commune groups as an
import of a file (template kind `reform_units`), and the programme targets (kind `targets`): no code change."""

import io

import openpyxl
import pandas as pd

from ntm.importing.importer import import_file
from ntm.importing.templates import build_template
from ntm.store.versions import published_dir
from tests.fixtures.materialise import FIXTURES, materialise


def _published(root, name):
    return pd.read_parquet(published_dir(root) / f"{name}.parquet")


def _sheet_rows(book, name):
    """The data-model column names (row 2 says "Unit code (unit_code)") and the rows under them."""
    sheet = book[name]
    header = [str(c.value or "").rsplit("(", 1)[-1].rstrip(")") for c in sheet[2]]
    return header, [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]


def test_the_reform_template_holds_the_provinces_new_units_their_lineage_and_groups(tmp_path):
    # tests/fixtures/reform: district 001's xã merged into An Bình (00001), Cát + Đông into Cát Đông (00003).
    root = materialise(tmp_path / "data", FIXTURES / "reform")
    book = openpyxl.load_workbook(io.BytesIO(build_template(root, "reform_units", "001", "2026-H1")))
    assert {"units", "unit_lineage", "commune_groups"} <= set(book.sheetnames)
    header, rows = _sheet_rows(book, "units")
    codes = sorted(r[header.index("unit_code")] for r in rows if r[0])
    # The successors of the province's old units (Đồi and Suối have no predecessor in the lineage).
    assert codes == ["00001", "00003"]
    header, rows = _sheet_rows(book, "commune_groups")
    assert sorted(
        (r[header.index("unit_code")], str(r[header.index("commune_group")])) for r in rows if r[0]
    ) == [
        ("00001", "1"),
        ("00003", "2"),
    ]


def test_an_office_changes_a_group_and_renames_a_new_unit_by_importing_the_template(tmp_path):
    root = materialise(tmp_path / "data", FIXTURES / "reform")
    book = openpyxl.load_workbook(io.BytesIO(build_template(root, "reform_units", "001", "2026-H1")))
    header, _ = _sheet_rows(book, "commune_groups")
    for row in book["commune_groups"].iter_rows(min_row=3):
        if row[header.index("unit_code")].value == "00003":
            row[header.index("commune_group")].value = "3"
    units_header, _ = _sheet_rows(book, "units")
    for row in book["units"].iter_rows(min_row=3):
        if row[units_header.index("unit_code")].value == "00001":
            row[units_header.index("name")].value = "An Bình Mới"
    buffer = io.BytesIO()
    book.save(buffer)
    result = import_file(root, "don-vi-sau-sap-xep.xlsx", buffer.getvalue(), admin="Lan")
    assert result.ok, [p.message("en") for p in result.problems]
    groups = _published(root, "commune_groups").set_index("unit_code")["commune_group"].to_dict()
    assert groups == {"00001": "1", "00003": "3", "00008": "3"}
    units = _published(root, "units")
    renamed = units[(units["unit_code"] == "00001") & units["district_code"].isna()]
    assert renamed["name"].tolist() == ["An Bình Mới"]
    # The pre-reform An keeps its name: a unit is its code and validity.
    assert units[(units["unit_code"] == "00001") & units["district_code"].notna()]["name"].tolist() == ["An"]


def test_programme_targets_are_an_import_too(tmp_path):
    root = materialise(tmp_path / "data", FIXTURES / "reform")
    csv = (
        "scope_level,scope_code,tier,target_year,target_share,target_count,basis,legal_basis,note\n"
        "province,01,ntm,2028,70,,all_communes,Kế hoạch thử,\n"
    )
    result = import_file(root, "programme_targets.csv", csv.encode(), admin="Lan")
    assert result.ok, [p.message("en") for p in result.problems]
    targets = _published(root, "programme_targets")
    added = targets[(targets["scope_code"] == "01") & (targets["target_year"] == 2028)]
    assert added[["tier", "target_share", "basis"]].values.tolist() == [["ntm", 70.0, "all_communes"]]


def test_after_the_reform_a_districts_template_holds_the_communes_its_communes_merged_into(tmp_path):
    # tests/fixtures/reform: district 001's xã merged into An Bình (00001) and, with thị trấn Đông, Cát Đông
    # (00003) — no district level in 2026-H1, so the template of "001" is the former district's area.
    root = materialise(tmp_path / "data", FIXTURES / "reform")
    book = openpyxl.load_workbook(io.BytesIO(build_template(root, "assessments", "001", "2026-H1")))
    header, rows = _sheet_rows(book, "assessments")
    assert sorted({r[header.index("subject_code")] for r in rows if r[0]}) == ["00001", "00003"]
    header_row = header.index("value")
    for row in book["assessments"].iter_rows(min_row=3, max_row=3):
        row[header_row].value = 1
    buffer = io.BytesIO()
    book.save(buffer)
    result = import_file(root, "mau-nhap-2026.xlsx", buffer.getvalue(), admin="Lan")
    assert result.ok, [p.message("en") for p in result.problems]
