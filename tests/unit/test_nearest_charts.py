"""The Gần đạt page's charts: one bar trace per tier, counts at the bars, drill-down data on each bar."""

import pandas as pd

from ntm.charts.nearest import blockers_chart, nearest_chart
from ntm.figures.nearest import still_lacking

RANKED = pd.DataFrame(
    {
        "unit_code": ["00001", "00002", "00003"],
        "name": ["An", "Bình", "Cát"],
        "next_tier": ["ntm", "advanced", "ntm"],
        "criteria_unmet": [1, 3, 2],
    }
)
BLOCKING = pd.DataFrame(
    {
        "next_tier": ["ntm", "advanced"],
        "set_id": ["S1", "NC"],
        "criterion_no": [10, 7],
        "criterion_vi": ["Thu nhập", "Môi trường"],
        "criterion_en": ["Income", "Environment"],
        "communes": [2, 1],
    }
)


def test_nearest_chart_has_one_trace_per_tier_with_its_communes_counts_and_codes():
    figure = nearest_chart(RANKED, "vi", "Huyện Sông Lô", "6 tháng đầu năm 2019")
    ntm, advanced = figure.data
    assert (list(ntm.y), list(ntm.x), list(ntm.text)) == (["An", "Cát"], [1, 2], ["1", "2"])
    assert list(ntm.customdata) == ["00001", "00003"]
    assert (list(advanced.y), list(advanced.x), list(advanced.customdata)) == (["Bình"], [3], ["00002"])


def test_blockers_chart_labels_each_bar_by_tier_and_criterion_and_opens_the_criterion():
    figure = blockers_chart(BLOCKING, "vi", "Huyện Sông Lô", "6 tháng đầu năm 2019")
    ntm, advanced = figure.data
    assert list(ntm.y) == ["Đạt chuẩn NTM · 10. Thu nhập"] and list(ntm.x) == [2]
    assert list(ntm.customdata) == ["S1|10"] and list(advanced.customdata) == ["NC|7"]


def test_a_commune_lacking_no_criterion_is_not_a_bar_of_zero():
    # 2026-H1 slide: eight communes reaching every criterion (awaiting their decision) filled the chart
    # with bars of 0 while the sentence spoke of those lacking one.
    awaiting = pd.DataFrame(
        {"unit_code": ["00004"], "name": ["Đợi"], "next_tier": ["ntm"], "criteria_unmet": [0]}
    )
    ranked = pd.concat([awaiting, RANKED], ignore_index=True)
    assert still_lacking(ranked)["unit_code"].tolist() == ["00001", "00002", "00003"]
    figure = nearest_chart(ranked, "vi", "Tỉnh Phú Thọ", "6 tháng đầu năm 2026", limit=2)
    assert sorted(name for trace in figure.data for name in trace.y) == ["An", "Bình"]
    assert "(2 xã gần đạt nhất)" in figure.layout.title.text
    assert still_lacking(awaiting).empty
