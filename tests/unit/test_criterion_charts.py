"""The criterion page's figures as Plotly specs: what is drawn, in which colour, with which words."""

import io

import pandas as pd

from ntm.charts import ACCENT_COLOUR, MET_COLOUR, NOT_MET_COLOUR, UNKNOWN_COLOUR
from ntm.charts.criterion import distribution_chart, trend_chart, wrap
from ntm.figures.criterion import indicator_distribution

TREND = pd.read_csv(
    io.StringIO(
        "period,set_id,set_years,communes,met,not_met,unknown\n"
        "2019-H2,S1,2016–2020,4,2,0,2\n2020-H1,S1,2016–2020,3,2,1,0\n2020-H2,S2,2021–2025,3,2,1,0\n"
    )
)
INCOME = pd.read_csv(
    io.StringIO(
        "unit_code,name,region,kind,direction,value,threshold_value,status\n"
        "00003,Cát,TDMNPB,number,>=,40,35,met\n00002,Bình,DBSH,number,>=,44,45,not_met\n00001,An,DBSH,number,>=,46,45,met\n"
    ),
    dtype={"unit_code": str},
)


def test_trend_stacks_met_not_met_and_no_data_per_period():
    figure = trend_chart(TREND, "vi", "1. Thu nhập", "Tỉnh Thử", "2020-H1")
    assert [bar.name for bar in figure.data] == ["Đạt", "Chưa đạt", "Chưa có số liệu"]
    assert [bar.marker.color for bar in figure.data] == [MET_COLOUR, NOT_MET_COLOUR, UNKNOWN_COLOUR]
    assert [list(bar.y) for bar in figure.data] == [[2, 2, 2], [0, 1, 1], [2, 0, 0]]
    assert list(figure.data[0].x) == ["2019-H2", "2020-H1", "2020-H2"]
    assert figure.layout.barmode == "stack"


def test_trend_title_says_what_where_and_when_and_marks_the_chosen_period():
    figure = trend_chart(TREND, "vi", "1. Thu nhập", "Tỉnh Thử", "2020-H1")
    assert figure.layout.title.text == "Số xã đạt tiêu chí 1. Thu nhập qua các kỳ"
    assert figure.layout.title.subtitle.text == "Tỉnh Thử, 2019–2020"
    assert list(figure.layout.xaxis.ticktext) == [
        "6 tháng<br>cuối năm<br>2019",
        "<b>6 tháng<br>đầu năm<br>2020</b>",
        "6 tháng<br>cuối năm<br>2020",
    ]


def test_trend_draws_a_line_where_the_criteria_set_changes():
    figure = trend_chart(TREND, "en", "1. Income", "Test province", "2020-H1")
    assert [(shape.x0, shape.x1) for shape in figure.layout.shapes] == [(1.5, 1.5)]
    # The set is named by its years, never by a code people do not use ("NTM-2021").
    assert [a.text for a in figure.layout.annotations] == ["From here: the 2021–2025 set"]
    vietnamese = trend_chart(TREND, "vi", "1. Thu nhập", "Tỉnh Thử", "2020-H1")
    assert [a.text for a in vietnamese.layout.annotations] == ["Từ đây: bộ tiêu chí 2021–2025"]
    assert figure.layout.title.text == "Communes meeting criterion 1. Income, by period"


def test_distribution_draws_each_regional_threshold_as_a_labelled_line():
    figure = distribution_chart(
        indicator_distribution(INCOME),
        "vi",
        "1.1. Thu nhập",
        "triệu đồng",
        "Tỉnh Thử",
        "6 tháng đầu năm 2020",
    )
    assert [(s.x0, s.line.color) for s in figure.layout.shapes] == [
        (45.0, ACCENT_COLOUR),
        (35.0, ACCENT_COLOUR),
    ]
    assert [a.text for a in figure.layout.annotations] == [
        "<b>Ngưỡng Đồng bằng sông Hồng: 45</b>",
        "<b>Ngưỡng Trung du và miền núi phía Bắc: 35</b>",
    ]
    assert [bar.name for bar in figure.data] == ["Đạt", "Chưa đạt"]  # no "no data" bar: none to draw
    assert list(figure.data[1].y) == [0, 0, 0, 0, 1, 0]
    assert list(figure.data[1].x) == [36, 38, 40, 42, 44, 46]  # bin centres, 2 wide
    assert figure.layout.title.text == "Số xã theo giá trị chỉ tiêu 1.1. Thu nhập"
    assert figure.layout.title.subtitle.text == "Tỉnh Thử, 6 tháng đầu năm 2020"
    assert figure.layout.xaxis.title.text == "triệu đồng"
    assert figure.layout.separators == ",."


def test_a_single_threshold_is_labelled_with_its_value_only():
    one_region = INCOME[INCOME["region"] == "DBSH"]
    figure = distribution_chart(
        indicator_distribution(one_region), "en", "1.1. Income", "million VND", "Test", "first half of 2020"
    )
    assert [a.text for a in figure.layout.annotations] == ["<b>Threshold 45</b>"]
    assert figure.layout.separators == ".,"


def test_long_titles_are_broken_between_words():
    text = "Số xã theo giá trị chỉ tiêu 10. Thu nhập bình quân đầu người khu vực nông thôn đến năm 2020"
    lines = wrap(text, 40).split("<br>")
    assert all(len(line) <= 40 for line in lines)
    assert " ".join(lines) == text
    assert wrap("ngắn") == "ngắn"
