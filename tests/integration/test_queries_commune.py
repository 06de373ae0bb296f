"""The commune page's queries on DuckDB over the mini fixture (and its commune overlay), values by hand.

Mini fixture, read from tests/fixtures/mini: set S1 has criteria 1 (income, 1.1 ≥ threshold),
2 (environment: 2.1 water % ≥ 80, 2.2 burials yes/no) and 3 (electricity, 3.1 yes/no). Income
thresholds: DBSH 40 in 2019, 45 from 2020; every other region 35 from 2019.
"""

import pandas as pd
import pytest

from ntm.filters import Filters
from ntm.queries import commune as q

NOW = Filters("2020-H1", "S1", province_code="01")
BEFORE = Filters("2019-H2", "S1", province_code="01")


@pytest.fixture(scope="module")
def overlay_cursor(mini_store):
    return mini_store("commune").cursor()


def _plain(rows: list[list]) -> list[list]:
    """Rows with every kind of missing value (None, NaN, NA, NaT) as None."""
    return [[None if pd.isna(v) else v for v in row] for row in rows]


def _day(value) -> str | None:
    return None if value is None or str(value) in ("NaT", "None", "<NA>") else str(value)[:10]


def test_choices_are_the_xa_of_the_scope_valid_in_the_period(cursor):
    assert q.commune_choices(cursor, NOW).values.tolist() == [
        ["00001", "An", "Huyện Một"],
        ["00002", "Bình", "Huyện Một"],
        ["00003", "Cát", "Huyện Hai"],
    ]
    # 00005 Cũ was merged away at the end of 2019; 00004 Đông is a town, never a choice.
    assert q.commune_choices(cursor, BEFORE)["unit_code"].tolist() == ["00001", "00002", "00003", "00005"]
    one_district = Filters("2020-H1", "S1", province_code="01", district_code="002")
    assert q.commune_choices(cursor, one_district)["unit_code"].tolist() == ["00003"]
    chosen = Filters("2020-H1", "S1", province_code="01", unit_codes=("00002", "x' OR '1'='1"))
    assert q.commune_choices(cursor, chosen)["unit_code"].tolist() == ["00002"]


def test_standing_of_an_recognised_and_meeting_every_criterion(cursor):
    row = q.commune_standing(cursor, NOW, "00001").iloc[0]
    assert (row["set_id"], row["tier"], row["region"], row["year"]) == ("S1", "ntm", "DBSH", 2020)
    assert (row["criteria_total"], row["criteria_met"], row["criteria_not_met"], row["criteria_unknown"]) == (
        3,
        3,
        0,
        0,
    )
    assert row["indicators_assessed"] == 4
    assert bool(row["reaches"]) and bool(row["recognised"])
    assert (row["decision_no"], _day(row["decision_date"])) == ("10/QĐ-UBND", "2020-03-01")


def test_standing_of_cat_with_indicators_lacking_data(cursor):
    row = q.commune_standing(cursor, NOW, "00003").iloc[0]
    # 1.1 = 40 ≥ 35 (TDMNPB uses the all-regions row) → 1 met; 2.1 has no value, 3.1 no row → 2 unknown.
    assert (row["criteria_met"], row["criteria_not_met"], row["criteria_unknown"]) == (1, 0, 2)
    assert row["indicators_assessed"] == 3
    assert not bool(row["reaches"]) and not bool(row["recognised"])


def test_standing_of_a_commune_with_nothing_assessed_counts_no_row(cursor):
    row = q.commune_standing(cursor, BEFORE, "00002").iloc[0]
    assert (row["criteria_met"], row["criteria_unknown"], row["indicators_assessed"]) == (0, 3, 0)
    assert bool(row["recognised"])  # decided 10/01/2019, revoked only in 2020


def test_standing_is_empty_when_the_set_is_not_assessed(cursor):
    assert q.commune_standing(cursor, Filters("2020-H1", ""), "00001").empty
    assert q.commune_standing(cursor, Filters("2020-H1", "V1"), "00001").empty  # a village set


def test_recognitions_up_to_the_period_end_with_revocation_only_once_it_happened(cursor):
    before = q.commune_recognitions(cursor, BEFORE, "00002")
    assert [
        (r.tier, r.decision_no, _day(r.decision_date), _day(r.revoked_date)) for r in before.itertuples()
    ] == [("ntm", "5/QĐ-UBND", "2019-01-10", None)]
    now = q.commune_recognitions(cursor, NOW, "00002")
    assert [_day(d) for d in now["revoked_date"]] == ["2020-02-01"]
    assert q.commune_recognitions(cursor, BEFORE, "00001").empty  # decided 01/03/2020, after 2019-H2
    assert q.commune_recognitions(cursor, NOW, "00001")["decision_no"].tolist() == ["10/QĐ-UBND"]


def test_history_runs_up_to_the_chosen_period(cursor):
    history = q.criteria_met_history(cursor, NOW, "00001")
    # 2019-H2: income 41 ≥ 40 met, water 79 < 80 not met, electricity met → 2 met, 1 not met.
    assert history[
        ["period", "year", "half", "criteria_met", "criteria_not_met", "criteria_unknown"]
    ].values.tolist() == [
        ["2019-H2", 2019, 2, 2, 1, 0],
        ["2020-H1", 2020, 1, 3, 0, 0],
    ]
    assert history["recognised"].tolist() == [False, True]
    assert q.criteria_met_history(cursor, BEFORE, "00001")["period"].tolist() == ["2019-H2"]
    assert q.criteria_met_history(cursor, Filters("2020-H1", ""), "00001").empty


def test_criterion_history_per_period_and_filtered_by_the_chosen_criteria(cursor):
    history = q.criterion_history(cursor, NOW, "00001")
    assert history.values.tolist() == [
        ["2019-H2", 1, "met"],
        ["2020-H1", 1, "met"],
        ["2019-H2", 2, "not_met"],
        ["2020-H1", 2, "met"],
        ["2019-H2", 3, "met"],
        ["2020-H1", 3, "met"],
    ]
    only_two = Filters("2020-H1", "S1", province_code="01", criteria=(2,))
    assert q.criterion_history(cursor, only_two, "00001").values.tolist() == [
        ["2019-H2", 2, "not_met"],
        ["2020-H1", 2, "met"],
    ]


def test_criterion_results_count_indicators_met_not_met_and_unknown(cursor):
    columns = ["criterion_no", "name_vi", "n_indicators", "n_met", "n_not_met", "n_unknown", "status"]
    assert q.criterion_results(cursor, NOW, "00003")[columns].values.tolist() == [
        [1, "Thu nhập", 1, 1, 0, 0, "met"],
        [2, "Môi trường", 2, 1, 0, 1, "unknown"],
        [3, "Điện", 1, 0, 0, 1, "unknown"],
    ]
    # Bình: 44 < 45 → income not met; burials not applicable count as met.
    assert q.criterion_results(cursor, NOW, "00002")[columns].values.tolist() == [
        [1, "Thu nhập", 1, 0, 1, 0, "not_met"],
        [2, "Môi trường", 2, 2, 0, 0, "met"],
        [3, "Điện", 1, 1, 0, 0, "met"],
    ]
    only = Filters("2020-H1", "S1", criteria=(1, 3))
    assert q.criterion_results(cursor, only, "00002")["criterion_no"].tolist() == [1, 3]


def _indicators(cursor, filters, unit):
    frame = q.indicator_results(cursor, filters, unit)
    return [
        (
            r.indicator_code,
            None if r.value != r.value else r.value,
            None if r.threshold_value != r.threshold_value else r.threshold_value,
            None if r.gap != r.gap else r.gap,
            r.status,
        )
        for r in frame.itertuples()
    ]


def test_indicators_carry_value_threshold_gap_and_status(cursor):
    assert _indicators(cursor, NOW, "00002") == [
        ("1.1", 44.0, 45.0, 1.0, "not_met"),  # DBSH 2020: 45
        ("2.1", 90.0, 80.0, 0.0, "met"),
        ("2.2", None, None, None, "not_applicable"),
        ("3.1", None, None, None, "met"),
    ]


def test_indicators_without_a_row_are_unknown_but_keep_their_threshold(cursor):
    assert _indicators(cursor, NOW, "00003") == [
        ("1.1", 40.0, 35.0, 0.0, "met"),  # TDMNPB: the all-regions 35
        ("2.1", None, 80.0, None, "unknown"),
        ("2.2", None, None, None, "met"),
        ("3.1", None, None, None, "unknown"),  # no assessment row at all
    ]
    assert q.indicator_results(cursor, NOW, "00003")["note"].tolist()[1] == "not reported yet"
    # Bình in 2019-H2 has no row at all: DBSH's own 2019 row (40) wins over the all-regions 35.
    assert _indicators(cursor, BEFORE, "00002") == [
        ("1.1", None, 40.0, None, "unknown"),
        ("2.1", None, 80.0, None, "unknown"),
        ("2.2", None, None, None, "unknown"),
        ("3.1", None, None, None, "unknown"),
    ]


def test_indicators_follow_the_chosen_criteria(cursor):
    only = Filters("2020-H1", "S1", criteria=(2,))
    assert q.indicator_results(cursor, only, "00001")["indicator_code"].tolist() == ["2.1", "2.2"]


def test_latest_starting_threshold_wins_and_matches_the_engine(overlay_cursor):
    # Overlay: 2.1 TDMNPB 75 from 2019 and 70 for 2020 only.
    assert _indicators(overlay_cursor, NOW, "00006")[:2] == [
        ("1.1", None, 35.0, None, "unknown"),
        ("2.1", None, 70.0, None, "unknown"),
    ]
    assert _indicators(overlay_cursor, BEFORE, "00006")[1] == ("2.1", None, 75.0, None, "unknown")
    engine = dict(
        overlay_cursor.execute(
            "SELECT indicator_code, threshold_value FROM indicator_status "
            "WHERE subject_code = '00003' AND period = '2020-H1' AND threshold_value IS NOT NULL"
        ).fetchall()
    )
    mine = q.indicator_results(overlay_cursor, NOW, "00003").dropna(subset=["threshold_value"])
    assert engine == {"1.1": 35.0, "2.1": 70.0}
    assert dict(zip(mine["indicator_code"], mine["threshold_value"], strict=True)) == engine


def test_plans_with_standing_and_decision_in_force(cursor):
    columns = ["tier", "target_year", "criteria_total", "criteria_met", "reaches", "decision_no"]
    assert q.commune_plans(cursor, BEFORE, "00002")[columns].values.tolist() == [
        ["ntm", 2021, 3, 0, False, "5/QĐ-UBND"]
    ]
    now = q.commune_plans(cursor, NOW, "00002").iloc[0]
    assert now["criteria_met"] == 2 and _day(now["decision_no"]) is None  # revoked 01/02/2020
    assert q.commune_plans(cursor, NOW, "00003")[columns].values.tolist() == [
        ["ntm", 2022, 3, 1, False, None]
    ]
    assert q.commune_plans(cursor, NOW, "00001").empty


def test_a_plan_for_a_tier_not_assessed_has_no_standing(overlay_cursor):
    plans = q.commune_plans(overlay_cursor, NOW, "00001")
    assert plans["tier"].tolist() == ["advanced"]
    assert plans["set_id"].isna().all() and plans["criteria_total"].isna().all()
    assert plans["reaches"].tolist() == [False]


def test_villages_with_model_village_progress(cursor):
    columns = [
        "village_code",
        "name",
        "set_id",
        "criteria_met",
        "criteria_total",
        "reaches",
        "recognised",
        "decision_no",
    ]
    assert _plain(q.village_progress(cursor, NOW, "00001")[columns].values.tolist()) == [
        ["00001-01", "Thôn Một", "V1", 1, 1, True, True, "11/QĐ-UBND"],  # decided on the period's last day
        ["00001-02", "Thôn Hai", "V1", 0, 1, False, False, None],  # 60 < 70
    ]
    bình = q.village_progress(cursor, NOW, "00002").iloc[0]
    assert (bình["criteria_unknown"], bool(bình["reaches"])) == (1, False)
    assert q.village_progress(cursor, NOW, "00003").empty


def test_villages_before_the_village_set_was_assessed_have_no_standing(cursor):
    villages = q.village_progress(cursor, BEFORE, "00001")
    assert villages["village_code"].tolist() == ["00001-01", "00001-02"]
    assert villages["set_id"].isna().all()
    assert villages["recognised"].tolist() == [False, False]  # the decision came on 30/06/2020


def test_village_plans_travel_with_the_village(overlay_cursor):
    villages = q.village_progress(overlay_cursor, NOW, "00001")
    assert _plain([villages["target_year"].tolist()]) == [[None, 2021]]


def test_funding_summed_per_source_in_the_period(cursor):
    assert q.commune_funding(cursor, NOW, "00001").values.tolist() == [
        ["central", 1200.5],
        ["community", 300.0],
    ]
    assert q.commune_funding(cursor, BEFORE, "00001").empty
    assert q.commune_funding(cursor, NOW, "00002").empty


def test_a_period_without_a_commune_set_still_lists_villages(overlay_cursor):
    later = Filters("2021-H1", "", province_code="01")
    assert q.commune_standing(overlay_cursor, later, "00001").empty
    villages = q.village_progress(overlay_cursor, later, "00001")
    assert villages[["village_code", "criteria_met", "criteria_unknown"]].values.tolist() == [
        ["00001-01", 1, 0],
        ["00001-02", 0, 1],
    ]
