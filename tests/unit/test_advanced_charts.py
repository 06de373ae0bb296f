"""Figures of the advanced-NTM page: titles say what, where and when; whole-number axes."""

import pandas as pd

from ntm.charts.advanced import blocking_chart, count_ticks, plan_chart, tier_trend_chart


def test_count_axes_tick_every_unit_up_to_ten_then_about_six_ticks():
    assert count_ticks(3)["dtick"] == 1
    assert count_ticks(60)["dtick"] == 10
    assert count_ticks(30)["dtick"] == 5
    assert count_ticks(1200)["dtick"] == 200


def test_trend_chart_draws_reaching_recognised_and_the_target_within_the_periods_shown():
    series = pd.DataFrame({"period": ["2019-H2", "2020-H1"], "reaching": [1, 2], "recognised": [0, 1]})
    target = pd.DataFrame({"year": [2019, 2021], "target": [2, 4]})
    figure = tier_trend_chart(series, target, "Xã đạt", "Huyện Một", "vi", "Số xã")
    assert [trace.name for trace in figure.data] == [
        "Đạt đủ tiêu chí",
        "Đã công nhận",
        "Mục tiêu kế hoạch (cộng dồn)",
    ]
    assert list(figure.data[2].x) == ["2019-H2"]  # 2021 is after the last period shown
    assert figure.layout.title.subtitle.text == "Huyện Một · 6 tháng cuối năm 2019 – 6 tháng đầu năm 2020"
    assert figure.layout.separators == ",."


def test_plan_chart_groups_planned_reached_recognised_per_year():
    plan = pd.DataFrame(
        {"target_year": [2020, 2021], "planned": [2, 1], "reached": [1, 0], "recognised": [1, 0]}
    )
    figure = plan_chart(plan, "Huyện Một", "6 tháng đầu năm 2020", "en", "Communes")
    assert [list(trace.y) for trace in figure.data] == [[2, 1], [1, 0], [1, 0]]
    assert list(figure.data[0].x) == ["2020", "2021"]
    assert figure.layout.barmode == "group"


def test_blocking_chart_shows_the_ten_most_blocking_criteria_most_blocking_on_top():
    blocking = pd.DataFrame(
        {
            "criterion_no": list(range(1, 13)),
            "name_vi": [f"TC {i}" for i in range(1, 13)],
            "name_en": [f"C {i}" for i in range(1, 13)],
            "not_met": list(range(12, 0, -1)),
            "unknown": [0] * 12,
            "candidates": [12] * 12,
        }
    )
    figure = blocking_chart(blocking, "Huyện Một", "2020", "NTM nâng cao", "vi")
    assert figure.layout.title.text == "<b>Số xã xét NTM nâng cao chưa đạt từng tiêu chí</b>"
    assert len(figure.data[0].y) == 10
    assert figure.data[0].y[-1] == "1. TC 1"  # drawn last = on top


def test_trend_chart_without_plan_or_periods_draws_only_the_two_series():
    empty_target = pd.DataFrame({"year": [], "target": []})
    series = pd.DataFrame({"period": ["2020-H1"], "reaching": [0], "recognised": [0]})
    assert len(tier_trend_chart(series, empty_target, "X", "P", "en", "Y").data) == 2
    no_periods = series.iloc[0:0]
    assert len(tier_trend_chart(no_periods, empty_target, "X", "P", "en", "Y").data) == 2
