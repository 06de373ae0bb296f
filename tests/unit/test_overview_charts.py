"""The overview's share trend, from a hand-written `tier_shares` frame."""

import math

import pandas as pd

from ntm.charts.overview import tier_trend
from ntm.figures.pace import SHARE_COLUMNS

NO_PLAN = pd.DataFrame({"year": [], "planned": []})


def _shares(rows):
    shares = pd.DataFrame(rows, columns=SHARE_COLUMNS)
    for column in ("numerator", "denominator"):
        shares[column] = shares[column].astype("Int64")
    shares["share"] = shares["share"].astype("float64")
    return shares


def test_each_tier_is_a_line_per_era_with_a_gap_where_its_set_was_not_assessed():
    shares = _shares(
        [
            ("2024-H1", "ntm", 12, 16, "all_communes", 0.75),
            ("2024-H1", "advanced", 1, 12, "ntm_communes", 1 / 12),
            ("2024-H2", "ntm", 14, 16, "all_communes", 0.875),
            # 2024-H2: no nâng cao assessed; 2025-H2: the merged xã
            ("2025-H2", "ntm", 1, 5, "all_communes", 0.2),
        ]
    )
    figure = tier_trend(shares, NO_PLAN, 5, "vi", "Khu vực huyện Sông Lô cũ")
    lines = [(trace.name, list(trace.x), list(trace.y), trace.showlegend) for trace in figure.data]
    assert lines[0] == ("Đạt chuẩn NTM", ["2024-H1", "2024-H2"], [0.75, 0.875], True)
    assert lines[1] == ("Đạt chuẩn NTM", ["2025-H2"], [0.2], False)
    advanced_before, advanced_after = lines[2], lines[3]
    assert advanced_before[1] == ["2024-H1", "2024-H2"]
    assert math.isclose(advanced_before[2][0], 1 / 12) and advanced_before[2][1] is None  # a gap, not 0
    assert advanced_after[1:3] == (["2025-H2"], [None])
    assert list(figure.data[0].text) == [
        "6 tháng đầu năm 2024: 12/16 xã · 75,0 %",
        "6 tháng cuối năm 2024: 14/16 xã · 87,5 %",
    ]
    assert [a.text for a in figure.layout.annotations] == ["Sắp xếp ĐVHC 01/7/2025"]


def test_the_plan_line_is_a_share_of_the_communes_in_scope_now():
    shares = _shares([("2026-H1", "ntm", 11, 32, "all_communes", 11 / 32)])
    plan = pd.DataFrame({"year": [2026, 2027], "planned": [16, 24]})
    figure = tier_trend(shares, plan, 32, "en", "Phú Thọ province")
    (plan_line,) = [trace for trace in figure.data if trace.line.dash == "dash"]
    assert list(plan_line.x) == ["2026-H2", "2027-H2"]
    assert list(plan_line.y) == [0.5, 0.75]
