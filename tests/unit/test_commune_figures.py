"""The commune page's figures (ntm.figures.commune) on a few rows written as CSV, expected values by hand."""

from datetime import date
from io import StringIO

import pandas as pd
import pytest

from ntm.figures.commune import (
    FUNDING_SOURCES,
    SetChangeCounts,
    comparable_criteria_met_change,
    criteria_met_change,
    criterion_changes,
    criterion_grid,
    date_position,
    funding_by_source,
    funding_total,
    highest_recognised_tier,
    indicator_change,
    period_position,
    plan_status,
    selected_criterion,
    set_change_counts,
    set_change_summary,
    village_summary,
)


def _csv(text: str, **kwargs) -> pd.DataFrame:
    return pd.read_csv(StringIO(text.strip()), **kwargs)


def _recognitions(text: str) -> pd.DataFrame:
    frame = _csv(text, dtype=str)
    frame["revoked_date"] = pd.to_datetime(frame["revoked_date"])
    return frame


def test_highest_tier_in_force_wins():
    rows = _recognitions(
        """
tier,decision_no,decision_date,revoked_date
ntm,1/QĐ,2018-05-01,
advanced,2/QĐ,2021-05-01,
"""
    )
    assert highest_recognised_tier(rows) == "advanced"


def test_a_revoked_decision_no_longer_gives_its_tier():
    rows = _recognitions(
        """
tier,decision_no,decision_date,revoked_date
ntm,1/QĐ,2018-05-01,
advanced,2/QĐ,2021-05-01,2022-01-01
"""
    )
    assert highest_recognised_tier(rows) == "ntm"


def test_no_decision_means_no_tier():
    rows = _recognitions("tier,decision_no,decision_date,revoked_date\nntm,1/QĐ,2018-05-01,2019-01-01")
    assert highest_recognised_tier(rows) is None
    assert highest_recognised_tier(rows.iloc[0:0]) is None


@pytest.mark.parametrize(
    ("target_year", "period_end", "recognised_year", "reaches", "expected"),
    [
        (2020, date(2020, 6, 30), 2020, True, "on_time"),
        (2020, date(2021, 6, 30), 2019, True, "on_time"),  # recognised for an earlier year
        (2018, date(2024, 12, 31), 2018, True, "on_time"),  # Quang Yên: "đạt chuẩn năm 2018", signed 03/2019
        (2018, date(2024, 12, 31), 2019, True, "late"),
        (2021, date(2020, 6, 30), None, True, "awaiting"),
        (2021, date(2022, 6, 30), None, True, "awaiting"),  # criteria met but undecided, even past the year
        (2021, date(2021, 12, 31), None, False, "in_progress"),  # the target year's last day: not yet late
        (2021, date(2022, 6, 30), None, False, "overdue"),
    ],
)
def test_plan_status(target_year, period_end, recognised_year, reaches, expected):
    assert plan_status(target_year, period_end, recognised_year, reaches) == expected


def test_half_years_sit_in_the_middle_of_their_half():
    assert period_position(2019, 1) == 2019.25
    assert period_position(2019, 2) == 2019.75


def test_days_sit_at_their_fraction_of_the_year():
    assert date_position(date(2019, 1, 1)) == 2019.0
    assert date_position(date(2019, 3, 15)) == pytest.approx(2019 + 73 / 365)  # 31 + 28 + 14 days before
    assert date_position(date(2020, 7, 2)) == 2020.5  # leap year: 183 of 366 days before
    assert (
        period_position(2019, 1) - 0.25 <= date_position(date(2019, 3, 15)) < period_position(2019, 1) + 0.25
    )


def test_change_in_criteria_met_against_the_period_before():
    history = _csv("period,criteria_met\n2019-H2,2\n2020-H1,3")
    assert criteria_met_change(history) == 1
    assert criteria_met_change(_csv("period,criteria_met\n2018-H1,17\n2018-H2,15")) == -2
    assert criteria_met_change(history.iloc[:1]) is None


def test_criterion_grid_puts_criteria_in_rows_and_periods_in_columns():
    history = _csv(
        """
period,criterion_no,status
2020-H1,2,met
2019-H2,1,met
2019-H2,2,not_met
2020-H1,1,unknown
2020-H1,3,met
"""
    )
    grid = criterion_grid(history)
    assert grid.index.tolist() == [1, 2, 3]
    assert grid.columns.tolist() == ["2019-H2", "2020-H1"]
    assert grid.values.tolist() == [["met", "unknown"], ["not_met", "met"], [None, "met"]]


def test_criterion_grid_of_nothing_is_empty():
    assert criterion_grid(_csv("period,criterion_no,status\n2020-H1,1,met").iloc[0:0]).empty


def test_village_summary_counts_assessed_reaching_and_recognised():
    villages = _csv(
        """
village_code,set_id,reaches,recognised
01,V1,True,True
02,V1,True,False
03,V1,False,False
04,,False,True
"""
    )
    summary = village_summary(villages)
    assert (summary.villages, summary.assessed, summary.reaching, summary.recognised) == (4, 3, 2, 2)


def test_funding_lists_the_six_sources_in_order_with_shares():
    funding = _csv("source_category,amount_mvnd\ncentral,1200.5\ncommunity,300")
    table = funding_by_source(funding)
    assert table["source_category"].tolist() == list(FUNDING_SOURCES)
    assert table["amount_mvnd"].tolist() == [1200.5, 0.0, 0.0, 0.0, 0.0, 300.0]
    assert table["share"].tolist()[0] == pytest.approx(1200.5 / 1500.5)
    assert table["share"].tolist()[5] == pytest.approx(300 / 1500.5)
    assert funding_total(funding) == 1500.5


def test_funding_total_adds_tenths_exactly():
    funding = _csv("source_category,amount_mvnd\ncentral,0.1\nlocal,0.2\ncredit,0.3")
    assert funding_total(funding) == 0.6


def test_no_funding_row_means_no_total_not_zero():
    empty = _csv("source_category,amount_mvnd\ncentral,1").iloc[0:0]
    assert funding_total(empty) is None
    assert funding_by_source(empty)["share"].isna().all()


def test_selected_row_gives_its_criterion_number():
    criteria = _csv("criterion_no,name_vi\n1,Thu nhập\n2,Môi trường\n3,Điện")
    assert selected_criterion(criteria, [1]) == 2
    assert selected_criterion(criteria, []) is None
    assert selected_criterion(criteria, [7]) is None  # a selection left over from a longer table


# Old set against new (`set_change_indicators` of one xã): criterion 1 has 1.1 met before and not now and
# fails; criterion 2 has 2.1 not met before and met now and passes; criterion 3 has 3.1 met both times but
# 3.2 (no counterpart) not met: it fails, but not because of the change.
SET_CHANGE = pd.DataFrame(
    {
        "unit_code": ["00001"] * 4,
        "criterion_no": [1, 2, 3, 3],
        "criterion_vi": ["Một", "Hai", "Ba", "Ba"],
        "criterion_en": ["One", "Two", "Three", "Three"],
        "criterion_status": ["not_met", "met", "not_met", "not_met"],
        "indicator_code": ["1.1", "2.1", "3.1", "3.2"],
        "status": ["not_met", "met", "met", "not_met"],
        "old_status": ["met", "not_met", "met", None],
    }
)


@pytest.mark.parametrize(
    ("old", "new", "change"),
    [
        ("met", "not_met", "lost"),
        ("not_applicable", "not_met", "lost"),
        ("not_met", "met", "gained"),
        ("not_met", "not_applicable", "gained"),
        ("met", "met", "same"),
        ("unknown", "not_met", "same"),
        (None, "not_met", "same"),  # no counterpart in the old set
        ("met", "unknown", "same"),
    ],
)
def test_an_indicator_is_lost_or_gained_only_between_known_results(old, new, change):
    assert indicator_change(old, new) == change


def test_a_criterion_newly_fails_or_passes_only_through_an_indicator_that_changed():
    changes = criterion_changes(SET_CHANGE)
    assert changes[["criterion_no", "lost", "gained", "change"]].values.tolist() == [
        [1, ["1.1"], [], "newly_failing"],
        [2, [], ["2.1"], "newly_passing"],
        [3, [], [], "same"],
    ]


def test_set_change_summary_lists_each_communes_newly_failing_and_passing_criteria():
    standing = {
        "name": "An", "district_name": None, "old_set_id": "O", "old_period": "2025-H2", "old_criteria_met": 3,
        "old_criteria_total": 3, "new_set_id": "N", "new_period": "2026-H1", "new_criteria_met": 1,
        "new_criteria_total": 3,
    }  # fmt: skip
    other = SET_CHANGE.assign(unit_code="00002", status="met", criterion_status="met", old_status="met")
    rows = pd.concat([SET_CHANGE, other], ignore_index=True).assign(**standing)
    summary = set_change_summary(rows)
    assert summary[["unit_code", "newly_failing", "newly_passing"]].values.tolist() == [
        ["00001", [1], [2]],
        ["00002", [], []],
    ]
    assert set_change_counts(summary) == SetChangeCounts(communes=2, newly_failing=1, newly_passing=1)
    assert set_change_summary(rows.iloc[:0]).empty


def test_criteria_met_change_is_none_across_sets_of_a_different_size():
    across = _csv("period,criteria_met,criteria_total\n2025-H2,19,19\n2026-H1,9,10")
    assert comparable_criteria_met_change(across) is None
    within = _csv("period,criteria_met,criteria_total\n2025-H2,17,19\n2026-H1,19,19")
    assert comparable_criteria_met_change(within) == 2
