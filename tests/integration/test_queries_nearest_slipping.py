"""The progress pages' queries on real DuckDB over the mini fixture with the progress overlay.

tests/fixtures/progress adds to the mini fixture an advanced set A1 (1 income ≥ 50, 2 clean water ≥ 90
%), a recognition of Cát (NTM, 01/06/2019) and Cát's assessments: 2019-H2 income 38 ≥ 35 (TDMNPB) and
water 82 ≥ 80 met, no electricity row; 2020-H1 water 70 < 80 (not met), no electricity row (unknown).
A1 in 2020-H1: An income 52 met, water without value (unknown); Cát income 30, water 85 (both not met).
At 30/06/2020 An and Cát are recognised NTM, Bình's decision was revoked on 01/02/2020.
"""

import math

import pytest

from ntm.filters import Filters
from ntm.queries import nearest as q_nearest
from ntm.queries import slipping as q_slipping

PROVINCE_2020_H1 = Filters("2020-H1", "S1", province_code="01")
PROVINCE_2019_H2 = Filters("2019-H2", "S1", province_code="01")


@pytest.fixture(scope="module")
def overlay_cursor(mini_store):
    return mini_store("progress").cursor()


def _rows(frame, columns):
    return [
        [
            None if (isinstance(v, float) and math.isnan(v)) or v is None or str(v) == "<NA>" else v
            for v in row
        ]
        for row in frame[columns].astype(object).values
    ]


COMMUNE_COLUMNS = [
    "unit_code",
    "recognised_tier",
    "next_tier",
    "set_id",
    "criteria_total",
    "criteria_met",
    "criteria_unmet",
]


def test_next_tier_follows_the_recognitions_in_force_at_the_periods_end(overlay_cursor):
    communes = q_nearest.next_tier_communes(overlay_cursor, PROVINCE_2020_H1)
    assert _rows(communes, COMMUNE_COLUMNS) == [
        ["00001", "ntm", "advanced", "A1", 2, 1, 1],  # An: A1 income met, water unknown
        ["00002", None, "ntm", "S1", 3, 2, 1],  # Bình: revoked before 30/06/2020; income 44 < 45
        ["00003", "ntm", "advanced", "A1", 2, 0, 2],  # Cát: income 30 < 50, water 85 < 90
    ]


def test_a_next_tier_without_a_set_assessed_in_the_period_has_no_set(overlay_cursor):
    communes = q_nearest.next_tier_communes(overlay_cursor, PROVINCE_2019_H2)
    # 2019-H2: A1 is not assessed; Bình and Cát are recognised NTM then, An and Cũ are not.
    assert _rows(communes, COMMUNE_COLUMNS) == [
        ["00001", None, "ntm", "S1", 3, 2, 1],  # water 79 < 80
        ["00002", "ntm", "advanced", None, None, None, None],
        ["00003", "ntm", "advanced", None, None, None, None],
        ["00005", None, "ntm", "S1", 3, 3, 0],  # Cũ meets all three, not recognised
    ]


GAP_COLUMNS = ["unit_code", "next_tier", "criterion_no", "criterion_status", "indicator_code", "value",
               "threshold_value", "gap", "indicator_status"]  # fmt: skip


def test_gaps_list_each_failing_or_unknown_indicator_with_its_threshold_and_gap(overlay_cursor):
    gaps = q_nearest.next_tier_gaps(overlay_cursor, PROVINCE_2020_H1)
    assert _rows(gaps, GAP_COLUMNS) == [
        ["00001", "advanced", 2, "unknown", "2.1", None, 90.0, None, "unknown"],
        ["00002", "ntm", 1, "not_met", "1.1", 44.0, 45.0, 1.0, "not_met"],
        ["00003", "advanced", 1, "not_met", "1.1", 30.0, 50.0, 20.0, "not_met"],
        ["00003", "advanced", 2, "not_met", "2.1", 85.0, 90.0, 5.0, "not_met"],
    ]


def test_gaps_of_a_commune_without_assessment_rows_are_unknown_with_the_regions_threshold(cursor):
    # Mini fixture, 2019-H2: Cát (TDMNPB, not recognised) has no row at all: every indicator unknown,
    # income with the all-regions threshold 35; An fails water (79 < 80).
    gaps = q_nearest.next_tier_gaps(cursor, PROVINCE_2019_H2)
    cat = gaps[gaps["unit_code"] == "00003"]
    assert _rows(cat, ["criterion_no", "indicator_code", "threshold_value", "indicator_status"]) == [
        [1, "1.1", 35.0, "unknown"],
        [2, "2.1", 80.0, "unknown"],
        [2, "2.2", None, "unknown"],
        [3, "3.1", None, "unknown"],
    ]
    assert _rows(gaps[gaps["unit_code"] == "00001"], ["indicator_code", "gap"]) == [["2.1", 1.0]]


SLIP_COLUMNS = ["unit_code", "tier", "criterion_no", "criterion_status", "indicator_code", "value",
                "threshold_value", "indicator_status", "last_met_period"]  # fmt: skip


def test_recognised_communes_indicators_carry_the_last_period_each_criterion_was_met(overlay_cursor):
    rows = q_slipping.recognised_commune_indicators(overlay_cursor, PROVINCE_2020_H1)
    assert _rows(rows, SLIP_COLUMNS) == [
        # An: met numeric indicators only (the margin rule's candidates); income met in 2019-H2 too.
        ["00001", "ntm", 1, "met", "1.1", 46.0, 45.0, "met", "2019-H2"],
        ["00001", "ntm", 2, "met", "2.1", 85.0, 80.0, "met", None],  # 79 < 80 in 2019-H2
        ["00003", "ntm", 1, "met", "1.1", 40.0, 35.0, "met", "2019-H2"],
        ["00003", "ntm", 2, "not_met", "2.1", 70.0, 80.0, "not_met", "2019-H2"],  # slipped: 82 then
        ["00003", "ntm", 3, "unknown", "3.1", None, None, "unknown", None],  # never met (no row)
    ]


def test_a_commune_whose_recognition_was_revoked_is_not_checked(overlay_cursor):
    rows = q_slipping.recognised_commune_indicators(overlay_cursor, PROVINCE_2020_H1)
    assert "00002" not in set(rows["unit_code"])


def test_the_scope_limits_every_progress_query(overlay_cursor):
    district_two = Filters("2020-H1", "S1", province_code="01", district_code="002")
    assert q_nearest.next_tier_communes(overlay_cursor, district_two)["unit_code"].tolist() == ["00003"]
    assert set(q_nearest.next_tier_gaps(overlay_cursor, district_two)["unit_code"]) == {"00003"}
    assert set(q_slipping.recognised_commune_indicators(overlay_cursor, district_two)["unit_code"]) == {
        "00003"
    }
