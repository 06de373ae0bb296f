"""The commune page's tables and texts: Vietnamese numbers and dates by default, English by the switch."""

from datetime import date
from io import StringIO

import pandas as pd

from ntm.figures.commune import VillageSummary
from ntm.tables.commune import (
    bullet_list,
    commune_labels,
    criteria_table,
    headline_metrics,
    indicator_table,
    plan_table,
    recognition_lines,
    village_table,
)


def _csv(text: str, dates: tuple[str, ...] = ()) -> pd.DataFrame:
    frame = pd.read_csv(StringIO(text.strip()), dtype={"unit_code": str, "decision_no": str})
    for column in dates:
        frame[column] = pd.to_datetime(frame[column])
    return frame


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
        "Đạt chuẩn NTM: Quyết định 5/QĐ-UBND ngày 10/01/2019 (đã thu hồi ngày 01/02/2020)",
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
tier,target_year,set_id,criteria_total,criteria_met,reaches,decision_no,decision_date,recognised_year
ntm,2018,NTM-2016,19,19,True,735/QĐ-UBND,2019-03-15,2018
advanced,2020,,,,False,,,
model_commune,2019,KM-2021,19,19,True,12/QĐ-UBND,2021-02-01,2020
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
        # Signed 15/03/2019 "for 2018" (Quang Yên in the seed report): on time for a 2018 plan.
        ["Đạt chuẩn NTM", "2018", "19/19", "735/QĐ-UBND (15/03/2019)", "Đạt đúng kế hoạch"],
        ["NTM nâng cao", "2020", "–", "–", "Đang thực hiện"],
        ["NTM kiểu mẫu", "2019", "19/19", "12/QĐ-UBND (01/02/2021)", "Đạt, muộn hơn kế hoạch"],
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
    assert english.values.tolist()[1] == ["2. Environment", "1/2", "No data"]


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
        ["2.2", "Mai táng", "–", "Có", "–", "Không áp dụng", ""],  # a yes/no indicator is met by a yes
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
    history = _csv("period,criteria_met,criteria_total\n2019-H2,2,3\n2020-H1,3,3")
    metrics = headline_metrics(
        _standing(), recognitions, history, VillageSummary(2, 2, 1, 1), date(2020, 6, 30), "vi"
    )
    assert [(m["label"], m["value"]) for m in metrics] == [
        ("Đã được công nhận", "Đạt chuẩn NTM"),
        ("Tiêu chí đạt (Đạt chuẩn NTM)", "3/3"),
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
        _csv("period,criteria_met,criteria_total\n2020-H1,1,3"),
        VillageSummary(0, 0, 0, 0),
        date(2020, 6, 30),
        "en",
    )
    assert [m["value"] for m in metrics] == ["Not recognised", "–", "–", "–"]
    steady = headline_metrics(
        _standing(criteria_met=2),
        none,
        _csv("period,criteria_met,criteria_total\n2019-H2,2,3\n2020-H1,2,3"),
        VillageSummary(0, 0, 0, 0),
        date(2020, 6, 30),
        "vi",
    )
    assert steady[1].get("delta") is None


def test_bullets_show_data_as_written_not_as_markdown():
    assert bullet_list(["Đạt chuẩn NTM: Quyết định 735/QĐ-UBND ngày 15/03/2019", "Số *12*_QĐ $5"]) == (
        "- Đạt chuẩn NTM: Quyết định 735/QĐ-UBND ngày 15/03/2019\n- Số \\*12\\*\\_QĐ \\$5"
    )
