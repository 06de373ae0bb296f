"""The commune page's figures as Plotly specs: what each bar and line carries, and titles that say what and when."""

from io import StringIO

import pandas as pd
import pytest

from ntm.charts import ACCENT_COLOUR, MET_COLOUR, NOT_MET_COLOUR
from ntm.charts.commune import criteria_history_chart, criterion_grid_chart, funding_chart
from ntm.figures.commune import criterion_grid, funding_by_source


def _csv(text: str, dates: tuple[str, ...] = ()) -> pd.DataFrame:
    frame = pd.read_csv(StringIO(text.strip()), dtype={"decision_no": str})
    for column in dates:
        frame[column] = pd.to_datetime(frame[column])
    return frame


_HISTORY = """
period,year,half,set_id,criteria_total,criteria_met,criteria_not_met,criteria_unknown
2019-H2,2019,2,S1,3,2,1,0
2020-H1,2020,1,S1,3,3,0,0
"""
_DECISIONS = """
tier,decision_no,decision_date,revoked_date
ntm,10/QĐ-UBND,2020-03-01,
advanced,99/QĐ,2020-04-01,
"""


def test_history_stacks_met_not_met_and_lacking_data_per_half_year():
    recognitions = _csv(_DECISIONS, dates=("decision_date", "revoked_date"))
    figure = criteria_history_chart(_csv(_HISTORY), recognitions, "ntm", "Đạt chuẩn NTM", "An", "vi")
    bars = figure.data
    assert [bar.name for bar in bars] == ["Đạt", "Chưa đạt", "Chưa có số liệu"]
    assert list(bars[0].x) == [2019.75, 2020.25]
    assert [list(bar.y) for bar in bars] == [[2, 3], [1, 0], [0, 0]]
    assert bars[0].marker.color == MET_COLOUR and bars[1].marker.color == NOT_MET_COLOUR
    assert figure.layout.barmode == "stack"


def test_history_marks_the_decision_of_its_tier_on_its_day():
    recognitions = _csv(_DECISIONS, dates=("decision_date", "revoked_date"))
    figure = criteria_history_chart(_csv(_HISTORY), recognitions, "ntm", "Đạt chuẩn NTM", "An", "vi")
    lines = [shape for shape in figure.layout.shapes if shape.type == "line"]
    assert len(lines) == 1  # the advanced decision belongs to another tier's chart
    assert lines[0].x0 == pytest.approx(2020 + 60 / 366)  # 1 March 2020: 31 + 29 days into a leap year
    assert lines[0].line.color == ACCENT_COLOUR
    assert [a.text for a in figure.layout.annotations] == ["Công nhận 01/03/2020 (10/QĐ-UBND)"]


def test_history_draws_a_revocation_too():
    recognitions = _csv(
        "tier,decision_no,decision_date,revoked_date\nntm,5/QĐ-UBND,2019-01-10,2020-02-01",
        dates=("decision_date", "revoked_date"),
    )
    figure = criteria_history_chart(_csv(_HISTORY), recognitions, "ntm", "NTM", "Bình", "en")
    assert [a.text for a in figure.layout.annotations] == [
        "Recognised 10 Jan 2019 (5/QĐ-UBND)",
        "Revoked 01 Feb 2020",
    ]
    assert list(figure.layout.xaxis.ticktext) == ["2019", "2020"]  # the axis reaches back to the decision


def test_history_title_says_what_and_when_and_years_have_no_separator():
    recognitions = _csv(_DECISIONS, dates=("decision_date", "revoked_date")).iloc[0:0]
    figure = criteria_history_chart(_csv(_HISTORY), recognitions, "ntm", "Đạt chuẩn NTM", "An", "vi")
    assert figure.layout.title.text == "Xã An: số tiêu chí đạt qua các kỳ (Đạt chuẩn NTM)"
    assert figure.layout.title.subtitle.text.startswith("Từ 6 tháng cuối năm 2019 đến 6 tháng đầu năm 2020")
    assert list(figure.layout.xaxis.ticktext) == ["2019", "2020"]
    assert list(figure.layout.xaxis.tickvals) == [2019.5, 2020.5]


def test_grid_codes_statuses_and_marks_each_cell():
    history = _csv(
        "period,criterion_no,status\n2019-H2,1,met\n2019-H2,2,not_met\n2020-H1,1,unknown\n2020-H1,2,met"
    )
    figure = criterion_grid_chart(criterion_grid(history), {1: "1. Thu nhập"}, "An", "vi")
    heatmap = figure.data[0]
    assert list(heatmap.y) == ["1. Thu nhập", "Tiêu chí 2"]  # a criterion the chosen set does not name
    assert [list(row) for row in heatmap.z] == [[2, 1], [0, 2]]
    assert [list(row) for row in heatmap.text] == [["Đ", "?"], ["✕", "Đ"]]
    assert figure.layout.title.text == "Xã An: kết quả từng tiêu chí qua các kỳ"
    assert figure.layout.title.subtitle.text == "Từ 6 tháng cuối năm 2019 đến 6 tháng đầu năm 2020"


def test_funding_bars_show_amount_and_share_in_vietnamese_numbers():
    funding = funding_by_source(_csv("source_category,amount_mvnd\ncentral,1200.5\ncommunity,300"))
    figure = funding_chart(funding, 1500.5, "An", "6 tháng đầu năm 2020", "vi")
    bar = figure.data[0]
    assert list(bar.y) == [
        "Ngân sách trung ương",
        "Ngân sách địa phương",
        "Vốn lồng ghép",
        "Vốn tín dụng",
        "Doanh nghiệp",
        "Cộng đồng / người dân",
    ]
    assert list(bar.x) == [1200.5, 0, 0, 0, 0, 300]
    assert bar.text[0] == "1.200,5 (80 %)" and bar.text[5] == "300,0 (20 %)"
    assert figure.layout.title.text == "Xã An: vốn huy động theo nguồn, 6 tháng đầu năm 2020"
    assert figure.layout.title.subtitle.text == "Tổng cộng 1.500,5 triệu đồng"
    assert figure.layout.separators == ",."


def test_funding_in_english():
    funding = funding_by_source(_csv("source_category,amount_mvnd\nlocal,1234.5"))
    figure = funding_chart(funding, 1234.5, "An", "first half of 2020", "en")
    assert figure.data[0].y[1] == "Local budgets"
    assert figure.data[0].text[1] == "1,234.5 (100%)"
    assert figure.layout.title.subtitle.text == "Total 1,234.5 million VND"
