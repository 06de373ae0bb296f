"""The criterion page's queries on real DuckDB over the mini fixture (and its criterion overlay).

Expected values are computed by hand from tests/fixtures/mini/*.csv: set S1, criteria 1 income (1.1
≥ threshold: DBSH 40 in 2019, 45 from 2020, every other region 35), 2 environment (2.1 ≥ 80 %, 2.2
yes/no), 3 electricity (3.1 yes/no); An 00001 and Bình 00002 in DBSH, Cát 00003 in TDMNPB; Cũ 00005
valid until 31/12/2019; in 2019-H2 only An and Cũ have assessment rows.
"""

import math

import pytest

from ntm.filters import Filters
from ntm.queries import criterion as q

PROVINCE_2020_H1 = Filters("2020-H1", "S1", province_code="01")
PROVINCE_2019_H2 = Filters("2019-H2", "S1", province_code="01")


@pytest.fixture(scope="module")
def overlay_cursor(mini_store):
    """The mini fixture plus a new NTM set S2 in 2020-H2 and an advanced set A1 in 2020-H1."""
    return mini_store("criterion").cursor()


def _rows(frame, columns):
    return [
        [None if isinstance(v, float) and math.isnan(v) else v for v in row] for row in frame[columns].values
    ]


TREND_COLUMNS = ["period", "set_id", "communes", "met", "not_met", "unknown"]


def test_trend_counts_income_per_period_among_the_communes_valid_then(cursor):
    trend = q.criterion_trend(cursor, PROVINCE_2020_H1, 1)
    assert list(trend.columns) == ["period", "set_id", "set_years", *TREND_COLUMNS[2:]]
    # The set named by its years for people (S1 runs from 2019, open-ended), not by its code.
    assert trend["set_years"].tolist() == ["2019–", "2019–"]
    # 2019-H2: An 41 ≥ 40 and Cũ 50 ≥ 40 met; Bình and Cát have no row → unknown; four communes
    # (Cũ still existed). 2020-H1: An 46 ≥ 45, Cát 40 ≥ 35 met; Bình 44 < 45 not met.
    assert _rows(trend, TREND_COLUMNS) == [["2019-H2", "S1", 4, 2, 0, 2], ["2020-H1", "S1", 3, 2, 1, 0]]


def test_trend_of_environment_counts_not_met_and_unknown_apart(cursor):
    trend = q.criterion_trend(cursor, PROVINCE_2020_H1, 2)
    # 2019-H2: An 79 < 80 not met, Cũ met, Bình and Cát unknown. 2020-H1: An and Bình (2.2 not
    # applicable counts as met) met, Cát 2.1 without value → unknown.
    assert _rows(trend, TREND_COLUMNS) == [["2019-H2", "S1", 4, 1, 1, 2], ["2020-H1", "S1", 3, 2, 0, 1]]


def test_trend_follows_the_district_and_the_chosen_communes(cursor):
    district = q.criterion_trend(cursor, Filters("2020-H1", "S1", province_code="01", district_code="002"), 1)
    assert _rows(district, TREND_COLUMNS) == [["2019-H2", "S1", 1, 0, 0, 1], ["2020-H1", "S1", 1, 1, 0, 0]]
    # Cũ alone: counted in 2019-H2, no commune in 2020-H1 (merged away), and the period stays listed.
    old = q.criterion_trend(cursor, Filters("2020-H1", "S1", unit_codes=("00005", "x' OR '1'='1")), 1)
    assert _rows(old, TREND_COLUMNS) == [["2019-H2", "S1", 1, 1, 0, 0], ["2020-H1", "S1", 0, 0, 0, 0]]


def test_trend_takes_the_same_tiers_set_in_each_period_and_never_another_tier(overlay_cursor):
    trend = q.criterion_trend(overlay_cursor, PROVINCE_2020_H1, 1)
    # 2020-H2 is assessed with S2 only (income ≥ 50: An 52, Cát 51 met; Bình 48 not met); the
    # advanced set A1, assessed in 2020-H1, is not counted.
    assert _rows(trend, TREND_COLUMNS) == [
        ["2019-H2", "S1", 4, 2, 0, 2],
        ["2020-H1", "S1", 3, 2, 1, 0],
        ["2020-H2", "S2", 3, 2, 1, 0],
    ]
    advanced = q.criterion_trend(overlay_cursor, Filters("2020-H1", "A1", province_code="01"), 1)
    # A1 in 2020-H1: An 70 ≥ 60 met, Bình 55 not met, Cát no row → unknown.
    assert _rows(advanced, TREND_COLUMNS) == [["2020-H1", "A1", 3, 1, 1, 1]]


FAILING_COLUMNS = [
    "unit_code",
    "name",
    "indicator_code",
    "value",
    "threshold_value",
    "gap",
    "indicator_status",
]


def test_failing_income_names_binh_with_value_threshold_and_gap(cursor):
    failing = q.failing_indicators(cursor, PROVINCE_2020_H1, 1, "not_met")
    assert list(failing.columns) == [
        "unit_code",
        "name",
        "district_name",
        "commune_group",
        "criterion_status",
        "indicator_code",
        "indicator_name_vi",
        "indicator_name_en",
        "kind",
        "unit",
        "direction",
        "value",
        "threshold_value",
        "gap",
        "indicator_status",
    ]
    assert _rows(failing, FAILING_COLUMNS) == [["00002", "Bình", "1.1", 44.0, 45.0, 1.0, "not_met"]]
    assert failing["district_name"].tolist() == ["Huyện Một"]
    assert failing["commune_group"].isna().all()  # before 2026 no xã has a group
    assert failing["unit"].tolist() == ["triệu đồng"]


def test_no_commune_fails_income_once_binh_is_out_of_scope(cursor):
    scope = Filters("2020-H1", "S1", province_code="01", unit_codes=("00001", "00003"))
    assert q.failing_indicators(cursor, scope, 1, "not_met").empty
    assert q.failing_indicators(cursor, scope, 1, "unknown").empty


def test_unknown_environment_lists_cat_water_without_value_but_with_its_threshold(cursor):
    unknown = q.failing_indicators(cursor, PROVINCE_2020_H1, 2, "unknown")
    # Cát's 2.2 is met, so only 2.1 (no value) is listed; 80 applies to every region.
    assert _rows(unknown, FAILING_COLUMNS) == [["00003", "Cát", "2.1", None, 80.0, None, "unknown"]]
    assert q.failing_indicators(cursor, PROVINCE_2020_H1, 2, "not_met").empty


def test_an_indicator_without_assessment_row_is_unknown(cursor):
    # Cát has no row for 3.1 in 2020-H1: criterion 3 unknown, the indicator listed as unknown.
    unknown = q.failing_indicators(cursor, PROVINCE_2020_H1, 3, "unknown")
    assert _rows(unknown, FAILING_COLUMNS) == [["00003", "Cát", "3.1", None, None, None, "unknown"]]


def test_threshold_of_a_missing_row_follows_the_communes_region_and_year(cursor):
    # 2019-H2, income: Bình (DBSH) and Cát (TDMNPB) have no row. Bình's threshold is DBSH's 2019 row
    # (40), not the all-regions 35; Cát's region has no row of its own, so 35.
    unknown = q.failing_indicators(cursor, PROVINCE_2019_H2, 1, "unknown")
    assert _rows(unknown, FAILING_COLUMNS) == [
        ["00002", "Bình", "1.1", None, 40.0, None, "unknown"],
        ["00003", "Cát", "1.1", None, 35.0, None, "unknown"],
    ]


def test_failing_rows_come_commune_by_commune_in_indicator_order(cursor):
    not_met = q.failing_indicators(cursor, PROVINCE_2019_H2, 2, "not_met")
    assert _rows(not_met, FAILING_COLUMNS) == [["00001", "An", "2.1", 79.0, 80.0, 1.0, "not_met"]]
    unknown = q.failing_indicators(cursor, PROVINCE_2019_H2, 2, "unknown")
    assert unknown[["name", "indicator_code"]].values.tolist() == [
        ["Bình", "2.1"],
        ["Bình", "2.2"],
        ["Cát", "2.1"],
        ["Cát", "2.2"],
    ]


def test_overlay_2020_h2_binh_misses_the_new_income_threshold_by_two(overlay_cursor):
    scope = Filters("2020-H2", "S2", province_code="01")
    failing = q.failing_indicators(overlay_cursor, scope, 1, "not_met")
    assert _rows(failing, FAILING_COLUMNS) == [["00002", "Bình", "1.1", 48.0, 50.0, 2.0, "not_met"]]
    assert q.failing_indicators(overlay_cursor, scope, 3, "not_met").empty
    assert q.failing_indicators(overlay_cursor, scope, 3, "unknown").empty


VALUE_COLUMNS = ["unit_code", "name", "region", "kind", "direction", "value", "threshold_value", "status"]
# A set of 2016–2025 chooses thresholds by region: the class that applied is the region.
BASIS_COLUMNS = ["unit_code", "commune_group", "threshold_basis", "threshold_class"]


def test_indicator_values_give_every_commune_lowest_first_with_its_own_threshold(cursor):
    values = q.indicator_values(cursor, PROVINCE_2020_H1, "1.1")
    assert sorted(values.columns) == sorted(VALUE_COLUMNS + BASIS_COLUMNS[1:])
    assert _rows(values, BASIS_COLUMNS) == [
        ["00003", None, "region", "TDMNPB"],
        ["00002", None, "region", "DBSH"],
        ["00001", None, "region", "DBSH"],
    ]
    assert _rows(values, VALUE_COLUMNS) == [
        ["00003", "Cát", "TDMNPB", "number", ">=", 40.0, 35.0, "met"],
        ["00002", "Bình", "DBSH", "number", ">=", 44.0, 45.0, "not_met"],
        ["00001", "An", "DBSH", "number", ">=", 46.0, 45.0, "met"],
    ]


def test_indicator_values_keep_communes_without_value_last(cursor):
    water = q.indicator_values(cursor, PROVINCE_2020_H1, "2.1")
    assert _rows(water, ["name", "value", "threshold_value", "status"]) == [
        ["An", 85.0, 80.0, "met"],
        ["Bình", 90.0, 80.0, "met"],
        ["Cát", None, 80.0, "unknown"],
    ]
    earlier = q.indicator_values(cursor, PROVINCE_2019_H2, "1.1")
    assert _rows(earlier, ["name", "value", "threshold_value", "status"]) == [
        ["An", 41.0, 40.0, "met"],
        ["Cũ", 50.0, 40.0, "met"],
        ["Bình", None, 40.0, "unknown"],
        ["Cát", None, 35.0, "unknown"],
    ]


def test_numeric_indicators_leave_out_yes_no_ones(cursor):
    assert q.numeric_indicators(cursor, "S1", 2)["indicator_code"].tolist() == ["2.1"]
    assert q.numeric_indicators(cursor, "S1", 3).empty
    assert list(q.numeric_indicators(cursor, "S1", 1).columns) == [
        "indicator_code",
        "name_vi",
        "name_en",
        "kind",
        "unit",
        "direction",
    ]
