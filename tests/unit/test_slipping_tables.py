"""The Sụt giảm tiêu chí page's tables (ntm.tables.slipping), expectations written by hand."""

import pandas as pd

from ntm.figures.slipping import slipping_rows
from ntm.tables.slipping import slipping_table
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
