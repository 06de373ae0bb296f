"""Pace and projection, against hand-computed values."""

import pandas as pd
import pytest

from ntm.figures.pace import pace_view, plan_verdicts, projection, recent_pace, tier_shares

SERIES = pd.DataFrame(
    {
        "period": ["2018-H1", "2018-H2", "2019-H1", "2019-H2", "2020-H1"],
        "communes": [10, 10, 10, 10, 10],
        "recognised_ntm": [2, 2, 3, 4, 5],
        "recognised_advanced": [0, 0, 0, 0, 0],
        "recognised_model_commune": [0, 0, 0, 0, 0],
    }
)


def test_shares_per_tier():
    shares = tier_shares(SERIES)
    ntm = shares[shares["tier"] == "ntm"]["share"].tolist()
    assert ntm == [0.2, 0.2, 0.3, 0.4, 0.5]


def test_recent_pace_is_the_slope_of_the_last_four_half_years():
    # Last four: 0.2, 0.3, 0.4, 0.5 → exactly +0.1 per half-year.
    assert recent_pace(tier_shares(SERIES), "ntm") == pytest.approx(0.1)
    assert recent_pace(tier_shares(SERIES), "advanced") == pytest.approx(0.0)


def test_projection_runs_to_the_end_of_the_target_year_and_stops_at_100_percent():
    projected = projection(tier_shares(SERIES), "ntm", 2021)
    assert projected["period"].tolist() == ["2020-H1", "2020-H2", "2021-H1", "2021-H2"]
    assert projected["share"].tolist() == pytest.approx([0.5, 0.6, 0.7, 0.8])
    assert projection(tier_shares(SERIES), "ntm", 2023)["share"].iloc[-1] == 1.0


def test_plan_verdicts_compare_the_projection_with_the_plan():
    plans = {"ntm": pd.DataFrame({"year": [2020, 2021], "planned": [6, 9]})}
    (verdict,) = plan_verdicts(tier_shares(SERIES), plans, communes=10, from_year=2020)
    assert (verdict.target_year, verdict.planned_share) == (2021, 0.9)
    assert verdict.projected_share == pytest.approx(0.8)
    assert not verdict.will_be_met
    (easy,) = plan_verdicts(
        tier_shares(SERIES), {"ntm": pd.DataFrame({"year": [2021], "planned": [7]})}, 10, 2020
    )
    assert easy.will_be_met


def test_no_plan_ahead_no_verdict():
    plans = {"ntm": pd.DataFrame({"year": [2017], "planned": [3]})}
    assert plan_verdicts(tier_shares(SERIES), plans, 10, 2020) == []


def test_pace_view_projects_each_tier_with_a_plan_or_a_share_to_its_last_plan_year():
    plans = {"ntm": pd.DataFrame({"year": [2020, 2022], "planned": [6, 9]})}
    view = pace_view(SERIES, plans, "2020-H1")
    assert set(view.projections) == {"ntm"}  # nobody is advanced or model yet, and no plan for them
    assert view.projections["ntm"]["period"].iloc[-1] == "2022-H2"
    assert [(v.tier, v.target_year) for v in view.verdicts] == [("ntm", 2022)]
    assert view.verdicts[0].will_be_met  # 0.5 + 0.1 × 5 half-years → 100 % ≥ 90 %


def test_verdict_sentences_read_aloud():
    from ntm.figures.pace import PlanVerdict
    from ntm.tables.pace import verdict_sentence

    late = PlanVerdict("ntm", 2021, 0.9, 0.8)
    assert verdict_sentence(late, "vi") == (
        "Theo tốc độ của 2 năm gần đây, kế hoạch đạt chuẩn NTM đến năm 2021 (90,0 %) sẽ KHÔNG đạt: dự báo chỉ 80,0 %."
    )
    assert "will be met" in verdict_sentence(PlanVerdict("advanced", 2025, 0.4, 0.5), "en")
