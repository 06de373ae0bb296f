from datetime import date

import pytest

from ntm.bins import BinsError, bins_for_set, bins_of_total, count_by_bin, parse_bins
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


def test_bins_of_19_criteria_are_the_reports_bins():
    # 3/4, 1/2 and 1/4 of 19 are 14,25, 9,5 and 4,75: the fewest criteria reaching them are 15, 10 and 5.
    assert bins_of_total(19) == parse_bins("19;15-18;10-14;5-9;0-4")


def test_bins_of_10_criteria_by_hand():
    # 3/4, 1/2 and 1/4 of 10 are 7,5, 5 and 2,5: the bins start at 8, 5 and 3.
    bins = bins_of_total(10)
    assert [(b.low, b.high) for b in bins] == [(10, 10), (8, 9), (5, 7), (3, 4), (0, 2)]
    assert [b.label for b in bins] == ["10", "8–9", "5–7", "3–4", "< 3"]


@pytest.mark.parametrize("total", [0, 1, 2, 3, 4, 5, 10, 19, 47])
def test_derived_bins_cover_every_count_once_with_the_full_set_alone_on_top(total):
    bins = bins_of_total(total)
    assert (bins[0].low, bins[0].high) == (total, total)
    counts = [n for _, n in count_by_bin(range(total + 1), bins)]
    assert counts == [b.high - b.low + 1 for b in bins] and all(counts)
    assert sum(counts) == total + 1  # every count 0…N in exactly one bin


def test_small_sets_drop_the_bins_they_would_leave_empty():
    assert [(b.low, b.high) for b in bins_of_total(3)] == [(3, 3), (2, 2), (1, 1), (0, 0)]
    assert [(b.low, b.high) for b in bins_of_total(1)] == [(1, 1), (0, 0)]


def test_configured_bins_win_for_a_set_with_their_total():
    assert bins_for_set(19, "19;17-18;0-16") == parse_bins("19;17-18;0-16")


def test_configured_bins_for_another_total_give_way_to_the_derived_ones():
    # NTM_BINS written for the 19 criteria of 2021–2025 would put no xã in "19" under a 10-criterion set.
    assert bins_for_set(10, "19;15-18;10-14;5-9;0-4") == bins_of_total(10)


def test_without_configured_bins_the_set_total_decides():
    assert bins_for_set(10, "") == bins_of_total(10)
    assert bins_for_set(19, "  ") == bins_of_total(19)


def test_badly_configured_bins_are_still_refused():
    with pytest.raises(BinsError):
        bins_for_set(19, "15-18;17-19")
