"""The Sụt giảm tiêu chí page's tables (ntm.tables.slipping), expectations written by hand."""

import pandas as pd

from ntm.figures.slipping import SlipSummary, slipping_rows
from ntm.i18n import t
from ntm.tables.slipping import situation_counts_sentence, situation_counts_text, slipping_table
from tests.unit.test_slipping_figures import INDICATORS


def test_slipping_table_says_when_the_criterion_was_last_met_or_never():
    rows = slipping_rows(
        INDICATORS.assign(indicator_vi="Chỉ tiêu", indicator_en="Indicator", unit=None), 0.05
    )
    table = slipping_table(rows, "vi")
    assert table[
        ["Xã", "Tiêu chí", "Tình trạng", "Giá trị", "Ngưỡng", "Thiếu / dư", "Đạt gần nhất"]
    ].values.tolist() == [
        ["Cát", "2. Môi trường", "Chưa đạt", "70", "≥ 80", "10", "6 tháng cuối năm 2019"],
        ["Cát", "3. Điện", "Chưa có số liệu", "–", "Có", "chưa có số liệu", "chưa từng đạt"],
        ["An", "1. Thu nhập", "Sát ngưỡng", "46", "≥ 45", "1", "đang đạt"],
    ]
    assert list(slipping_table(rows, "en").columns[:3]) == ["Commune", "Criterion", "Indicator"]
    assert pd.isna(rows["last_met_period"].iloc[1])


def test_counts_by_situation_are_read_out_failing_then_near_threshold_then_lacking_data():
    summary = SlipSummary(recognised=9, slipping=0, criteria_failing=0, no_data=1, at_risk=8)
    assert summary.communes_by_situation() == {"failing": 0, "at_risk": 8, "no_data": 1}
    assert (
        situation_counts_text(summary, "vi") == "0 xã sụt giảm tiêu chí; 8 xã sát ngưỡng; 1 xã thiếu số liệu"
    )
    assert situation_counts_sentence(summary, "vi") == (
        "Trong 9 xã đã công nhận: 0 xã sụt giảm tiêu chí; 8 xã sát ngưỡng; 1 xã thiếu số liệu."
    )
    assert situation_counts_sentence(summary, "en") == (
        "Of 9 recognised communes: 0 communes slipping; 8 communes near a threshold; 1 commune lacking data."
    )


def test_counts_are_worded_as_the_kpi_labels_of_the_page_and_the_slide():
    summary = SlipSummary(recognised=1, slipping=1, criteria_failing=2, no_data=0, at_risk=0)
    phrases = situation_counts_text(summary, "vi").split("; ")
    labels = [t(f"slipping.{key}", "vi") for key in ("kpi_slipping", "kpi_at_risk", "kpi_no_data")]
    assert phrases == [
        f"{n} {label[0].lower()}{label[1:]}" for n, label in zip((1, 0, 0), labels, strict=True)
    ]
    assert situation_counts_sentence(summary, "en").startswith("Of 1 recognised commune: 1 commune slipping;")
