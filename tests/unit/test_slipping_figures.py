"""The Sụt giảm tiêu chí page's figures (ntm.figures.slipping) on a few rows, expectations computed by hand."""

import pytest

from ntm.figures.slipping import (
    DEFAULT_AT_RISK_MARGIN,
    at_risk_margin,
    headroom,
    is_at_risk,
    slip_summary,
    slipping_rows,
    slips_by_criterion,
)
from tests.unit.test_nearest_figures import COMMUNES, _frame  # the progress overlay's rows in 2020-H1


def test_margin_rule_flags_met_values_within_five_percent_of_the_threshold():
    assert is_at_risk(46, 45, ">=", "number", 0.05)  # 46 − 45 = 1 ≤ 2.25
    assert is_at_risk(47.25, 45, ">=", "number", 0.05)
    assert not is_at_risk(47.3, 45, ">=", "number", 0.05)
    assert not is_at_risk(85, 80, ">=", "percent", 0.05)  # 5 > 4
    assert is_at_risk(9.6, 10, "<=", "percent", 0.05)  # 10 − 9.6 = 0.4 ≤ 0.5
    assert not is_at_risk(9.4, 10, "<=", "percent", 0.05)
    assert not is_at_risk(None, 45, ">=", "number", 0.05)
    assert not is_at_risk(1, None, "=", "bool", 0.05)


def test_a_share_met_in_full_at_a_hundred_percent_is_not_at_risk():
    assert not is_at_risk(100, 100, ">=", "percent", 0.05)
    assert not is_at_risk(100, 98, ">=", "percent", 0.05)
    assert is_at_risk(99.5, 98, ">=", "percent", 0.05)
    assert not is_at_risk(0, 0.5, "<=", "percent", 0.05)
    assert is_at_risk(1, 1, ">=", "number", 0.05)  # one smart village of one needed: a count, at risk


def test_headroom_is_the_distance_on_the_safe_side():
    assert headroom(46, 45, ">=") == 1
    assert headroom(9.6, 10, "<=") == pytest.approx(0.4)


def test_margin_setting_reads_the_environment_with_a_default(monkeypatch):
    monkeypatch.delenv("NTM_AT_RISK_MARGIN", raising=False)
    assert at_risk_margin() == DEFAULT_AT_RISK_MARGIN == 0.05
    monkeypatch.setenv("NTM_AT_RISK_MARGIN", "0.1")
    assert at_risk_margin() == 0.1
    for bad in ("ten", "-1", "nan"):
        monkeypatch.setenv("NTM_AT_RISK_MARGIN", bad)
        assert at_risk_margin() == 0.05


# recognised_commune_indicators of the overlay in 2020-H1: An and Cát recognised NTM on S1.
INDICATORS = _frame(
    """tier,unit_code,name,set_id,criterion_no,criterion_vi,criterion_en,criterion_status,indicator_code,kind,direction,value,threshold_value,gap,indicator_status,last_met_period
ntm,00001,An,S1,1,Thu nhập,Income,met,1.1,number,>=,46,45,0,met,2019-H2
ntm,00001,An,S1,2,Môi trường,Environment,met,2.1,percent,>=,85,80,0,met,
ntm,00003,Cát,S1,1,Thu nhập,Income,met,1.1,number,>=,40,35,0,met,2019-H2
ntm,00003,Cát,S1,2,Môi trường,Environment,not_met,2.1,percent,>=,70,80,10,not_met,2019-H2
ntm,00003,Cát,S1,3,Điện,Electricity,unknown,3.1,bool,=,,,,unknown,
"""
)


def test_slipping_rows_keep_failing_then_no_data_then_near_threshold():
    rows = slipping_rows(INDICATORS, 0.05)
    assert rows[["name", "criterion_no", "situation", "headroom"]].astype(object).where(
        rows[["name", "criterion_no", "situation", "headroom"]].notna(), None
    ).values.tolist() == [
        ["Cát", 2, "failing", None],
        ["Cát", 3, "no_data", None],
        ["An", 1, "at_risk", 1.0],
    ]
    # A wider margin also catches An's water (85 − 80 = 5 ≤ 10 % of 80).
    assert len(slipping_rows(INDICATORS, 0.10)) == 4


def test_slip_summary_counts_communes_once():
    rows = slipping_rows(INDICATORS, 0.05)
    summary = slip_summary(COMMUNES, rows)
    # Recognised: An and Cát; Cát fails criterion 2 (its unknown 3 does not make it "no data" too).
    assert (summary.recognised, summary.slipping, summary.criteria_failing) == (2, 1, 1)
    assert (summary.no_data, summary.at_risk) == (0, 1)


def test_slips_by_criterion_counts_each_commune_in_its_worst_situation():
    counted = slips_by_criterion(slipping_rows(INDICATORS, 0.05))
    assert counted[["criterion_no", "failing", "no_data", "at_risk"]].values.tolist() == [
        [2, 1, 0, 0],
        [3, 0, 1, 0],
        [1, 0, 0, 1],
    ]
    assert slips_by_criterion(slipping_rows(INDICATORS.iloc[:0], 0.05)).empty
