"""The change preview: old rows against new rows by key, counted and worded per commune."""

import io

import pandas as pd

from ntm.importing.changes import counts_by_unit, preview_frame, preview_lines, row_changes

COLUMNS = "subject_code,period,set_id,indicator_code,value,status,source,note\n"
OLD = COLUMNS + (
    "08776,2024-H2,NTM,17.6,83.4,,sở,\n"  # changed to 99
    "08776,2024-H2,NTM,17.7,50,met,sở,\n"  # only its note changes
    "08776,2024-H2,NTM,2.1,,met,sở,\n"  # removed
    "08773,2024-H2,NTM,17.6,70,,sở,\n"  # unchanged: not in the preview
)
NEW = COLUMNS + (
    "08776,2024-H2,NTM,17.6,99,,sở,\n"
    "08776,2024-H2,NTM,17.7,50,met,sở,đã xác minh\n"
    "08773,2024-H2,NTM,17.6,70,,sở,\n"
    "08773,2024-H2,NTM,17.8,12.25,not_met,sở,\n"  # added
)
NAMES = {"08776": "Tứ Yên", "08773": "Đức Bác"}


def _frame(text: str) -> pd.DataFrame:
    frame = pd.read_csv(io.StringIO(text), dtype={"subject_code": str, "indicator_code": str})
    return frame.astype(object).where(frame.notna(), None)


def _changes() -> pd.DataFrame:
    return row_changes("assessments", _frame(OLD), _frame(NEW))


def test_rows_are_matched_by_key_and_unchanged_rows_are_left_out():
    changes = _changes()
    found = sorted(zip(changes.unit, changes.item, changes.change, strict=True))
    assert found == [
        ("08773", "17.8", "added"),
        ("08776", "17.6", "changed"),
        ("08776", "17.7", "changed"),
        ("08776", "2.1", "removed"),
    ]
    first = changes[changes["item"] == "17.6"].iloc[0]
    assert (first.before["value"], first.after["value"], first.set_id, first.period) == (
        83.4,
        99.0,
        "NTM",
        "2024-H2",
    )
    assert changes[changes["change"] == "removed"].iloc[0].after is None


def test_counts_per_commune_are_added_changed_removed():
    counts = counts_by_unit(_changes())
    assert counts.values.tolist() == [["08773", 1, 0, 0], ["08776", 0, 2, 1]]


def test_the_preview_reads_commune_period_indicator_before_after_in_vietnamese_numbers():
    frame = preview_frame(_changes(), NAMES, "vi")
    assert frame.columns.tolist() == ["Mã xã", "Xã", "Kỳ", "Chỉ tiêu", "Trước", "Sau", "Thay đổi"]
    assert frame.values.tolist() == [
        ["08773", "Đức Bác", "2024-H2", "17.8", "", "12,25 · Chưa đạt", "Thêm"],
        # Per commune, removals first: they are what needs a second look.
        ["08776", "Tứ Yên", "2024-H2", "2.1", "Đạt", "", "Xoá"],
        ["08776", "Tứ Yên", "2024-H2", "17.6", "83,4", "99", "Sửa"],
        ["08776", "Tứ Yên", "2024-H2", "17.7", "–", "đã xác minh", "Sửa"],
    ]
    english = preview_frame(_changes(), NAMES, "en")
    assert english.iloc[0].tolist() == ["08773", "Đức Bác", "2024-H2", "17.8", "", "12.25 · Not met", "Add"]


def test_the_command_line_preview_names_each_commune_with_its_counts_in_both_languages():
    lines = preview_lines(_changes(), NAMES)
    assert lines == [
        "Đức Bác (08773): thêm 1, sửa 0, xoá 0 / 1 added, 0 changed, 0 removed",
        "  Thêm / Add · 2024-H2 · 17.8: 12,25 · Chưa đạt",
        "Tứ Yên (08776): thêm 0, sửa 2, xoá 1 / 0 added, 2 changed, 1 removed",
        "  Xoá / Remove · 2024-H2 · 2.1: Đạt",
        "  Sửa / Change · 2024-H2 · 17.6: 83,4 → 99",
        "  Sửa / Change · 2024-H2 · 17.7: – → đã xác minh",
    ]
    assert preview_lines(_changes(), NAMES, limit=1)[-1] == "… và 3 dòng nữa / … and 3 more rows"


def test_a_district_wide_activity_is_grouped_under_its_district():
    old = pd.DataFrame(
        [{"period": "2024-H2", "unit_code": None, "district_code": "135", "kind": "training", "events": 3}]
    )
    new = old.assign(events=4)
    changes = row_changes("activities", old, new)
    assert changes[["unit", "item", "change"]].values.tolist() == [["135", "training", "changed"]]
