"""Tables and texts of the advanced-NTM page: headers, numbers and dates per language."""

from datetime import date

import pandas as pd

from ntm.figures.advanced import TierSummary
from ntm.tables import advanced as advanced_tables

RESULTS = pd.DataFrame(
    {
        "unit_code": ["01", "02"],
        "name": ["An", "Bình"],
        "district_name": ["H1", "H2"],
        "candidate": [True, True],
        "set_id": ["A1", None],
        "criteria_total": [10, None],
        "criteria_met": [10, None],
        "criteria_unknown": [0, None],
        "reaches": [True, False],
        "recognised": [True, False],
        "decision_no": ["40/QĐ-UBND", None],
        "decision_date": [date(2020, 5, 15), None],
    }
)


def test_candidate_frame_keeps_criteria_met_numeric_and_names_the_district_only_when_several():
    frame = advanced_tables.candidate_frame(RESULTS, "vi")
    assert list(frame.columns) == [
        "Xã",
        "Huyện",
        "Tiêu chí đạt",
        "Trên tổng số",
        "Chưa có số liệu",
        "Đạt đủ tiêu chí",
        "Đã công nhận",
    ]
    assert frame["Tiêu chí đạt"].tolist() == [10, pd.NA]
    assert frame["Đã công nhận"].tolist() == ["Có", "Chưa"]
    assert "District" not in advanced_tables.candidate_frame(RESULTS.iloc[:1], "en").columns


def test_recognised_frame_writes_dates_per_language():
    vi = advanced_tables.recognised_frame(RESULTS.iloc[:1], "vi")
    assert vi.values.tolist() == [["An", "40/QĐ-UBND", "15/05/2020"]]
    assert advanced_tables.recognised_frame(RESULTS.iloc[:1], "en").values.tolist()[0][2] == "15 May 2020"


def test_summary_metrics_write_the_average_with_a_decimal_comma_in_vietnamese():
    summary = TierSummary(16, 14, 2, 1, 1, 13, 9.25)
    metrics = advanced_tables.summary_metrics(summary, 19, "advanced", "vi")
    assert [m["value"] for m in metrics] == ["14/16", "1", "1", "9,3"]
    assert metrics[0]["label"] == "Xã xét NTM nâng cao (đã đạt NTM)"
    assert advanced_tables.summary_metrics(summary, 19, "advanced", "en")[3]["value"] == "9.3"


def test_the_page_names_the_tier_of_the_period_nang_cao_until_2025_hien_dai_after():
    summary = TierSummary(16, 14, 2, 1, 1, 13, 9.25)
    labels = [m["label"] for m in advanced_tables.summary_metrics(summary, 4, "modern", "vi")]
    assert labels[:3] == [
        "Xã xét NTM hiện đại (đã đạt NTM)",
        "Đạt đủ tiêu chí NTM hiện đại",
        "Đã công nhận NTM hiện đại",
    ]
    assert "chưa xét NTM hiện đại" in advanced_tables.others_line(["A"], "modern", "vi")


def test_others_line_lists_at_most_twelve_names():
    names = [f"X{i:02d}" for i in range(14)]
    line = advanced_tables.others_line(names, "advanced", "vi")
    assert line.startswith("14 xã chưa được công nhận NTM")
    assert line.endswith("X11 …")


def test_others_line_says_one_commune_in_english():
    assert advanced_tables.others_line(["A"], "advanced", "en").startswith(
        "1 commune not yet recognised NTM (not a candidate"
    )
    assert advanced_tables.others_line(["A", "B"], "advanced", "en").startswith(
        "2 communes not yet recognised NTM"
    )
