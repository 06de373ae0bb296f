"""The commune page's tables and texts: Vietnamese numbers and dates by default, English by the switch."""

from datetime import date
from io import StringIO

import pandas as pd

from ntm.figures.commune import VillageSummary
from ntm.tables.commune import (
    bullet_list,
    commune_labels,
    criteria_table,
    gap_text,
    headline_metrics,
    indicator_table,
    number_text,
    plan_table,
    recognition_lines,
    threshold_text,
    unit_label,
    value_text,
    village_table,
)


def _csv(text: str, dates: tuple[str, ...] = ()) -> pd.DataFrame:
    frame = pd.read_csv(StringIO(text.strip()), dtype={"unit_code": str, "decision_no": str})
    for column in dates:
        frame[column] = pd.to_datetime(frame[column])
    return frame


def test_measured_numbers_keep_only_the_decimals_they_have():
    assert number_text(46.0, "vi") == "46"
    assert number_text(44.5, "vi") == "44,5"
    assert number_text(1200.25, "vi") == "1.200,25"
    assert number_text(1200.25, "en") == "1,200.25"
    assert number_text(97.6, "en") == "97.6"


def test_values_read_with_their_unit_and_yes_no_for_bool():
    assert value_text(85.0, "percent", "%", "vi") == "85 %"
    assert value_text(85.0, "percent", "%", "en") == "85%"
    assert value_text(46.0, "number", "triệu đồng", "vi") == "46 triệu đồng"
    assert value_text(46.0, "number", "triệu đồng", "en") == "46 million VND"
    assert value_text(1.0, "bool", None, "vi") == "Có"
    assert value_text(0.0, "bool", None, "en") == "No"
    assert value_text(float("nan"), "percent", "%", "vi") == "–"
    assert (
        value_text(3.0, "number", "cây", "vi") == "3 cây"
    )  # a unit the catalogue does not know stays as written


def test_thresholds_carry_their_direction():
    assert threshold_text(45.0, ">=", "triệu đồng", "vi") == "≥ 45 triệu đồng"
    assert threshold_text(6.0, "<=", "%", "vi") == "≤ 6 %"
    assert threshold_text(100.0, "=", "%", "en") == "= 100%"
    assert threshold_text(None, "=", None, "vi") == "–"


def test_gap_is_zero_when_reached_and_a_dash_without_data():
    assert gap_text(1.0, "triệu đồng", "vi") == "1 triệu đồng"
    assert gap_text(0.0, "%", "vi") == "0 %"
    assert gap_text(float("nan"), "%", "vi") == "–"


def test_units_translate_in_english():
    assert unit_label("triệu đồng/người/năm", "en") == "million VND per person a year"
    assert unit_label("triệu đồng/người/năm", "vi") == "triệu đồng/người/năm"
    assert unit_label(None, "en") == ""


def test_commune_choice_names_the_district_only_when_several():
    one = _csv("unit_code,name,district_name\n00001,An,Huyện Một\n00002,Bình,Huyện Một")
    assert commune_labels(one, "vi") == {"00001": "An", "00002": "Bình"}
    two = _csv("unit_code,name,district_name\n00001,An,Huyện Một\n00003,Cát,Huyện Hai")
    assert commune_labels(two, "vi") == {"00001": "An (Huyện Một)", "00003": "Cát (Huyện Hai)"}


def test_recognition_lines_give_tier_number_and_date():
    rows = _csv(
        """
tier,decision_no,decision_date,revoked_date
ntm,5/QĐ-UBND,2019-01-10,2020-02-01
advanced,20/QĐ-UBND,2020-03-01,
""",
        dates=("decision_date", "revoked_date"),
    )
    assert recognition_lines(rows, date(2020, 6, 30), "vi") == [
        "Nông thôn mới: Quyết định 5/QĐ-UBND ngày 10/01/2019 (đã thu hồi ngày 01/02/2020)",
        "NTM nâng cao: Quyết định 20/QĐ-UBND ngày 01/03/2020",
    ]
    assert recognition_lines(rows.iloc[1:], date(2020, 6, 30), "en") == [
        "Advanced NTM: decision 20/QĐ-UBND of 01 Mar 2020"
    ]


def test_no_decision_yet_says_so_with_the_date():
    empty = _csv("tier,decision_no,decision_date,revoked_date\nntm,1,2019-01-01,").iloc[0:0]
    assert recognition_lines(empty, date(2019, 12, 31), "vi") == [
        "Chưa có quyết định công nhận nào tính đến ngày 31/12/2019."
    ]


def test_plan_table_says_where_each_plan_stands():
    plans = _csv(
        """
tier,target_year,set_id,criteria_total,criteria_met,reaches,decision_no,decision_date
ntm,2018,NTM-2016,19,19,True,735/QĐ-UBND,2019-03-15
advanced,2020,,,,False,,
""",
        dates=("decision_date",),
    )
    table = plan_table(plans, date(2020, 6, 30), "vi")
    assert table.columns.tolist() == [
        "Mục tiêu",
        "Năm kế hoạch",
        "Tiêu chí đạt trong kỳ",
        "Quyết định công nhận",
        "Tình hình",
    ]
    assert table.values.tolist() == [
        ["Nông thôn mới", "2018", "19/19", "735/QĐ-UBND (15/03/2019)", "Đạt, muộn hơn kế hoạch"],
        ["NTM nâng cao", "2020", "–", "–", "Đang thực hiện"],
    ]


def test_criteria_table_in_both_languages():
    criteria = _csv(
        """
criterion_no,name_vi,name_en,n_indicators,n_met,status
1,Thu nhập,Income,1,1,met
2,Môi trường,Environment,2,1,unknown
"""
    )
    assert criteria_table(criteria, "vi").values.tolist() == [
        ["1. Thu nhập", "1/1", "Đạt"],
        ["2. Môi trường", "1/2", "Chưa có số liệu"],
    ]
    english = criteria_table(criteria, "en")
    assert english.columns.tolist() == ["Criterion", "Indicators met", "Result"]
    assert english.values.tolist()[1] == ["2. Environment", "1/2", "Lacking data"]


_INDICATORS = """
criterion_no,indicator_code,name_vi,name_en,unit,kind,direction,value,threshold_value,gap,status,note
1,1.1,Thu nhập bình quân,Average income,triệu đồng,number,>=,44,45,1,not_met,
2,2.1,Nước sạch,Clean water,%,percent,>=,,80,,unknown,not reported yet
2,2.2,Mai táng,Burials,,bool,=,,,,not_applicable,
"""


def test_indicator_table_shows_value_threshold_gap_and_status():
    table = indicator_table(_csv(_INDICATORS), "vi")
    assert table.columns.tolist() == [
        "Mã",
        "Chỉ tiêu",
        "Giá trị",
        "Ngưỡng",
        "Còn thiếu",
        "Kết quả",
        "Ghi chú",
    ]
    assert table.values.tolist() == [
        ["1.1", "Thu nhập bình quân", "44 triệu đồng", "≥ 45 triệu đồng", "1 triệu đồng", "Chưa đạt", ""],
        ["2.1", "Nước sạch", "–", "≥ 80 %", "–", "Chưa có số liệu", "not reported yet"],
        ["2.2", "Mai táng", "–", "–", "–", "Không áp dụng", ""],
    ]


def test_indicator_table_leaves_out_an_empty_note_column():
    rows = _csv(_INDICATORS)
    rows["note"] = None
    assert "Note" not in indicator_table(rows, "en").columns


def test_village_table_marks_villages_not_assessed():
    villages = _csv(
        """
village_code,name,set_id,criteria_total,criteria_met,criteria_not_met,criteria_unknown,reaches,recognised,decision_no,decision_date,target_year
00001-01,Thôn Một,V1,1,1,0,0,True,True,11/QĐ-UBND,2020-06-30,
00001-02,Thôn Hai,,,,,,False,False,,,2021
""",
        dates=("decision_date",),
    )
    assert village_table(villages, "vi").values.tolist() == [
        ["Thôn Một", "1/1", "0", "Có", "11/QĐ-UBND (30/06/2020)", "–"],
        ["Thôn Hai", "Chưa đánh giá", "–", "–", "–", "2021"],
    ]


def _standing(**values) -> pd.DataFrame:
    row = dict(
        tier="ntm",
        name_vi="Bộ thử",
        name_en="Test set",
        criteria_total=3,
        criteria_met=3,
        criteria_unknown=0,
    )
    row.update(values)
    return pd.DataFrame([row])


def test_headline_gives_tier_criteria_change_lacking_data_and_villages():
    recognitions = _csv(
        "tier,decision_no,decision_date,revoked_date\nntm,10/QĐ-UBND,2020-03-01,", dates=("revoked_date",)
    )
    history = _csv("period,criteria_met\n2019-H2,2\n2020-H1,3")
    metrics = headline_metrics(
        _standing(), recognitions, history, VillageSummary(2, 2, 1, 1), date(2020, 6, 30), "vi"
    )
    assert [(m["label"], m["value"]) for m in metrics] == [
        ("Đã được công nhận", "Nông thôn mới"),
        ("Tiêu chí đạt (Nông thôn mới)", "3/3"),
        ("Tiêu chí chưa có số liệu", "0"),
        ("Thôn kiểu mẫu", "1/2"),
    ]
    assert metrics[1]["delta"] == "+1"
    assert metrics[1]["delta_description"] == "so với 6 tháng cuối năm 2019"


def test_headline_without_the_set_or_villages_shows_dashes_and_no_arrow_for_no_change():
    none = _csv(
        "tier,decision_no,decision_date,revoked_date\nntm,1,2020-01-01,2020-02-01", dates=("revoked_date",)
    )
    metrics = headline_metrics(
        _standing().iloc[0:0],
        none,
        _csv("period,criteria_met\n2020-H1,1"),
        VillageSummary(0, 0, 0, 0),
        date(2020, 6, 30),
        "en",
    )
    assert [m["value"] for m in metrics] == ["Not recognised", "–", "–", "–"]
    steady = headline_metrics(
        _standing(criteria_met=2),
        none,
        _csv("period,criteria_met\n2019-H2,2\n2020-H1,2"),
        VillageSummary(0, 0, 0, 0),
        date(2020, 6, 30),
        "vi",
    )
    assert steady[1].get("delta") is None


def test_bullets_show_data_as_written_not_as_markdown():
    assert bullet_list(["Nông thôn mới: Quyết định 735/QĐ-UBND ngày 15/03/2019", "Số *12*_QĐ $5"]) == (
        "- Nông thôn mới: Quyết định 735/QĐ-UBND ngày 15/03/2019\n- Số \\*12\\*\\_QĐ \\$5"
    )
