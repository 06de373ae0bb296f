"""Query functions over the mini fixture, with hand-computed expectations."""

from ntm import queries
from ntm.filters import Filters


def test_periods_oldest_first(cursor):
    assert queries.available_periods(cursor) == ["2019-H2", "2020-H1"]


def test_places_valid_in_the_period(cursor):
    assert queries.provinces(cursor, "2020-H1").to_dict("records") == [
        {"province_code": "01", "province_name": "Tỉnh Thử"}
    ]
    assert queries.districts(cursor, "01", "2020-H1")["district_code"].tolist() == ["001", "002"]


def test_commune_sets_of_a_period_leave_out_village_sets(cursor):
    assert queries.commune_sets_assessed_in(cursor, "2020-H1")["set_id"].tolist() == ["S1"]


def test_commune_results_follow_the_district_filter(cursor):
    whole = queries.commune_results(cursor, Filters("2020-H1", "S1", province_code="01"))
    assert whole["unit_code"].tolist() == ["00001", "00002", "00003"]
    one = queries.commune_results(cursor, Filters("2020-H1", "S1", province_code="01", district_code="002"))
    assert one[["unit_code", "name", "criteria_met", "criteria_unknown"]].values.tolist() == [
        ["00003", "Cát", 1, 2]
    ]


def test_commune_results_follow_the_unit_filter_and_bind_hostile_values(cursor):
    chosen = queries.commune_results(cursor, Filters("2020-H1", "S1", unit_codes=("00002", "x' OR '1'='1")))
    assert chosen["unit_code"].tolist() == ["00002"]


def test_recognition_decision_travels_with_the_commune(cursor):
    row = queries.commune_results(cursor, Filters("2020-H1", "S1", unit_codes=("00001",))).iloc[0]
    assert row["decision_no"] == "10/QĐ-UBND"
    assert str(row["decision_date"])[:10] == "2020-03-01"


def test_metadata_is_a_dictionary(cursor):
    assert queries.dataset_metadata(cursor)["is_sample"] == "false"
