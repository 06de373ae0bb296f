"""The commune page's questions across the 1/7/2025 reform, against hand-computed values (fixture
`tests/fixtures/reform_engine`, with `reform_set_change` making it clean, adding Cát Lâm's 2025-H2 assessment
and a second criterion to N1): a merged
xã shows its predecessors apart and keeps only its own history; old set against new, indicator by indicator."""

from datetime import date

import pytest

from ntm.figures.commune import set_change_summary
from ntm.filters import Filters
from ntm.queries.commune import (
    commune_predecessors,
    commune_recognitions,
    criteria_met_history,
    criterion_history,
    set_change_indicators,
)
from ntm.store.database import Store
from tests.fixtures.materialise import FIXTURES, materialise

AFTER = Filters(period="2026-H1", set_id="N1")
BEFORE = Filters(period="2025-H1", set_id="O1")


@pytest.fixture(scope="module")
def cursor(tmp_path_factory):
    root = tmp_path_factory.mktemp("commune-reform")
    data = materialise(root / "data", FIXTURES / "reform_set_change", base=FIXTURES / "reform_engine")
    store = Store(data, root / "cache")
    yield store.cursor()
    store.close()


def _day(value) -> date:
    return value.date() if hasattr(value, "date") else value


def test_a_merged_commune_lists_its_predecessors_with_their_own_last_standing_and_decisions(cursor):
    rows = commune_predecessors(cursor, AFTER, "00010").to_dict("records")
    # The xã whose code was reused comes first; An Hòa met 1 of 1 in 2025-H1 (75 ≥ 70) and was recognised
    # in 2019; Bình Minh met 0 of 1 (65 < 70) and had no decision.
    assert [(r["from_code"], r["name"], r["district_name"], r["relation"], r["legal_act"]) for r in rows] == [
        ("00010", "An Hòa", "Huyện Một", "merge", "NQ mẫu"),
        ("00011", "Bình Minh", "Huyện Một", "merge", "NQ mẫu"),
    ]
    assert [_day(r["effective_date"]) for r in rows] == [date(2025, 7, 1)] * 2
    assert [(r["last_period"], r["set_id"], r["criteria_met"], r["criteria_total"]) for r in rows] == [
        ("2025-H1", "O1", 1, 1),
        ("2025-H1", "O1", 0, 1),
    ]
    assert rows[0]["tier"] == "ntm" and rows[0]["decision_no"] == "735/QĐ-UBND"
    assert _day(rows[0]["decision_date"]) == date(2019, 3, 15)
    assert rows[1]["tier"] is None or rows[1]["tier"] != rows[1]["tier"]  # no decision: null


def test_a_renamed_commune_lists_the_one_it_was_renamed_from(cursor):
    rows = commune_predecessors(cursor, AFTER, "00012").to_dict("records")
    # Cát Tiên was not assessed in 2025-H1 (0 of 1 met, unknown) and was recognised in 2020.
    assert [(r["from_code"], r["name"], r["relation"], r["criteria_met"], r["tier"]) for r in rows] == [
        ("00013", "Cát Tiên", "rename", 0, "ntm")
    ]
    assert rows[0]["decision_no"] == "12/QĐ-UBND"


def test_a_commune_before_the_reform_has_no_predecessors(cursor):
    assert commune_predecessors(cursor, BEFORE, "00010").empty


def test_a_successor_reusing_a_code_has_only_its_own_history(cursor):
    # An Hòa's 2025-H1 (1 of 1 met) is not An Bình's: its history starts on 1/7/2025.
    history = criteria_met_history(cursor, AFTER, "00010")
    assert history[["period", "set_id", "criteria_met", "criteria_total"]].values.tolist() == [
        ["2025-H2", "O1", 0, 1],  # 68 < 70
        ["2026-H1", "N1", 0, 2],  # group 1: 85 < 90; criterion 2 has no indicator: unknown
    ]
    assert commune_recognitions(cursor, AFTER, "00010").empty
    # Before the reform, the same code's history is An Hòa's own.
    assert criteria_met_history(cursor, BEFORE, "00010")["criteria_met"].tolist() == [1]


def test_a_criterion_history_runs_only_across_sets_of_as_many_criteria(cursor):
    # O1 has one criterion ("Thu nhập"), N1 two (1 "Quy hoạch", 2 without indicators): O1's criterion 1 in
    # 2025-H2 is another criterion, left out.
    history = criterion_history(cursor, AFTER, "00010")
    assert history.values.tolist() == [["2026-H1", 1, "not_met"], ["2026-H1", 2, "unknown"]]


def test_old_set_against_new_compares_each_commune_with_its_own_last_old_standing(cursor):
    rows = set_change_indicators(cursor, AFTER)
    assert rows[
        ["unit_code", "old_set_id", "old_period", "old_criteria_met", "new_criteria_met", "indicator_code",
         "value", "threshold_value", "status", "old_indicator_code", "old_value", "old_threshold_value",
         "old_status"]
    ].values.tolist() == [
        ["00010", "O1", "2025-H2", 0, 0, "1.1", 85.0, 90.0, "not_met", "1.1", 68.0, 70.0, "not_met"],
        ["00012", "O1", "2025-H2", 0, 1, "1.1", 85.0, 80.0, "met", "1.1", 65.0, 70.0, "not_met"],
    ]  # fmt: skip
    summary = set_change_summary(rows)
    assert summary[["unit_code", "newly_failing", "newly_passing"]].values.tolist() == [
        ["00010", [], []],
        ["00012", [], [1]],  # 65 < 70 by the old set, 85 ≥ 80 (group 2 has no row: every group's) by the new
    ]
    assert set_change_indicators(cursor, AFTER, "00012")["unit_code"].unique().tolist() == ["00012"]


def test_a_set_that_replaced_none_has_no_old_against_new(cursor):
    assert set_change_indicators(cursor, Filters(period="2025-H2", set_id="O1")).empty
