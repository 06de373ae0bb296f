"""The national unit lists of ntm/reference (from vietnamadminunits 1.0.4): counts against the official
figures, codes, lineage completeness, the relation rule, and agreement with the Vĩnh Phúc list we hold."""

from pathlib import Path

import pandas as pd
import pytest

from ntm.sample.national_units import REFERENCE_DIR, national_units
from tools.unit_lists import lineage, lineage_relation, split_unit_name

ROOT = Path(__file__).resolve().parents[2]
VINH_PHUC_CSV = ROOT / "ntm" / "reference" / "vinh_phuc_units_2020_2024.csv"

# The đặc khu formed from island districts that had no commune-level unit: nothing to descend from.
ISLAND_DISTRICT_SUCCESSORS = {"11948", "19742", "20333", "21548", "26732"}
# Vĩnh Phúc units whose name on 30/6/2025 differs from the 2020–2024 list: renamed or retyped by the
# arrangements of 2023 and 1/1/2025 (notes of the shared list), and one spelling (Hoà → Hòa).
VINH_PHUC_NAMES_CHANGED = {
    "08725": ("Định Trung", "phường"),
    "08740": ("Hai Bà Trưng", "phường"),
    "08746": ("Xuân Hòa", "phường"),
    "08863": ("Tây Sơn", "xã"),
    "08878": ("Kim Long", "thị trấn"),
    "08905": ("Hội Thịnh", "xã"),
    "09043": ("Tam Hồng", "thị trấn"),
    "09097": ("Sao Đại Việt", "xã"),
    "09106": ("Lũng Hòa", "xã"),
    "09118": ("Lương Điền", "xã"),
    "09151": ("An Nhân", "xã"),
    "09157": ("Vĩnh Phú", "xã"),
}


@pytest.fixture(scope="module")
def units():
    return national_units()


@pytest.fixture(scope="module")
def vinh_phuc():
    return pd.read_csv(VINH_PHUC_CSV, dtype=str, encoding="utf-8")


def test_after_the_reform_34_provinces_and_the_official_3321_units(units):
    _, after, _ = units
    assert after["province_code"].nunique() == 34
    assert len(after) == 3321
    assert after["unit_type"].value_counts().to_dict() == {"xã": 2621, "phường": 687, "đặc khu": 13}


def test_before_the_reform_63_provinces_691_districts_and_10035_units(units):
    before, _, _ = units
    assert before["province_code"].nunique() == 63
    # 696 districts, less the five island districts without communes.
    assert before["district_code"].nunique() == 691
    # The package's counts (no official per-type figure in shared/domain): 7,692 + 1,726 + 617.
    assert before["unit_type"].value_counts().to_dict() == {"xã": 7692, "phường": 1726, "thị trấn": 617}


def test_codes_are_unique_zero_padded_text_in_each_era(units):
    before, after, _ = units
    for frame in (before, after):
        assert frame["unit_code"].is_unique
        assert frame["unit_code"].str.fullmatch(r"[0-9]{5}").all()
        assert frame["province_code"].str.fullmatch(r"[0-9]{2}").all()
    assert before["district_code"].str.fullmatch(r"[0-9]{3}").all()
    assert before.loc[before["unit_code"] == "00001", "district_code"].item() == "001"


def test_names_carry_no_type_prefix(units):
    before, after, _ = units
    prefixed = before.loc[before["name"].str.match(r"(?i)(xã|phường|thị trấn|đặc khu) "), "unit_code"]
    assert prefixed.tolist() == ["19780"]  # phường "Phường Đúc" (Huế): the word is part of its name
    assert not after["name"].str.match(r"(?i)(xã|phường|thị trấn|đặc khu) ").any()
    for frame in (before, after):
        assert (frame["name"] == frame["name"].str.strip()).all()
        assert not frame["name"].str.contains("  ").any()


def test_every_lineage_code_exists_in_its_era(units):
    before, after, lineage_rows = units
    assert set(lineage_rows["from_code"]) <= set(before["unit_code"])
    assert set(lineage_rows["to_code"]) <= set(after["unit_code"])


def test_every_unit_before_has_a_successor(units):
    before, _, lineage_rows = units
    assert set(before["unit_code"]) == set(lineage_rows["from_code"])


def test_every_unit_after_has_a_predecessor_but_the_island_districts(units):
    _, after, lineage_rows = units
    assert set(after["unit_code"]) - set(lineage_rows["to_code"]) == ISLAND_DISTRICT_SUCCESSORS
    islands = after[after["unit_code"].isin(ISLAND_DISTRICT_SUCCESSORS)]
    assert set(islands["unit_type"]) == {"đặc khu"}


def test_lineage_rows_are_unique_and_dated_1_july_2025(units):
    _, _, lineage_rows = units
    assert not lineage_rows.duplicated(["from_code", "to_code"]).any()
    assert (lineage_rows["effective_date"] == pd.Timestamp("2025-07-01")).all()
    assert lineage_rows["legal_act"].str.contains("202/2025/QH15").all()
    assert lineage_rows["relation"].value_counts().to_dict() == {"merge": 9432, "split": 1033, "rename": 132}


def test_relation_follows_the_counts_of_successors_and_predecessors(units):
    _, _, lineage_rows = units
    successors = lineage_rows.groupby("from_code")["to_code"].transform("size")
    predecessors = lineage_rows.groupby("to_code")["from_code"].transform("size")
    assert ((lineage_rows["relation"] == "split") == (successors > 1)).all()
    rename = (successors == 1) & (predecessors == 1)
    assert ((lineage_rows["relation"] == "rename") == rename).all()


def test_examples_of_split_merge_and_rename(units):
    before, after, lineage_rows = units
    rows = lineage_rows.set_index(["from_code", "to_code"])["relation"]
    # Xã Cổ Bi (Gia Lâm, Hà Nội) went to three new units.
    assert sorted(lineage_rows.loc[lineage_rows["from_code"] == "00553", "to_code"]) == [
        "00136",
        "00541",
        "00565",
    ]
    assert rows[("00553", "00541")] == "split"
    # Xã Krông Na (Buôn Đôn, Đắk Lắk) alone became xã Buôn Đôn, keeping its code.
    assert rows[("24235", "24235")] == "rename"
    assert before.set_index("unit_code").loc["24235", "name"] == "Krông Na"
    assert after.set_index("unit_code").loc["24235", "name"] == "Buôn Đôn"
    assert rows[("08848", "08848")] == "merge"


def test_08848_is_xa_dong_thinh_before_and_xa_song_lo_after(units):
    before, after, _ = units
    old = before.set_index("unit_code").loc["08848"]
    new = after.set_index("unit_code").loc["08848"]
    assert (old["name"], old["unit_type"], old["district_name"], old["province_code"]) == (
        "Đồng Thịnh",
        "xã",
        "Huyện Sông Lô",
        "26",
    )
    assert (new["name"], new["unit_type"], new["province_code"], new["province_name"]) == (
        "Sông Lô",
        "xã",
        "25",
        "Tỉnh Phú Thọ",
    )


def test_unit_type_is_read_from_the_name_where_the_package_type_column_disagrees(units):
    before, after, _ = units
    before_types = before.set_index("unit_code")["unit_type"]
    after_types = after.set_index("unit_code")["unit_type"]
    # vietnamadminunits' wardType column says Xã for these three units before the reform …
    assert before_types[["15061", "27046", "27076"]].tolist() == ["thị trấn", "phường", "phường"]
    # … and the opposite type for these four after it (GSO's list agrees with the names).
    assert after_types[["10543", "11848", "31213", "31299"]].tolist() == ["phường", "xã", "phường", "xã"]


def test_vinh_phuc_has_the_codes_and_districts_of_the_shared_list(units, vinh_phuc):
    before, _, _ = units
    ours = before[before["province_code"] == "26"].set_index("unit_code")
    listed = vinh_phuc[vinh_phuc["in_gso_list_2025_01_04"] == "True"].set_index("gso_code")
    assert len(ours) == 121
    assert set(ours.index) == set(listed.index)
    assert (ours.loc[listed.index, "district_code"] == listed["district_gso_code"]).all()
    assert (ours["province_name"] == "Tỉnh Vĩnh Phúc").all()
    # The 15 units merged away on 1/1/2025 are not in the list of 30/6/2025.
    gone = vinh_phuc.loc[vinh_phuc["in_gso_list_2025_01_04"] == "False", "gso_code"]
    assert len(gone) == 15
    assert not gone.isin(before["unit_code"]).any()


def test_vinh_phuc_names_agree_with_the_shared_list_but_the_2023_2025_renames(units, vinh_phuc):
    before, _, _ = units
    ours = before[before["province_code"] == "26"].set_index("unit_code")
    listed = vinh_phuc[vinh_phuc["in_gso_list_2025_01_04"] == "True"].set_index("gso_code")
    same = listed.index.difference(list(VINH_PHUC_NAMES_CHANGED))
    assert len(same) == 109
    assert (ours.loc[same, "name"] == listed.loc[same, "name"]).all()
    assert (ours.loc[same, "unit_type"] == listed.loc[same, "unit_type"]).all()
    changed = {
        code: (ours.loc[code, "name"], ours.loc[code, "unit_type"]) for code in VINH_PHUC_NAMES_CHANGED
    }
    assert changed == VINH_PHUC_NAMES_CHANGED


def test_vinh_phuc_successors_are_those_of_the_shared_list(units, vinh_phuc):
    _, after, lineage_rows = units
    listed = vinh_phuc[vinh_phuc["in_gso_list_2025_01_04"] == "True"]
    ours = lineage_rows[lineage_rows["from_code"].isin(listed["gso_code"])]
    assert len(ours) == 121  # one successor each: no Vĩnh Phúc unit was split
    pairs = set(zip(ours["from_code"], ours["to_code"], strict=True))
    assert pairs == set(zip(listed["gso_code"], listed["successor_2025_07_code"], strict=True))
    successors = after.set_index("unit_code").loc[sorted(set(ours["to_code"]))]
    assert set(successors["province_code"]) == {"25"}
    full_names = successors["unit_type"].str.capitalize() + " " + successors["name"]
    expected = listed.drop_duplicates("successor_2025_07_code").set_index("successor_2025_07_code")
    assert (full_names == expected.loc[full_names.index, "successor_2025_07"]).all()


def test_the_reader_keeps_leading_zeros_and_reads_the_committed_folder(units):
    before, after, lineage_rows = units
    assert REFERENCE_DIR == ROOT / "ntm" / "reference"
    assert before["unit_code"].iloc[0] == "00001"
    assert after["unit_code"].iloc[0] == "00004"
    assert lineage_rows["from_code"].iloc[0] == "00001"
    assert list(after.columns) == ["unit_code", "name", "unit_type", "province_code", "province_name"]


@pytest.mark.parametrize(
    ("full_name", "split"),
    [
        ("Xã Đồng Thịnh", ("xã", "Đồng Thịnh")),
        ("Thị Trấn Năm Căn", ("thị trấn", "Năm Căn")),
        ("Phường  Buôn Ma Thuột", ("phường", "Buôn Ma Thuột")),
        ("Đặc khu Côn Đảo", ("đặc khu", "Côn Đảo")),
        ("Phường 1", ("phường", "1")),
    ],
)
def test_the_tool_splits_a_full_name_into_type_and_name(full_name, split):
    assert split_unit_name(full_name) == split


def test_the_tool_refuses_a_name_without_a_type():
    with pytest.raises(ValueError, match="Quận Ba Đình"):
        split_unit_name("Quận Ba Đình")


def test_the_tool_names_the_relation_from_the_pairs():
    # A splits into X and Y; B and C merge into Z; D alone becomes W; E joins X with A's part.
    pairs = {("A", "X"), ("A", "Y"), ("B", "Z"), ("C", "Z"), ("D", "W"), ("E", "X")}
    relations = {(r["from_code"], r["to_code"]): r["relation"] for r in lineage(pairs)}
    assert relations == {
        ("A", "X"): "split",
        ("A", "Y"): "split",
        ("B", "Z"): "merge",
        ("C", "Z"): "merge",
        ("D", "W"): "rename",
        ("E", "X"): "merge",
    }
    assert lineage_relation(successors=1, predecessors=1) == "rename"
    # A unit that went to two places is split even where it is the only predecessor of one of them.
    assert lineage_relation(successors=2, predecessors=1) == "split"
    assert lineage_relation(successors=1, predecessors=3) == "merge"
