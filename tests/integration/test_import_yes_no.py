"""A yes/no indicator's value as staff write it: "Có" / "Không" import as 1 / 0; the words are refused for
a numeric indicator, and a yes/no indicator takes nothing but 1 / 0 (mini fixture: 2.2 and 3.1 are yes/no,
1.1 is a number)."""

import pandas as pd

from ntm.importing.importer import import_file
from ntm.store.versions import list_versions, published_dir
from tests.fixtures.materialise import materialise
from tests.integration.test_import_broken import folder_digest

HEADER = "Mã xã / thôn,Kỳ,Mã bộ tiêu chí,Mã chỉ tiêu,Giá trị,Trạng thái\n"


def _value(root, subject: str, indicator: str) -> float:
    frame = pd.read_parquet(published_dir(root) / "assessments.parquet")
    row = frame[
        (frame.subject_code == subject) & (frame.period == "2020-H1") & (frame.indicator_code == indicator)
    ]
    return float(row.value.iloc[0])


def test_co_and_khong_import_as_one_and_zero(tmp_path):
    root = materialise(tmp_path / "data")
    csv = (
        HEADER
        + "00001,2020-H1,S1,3.1, Có ,Đạt\n00002,2020-H1,S1,3.1,không,Chưa đạt\n00003,2020-H1,S1,2.2,Yes,Đạt\n"
    )

    result = import_file(root, "assessments.csv", csv.encode(), admin="Lan")

    assert result.ok, [p.render("en") for p in result.problems]
    assert (_value(root, "00001", "3.1"), _value(root, "00002", "3.1"), _value(root, "00003", "2.2")) == (
        1,
        0,
        1,
    )


def test_a_yes_no_word_for_a_number_and_a_2_for_a_yes_no_are_refused_by_row_and_change_nothing(tmp_path):
    root = materialise(tmp_path / "data")
    before, versions = folder_digest(root), list_versions(root)
    csv = HEADER + "00001,2020-H1,S1,1.1,Có,\n00002,2020-H1,S1,3.1,2,\n00003,2020-H1,S1,3.1,1,\n"

    result = import_file(root, "assessments.csv", csv.encode(), admin="Lan")

    assert not result.ok
    found = {(p.row, p.column, p.code): p for p in result.problems}
    assert set(found) == {(2, "value", "yes_no_for_number"), (3, "value", "yes_no_not_0_1")}
    assert (
        found[(2, "value", "yes_no_for_number")]
        .render("vi")
        .endswith("“Có” là giá trị có/không, nhưng chỉ tiêu 1.1 cần một số")
    )
    assert (
        found[(3, "value", "yes_no_not_0_1")]
        .render("en")
        .endswith("indicator 3.1 is yes/no: enter 1 or Có (yes), 0 or Không (no), not 2")
    )
    assert folder_digest(root) == before and list_versions(root) == versions
