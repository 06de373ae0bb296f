"""The advanced-NTM and model-village queries on the mini fixture with the targets overlay, values by hand.

Overlay (tests/fixtures/targets): advanced set A1 (criteria 1, 2; yes/no indicators, recorded status
decides). 2020-H1: An 2/2, Bình 1/2, Cát 0 met + 1 unknown; 2019-H2: An 1/2, Cũ 2/2. NTM decisions:
An 01/03/2020, Bình 10/01/2019 revoked 01/02/2020, Cát 01/06/2019; advanced: An 15/05/2020.
Advanced plans: An 2020, Cát 2020, Bình 2021. Model-village set V1: criterion 1 (income ≥ 70 %),
criterion 2 (landscape yes/no); 2020-H1: An's Thôn Một 2/2, Thôn Hai 1/2; Bình's Thôn Ba 1/2.
Thôn Một recognised 30/06/2020; plans: Thôn Một 2020, Thôn Hai 2021, Thôn Ba 2020.
"""

import pandas as pd
import pytest

from ntm.filters import Filters
from ntm.queries import advanced as q_advanced
from ntm.queries import villages as q_villages

NOW = Filters("2020-H1", "S1", province_code="01")
BEFORE = Filters("2019-H2", "S1", province_code="01")


@pytest.fixture(scope="module")
def overlay_cursor(mini_store):
    return mini_store("targets").cursor()


def _rows(frame: pd.DataFrame, columns: list[str]) -> list[list]:
    return [[None if pd.isna(v) else v for v in row] for row in frame[columns].values.tolist()]


def test_advanced_results_list_every_commune_with_candidacy_criteria_and_decision(overlay_cursor):
    frame = q_advanced.tier_results(overlay_cursor, NOW, "advanced")
    columns = [
        "unit_code",
        "candidate",
        "set_id",
        "criteria_met",
        "criteria_unknown",
        "reaches",
        "recognised",
    ]
    assert _rows(frame, columns) == [
        ["00001", True, "A1", 2, 0, True, True],
        ["00002", False, "A1", 1, 0, False, False],  # its NTM decision was revoked on 01/02/2020
        ["00003", True, "A1", 0, 1, False, False],
    ]
    assert frame["decision_no"].iloc[0] == "40/QĐ-UBND"


def test_advanced_results_of_a_district_keep_only_its_communes(overlay_cursor):
    frame = q_advanced.tier_results(overlay_cursor, Filters("2020-H1", "S1", "01", "002"), "advanced")
    assert frame["unit_code"].tolist() == ["00003"]


def test_a_tier_not_assessed_leaves_the_set_columns_empty(cursor):
    frame = q_advanced.tier_results(cursor, NOW, "advanced")
    assert frame["unit_code"].tolist() == ["00001", "00002", "00003"]
    assert frame["set_id"].isna().all()
    assert not frame["reaches"].any()
    assert q_advanced.tier_criteria(cursor, NOW, "advanced").empty


def test_advanced_criteria_give_each_commune_and_criterion_its_status(overlay_cursor):
    frame = q_advanced.tier_criteria(overlay_cursor, NOW, "advanced")
    assert _rows(frame, ["unit_code", "criterion_no", "status"]) == [
        ["00001", 1, "met"],
        ["00002", 1, "met"],
        ["00003", 1, "not_met"],
        ["00001", 2, "met"],
        ["00002", 2, "not_met"],
        ["00003", 2, "unknown"],
    ]


def test_advanced_series_counts_candidates_reaching_and_recognised_per_period(overlay_cursor):
    frame = q_advanced.tier_series(overlay_cursor, NOW, "advanced")
    assert _rows(frame, ["period", "communes", "candidates", "reaching", "recognised"]) == [
        ["2019-H2", 4, 2, 1, 0],  # Bình and Cát candidates; Cũ reaches
        ["2020-H1", 3, 2, 1, 1],  # An and Cát candidates; An reaches and is recognised
    ]


def test_advanced_plan_counts_reached_and_recognised_by_the_end_of_each_year_or_the_period(overlay_cursor):
    assert _rows(
        q_advanced.tier_plan(overlay_cursor, NOW, "advanced"),
        ["target_year", "planned", "reached", "recognised"],
    ) == [
        [2020, 2, 1, 1],
        [2021, 1, 0, 0],
    ]
    assert _rows(
        q_advanced.tier_plan(overlay_cursor, BEFORE, "advanced"),
        ["target_year", "planned", "reached", "recognised"],
    ) == [
        [2020, 2, 0, 0],
        [2021, 1, 0, 0],
    ]


def test_village_results_count_villages_assessed_reaching_recognised_and_planned(overlay_cursor):
    frame = q_villages.village_results(overlay_cursor, NOW)
    columns = ["unit_code", "villages", "assessed", "reaching", "recognised", "planned", "planned_by_now"]
    assert _rows(frame, columns) == [
        ["00001", 2, 2, 1, 1, 2, 1],
        ["00002", 1, 1, 0, 0, 1, 1],
        ["00003", 0, 0, 0, 0, 0, 0],
    ]


def test_village_criteria_give_each_village_and_criterion_its_status(overlay_cursor):
    frame = q_villages.village_criteria(overlay_cursor, NOW)
    assert _rows(frame, ["village_code", "criterion_no", "status"]) == [
        ["00001-01", 1, "met"],
        ["00001-01", 2, "met"],
        ["00001-02", 1, "not_met"],
        ["00001-02", 2, "met"],
        ["00002-01", 1, "met"],
        ["00002-01", 2, "not_met"],
    ]


def test_model_village_plan_counts_villages_per_target_year(overlay_cursor):
    frame = q_advanced.tier_plan(overlay_cursor, NOW, "model_village")
    assert _rows(frame, ["target_year", "planned", "reached", "recognised"]) == [
        [2020, 2, 1, 1],
        [2021, 1, 0, 0],
    ]


def test_model_commune_results_have_advanced_communes_as_candidates(overlay_cursor):
    frame = q_advanced.tier_results(overlay_cursor, NOW, "model_commune")
    assert frame.set_index("unit_code")["candidate"].to_dict() == {
        "00001": True,
        "00002": False,
        "00003": False,
    }


def test_the_tier_set_of_a_period_is_the_one_assessed_then(overlay_cursor, cursor):
    assert q_advanced.tier_set(overlay_cursor, "2020-H1", "advanced")[
        ["set_id", "criteria_count"]
    ].values.tolist() == [["A1", 2]]
    assert q_advanced.tier_set(overlay_cursor, "2020-H1", "model_village")["set_id"].tolist() == ["V1"]
    assert q_advanced.tier_set(cursor, "2020-H1", "advanced").empty


def test_village_series_counts_villages_reaching_and_recognised_per_period(overlay_cursor):
    frame = q_villages.village_series(overlay_cursor, NOW)
    # 2019-H2: no village assessed; Thôn Một reaches in 2020-H1 and is recognised on 30/06/2020.
    assert _rows(frame, ["period", "villages", "reaching", "recognised"]) == [
        ["2019-H2", 3, 0, 0],
        ["2020-H1", 3, 1, 1],
    ]
    assert q_villages.village_series(
        overlay_cursor, Filters("2020-H1", "S1", "01", "002")
    ).empty  # Cát has no village
