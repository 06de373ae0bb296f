"""The Gần đạt page's sentences and tables (ntm.tables.nearest), expectations written by hand."""

from ntm.figures.nearest import Rollup, nearest_ranking
from ntm.tables.labels import place_in_sentence
from ntm.tables.nearest import (
    gaps_columns,
    gaps_table,
    model_done_note,
    names_in_sentence,
    no_set_note,
    ranking_table,
    rollup_sentence,
)
from tests.unit.test_nearest_figures import COMMUNES, GAPS


def _rollup(**changes) -> Rollup:
    values = dict(
        tier="ntm", communes=16, candidates=6, one_away=3, awaiting=0, nearest_unmet=1, at_tier=10,
        blocker_no=10, blocker_vi="Thu nhập", blocker_en="Income", blocker_communes=2,
    )  # fmt: skip
    return Rollup(**{**values, **changes})


def test_rollup_sentence_reads_aloud_in_vietnamese():
    # 10/16 = 62,5 %; with the three one-away communes 13/16 = 81,25 % → 81,3 % (half up).
    assert rollup_sentence(_rollup(), "Huyện Sông Lô", "vi") == (
        "3 xã chỉ còn 1 tiêu chí để đạt chuẩn NTM; tiêu chí vướng nhiều nhất là tiêu chí 10 (Thu nhập); "
        "nếu các xã này hoàn thành, tỷ lệ xã đạt chuẩn NTM (đã công nhận hoặc đạt đủ tiêu chí) "
        "của huyện Sông Lô sẽ tăng từ 62,5 % lên 81,3 %."
    )


def test_rollup_sentence_reads_aloud_in_english():
    assert rollup_sentence(_rollup(), "Huyện Sông Lô", "en") == (
        "3 communes are one criterion from NTM; the most common blocker is criterion 10 (Income); "
        "if they close it, Huyện Sông Lô goes from 62.5% to 81.3% of communes at NTM "
        "(recognised or meeting every criterion)."
    )


def test_rollup_sentence_of_one_commune_is_singular():
    sentence = rollup_sentence(_rollup(one_away=1, tier="advanced", at_tier=1), "Tỉnh Thử", "en")
    assert sentence.startswith("1 commune is one criterion from advanced NTM;")
    assert "if it closes it, Tỉnh Thử goes from 6.3% to 12.5%" in sentence
    assert "nếu xã này hoàn thành" in rollup_sentence(_rollup(one_away=1), "Tỉnh Thử", "vi")


def test_rollup_sentence_without_one_away_communes_names_the_nearest_and_the_share():
    sentence = rollup_sentence(
        _rollup(tier="advanced", one_away=0, nearest_unmet=4, at_tier=1, awaiting=1), "Huyện Sông Lô", "vi"
    )
    assert sentence == (
        "Chưa xã nào chỉ còn 1 tiêu chí để đạt NTM nâng cao; xã gần nhất còn thiếu 4 tiêu chí; "
        "tiêu chí vướng nhiều nhất là tiêu chí 10 (Thu nhập); tỷ lệ xã đạt NTM nâng cao (đã công nhận "
        "hoặc đạt đủ tiêu chí) của huyện Sông Lô hiện là 6,3 %. "
        "1 xã đã đạt đủ tiêu chí NTM nâng cao nhưng chưa được công nhận."
    )


def test_place_starts_lower_case_inside_a_vietnamese_sentence_only():
    assert place_in_sentence("Huyện Sông Lô", "vi") == "huyện Sông Lô"
    assert place_in_sentence("Huyện Sông Lô", "en") == "Huyện Sông Lô"
    assert place_in_sentence("Sông Lô: Quang Yên", "vi") == "Sông Lô: Quang Yên"


def test_gaps_table_shows_value_threshold_and_gap_and_says_when_data_is_missing():
    table = gaps_table(GAPS.assign(indicator_vi="Chỉ tiêu", indicator_en="Indicator", unit="%"), "vi")
    assert table[
        ["Xã", "Mức kế tiếp", "Tiêu chí", "Giá trị", "Ngưỡng", "Còn thiếu", "Tình trạng"]
    ].values.tolist() == [
        ["An", "NTM nâng cao", "2. Nước sạch nâng cao", "–", "≥ 90", "chưa có số liệu", "Chưa có số liệu"],
        ["Bình", "Đạt chuẩn NTM", "1. Thu nhập", "44", "≥ 45", "1", "Chưa đạt"],
        ["Cát", "NTM nâng cao", "1. Thu nhập nâng cao", "30", "≥ 50", "20", "Chưa đạt"],
        ["Cát", "NTM nâng cao", "2. Nước sạch nâng cao", "85", "≥ 90", "5", "Chưa đạt"],
    ]


def test_a_yes_no_indicator_not_met_says_so_instead_of_a_number():
    bool_row = GAPS.iloc[[1]].assign(
        kind="bool", direction="=", value=0.0, threshold_value=float("nan"), gap=float("nan"),
        indicator_vi="Điện", indicator_en="Power", unit=None,
    )  # fmt: skip
    table = gaps_table(bool_row, "en")
    assert table[["Value", "Threshold", "Gap"]].values.tolist() == [["No", "Yes", "must be met"]]


def test_one_commune_awaiting_recognition_is_singular_in_english():
    sentence = rollup_sentence(_rollup(awaiting=1), "Huyện Sông Lô", "en")
    assert sentence.endswith(
        "(recognised or meeting every criterion). 1 commune meets every NTM criterion but is not recognised yet."
    )
    assert rollup_sentence(_rollup(awaiting=2), "Huyện Sông Lô", "en").endswith(
        "2 communes meet every NTM criterion but are not recognised yet."
    )


def test_the_one_away_communes_are_named_up_to_five_then_counted():
    assert names_in_sentence((), "vi") == ""
    assert names_in_sentence(("Tứ Yên",), "vi") == " (Tứ Yên)"
    seven = ("A", "B", "C", "D", "E", "G", "H")
    assert names_in_sentence(seven, "vi") == " (A, B, C, D, E và 2 xã khác)"
    assert names_in_sentence(seven, "en") == " (A, B, C, D, E and 2 others)"
    assert names_in_sentence(seven[:5], "en") == " (A, B, C, D, E)"


def test_rollup_sentence_names_the_communes_one_criterion_away():
    sentence = rollup_sentence(_rollup(one_away=1, one_away_names=("Tứ Yên",)), "Huyện Sông Lô", "vi")
    assert sentence.startswith("1 xã (Tứ Yên) chỉ còn 1 tiêu chí để đạt chuẩn NTM; tiêu chí vướng nhiều nhất")
    english = rollup_sentence(
        _rollup(one_away_names=("Tứ Yên", "Cao Phong", "Đôn Nhân")), "Huyện Sông Lô", "en"
    )
    assert english.startswith("3 communes (Tứ Yên, Cao Phong, Đôn Nhân) are one criterion from NTM;")


def test_criteria_met_column_names_the_next_tiers_set_it_counts():
    ranked = nearest_ranking(COMMUNES, GAPS)
    names = {"S1": "Bộ thử", "A1": "Bộ nâng cao thử"}
    table = ranking_table(ranked, GAPS, "vi", names)
    assert table[
        ["Xã", "Tiêu chí đạt (bộ của mức kế tiếp)", "Bộ tiêu chí của mức kế tiếp"]
    ].values.tolist() == [
        ["Bình", "2/3", "Bộ thử"],
        ["An", "1/2", "Bộ nâng cao thử"],
        ["Cát", "0/2", "Bộ nâng cao thử"],
    ]
    assert "Criteria met (next tier's set)" in ranking_table(ranked, GAPS, "en", names).columns
    # Without the names (the Excel export's call) the set's code still says which set.
    assert ranking_table(ranked, GAPS, "vi")["Bộ tiêu chí của mức kế tiếp"].tolist() == ["S1", "A1", "A1"]


def test_after_the_reform_the_ranking_has_no_district_column():
    import pandas as pd

    from ntm.tables.labels import drop_empty_district

    table = pd.DataFrame({"Xã": ["An"], "Huyện": [None]})
    assert drop_empty_district(table, "Huyện", pd.Series([None])).columns.tolist() == ["Xã"]
    before = pd.DataFrame({"Xã": ["An"], "Huyện": ["Huyện Một"]})
    assert drop_empty_district(before, "Huyện", pd.Series(["Huyện Một"])).columns.tolist() == ["Xã", "Huyện"]


def test_notes_under_the_sentence_say_one_commune_not_one_communes():
    assert model_done_note(1, "en") == "1 commune is model NTM already (no next tier)."
    assert model_done_note(3, "en") == "3 communes are model NTM already (no next tier)."
    assert model_done_note(1, "vi") == "1 xã đã đạt NTM kiểu mẫu (không còn mức kế tiếp)."
    assert no_set_note(["Tứ Yên"], "en") == "1 commune has no next-tier set assessed in this period: Tứ Yên."
    assert no_set_note(["A", "B"], "en") == "2 communes have no next-tier set assessed in this period: A, B."


def test_the_gap_and_unit_columns_are_set_wide_enough_for_their_longest_words():
    columns = gaps_columns("vi")  # headers of gaps_table
    assert set(columns) == {"Còn thiếu", "Đơn vị"}
    assert all(setting["width"] >= 120 for setting in columns.values())
