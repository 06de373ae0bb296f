from datetime import date

import pytest

from ntm.bins import BinsError, count_by_bin, parse_bins
from ntm.periods import PeriodError, is_period, parse_period, period_range


def test_half_year_periods_end_on_30_june_and_31_december():
    assert parse_period("2019-H1").end == date(2019, 6, 30)
    assert parse_period("2019-H2").end == date(2019, 12, 31)


def test_previous_period_and_same_period_last_year():
    assert parse_period("2019-H1").previous().label == "2018-H2"
    assert parse_period("2019-H2").previous().label == "2019-H1"
    assert parse_period("2019-H1").same_period_last_year().label == "2018-H1"


@pytest.mark.parametrize("text", ["2019-H3", "2019H1", "19-H1", "2019-h1", "", None, "2019-H1 "])
def test_malformed_periods_are_refused(text):
    assert not is_period(text)
    with pytest.raises(PeriodError):
        parse_period(text)


def test_period_range_includes_both_ends():
    assert period_range("2018-H2", "2019-H2") == ["2018-H2", "2019-H1", "2019-H2"]


def test_default_bins_parse_highest_first_with_report_labels():
    bins = parse_bins("19;15-18;10-14;5-9;0-4")
    assert [b.label for b in bins] == ["19", "15–18", "10–14", "5–9", "< 5"]


def test_counting_by_bins_by_hand():
    bins = parse_bins("19;15-18;10-14;5-9;0-4")
    counts = count_by_bin([19, 19, 18, 15, 14, 3, 0, 9], bins)
    assert [n for _, n in counts] == [2, 2, 1, 1, 2]


def test_other_bins_are_configuration():
    bins = parse_bins("8-9;0-7")
    assert [n for _, n in count_by_bin([9, 8, 7, 1], bins)] == [2, 2]


@pytest.mark.parametrize("text", ["15-18;17-19", "18-15", "abc", ""])
def test_bad_bins_are_refused(text):
    with pytest.raises(BinsError):
        parse_bins(text)
