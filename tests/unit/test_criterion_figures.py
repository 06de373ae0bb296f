"""The criterion page's figures (ntm.figures.criterion) on a few rows, expectations computed by hand."""

import io

import pandas as pd
import pytest

from ntm.figures.criterion import (
    indicator_distribution,
    met_shares,
    nice_step,
    period_summary,
    set_changes,
    threshold_lines,
)
from ntm.tables.criterion import thresholds_applied


def _frame(text: str) -> pd.DataFrame:
    return pd.read_csv(
        io.StringIO(text),
        dtype={"unit_code": str, "region": str, "set_id": str, "commune_group": str, "threshold_class": str},
    )


TREND = _frame(
    """period,set_id,set_years,communes,met,not_met,unknown
2019-H2,S1,2016–2020,4,2,0,2
2020-H1,S1,2016–2020,3,2,1,0
2020-H2,S2,2021–2025,3,2,1,0
2021-H1,S2,2021–2025,0,0,0,0
"""
)

# Income 1.1 in 2020-H1 of the mini fixture: An and Bình (DBSH, threshold 45), Cát (TDMNPB, 35).
INCOME = _frame(
    """unit_code,name,region,kind,direction,value,threshold_value,status
00003,Cát,TDMNPB,number,>=,40,35,met
00002,Bình,DBSH,number,>=,44,45,not_met
00001,An,DBSH,number,>=,46,45,met
"""
)


def test_period_summary_reads_the_periods_row():
    summary = period_summary(TREND, "2020-H1")
    assert (summary.communes, summary.met, summary.not_met, summary.unknown) == (3, 2, 1, 0)
    assert summary.met_share == pytest.approx(2 / 3)


def test_period_summary_of_a_period_without_assessments_is_all_zero_and_has_no_share():
    summary = period_summary(TREND, "2031-H1")
    assert (summary.communes, summary.met, summary.not_met, summary.unknown) == (0, 0, 0, 0)
    assert summary.met_share is None
    assert period_summary(TREND, "2021-H1").met_share is None


def test_met_share_per_period_leaves_periods_without_communes_empty():
    assert met_shares(TREND) == [pytest.approx(0.5), pytest.approx(2 / 3), pytest.approx(2 / 3), None]


def test_set_changes_mark_the_first_period_of_each_new_set():
    assert set_changes(TREND) == [(2, "2021–2025")]
    assert set_changes(TREND.iloc[:2]) == []
    assert set_changes(TREND.iloc[:0]) == []


@pytest.mark.parametrize(
    ("span", "step"),
    [
        (11, 2.0),  # 11 / 8 = 1,375 → 2
        (25, 5.0),  # 3,125 → 5
        (100, 20.0),  # 12,5 → 20
        (16, 2.0),  # exactly 2
        (18, 2.5),  # 2,25 → 2,5
        (0.8, 0.1),
        (0, 1.0),  # every value equal: one unit wide
    ],
)
def test_nice_step_is_one_two_two_and_a_half_or_five_times_a_power_of_ten(span, step):
    assert nice_step(span) == pytest.approx(step)


def test_threshold_lines_name_the_regions_of_each_threshold_most_common_first():
    lines = threshold_lines(INCOME)
    assert lines.values.tolist() == [[45.0, "DBSH", 2], [35.0, "TDMNPB", 1]]


def test_threshold_lines_leave_out_communes_without_a_threshold():
    no_threshold = INCOME.assign(threshold_value=[None, 45.0, None])
    assert threshold_lines(no_threshold).values.tolist() == [[45.0, "DBSH", 1]]


def test_distribution_bins_fall_on_the_most_common_threshold_and_count_by_status():
    # Values 40, 44, 46 and thresholds 35, 45: span 46 − 35 = 11 → step 2; edges on 45: … 43, 45, 47.
    distribution = indicator_distribution(INCOME)
    bins = distribution.bins
    assert bins["low"].tolist() == [35, 37, 39, 41, 43, 45]
    assert bins["high"].tolist() == [37, 39, 41, 43, 45, 47]
    assert bins["met"].tolist() == [0, 0, 1, 0, 0, 1]  # Cát 40 in 39–41, An 46 in 45–47
    assert bins["not_met"].tolist() == [0, 0, 0, 0, 1, 0]  # Bình 44 in 43–45, below 45
    assert bins["unknown"].tolist() == [0] * 6
    assert (distribution.with_value, distribution.without_value, distribution.total) == (3, 0, 3)


def test_a_value_on_a_at_most_threshold_falls_in_the_bin_below_it():
    poverty = _frame(
        """unit_code,name,region,kind,direction,value,threshold_value,status
00001,An,DBSH,number,<=,6,6,met
00002,Bình,DBSH,number,<=,7,6,not_met
00003,Cát,DBSH,number,<=,2,6,met
"""
    )
    # Span 7 − 2 = 5 → step 1 (0,625 → 1); bins (low, high]: 2 in (1, 2], 6 in (5, 6], 7 in (6, 7].
    bins = indicator_distribution(poverty).bins
    assert bins["high"].tolist() == [2, 3, 4, 5, 6, 7]
    assert bins["met"].tolist() == [1, 0, 0, 0, 1, 0]
    assert bins["not_met"].tolist() == [0, 0, 0, 0, 0, 1]


def test_decimal_values_land_in_their_own_bin_despite_float_noise():
    water = _frame(
        """unit_code,name,region,kind,direction,value,threshold_value,status
00001,An,DBSH,number,>=,80.3,80,met
00002,Bình,DBSH,number,>=,80.0,80,met
00003,Cát,DBSH,number,>=,79.9,80,not_met
"""
    )
    # Span 0,4 → step 0,05; 80,3 is exactly 6 steps above 80 and belongs to 80,3–80,35.
    bins = indicator_distribution(water).bins
    row = bins[bins["met"] + bins["not_met"] > 0]
    assert row["low"].tolist() == [79.9, 80.0, 80.3]
    assert row["not_met"].tolist() == [1, 0, 0]


def test_the_bins_of_a_percentage_stop_at_zero_and_one_hundred():
    sanitation = _frame(
        """unit_code,name,region,kind,direction,value,threshold_value,status
00001,An,DBSH,percent,>=,100,98,met
00002,Bình,DBSH,percent,>=,90,98,not_met
00003,Cát,DBSH,percent,>=,61,98,not_met
"""
    )
    # Span 100 − 61 = 39 → step 5 (4,875 → 5); edges on 98: 58, 63, …, 93, 98, 103 → last bin 98–100.
    bins = indicator_distribution(sanitation).bins
    assert bins["low"].tolist() == [58, 63, 68, 73, 78, 83, 88, 93, 98]
    assert bins["high"].tolist() == [63, 68, 73, 78, 83, 88, 93, 98, 100]
    assert bins["met"].tolist() == [0] * 8 + [1]
    assert bins["not_met"].tolist() == [1, 0, 0, 0, 0, 0, 1, 0, 0]
    # Values 0,1 to 5 around 2,5: step 1, edges on 2,5, so the first bin would start at −0,5.
    low_share = sanitation.assign(value=[0.1, 5, 3], threshold_value=[2.5, 2.5, 2.5])
    assert indicator_distribution(low_share).bins["low"].tolist() == [0, 0.5, 1.5, 2.5, 3.5, 4.5]


def test_communes_without_a_value_are_counted_apart_and_not_binned():
    water = _frame(
        """unit_code,name,region,kind,direction,value,threshold_value,status
00001,An,DBSH,number,>=,85,80,met
00002,Bình,DBSH,number,>=,90,80,met
00003,Cát,TDMNPB,number,>=,,80,unknown
"""
    )
    distribution = indicator_distribution(water)
    assert (distribution.with_value, distribution.without_value) == (2, 1)
    assert int(distribution.bins[["met", "not_met", "unknown"]].to_numpy().sum()) == 2


def test_no_value_at_all_gives_no_bins():
    empty = INCOME.assign(value=[None, None, None], status=["unknown"] * 3)
    distribution = indicator_distribution(empty)
    assert distribution.bins.empty
    assert (distribution.with_value, distribution.without_value) == (0, 3)
    assert distribution.thresholds["threshold_value"].tolist() == [45.0, 35.0]


def test_a_value_without_threshold_is_binned_as_unknown_from_zero():
    no_threshold = _frame(
        """unit_code,name,region,kind,direction,value,threshold_value,status
00001,An,DBSH,number,>=,3,,unknown
00002,Bình,DBSH,number,>=,5,,met
"""
    )
    distribution = indicator_distribution(no_threshold)
    assert distribution.thresholds.empty
    bins = distribution.bins  # span 2 → step 0,25, edges from 0
    assert bins["low"].iloc[0] == 3 and bins["low"].iloc[-1] == 5
    assert bins["unknown"].sum() == 1 and bins["met"].sum() == 1


# 2026–2030: thresholds by commune group (group 1: 90, group 2 and the xã with no group: 80).
BY_GROUP = _frame(
    """unit_code,name,region,commune_group,threshold_basis,threshold_class,kind,direction,value,threshold_value,status
00010,An Bình,DBSH,1,commune_group,1,percent,>=,85,90,not_met
00012,Cát Lâm,DBSH,2,commune_group,2,percent,>=,85,80,met
00014,Đông,DBSH,2,commune_group,2,percent,>=,70,80,not_met
00015,Bắc,DBSH,,commune_group,,percent,>=,95,80,met
"""
)


def test_threshold_lines_of_a_set_keyed_by_group_name_the_groups():
    assert threshold_lines(BY_GROUP).values.tolist() == [[80.0, "2", 3], [90.0, "1", 1]]
    assert indicator_distribution(BY_GROUP).basis == "commune_group"
    assert indicator_distribution(INCOME).basis == "region"


def test_thresholds_applied_say_which_groups_threshold_applied_to_how_many():
    indicators = pd.DataFrame(
        {"indicator_code": ["1.1"], "kind": ["percent"], "direction": [">="], "unit": ["%"]}
    )
    assert thresholds_applied(indicator_distribution(BY_GROUP), indicators, "1.1", "vi") == (
        "Ngưỡng theo nhóm xã (bộ tiêu chí 2026–2030): nhóm 2: ≥ 80 % (3 xã); nhóm 1: ≥ 90 % (1 xã)."
    )
    region_indicators = indicators.assign(kind="number", unit=None)
    assert thresholds_applied(indicator_distribution(INCOME), region_indicators, "1.1", "vi") == (
        "Ngưỡng khác nhau theo vùng; mỗi ngưỡng được vẽ một đường, màu cột theo ngưỡng của từng xã."
    )
