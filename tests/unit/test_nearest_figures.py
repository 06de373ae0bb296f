"""The Gần đạt page's figures (ntm.figures.nearest) on a few rows, expectations computed by hand.

The rows are those of the progress overlay (tests/fixtures/progress) in 2020-H1: An recognised NTM,
one criterion from advanced (2.1 has no value); Bình (decision revoked) one criterion from NTM (income
44 < 45); Cát recognised NTM, two criteria from advanced (income 30 < 50, water 85 < 90).
"""

import io

import pandas as pd
import pytest

from ntm.figures.nearest import blockers, gaps_in_ranking_order, nearest_ranking, relative_gap, rollups


def _frame(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype={"unit_code": str, "set_id": str, "last_met_period": str})


COMMUNES = _frame(
    """unit_code,name,district_name,recognised_tier,next_tier,set_id,criteria_total,criteria_met,criteria_unmet,reaches
00001,An,Huyện Một,ntm,advanced,A1,2,1,1,False
00002,Bình,Huyện Một,,ntm,S1,3,2,1,False
00003,Cát,Huyện Hai,ntm,advanced,A1,2,0,2,False
"""
)

GAPS = _frame(
    """next_tier,unit_code,name,set_id,criterion_no,criterion_vi,criterion_en,criterion_status,indicator_code,kind,direction,value,threshold_value,gap,indicator_status
advanced,00001,An,A1,2,Nước sạch nâng cao,Advanced clean water,unknown,2.1,percent,>=,,90,,unknown
ntm,00002,Bình,S1,1,Thu nhập,Income,not_met,1.1,number,>=,44,45,1,not_met
advanced,00003,Cát,A1,1,Thu nhập nâng cao,Advanced income,not_met,1.1,number,>=,30,50,20,not_met
advanced,00003,Cát,A1,2,Nước sạch nâng cao,Advanced clean water,not_met,2.1,percent,>=,85,90,5,not_met
"""
)


def test_relative_gap_is_the_gap_as_a_share_of_the_threshold():
    assert relative_gap(20, 50, "not_met") == pytest.approx(0.4)
    assert relative_gap(1, 45, "not_met") == pytest.approx(1 / 45)


def test_an_indicator_without_a_numeric_gap_counts_as_a_whole_one():
    assert relative_gap(None, None, "not_met") == 1.0  # yes / no
    assert relative_gap(float("nan"), 90, "unknown") == 1.0  # no value
    assert relative_gap(3, 0, "not_met") == 1.0  # threshold 0: no share to take
    assert relative_gap(None, None, "not_applicable") == 0.0


def test_nearest_ranking_orders_by_criteria_unmet_then_relative_gap():
    ranked = nearest_ranking(COMMUNES, GAPS)
    # Bình 1 unmet, 1/45 ≈ 0.022; An 1 unmet (unknown: 1.0); Cát 2 unmet, 20/50 + 5/90 ≈ 0.456.
    assert ranked[["rank", "name", "next_tier", "criteria_unmet"]].values.tolist() == [
        [1, "Bình", "ntm", 1],
        [2, "An", "advanced", 1],
        [3, "Cát", "advanced", 2],
    ]
    assert ranked["relative_gap"].tolist() == pytest.approx([1 / 45, 1.0, 0.4 + 5 / 90])


def test_communes_without_a_next_tier_set_are_left_out_of_the_ranking():
    communes = pd.concat(
        [COMMUNES, _frame("unit_code,name,recognised_tier,next_tier,set_id\n00009,Mới,model_commune,,\n")]
    )
    assert nearest_ranking(communes, GAPS)["unit_code"].tolist() == ["00002", "00001", "00003"]


def test_blockers_count_communes_per_criterion_of_their_next_tier():
    counted = blockers(GAPS)
    # Cát's two rows for criterion 1 and 2 count once each; water (A1 2) misses An and Cát.
    assert counted[["next_tier", "criterion_no", "communes"]].values.tolist() == [
        ["advanced", 2, 2],
        ["ntm", 1, 1],
        ["advanced", 1, 1],
    ]
    assert blockers(GAPS, ["00001"])[["criterion_no", "communes"]].values.tolist() == [[2, 1]]


def test_rollup_per_tier_counts_one_away_communes_and_the_shares_before_and_after():
    ntm, advanced = rollups(COMMUNES, GAPS)
    # NTM: Bình one away; An and Cát recognised NTM → 2/3 now, 3/3 once Bình closes income.
    assert (ntm.tier, ntm.candidates, ntm.one_away, ntm.at_tier, ntm.communes) == ("ntm", 1, 1, 2, 3)
    assert (ntm.blocker_no, ntm.blocker_vi, ntm.blocker_communes) == (1, "Thu nhập", 1)
    assert ntm.share_now == pytest.approx(2 / 3) and ntm.share_after == pytest.approx(1.0)
    # Advanced: An one away (water, no data), Cát two away; nobody advanced yet → 0/3, then 1/3.
    assert (advanced.candidates, advanced.one_away, advanced.at_tier, advanced.nearest_unmet) == (2, 1, 0, 1)
    assert (advanced.blocker_no, advanced.blocker_en) == (2, "Advanced clean water")
    assert advanced.share_now == 0 and advanced.share_after == pytest.approx(1 / 3)


def test_rollup_counts_communes_meeting_every_criterion_as_at_the_tier():
    communes = COMMUNES.copy()
    communes.loc[communes["unit_code"] == "00002", ["criteria_met", "criteria_unmet", "reaches"]] = [
        3,
        0,
        True,
    ]
    (ntm, _) = rollups(communes, GAPS[GAPS["unit_code"] != "00002"])
    assert (ntm.one_away, ntm.awaiting, ntm.at_tier, ntm.blocker_no) == (0, 1, 3, None)
    assert ntm.share_now == pytest.approx(1.0)


def test_rollup_blocker_of_all_candidates_when_none_is_one_away():
    communes = COMMUNES[COMMUNES["unit_code"] == "00003"]
    (advanced,) = rollups(communes, GAPS)
    # Only Cát (two away): both its criteria block one commune; the lower number wins the tie.
    assert (advanced.one_away, advanced.nearest_unmet, advanced.blocker_no) == (0, 2, 1)


def test_rollup_names_the_one_away_communes_in_ranking_order_not_by_name():
    ntm, advanced = rollups(COMMUNES, GAPS)
    assert ntm.one_away_names == ("Bình",) and advanced.one_away_names == ("An",)
    # Dũng lacks advanced income by 1 of 50 (relative gap 0.02): nearer than An, whose water has no value (1.0).
    communes = pd.concat([COMMUNES, _frame(DUNG_COMMUNE)], ignore_index=True)
    gaps = pd.concat([GAPS, _frame(DUNG_GAP)], ignore_index=True)
    (_, advanced) = rollups(communes, gaps)
    assert advanced.one_away_names == ("Dũng", "An")


DUNG_COMMUNE = """unit_code,name,district_name,recognised_tier,next_tier,set_id,criteria_total,criteria_met,criteria_unmet,reaches
00004,Dũng,Huyện Hai,ntm,advanced,A1,2,1,1,False
"""
DUNG_GAP = """next_tier,unit_code,name,set_id,criterion_no,criterion_vi,criterion_en,criterion_status,indicator_code,kind,direction,value,threshold_value,gap,indicator_status
advanced,00004,Dũng,A1,1,Thu nhập nâng cao,Advanced income,not_met,1.1,number,>=,49,50,1,not_met
"""


def test_missing_indicators_follow_the_ranking_keeping_each_communes_indicator_order():
    # Ranking: Bình (1 criterion, relative gap 1/45), An (1 criterion, no value: 1.0), Cát (2 criteria).
    ranked = nearest_ranking(COMMUNES, GAPS)
    assert ranked["name"].tolist() == ["Bình", "An", "Cát"]
    ordered = gaps_in_ranking_order(GAPS, ranked)
    assert ordered[["name", "criterion_no"]].values.tolist() == [
        ["Bình", 1],
        ["An", 2],
        ["Cát", 1],
        ["Cát", 2],
    ]
    # A commune the ranking leaves out (no next-tier set) goes last.
    unranked = gaps_in_ranking_order(GAPS, ranked[ranked["unit_code"] != "00002"])
    assert unranked["name"].tolist() == ["An", "Cát", "Cát", "Bình"]
