"""Pace and projection, against hand-computed values."""

import pandas as pd
import pytest

from ntm.figures.pace import (
    last_denominators,
    pace_view,
    plan_shares,
    plan_verdicts,
    programme_target_points,
    projection,
    recent_pace,
    target_verdicts,
    tier_shares,
)
from ntm.figures.summary import headline_figures

NO_TARGETS = pd.DataFrame(
    columns=["scope_level", "scope_code", "tier", "target_year", "target_share", "target_count", "basis"]
)

SERIES = pd.DataFrame(
    {
        "period": ["2018-H1", "2018-H2", "2019-H1", "2019-H2", "2020-H1"],
        "communes": [10, 10, 10, 10, 10],
        "recognised_ntm": [2, 2, 3, 4, 5],
        "recognised_advanced": [0, 0, 0, 0, 0],
        "recognised_model_commune": [0, 0, 0, 0, 0],
        "recognised_modern": [0, 0, 0, 0, 0],
    }
)
# Every period assessed the NTM and the advanced sets (no model-commune set): tiers_by_period.
TIERS = pd.DataFrame(
    [(p, tier, set_id) for p in SERIES["period"] for tier, set_id in (("ntm", "S1"), ("advanced", "A1"))],
    columns=["period", "tier", "set_id"],
)


def tier_shares_of(series=SERIES, tiers=TIERS):
    return tier_shares(series, tiers)


def test_shares_per_tier():
    shares = tier_shares_of()
    ntm = shares[shares["tier"] == "ntm"]["share"].tolist()
    assert ntm == [0.2, 0.2, 0.3, 0.4, 0.5]
    assert set(shares["tier"]) == {"ntm", "advanced"}  # no model-commune set assessed: no share of it


def test_advanced_shares_are_counted_among_the_ntm_communes_not_all_communes():
    # The old tier_shares divided by every xã (1/10 = 10 %); the programme counts nâng cao among the NTM xã.
    series = SERIES.assign(recognised_advanced=[0, 1, 1, 2, 2])
    advanced = tier_shares_of(series).query("tier == 'advanced'")
    assert advanced["share"].tolist() == pytest.approx([0 / 2, 1 / 2, 1 / 3, 2 / 4, 2 / 5])
    assert advanced["denominator"].tolist() == [2, 2, 3, 4, 5]
    assert set(advanced["basis"]) == {"ntm_communes"}
    assert last_denominators(tier_shares_of(series)) == {"all_communes": 10, "ntm_communes": 5}


def test_trend_shares_are_the_headline_figures_of_each_period():
    # One rule for a share (figures.summary.official_share): the trend's point of a period is the figure
    # the headline shows for that period.
    series = SERIES.assign(recognised_advanced=[0, 1, 1, 2, 2])
    shares = tier_shares_of(series)
    for row in series.to_dict("records"):
        counts = pd.DataFrame(
            {
                "tier": ["ntm", "advanced"],
                "as_of": pd.Timestamp("2020-06-30"),
                "communes": row["communes"],
                "recognised": [row["recognised_ntm"], row["recognised_advanced"]],
                "ntm_recognised": row["recognised_ntm"],
            }
        )
        headline = headline_figures(counts, NO_TARGETS, None).set_index("measure")
        own = shares[shares["period"] == row["period"]].set_index("tier")
        for tier in ("ntm", "advanced"):
            assert own.loc[tier, "numerator"] == headline.loc[tier, "numerator"]
            assert own.loc[tier, "denominator"] == headline.loc[tier, "denominator"]
            assert own.loc[tier, "share"] == pytest.approx(headline.loc[tier, "share"] / 100)


# Across 1/7/2025: 10 old xã (8 then 9 NTM), then 4 new xã that start without recognitions (1, then 2 NTM).
REFORM_SERIES = pd.DataFrame(
    {
        "period": ["2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1"],
        "communes": [10, 10, 10, 4, 4],
        "recognised_ntm": [7, 8, 9, 1, 2],
        "recognised_advanced": [0, 0, 0, 0, 0],
        "recognised_model_commune": [0, 0, 0, 0, 0],
        "recognised_modern": [0, 0, 0, 0, 1],
    }
)
REFORM_TIERS = pd.DataFrame(
    [(p, "ntm", "S1") for p in REFORM_SERIES["period"][:4]]
    + [("2026-H1", "ntm", "S2"), ("2026-H1", "modern", "H1")],
    columns=["period", "tier", "set_id"],
)


def test_the_pace_after_the_reform_uses_only_the_periods_of_the_new_units():
    shares = tier_shares_of(REFORM_SERIES, REFORM_TIERS)
    # Shares, not counts: 0,9 of 10 old xã, then 1/4 = 0,25 and 2/4 = 0,5 of the new xã.
    assert shares.query("tier == 'ntm'")["share"].tolist() == pytest.approx([0.7, 0.8, 0.9, 0.25, 0.5])
    # Slope of 2025-H2 → 2026-H1 only: +0,25 a half-year (over the four last periods it would be negative).
    assert recent_pace(shares, "ntm") == pytest.approx(0.25)
    projected = projection(shares, "ntm", 2027)
    assert projected["period"].tolist() == ["2026-H1", "2026-H2", "2027-H1", "2027-H2"]
    assert projected["share"].tolist() == pytest.approx([0.5, 0.75, 1.0, 1.0])
    # Before the reform the pace is that of the old units: 0,7 → 0,8 → 0,9 is +0,1.
    before = tier_shares_of(REFORM_SERIES.iloc[:3], REFORM_TIERS)
    assert recent_pace(before, "ntm") == pytest.approx(0.1)
    # One period of the modern tier: no pace yet.
    assert recent_pace(shares, "modern") is None


TARGETS = pd.DataFrame(
    {
        "scope_level": ["national", "national", "national", "province", "province"],
        "scope_code": [None, None, None, "01", "01"],
        "tier": ["ntm", "ntm", "modern", "modern", "ntm"],
        "target_year": [2025, 2030, 2030, 2030, 2026],
        "target_share": [80.0, 65.0, 10.0, None, None],
        "target_count": [None, None, None, 3, 2],
        "basis": ["all_communes", "all_communes", "ntm_communes", "ntm_communes", "all_communes"],
        "legal_basis": [
            "263/QĐ-TTg",
            "NQ 257/2025/QH15",
            "NQ 257/2025/QH15",
            "Kế hoạch tỉnh",
            "Kế hoạch tỉnh",
        ],
    }
)


def test_programme_targets_apply_to_their_scope_and_era_on_their_own_base():
    shares = tier_shares_of(REFORM_SERIES, REFORM_TIERS)
    denominators = last_denominators(shares)
    assert denominators == {"all_communes": 4, "ntm_communes": 2}
    points = programme_target_points(TARGETS, ("province", "01"), "2026-H1", denominators)
    # The province's own targets and the nation's; the 2025 target (263/QĐ-TTg) belongs to the old units.
    got = {(r["scope_level"], r["tier"], r["target_year"]): r["share"] for r in points.to_dict("records")}
    assert got == pytest.approx(
        {
            ("province", "modern", 2030): 3 / 2,  # a count of 3 among today's 2 NTM xã
            ("province", "ntm", 2026): 2 / 4,  # a count of 2 among the 4 xã
            ("national", "ntm", 2030): 0.65,
            ("national", "modern", 2030): 0.10,  # of the NTM xã, as its base says
        }
    )
    assert set(points["period"]) == {"2030-H2", "2026-H2"}
    before = programme_target_points(
        TARGETS, ("national", None), "2024-H2", {"all_communes": 10, "ntm_communes": 8}
    )
    assert before[["tier", "target_year", "share"]].to_dict("records") == [
        {"tier": "ntm", "target_year": 2025, "share": 0.8}
    ]


def test_a_target_on_another_base_is_turned_into_the_share_of_the_tiers_base():
    # 10 % of every xã for the modern tier, plotted among the NTM xã: 0,1 × 4 xã = 0,4 of 2 NTM xã = 20 %.
    other = TARGETS.iloc[[2]].assign(basis="all_communes")
    points = programme_target_points(
        other, ("national", None), "2026-H1", {"all_communes": 4, "ntm_communes": 2}
    )
    assert points["share"].tolist() == pytest.approx([0.2])
    assert points["basis"].tolist() == ["ntm_communes"]


def test_target_verdicts_compare_the_projected_share_in_the_target_year():
    shares = tier_shares_of(REFORM_SERIES, REFORM_TIERS)
    points = programme_target_points(TARGETS, ("province", "01"), "2026-H1", last_denominators(shares))
    verdicts = {(v.tier, v.target_year, v.source): v for v in target_verdicts(shares, points)}
    ntm_2026 = verdicts[("ntm", 2026, "Kế hoạch tỉnh")]
    assert (ntm_2026.planned_share, ntm_2026.projected_share, ntm_2026.will_be_met) == (0.5, 0.75, True)
    assert ntm_2026.basis == "all_communes"
    assert (
        "modern",
        2030,
        "NQ 257/2025/QH15",
    ) not in verdicts  # one period of the modern tier: no projection


def test_recent_pace_is_the_slope_of_the_last_four_half_years():
    # Last four: 0.2, 0.3, 0.4, 0.5 → exactly +0.1 per half-year.
    assert recent_pace(tier_shares_of(), "ntm") == pytest.approx(0.1)
    assert recent_pace(tier_shares_of(), "advanced") == pytest.approx(0.0)


def test_projection_runs_to_the_end_of_the_target_year_and_stops_at_100_percent():
    projected = projection(tier_shares_of(), "ntm", 2021)
    assert projected["period"].tolist() == ["2020-H1", "2020-H2", "2021-H1", "2021-H2"]
    assert projected["share"].tolist() == pytest.approx([0.5, 0.6, 0.7, 0.8])
    assert projection(tier_shares_of(), "ntm", 2023)["share"].iloc[-1] == 1.0


def test_plan_verdicts_compare_the_projection_with_the_plan():
    plans = {"ntm": pd.DataFrame({"year": [2020, 2021], "planned": [6, 9]})}
    (verdict,) = plan_verdicts(tier_shares_of(), plan_shares(plans, {"all_communes": 10}), from_year=2020)
    assert (verdict.target_year, verdict.planned_share) == (2021, 0.9)
    assert verdict.projected_share == pytest.approx(0.8)
    assert not verdict.will_be_met
    (easy,) = plan_verdicts(
        tier_shares_of(),
        plan_shares({"ntm": pd.DataFrame({"year": [2021], "planned": [7]})}, {"all_communes": 10}),
        2020,
    )
    assert easy.will_be_met


def test_no_plan_ahead_no_verdict():
    plans = {"ntm": pd.DataFrame({"year": [2017], "planned": [3]})}
    assert plan_verdicts(tier_shares_of(), plan_shares(plans, {"all_communes": 10}), 2020) == []


def test_an_advanced_plan_is_a_share_of_the_ntm_communes():
    # 4 advanced xã planned for 2021 of the 5 NTM xã now = 80 % (the old code said 4 of 10 xã = 40 %).
    series = SERIES.assign(recognised_advanced=[0, 0, 1, 2, 3])
    plans = {"advanced": pd.DataFrame({"year": [2021], "planned": [4]})}
    shares = tier_shares_of(series)
    (verdict,) = plan_verdicts(shares, plan_shares(plans, last_denominators(shares)), 2020)
    assert verdict.planned_share == pytest.approx(0.8)
    assert verdict.basis == "ntm_communes"


def test_an_advanced_plan_is_a_share_of_the_xa_planned_ntm_by_its_year():
    # 5 NTM xã now of 10; the NTM plan expects 6 by 2020 and 9 by 2022 (cumulative, from plan_line).
    ntm_plan = pd.DataFrame({"year": [2020, 2022], "planned": [6, 9]})
    advanced_plan = pd.DataFrame({"year": [2019, 2021, 2025], "planned": [2, 4, 8]})
    shares = plan_shares(
        {"ntm": ntm_plan, "advanced": advanced_plan}, {"all_communes": 10, "ntm_communes": 5}
    )
    assert shares["ntm"].to_dict("list") == {
        "year": [2020, 2022], "planned": [6, 9], "base": [10, 10], "base_planned": [False, False],
        "share": [0.6, 0.9],
    }  # fmt: skip
    # 2019: no NTM plan year yet, the 5 NTM xã now; 2021: the 6 planned by 2020; 2025: the 9 planned by 2022.
    # 8 of the 5 NTM xã now would read 160 %.
    advanced = shares["advanced"]
    assert advanced["base"].tolist() == [5, 6, 9]
    assert advanced["base_planned"].tolist() == [False, True, True]
    assert advanced["share"].tolist() == pytest.approx([2 / 5, 4 / 6, 8 / 9])


def test_an_ntm_plan_below_the_ntm_xa_now_leaves_the_base_at_now_and_no_base_no_plan_shares():
    shares = plan_shares(
        {"ntm": pd.DataFrame({"year": [2019], "planned": [4]}),
         "advanced": pd.DataFrame({"year": [2021], "planned": [2]})},
        {"all_communes": 10, "ntm_communes": 5},
    )  # fmt: skip
    assert (shares["advanced"]["base"].tolist(), shares["advanced"]["base_planned"].tolist()) == (
        [5],
        [False],
    )
    # No NTM xã yet and no NTM plan: a nâng cao plan has nothing to be a share of.
    assert (
        plan_shares({"advanced": pd.DataFrame({"year": [2021], "planned": [2]})}, {"ntm_communes": 0}) == {}
    )


def test_the_advanced_verdict_reads_the_plan_against_the_xa_planned_ntm():
    series = SERIES.assign(recognised_advanced=[0, 0, 1, 2, 3])
    shares = tier_shares_of(series)
    plans = {
        "ntm": pd.DataFrame({"year": [2021], "planned": [8]}),
        "advanced": pd.DataFrame({"year": [2021], "planned": [4]}),
    }
    verdicts = {v.tier: v for v in plan_verdicts(shares, plan_shares(plans, last_denominators(shares)), 2020)}
    assert verdicts["advanced"].planned_share == pytest.approx(4 / 8)  # not 4 of the 5 NTM xã now (80 %)
    assert verdicts["ntm"].planned_share == pytest.approx(0.8)  # 8 of the 10 xã


def test_pace_view_projects_each_tier_with_a_plan_or_a_share_to_its_last_plan_year():
    plans = {"ntm": pd.DataFrame({"year": [2020, 2022], "planned": [6, 9]})}
    view = pace_view(SERIES, TIERS, plans, "2020-H1")
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
    target = PlanVerdict("advanced", 2025, 0.4, 0.3, source="Quyết định 263/QĐ-TTg", basis="ntm_communes")
    assert verdict_sentence(target, "vi") == (
        "Theo tốc độ gần đây, mục tiêu NTM nâng cao năm 2025 (40,0 % số xã đạt chuẩn NTM; Quyết định 263/QĐ-TTg) "
        "sẽ KHÔNG đạt: dự báo chỉ 30,0 %."
    )


def test_a_plan_of_a_tier_the_period_does_not_have_is_left_out():
    # 2026-H1 assesses NTM and hiện đại: a nâng cao plan for 2027 belongs to the old programme.
    plans = {
        "advanced": pd.DataFrame({"year": [2027], "planned": [3]}),
        "ntm": pd.DataFrame({"year": [2027], "planned": [3]}),
    }
    view = pace_view(REFORM_SERIES, REFORM_TIERS, plans, "2026-H1")
    assert set(view.plans) == {"ntm"}
    assert [(v.tier, v.planned_share) for v in view.verdicts] == [("ntm", 0.75)]  # 3 of the 4 new xã


def test_only_the_tiers_the_period_has_are_projected():
    # The former Sông Lô area in 2026-H1 drew the nâng cao line of the old units on into 2027.
    series = REFORM_SERIES.assign(recognised_advanced=[1, 2, 3, 0, 0])
    tiers = pd.concat(
        [
            REFORM_TIERS,
            pd.DataFrame([(p, "advanced", "NC") for p in series["period"][:3]], columns=REFORM_TIERS.columns),
        ],
        ignore_index=True,
    )
    assert set(pace_view(series, tiers, {}, "2026-H1").projections) == {"ntm"}
    assert set(pace_view(series.iloc[:3], tiers, {}, "2025-H1").projections) == {"ntm", "advanced"}
