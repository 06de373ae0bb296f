"""The pure figures of the advanced-NTM page (ntm.figures.advanced), values by hand."""

import io

import pandas as pd

from ntm.figures.advanced import (
    blocking_criteria,
    candidate_table,
    not_candidates,
    recognised_table,
    target_line,
    tier_summary,
)


def _csv(text: str, **dtypes) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype={"unit_code": str, **dtypes})


RESULTS = _csv(
    """unit_code,name,district_name,candidate,set_id,criteria_total,criteria_met,criteria_unknown,reaches,recognised,decision_no,decision_date
01,An,H1,True,A1,10,10,0,True,True,40/QĐ,2020-05-15
02,Bình,H1,True,A1,10,7,2,False,False,,
03,Cát,H1,False,A1,10,9,0,False,False,,
04,Dũng,H2,True,A1,10,8,1,False,False,,
05,Ê,H2,True,,,,,False,True,41/QĐ,2021-01-02
""",
    decision_date=str,
)

CRITERIA = _csv(
    """unit_code,criterion_no,name_vi,name_en,status
01,1,Thu nhập,Income,met
01,2,Môi trường,Environment,met
02,1,Thu nhập,Income,not_met
02,2,Môi trường,Environment,unknown
03,1,Thu nhập,Income,not_met
03,2,Môi trường,Environment,not_met
04,1,Thu nhập,Income,not_met
04,2,Môi trường,Environment,met
"""
)


def test_summary_counts_candidates_apart_from_the_others_and_averages_assessed_candidates():
    summary = tier_summary(RESULTS)
    assert (summary.communes, summary.candidates, summary.not_candidates) == (5, 4, 1)
    assert (summary.reaching, summary.recognised, summary.waiting) == (1, 2, 2)
    assert summary.average_met == (10 + 7 + 8) / 3  # Ê is not assessed


def test_summary_of_no_candidate_has_no_average():
    summary = tier_summary(RESULTS[RESULTS["unit_code"] == "03"])
    assert (summary.candidates, summary.average_met) == (0, None)


def test_candidates_are_sorted_by_criteria_met_then_name_unassessed_last():
    assert candidate_table(RESULTS)["name"].tolist() == ["An", "Dũng", "Bình", "Ê"]
    assert not_candidates(RESULTS) == ["Cát"]


def test_recognised_communes_newest_decision_first():
    assert recognised_table(RESULTS)["name"].tolist() == ["Ê", "An"]


def test_blocking_criteria_count_only_candidates_waiting_for_recognition():
    blocking = blocking_criteria(CRITERIA, RESULTS)
    # Waiting: Bình (1 not met, 2 unknown) and Dũng (1 not met); Cát is no candidate, An is recognised.
    assert blocking.values.tolist() == [
        [1, "Thu nhập", "Income", 2, 0, 2],
        [2, "Môi trường", "Environment", 0, 1, 2],
    ]


def test_blocking_criteria_are_empty_when_nobody_waits():
    assert blocking_criteria(CRITERIA, RESULTS[RESULTS["unit_code"] == "01"]).empty


def test_target_line_adds_each_years_plan_to_those_recognised_before():
    plan = pd.DataFrame({"target_year": [2021, 2020], "planned": [3, 2]})
    series = pd.DataFrame({"period": ["2019-H1", "2019-H2"], "recognised": [1, 2]})
    assert target_line(plan, series).values.tolist() == [[2020, 3], [2021, 6]]
    assert target_line(plan, series.iloc[0:0]).values.tolist() == [[2020, 2], [2021, 5]]
    assert target_line(plan.iloc[0:0], series).empty
