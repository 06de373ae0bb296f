"""Overview queries over the mini fixture, expectations computed by hand from tests/fixtures/mini."""

from ntm import queries
from ntm.filters import Filters


def test_scope_series_by_hand(cursor):
    series = queries.scope_series(cursor, Filters("2020-H1", "S1", province_code="01"))
    rows = series.set_index("period").to_dict("index")
    assert rows["2019-H2"] == {
        "communes": 4,  # An, Bình, Cát and Cũ (merged away at the end of 2019)
        "criteria_met_sum": 5,  # 2 + 0 + 0 + 3
        "criteria_total": 3,
        "reaching": 1,  # Cũ
        "under_15": 4,
        "recognised_ntm": 1,  # Bình (revoked only on 01/02/2020)
        "reaching_not_recognised_ntm": 1,  # Cũ
        "recognised_advanced": 0,
        "recognised_model_commune": 0,
        "recognised_modern": 0,
        "villages": 3,
        "recognised_model_village": 0,
    }
    assert rows["2020-H1"]["communes"] == 3
    assert rows["2020-H1"]["criteria_met_sum"] == 6
    assert rows["2020-H1"]["recognised_ntm"] == 1  # An
    assert rows["2020-H1"]["reaching_not_recognised_ntm"] == 0
    assert rows["2020-H1"]["recognised_model_village"] == 1  # 00001-01 on 30/06/2020


def test_scope_series_stops_at_the_scope_period(cursor):
    series = queries.scope_series(cursor, Filters("2019-H2", "S1", province_code="01"))
    assert series["period"].tolist() == ["2019-H2"]


def test_the_series_of_every_period_is_cut_at_the_scope_period(cursor):
    every = queries.scope_series_every_period(cursor, Filters("2019-H2", "S1", province_code="01"))
    assert every["period"].tolist() == ["2019-H2", "2020-H1"]  # the scope's period does not bound it
    later = queries.scope_series(cursor, Filters("2020-H1", "S1", province_code="01"))
    assert every.equals(later)  # cut at the newest period: the same rows as the question up to it
    assert queries.scope_series_every_period(cursor, Filters("", "S1", province_code="01")).equals(every)


def test_criterion_matrix_follows_the_criteria_filter(cursor):
    whole = queries.criterion_matrix(cursor, Filters("2020-H1", "S1", province_code="01"))
    assert len(whole) == 9
    one = queries.criterion_matrix(cursor, Filters("2020-H1", "S1", province_code="01", criteria=(1,)))
    assert one[["unit_code", "status"]].values.tolist() == [
        ["00001", "met"],
        ["00002", "not_met"],
        ["00003", "met"],
    ]


def test_results_before_read_the_previous_period(cursor):
    before = queries.commune_results_before(cursor, Filters("2020-H1", "S1", province_code="01"))
    assert dict(zip(before["unit_code"], before["criteria_met"], strict=True)) == {
        "00001": 2,
        "00002": 0,
        "00003": 0,
        "00005": 3,
    }
    assert queries.commune_results_before(cursor, Filters("2019-H2", "S1", province_code="01")).empty


def test_plan_targets_count_communes_in_scope(cursor):
    plans = queries.plan_targets(cursor, Filters("2020-H1", "S1", province_code="01"), "ntm")
    assert plans.values.tolist() == [[2021, 1], [2022, 1]]
    district = queries.plan_targets(
        cursor, Filters("2020-H1", "S1", province_code="01", district_code="001"), "ntm"
    )
    assert district.values.tolist() == [[2021, 1]]
