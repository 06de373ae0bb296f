"""The overview's figures, from small hand-made frames."""

import io

import pandas as pd
import pytest

from ntm.figures.overview import (
    Kpi,
    competition_rank,
    criteria_tally,
    headline_kpis,
    plan_line,
    previous_period,
    ranking,
    scorecard,
)
from ntm.figures.summary import headline_figures
from ntm.names import fold, matches
from ntm.periods import series_until
from ntm.tables.overview import (
    kpi_delta,
    kpi_delta_arrow,
    kpi_delta_colour,
    kpi_help,
    kpi_value,
    kpi_value_on_screen,
    signed,
)

SERIES = """period,communes,criteria_met_sum,criteria_total,reaching,under_15,recognised_ntm,reaching_not_recognised_ntm,recognised_advanced,recognised_model_commune,recognised_modern,villages,recognised_model_village
2018-H2,10,150,19,3,2,2,1,0,0,0,80,0
2019-H1,10,165,19,5,1,4,1,1,0,0,80,3
2019-H2,10,172,19,6,1,5,1,1,0,0,82,5
"""
# No programme target: the shares alone.
NO_TARGETS = pd.DataFrame(
    columns=["scope_level", "scope_code", "tier", "target_year", "target_share", "target_count", "basis"]
)
OLD_TIERS = (("ntm", "S1"), ("advanced", "A1"), ("model_commune", "K1"), ("model_village", "V1"))
TIERS = pd.DataFrame(
    [(p, tier, set_id) for p in ("2018-H2", "2019-H1", "2019-H2") for tier, set_id in OLD_TIERS],
    columns=["period", "tier", "set_id"],
)


def _frame(text, **dtypes):
    return pd.read_csv(io.StringIO(text), dtype=dtypes)


def _figures(series, period, tiers=TIERS):
    """headline_figures of a period of a series, as tier_counts would count them."""
    row = series.set_index("period").loc[period]
    own = [
        t
        for t in ("ntm", "advanced", "model_commune", "modern")
        if t in set(tiers.loc[tiers["period"] == period, "tier"])
    ]
    counts = pd.DataFrame(
        {
            "tier": own,
            "as_of": pd.Timestamp("2019-06-30"),
            "communes": int(row["communes"]),
            "recognised": [int(row[f"recognised_{t}"]) for t in own],
            "ntm_recognised": int(row["recognised_ntm"]) if "ntm" in own else None,
        }
    )
    return headline_figures(counts, NO_TARGETS, None)


def _kpis(text, period, tiers=TIERS):
    series = _frame(text)
    before = previous_period(series, period)
    figures_before = _figures(series, before, tiers) if before else _figures(series, period, tiers).iloc[0:0]
    return headline_kpis(series, period, tiers, _figures(series, period, tiers), figures_before)


def test_headline_kpis_compare_with_the_period_before():
    kpis = {k.key: k for k in _kpis(SERIES, "2019-H1")}
    assert (kpis["recognised_ntm"].value, kpis["recognised_ntm"].previous, kpis["recognised_ntm"].total) == (
        4,
        2,
        10,
    )
    assert kpis["recognised_ntm"].change == 2
    assert kpis["recognised_ntm"].share == 0.4
    assert kpis["recognised_model_village"].total == 80
    # Nâng cao is counted among the NTM xã (1 of 4 = 25 %), no longer among every xã (1 of 10).
    advanced = kpis["recognised_advanced"]
    assert (advanced.value, advanced.total, advanced.basis, advanced.share) == (1, 4, "ntm_communes", 0.25)
    assert kpis["recognised_ntm"].basis == "all_communes"
    assert kpis["average_criteria_met"].value == 16.5  # 165 / 10
    assert kpis["average_criteria_met"].previous == 15.0
    assert kpis["under_15"].change == -1


def test_first_period_has_no_change():
    kpis = _kpis(SERIES, "2018-H2")
    assert all(k.change is None and k.no_change is None for k in kpis)


def test_period_outside_the_series_has_no_kpis():
    assert _kpis(SERIES, "2019-H1")[0].key == "recognised_ntm"
    assert headline_kpis(_frame(SERIES), "2030-H1", TIERS, NO_TARGETS, NO_TARGETS) == []


# The reform: 2025-H1 on the old units and the 19-criteria set; 2025-H2 on the new units, same set;
# 2026-H1 on the new units and a 10-criteria set with the modern tier.
REFORM = """period,communes,criteria_met_sum,criteria_total,reaching,under_15,recognised_ntm,reaching_not_recognised_ntm,recognised_advanced,recognised_model_commune,recognised_modern,villages,recognised_model_village
2025-H1,30,540,19,20,2,28,0,9,3,0,300,40
2025-H2,14,238,19,10,1,14,2,1,0,0,120,10
2026-H1,14,84,10,3,14,14,1,0,0,2,120,10
"""
REFORM_TIERS = pd.DataFrame(
    [("2025-H1", t, s) for t, s in OLD_TIERS]
    + [("2025-H2", "ntm", "S1"), ("2026-H1", "ntm", "S2"), ("2026-H1", "modern", "H1")],
    columns=["period", "tier", "set_id"],
)


def test_a_period_shows_only_the_tiers_whose_sets_it_assessed_and_higher_tiers_among_ntm_communes():
    kpis = {k.key: k for k in _kpis(REFORM, "2026-H1", REFORM_TIERS)}
    # 2026–2030: NTM and hiện đại; no nâng cao, kiểu mẫu or thôn kiểu mẫu; no "under 15" for 10 criteria.
    assert list(kpis) == [
        "recognised_ntm",
        "reaching_not_recognised_ntm",
        "recognised_modern",
        "average_criteria_met",
    ]
    modern = kpis["recognised_modern"]
    assert (modern.value, modern.total, modern.basis) == (2, 14, "ntm_communes")
    assert kpi_value(modern, "vi") == "2/14 xã NTM · 14,3 %"
    assert kpi_value(kpis["recognised_ntm"], "vi") == "14/14 xã · 100,0 %"


def test_no_change_of_criteria_met_across_a_change_of_set():
    kpis = {k.key: k for k in _kpis(REFORM, "2026-H1", REFORM_TIERS)}
    average = kpis["average_criteria_met"]
    assert average.value == 6.0 and average.previous is None  # 84 / 14; 17,0 on 19 criteria is not comparable
    assert average.no_change == "new_set"
    assert kpi_delta(average, "vi") == "Bộ tiêu chí mới"
    assert kpi_delta_arrow(average) == "off"
    assert kpis["reaching_not_recognised_ntm"].no_change == "new_set"  # every criterion of which set?
    assert kpis["recognised_ntm"].change == 0  # the same new units: recognitions compare
    assert kpi_delta_arrow(kpis["recognised_ntm"]) == "off"  # ±0 has no arrow
    assert kpi_delta_arrow(next(k for k in _kpis(SERIES, "2019-H1") if k.key == "recognised_ntm")) == "auto"
    assert kpis["recognised_ntm"].no_change is None


def test_no_change_across_the_reorganisation():
    kpis = {k.key: k for k in _kpis(REFORM, "2025-H2", REFORM_TIERS)}
    assert set(kpis) == {"recognised_ntm", "reaching_not_recognised_ntm", "average_criteria_met", "under_15"}
    assert all(k.previous is None and k.no_change == "reorganised" for k in kpis.values())
    assert kpi_delta(kpis["recognised_ntm"], "en") == "New units from 1/7/2025"


def test_the_tooltip_names_numerator_and_denominator():
    kpis = {k.key: k for k in _kpis(SERIES, "2019-H1")}
    assert kpi_help(kpis["recognised_advanced"], "Thay đổi so với kỳ trước", "vi") == (
        "Tử số: Xã NTM nâng cao (1) · Mẫu số: Số xã đạt chuẩn NTM (4). Thay đổi so với kỳ trước"
    )
    assert kpi_help(kpis["recognised_model_village"], "", "en").startswith(
        "Numerator: Model village (3) · Denominator: All villages (80)."
    )
    assert kpi_value(kpis["recognised_model_village"], "vi") == "3/80 thôn · 3,8 %"


def test_plan_line_accumulates_from_those_already_recognised():
    targets = pd.DataFrame({"target_year": [2020, 2018, 2019], "planned": [3, 1, 2]})
    assert plan_line(targets, 5).to_dict("list") == {"year": [2018, 2019, 2020], "planned": [6, 8, 11]}


MATRIX = """unit_code,name,district_name,criterion_no,criterion_vi,criterion_en,status
1,Đông,H,1,A,A,met
1,Đông,H,2,B,B,met
2,Bắc,H,1,A,A,not_met
2,Bắc,H,2,B,B,unknown
3,An,H,1,A,A,met
3,An,H,2,B,B,not_met
"""


def test_criteria_tally_puts_the_hardest_first():
    tally = criteria_tally(_frame(MATRIX, unit_code=str))
    assert tally[["criterion_no", "met", "not_met", "unknown", "communes"]].values.tolist() == [
        [2, 1, 1, 1, 3],
        [1, 2, 1, 0, 3],
    ]
    assert tally["share_met"].tolist() == pytest.approx([1 / 3, 2 / 3])


def test_scorecard_sorts_by_criteria_met_then_by_vietnamese_name():
    card = scorecard(_frame(MATRIX, unit_code=str))
    assert card["name"].tolist() == ["Đông", "An", "Bắc"]
    assert card["criteria_met"].tolist() == [2, 1, 0]
    assert card[2].tolist() == ["met", "not_met", "unknown"]
    # Đ sorts with D, after B: not after Z as in byte order.
    assert scorecard(_frame(MATRIX, unit_code=str), "name")["name"].tolist() == ["An", "Bắc", "Đông"]


def test_competition_rank_shares_places():
    assert competition_rank(pd.Series([19, 17, 19, 12])).tolist() == [1, 3, 1, 4]


def test_ranking_by_criteria_met_and_by_change():
    current = pd.DataFrame(
        {
            "unit_code": ["a", "b", "c"],
            "name": ["A", "B", "C"],
            "district_name": ["H"] * 3,
            "criteria_met": [18, 19, 15],
        }
    )
    previous = pd.DataFrame({"unit_code": ["a", "b"], "criteria_met": [15, 19]})
    ranked = ranking(current, previous)
    assert ranked["unit_code"].tolist() == ["b", "a", "c"]
    assert ranked["rank"].tolist() == [1, 2, 3]
    assert ranked["change"].tolist() == [0, 3, pd.NA]
    assert ranked["change_rank"].tolist() == [2, 1, pd.NA]


def test_ranking_shares_places_between_equals_and_orders_them_by_name():
    current = pd.DataFrame(
        {
            "unit_code": ["z", "y", "x", "w"],
            "name": ["Đông", "Bắc", "An", "Cao"],
            "district_name": ["H"] * 4,
            "criteria_met": [17, 17, 19, 12],
        }
    )
    previous = pd.DataFrame({"unit_code": ["z", "y", "x", "w"], "criteria_met": [15, 17, 16, 12]})
    ranked = ranking(current, previous)
    assert ranked["name"].tolist() == ["An", "Bắc", "Đông", "Cao"]  # Đ with D, after B
    assert ranked["rank"].tolist() == [1, 2, 2, 4]
    assert ranked["change"].tolist() == [3, 0, 2, 0]
    assert ranked["change_rank"].tolist() == [1, 3, 2, 3]


def test_a_commune_without_a_criterion_row_has_an_empty_cell_and_is_not_counted():
    matrix = _frame(MATRIX, unit_code=str).iloc[:-1]  # An has no row for criterion 2
    card = scorecard(matrix, "district")
    assert card["name"].tolist() == ["An", "Bắc", "Đông"]
    assert card.loc[0, 2] is None or pd.isna(card.loc[0, 2])
    tally = criteria_tally(matrix)
    assert tally.set_index("criterion_no").loc[2, "communes"] == 2


def test_signed_changes_and_kpi_text():
    assert signed(2, "vi") == "+2"
    assert signed(-0.75, "vi", 1) == "-0,8"
    assert signed(0.04, "vi", 1) == "±0,0"
    assert signed(None, "vi") is None
    kpi = _kpis(SERIES, "2019-H1")[0]
    # The base is named after n/N: "xã" for a share of every xã (it read "4/10 · 40,0 %").
    assert kpi_value(kpi, "vi") == "4/10 xã · 40,0 %"
    assert kpi_delta(kpi, "en") == "+2"
    assert kpi_delta_colour(kpi) == "normal"


def test_a_rise_of_bad_news_is_red_and_no_change_is_grey():
    kpis = {k.key: k for k in _kpis(SERIES, "2019-H2")}
    assert kpi_delta_colour(kpis["reaching_not_recognised_ntm"]) == "off"
    kpis = {k.key: k for k in _kpis(SERIES, "2019-H1")}
    assert kpi_delta_colour(kpis["under_15"]) == "inverse"


def test_a_rise_of_communes_meeting_every_criterion_but_not_recognised_is_not_red():
    # 2019-H1 → 2019-H2 of a hand-made series: one more xã reaches every criterion before its decision.
    series = SERIES.replace("2019-H2,10,172,19,6,1,5,1,", "2019-H2,10,172,19,6,1,5,2,")
    kpis = {k.key: k for k in _kpis(series, "2019-H2")}
    reaching = kpis["reaching_not_recognised_ntm"]
    assert reaching.change == 1
    assert kpi_delta_colour(reaching) == "off"  # grey: progress, not bad news
    assert kpi_delta_arrow(reaching) == "auto"  # the arrow still shows which way it went


def test_a_headline_value_on_screen_never_wraps_inside_its_share():
    kpis = {k.key: k for k in _kpis(REFORM, "2026-H1", REFORM_TIERS)}
    modern = kpi_value_on_screen(kpis["recognised_modern"], "vi")
    # No-break spaces inside "14,3 %" and before "·": the column wraps as "2/14 xã NTM ·" / "14,3 %".
    assert modern == "2/14 xã NTM\u00a0· 14,3\u00a0%"
    assert modern.replace("\u00a0", " ") == kpi_value(kpis["recognised_modern"], "vi")
    english = kpi_value_on_screen(kpis["recognised_modern"], "en")
    assert english.endswith("\u00a0· 14.3%") and english.replace("\u00a0", " ") == kpi_value(
        kpis["recognised_modern"], "en"
    )


@pytest.mark.parametrize(
    ("name", "query", "expected"),
    [
        ("Quang Yên", "quang yen", True),
        ("Quang Yên", "QUANG", True),
        ("Đồng Thịnh", "dong thinh", True),
        ("Đồng Thịnh", "đồng", True),
        ("Quang Yên", "yen quang", True),
        ("Quang Yên", "yem", False),
        ("Cao Phong", "", True),
    ],
)
def test_commune_search_ignores_diacritics_case_and_word_order(name, query, expected):
    assert matches(name, query) is expected


def test_fold_treats_composed_and_decomposed_unicode_alike():
    import unicodedata

    assert (
        fold(unicodedata.normalize("NFD", "Hải Lựu"))
        == fold(unicodedata.normalize("NFC", "Hải Lựu"))
        == "hai luu"
    )


def test_series_until_keeps_the_periods_up_to_the_one_asked_in_order():
    series = pd.DataFrame({"period": ["2020-H1", "2019-H1", "2019-H2", "2021-H1"], "communes": [3, 1, 2, 4]})
    cut = series_until(series, "2020-H1")
    assert cut["period"].tolist() == ["2019-H1", "2019-H2", "2020-H1"]
    assert cut["communes"].tolist() == [1, 2, 3]
    assert cut.index.tolist() == [0, 1, 2]
    assert series_until(series, "2018-H2").empty


def test_a_headline_share_never_wraps_a_lone_percent_sign():
    # Slide 1 at 1280 px read "14/16 · 87,5" with "%" alone on the next line.
    kpi = Kpi(key="recognised_ntm", value=14, previous=13, total=16, share=14 / 16, basis="all_communes")
    assert kpi_value_on_screen(kpi, "vi").endswith("87,5\u00a0%")
    assert " %" not in kpi_value_on_screen(kpi, "vi")
