"""No import silently deletes data (issue 17): a file adds and changes rows by key, a template refuses
units outside its place, and removing rows takes an explicit replace with the removals confirmed."""

import io

import openpyxl
import pandas as pd
import pytest

from ntm.importing.importer import import_file
from ntm.importing.templates import build_template
from ntm.store.versions import list_versions, published_dir
from tests.fixtures.materialise import materialise
from tests.integration.test_import_broken import folder_digest

KEY = ["subject_code", "period", "set_id", "indicator_code"]
HEADER = "subject_code,period,set_id,indicator_code,value,status\n"


@pytest.fixture
def root(tmp_path):
    # The mini fixture: district 001 (An 00001, Bình 00002, …) and district 002 (Cát 00003).
    return materialise(tmp_path / "data")


def _assessments(root) -> pd.DataFrame:
    frame = pd.read_parquet(published_dir(root) / "assessments.parquet")
    return frame.sort_values(KEY).reset_index(drop=True)


def _without(frame: pd.DataFrame, keys: list[tuple]) -> pd.DataFrame:
    index = frame.set_index(KEY).index
    return frame[~index.isin(keys)].reset_index(drop=True)


def _row(frame: pd.DataFrame, key: tuple) -> pd.Series:
    found = frame[frame.set_index(KEY).index == key]
    assert len(found) == 1, key
    return found.iloc[0]


def _template(root, edit) -> bytes:
    """The assessments template of district 001, 2020-H1 (rows 3–10: An then Bình, indicators 1.1, 2.1,
    2.2, 3.1), edited as a clerk would."""
    book = openpyxl.load_workbook(io.BytesIO(build_template(root, "assessments", "001", "2020-H1")))
    edit(book["assessments"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_template_with_a_commune_code_mistyped_into_another_districts_commune_is_refused(root):
    before_digest, before = folder_digest(root), _assessments(root)

    def typo(sheet):
        assert sheet["A3"].value == "00001"
        sheet["A3"] = "00003"  # a valid code, but Cát, of district 002

    result = import_file(root, "mau-nhap-assessments-001-2020-H1.xlsx", _template(root, typo), admin="Lan")

    assert not result.ok and result.version is None
    [problem] = [p for p in result.problems if p.code == "outside_place"]
    assert (problem.sheet, problem.row, problem.column, problem.value) == (
        "assessments",
        3,
        "subject_code",
        "00003",
    )
    english, vietnamese = problem.render("en"), problem.render("vi")
    assert english.startswith("ERROR mau-nhap-assessments-001-2020-H1.xlsx, Sheet assessments, Row 3")
    assert "code “00003” is Cát, in Huyện Hai (002), not in Huyện Một (001)" in english
    assert "mã “00003” là Cát, thuộc Huyện Hai (002), không thuộc Huyện Một (001)" in vietnamese
    assert folder_digest(root) == before_digest and list_versions(root) == []
    pd.testing.assert_frame_equal(_assessments(root), before)


def test_a_template_row_of_another_period_is_refused(root):
    def other_period(sheet):
        sheet["B4"] = "2019-H2"  # An was assessed then too: it would have overwritten that period

    before = folder_digest(root)
    result = import_file(root, "mau.xlsx", _template(root, other_period), admin="Lan")
    [problem] = result.problems
    assert (problem.code, problem.row, problem.column, problem.value) == (
        "outside_period",
        4,
        "period",
        "2019-H2",
    )
    assert "period “2019-H2” is not 2020-H1 that this template was made for" in problem.render("en")
    assert folder_digest(root) == before


def test_a_partial_template_publishes_and_leaves_every_other_row_exactly_as_it_was(root):
    before = _assessments(root)

    def partial(sheet):
        sheet["E3"] = "50,5"  # An · 1.1, typed as staff type it
        sheet["F3"] = None
        for row in range(4, sheet.max_row + 1):  # every other row left empty: not in the file
            for column in ("E", "F", "H"):
                sheet[f"{column}{row}"] = None

    result = import_file(root, "mau.xlsx", _template(root, partial), admin="Lan")

    assert result.ok, [p.render("en") for p in result.problems]
    assert result.rows == 1 and result.summary["assessments"] == {"added": 0, "changed": 1, "removed": 0}
    after = _assessments(root)
    changed = ("00001", "2020-H1", "S1", "1.1")
    pd.testing.assert_frame_equal(_without(after, [changed]), _without(before, [changed]))
    # The status its threshold decides (≥ 45 in 2020), filled in by the importer.
    assert _row(after, changed).value == 50.5 and _row(after, changed).status == "met"


def test_a_csv_with_rows_of_another_district_keeps_that_districts_rows_it_does_not_hold(root):
    before = _assessments(root)
    csv = HEADER + "00003,2020-H1,S1,1.1,41,\n00001,2020-H1,S1,2.1,88,\n"

    result = import_file(root, "assessments.csv", csv.encode(), admin="Lan")

    assert result.ok, [p.render("en") for p in result.problems]
    after = _assessments(root)
    touched = [("00003", "2020-H1", "S1", "1.1"), ("00001", "2020-H1", "S1", "2.1")]
    pd.testing.assert_frame_equal(_without(after, touched), _without(before, touched))
    assert len(after[after.subject_code == "00003"]) == 3  # 2.1 and 2.2 of Cát are still there
    assert [_row(after, k).value for k in touched] == [41.0, 88.0]


def test_replace_without_confirmation_refuses_and_lists_the_rows_it_would_remove(root):
    before = folder_digest(root)
    csv = HEADER + "00001,2020-H1,S1,1.1,47,\n"

    result = import_file(root, "assessments.csv", csv.encode(), admin="Lan", replace=True)

    assert [p.code for p in result.problems] == ["removals_not_confirmed"]
    assert "removing exactly 3 rows was not confirmed" in result.problems[0].render("en")
    removed = result.changes[result.changes.change == "removed"]
    assert sorted(zip(removed.unit, removed.period, removed.item, strict=True)) == [
        ("00001", "2020-H1", "2.1"),
        ("00001", "2020-H1", "2.2"),
        ("00001", "2020-H1", "3.1"),
    ]
    assert result.removed == 3 and result.version is None
    # A count that is not the one shown (the data changed since the preview, say) is refused too.
    assert not import_file(
        root, "assessments.csv", csv.encode(), admin="Lan", replace=True, confirmed_removals=2
    ).ok
    assert folder_digest(root) == before


def test_replace_with_the_removals_confirmed_removes_exactly_the_files_slice(root):
    before = _assessments(root)
    csv = HEADER + "00001,2020-H1,S1,1.1,47,\n"
    preview = import_file(root, "assessments.csv", csv.encode(), replace=True, publish=False)
    assert preview.ok and preview.removed == 3  # a dry run shows the removals and needs no confirmation

    result = import_file(
        root, "assessments.csv", csv.encode(), admin="Lan", replace=True, confirmed_removals=preview.removed
    )

    assert result.ok and result.version is not None
    assert result.summary["assessments"] == {"added": 0, "changed": 1, "removed": 3}
    after = _assessments(root)
    in_slice = (before.subject_code == "00001") & (before.period == "2020-H1") & (before.set_id == "S1")
    pd.testing.assert_frame_equal(
        after[after.subject_code.ne("00001") | after.period.ne("2020-H1")].reset_index(drop=True),
        before[~in_slice].reset_index(drop=True),
    )
    slice_after = after[(after.subject_code == "00001") & (after.period == "2020-H1")]
    assert slice_after.indicator_code.tolist() == ["1.1"] and slice_after.value.tolist() == [47.0]


def test_merge_never_removes_even_when_the_file_holds_one_row_of_a_slice(root):
    csv = HEADER + "00001,2020-H1,S1,1.1,47,\n"
    result = import_file(root, "assessments.csv", csv.encode(), publish=False)
    assert result.ok and result.removed == 0
    assert result.changes[["unit", "period", "item", "change"]].values.tolist() == [
        ["00001", "2020-H1", "1.1", "changed"]
    ]
    assert (result.changes.before[0]["value"], result.changes.after[0]["value"]) == (46.0, 47.0)
