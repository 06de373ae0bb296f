"""The program's status rules, against hand-computed cases."""

from datetime import date

import pytest

from ntm.store.status_rules import (
    ThresholdRow,
    criteria_met,
    criterion_status,
    gap_to_threshold,
    indicator_status,
    is_recognised,
    reaches_tier,
    threshold_for,
)


@pytest.mark.parametrize(
    ("value", "threshold", "direction", "recorded", "expected"),
    [
        (46.0, 45.0, ">=", None, "met"),
        (45.0, 45.0, ">=", None, "met"),
        (44.9, 45.0, ">=", "met", "not_met"),  # the threshold decides, not the recorded status
        (5.0, 6.0, "<=", None, "met"),
        (6.1, 6.0, "<=", None, "not_met"),
        (100.0, 100.0, "=", None, "met"),
        (99.9, 100.0, "=", None, "not_met"),
        (None, 45.0, ">=", "met", "unknown"),  # no value under a numeric threshold: unknown
        (float("nan"), 45.0, ">=", None, "unknown"),
        (None, None, "=", "met", "met"),  # no threshold: the recorded status decides
        (None, None, "=", "not_met", "not_met"),
        (None, None, "=", "not_applicable", "not_applicable"),
        (None, None, "=", None, "unknown"),
        (None, None, "=", "unknown", "unknown"),
        (1.0, 50.0, None, "met", "met"),  # a threshold without a direction cannot be applied
    ],
)
def test_indicator_status(value, threshold, direction, recorded, expected):
    assert indicator_status(value, threshold, direction, recorded) == expected


def test_criterion_is_met_only_when_every_indicator_is_met():
    assert criterion_status(["met", "met", "met"]) == "met"


def test_not_applicable_indicator_counts_as_met():
    assert criterion_status(["met", "not_applicable"]) == "met"


def test_commune_with_unknown_indicator_does_not_count_as_met():
    assert criterion_status(["met", "unknown"]) == "unknown"


def test_one_unmet_indicator_makes_the_criterion_not_met_even_beside_an_unknown():
    assert criterion_status(["unknown", "not_met", "met"]) == "not_met"


def test_criterion_without_indicators_is_unknown():
    assert criterion_status([]) == "unknown"


def test_criteria_met_counts_only_met_criteria():
    assert criteria_met(["met", "unknown", "not_met", "met"]) == 2


def test_reaching_a_tier_needs_every_criterion_met():
    assert reaches_tier(["met"] * 19)
    assert not reaches_tier(["met"] * 18 + ["unknown"])
    assert not reaches_tier([])


@pytest.mark.parametrize(
    ("decision", "revoked", "period_end", "expected"),
    [
        (date(2019, 3, 15), None, date(2019, 6, 30), True),
        (date(2019, 3, 15), None, date(2018, 12, 31), False),  # decided after the period ended
        (date(2019, 6, 30), None, date(2019, 6, 30), True),  # on the last day counts
        (date(2017, 1, 1), date(2019, 5, 1), date(2019, 6, 30), False),  # revoked by then
        (date(2017, 1, 1), date(2019, 7, 1), date(2019, 6, 30), True),  # revoked only later
        (None, None, date(2019, 6, 30), False),
    ],
)
def test_recognition_at_the_end_of_a_period(decision, revoked, period_end, expected):
    assert is_recognised(decision, revoked, period_end) is expected


def test_threshold_for_prefers_the_region_row_and_the_year_in_force():
    rows = [
        ThresholdRow("DBSH", 2019, 2019, 40.0),
        ThresholdRow("DBSH", 2020, None, 45.0),
        ThresholdRow(None, 2016, None, 35.0),
    ]
    assert threshold_for(rows, "DBSH", 2019) == 40.0
    assert threshold_for(rows, "DBSH", 2024) == 45.0
    assert threshold_for(rows, "TDMNPB", 2019) == 35.0  # no row of its own: the all-regions row
    assert threshold_for(rows, "DBSH", 2018) == 35.0
    assert threshold_for(rows, "DBSH", 2015) is None


def test_overlapping_threshold_ranges_take_the_latest_start():
    rows = [ThresholdRow(None, 2016, 2020, 80.0), ThresholdRow(None, 2019, 2020, 85.0)]
    assert threshold_for(rows, "DBSH", 2019) == 85.0
    assert threshold_for(rows, "DBSH", 2018) == 80.0


@pytest.mark.parametrize(
    ("value", "threshold", "direction", "expected"),
    [
        (42.0, 45.0, ">=", 3.0),
        (47.0, 45.0, ">=", 0.0),
        (8.5, 6.0, "<=", 2.5),
        (97.0, 100.0, "=", 3.0),
        (None, 45.0, ">=", None),
    ],
)
def test_gap_to_threshold(value, threshold, direction, expected):
    assert gap_to_threshold(value, threshold, direction) == expected
