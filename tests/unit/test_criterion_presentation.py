"""The criterion page's tables and labels (ntm.tables.criterion) and its text catalogue."""

import io

import pandas as pd

from ntm.i18n import CATALOGUE
from ntm.tables.criterion import (
    criterion_options,
    failing_columns,
    failing_table,
    indicator_options,
    indicator_units,
    trend_table,
)
from ntm.texts.criterion import TEXTS


def _frame(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype={"unit_code": str, "indicator_code": str})


# Rows of failing_indicators: Bình misses income 1.1 in 2020-H1; Cát has no value for water 2.1.
FAILING = _frame(
    """unit_code,name,district_name,criterion_status,indicator_code,indicator_name_vi,indicator_name_en,kind,unit,direction,value,threshold_value,gap,indicator_status
00002,Bình,Huyện Một,not_met,1.1,Thu nhập bình quân,Average income,number,triệu đồng,>=,44,45,1,not_met
00003,Cát,Huyện Hai,unknown,2.1,Tỷ lệ hộ dùng nước sạch,Households with clean water,percent,%,>=,,80,,unknown
00003,Cát,Huyện Hai,unknown,2.2,Mai táng theo quy hoạch,Burials per plan,bool,,=,,,,unknown
00004,Dân,Huyện Hai,not_met,2.2,Mai táng theo quy hoạch,Burials per plan,bool,,=,0,,,not_met
"""
)


def test_criterion_options_follow_the_language_and_the_scope_filter():
    criteria = _frame(
        "criterion_no,group_no,name_vi,name_en\n1,1,Thu nhập,Income\n2,1,Môi trường,Environment\n"
    )
    assert criterion_options(criteria, (), "vi") == {"1": "1. Thu nhập", "2": "2. Môi trường"}
    assert criterion_options(criteria, (2,), "en") == {"2": "2. Environment"}
    assert criterion_options(criteria, (9,), "en") == {}


def test_indicator_options_name_the_unit():
    indicators = _frame(
        "indicator_code,name_vi,name_en,kind,unit,direction\n"
        "2.1,Tỷ lệ hộ dùng nước sạch,Households with clean water,percent,%,>=\n"
        "10,Thu nhập,Income,number,triệu đồng/người/năm,>=\n"
    )
    assert indicator_options(indicators, "en") == {
        "2.1": "2.1. Households with clean water (%)",
        "10": "10. Income (million VND/person/year)",
    }
    assert indicator_units(indicators, "vi") == {"2.1": "%", "10": "triệu đồng/người/năm"}


def test_failing_table_shows_value_threshold_and_gap_formatted():
    table = failing_table(FAILING, "vi")
    assert list(table.columns) == [
        "Xã",
        "Huyện",
        "Chỉ tiêu",
        "Giá trị",
        "Ngưỡng",
        "Còn thiếu",
        "Đơn vị",
        "Tình trạng",
        "Tên chỉ tiêu",
        "Mã xã",
    ]
    assert table.iloc[0].tolist() == [
        "Bình",
        "Huyện Một",
        "1.1",
        "44",
        "≥ 45",
        "1",
        "triệu đồng",
        "Chưa đạt",
        "Thu nhập bình quân",
        "00002",
    ]
    # No value: the threshold still shows, the value and gap say there is nothing.
    assert table.iloc[1][["Giá trị", "Ngưỡng", "Còn thiếu", "Tình trạng"]].tolist() == [
        "–",
        "≥ 80",
        "–",
        "Chưa có số liệu",
    ]
    # A yes/no indicator (recorded 1 / 0) reads yes / no and is met by a yes; it has no unit or gap.
    assert table.iloc[2][["Giá trị", "Ngưỡng", "Còn thiếu", "Đơn vị"]].tolist() == ["–", "Có", "–", ""]
    assert table.iloc[3][["Giá trị", "Ngưỡng", "Tình trạng"]].tolist() == ["Không", "Có", "Chưa đạt"]
    assert failing_table(FAILING, "en").iloc[3][["Value", "Threshold"]].tolist() == ["No", "Yes"]


def test_failing_table_in_english():
    table = failing_table(FAILING, "en")
    assert table.iloc[0][["Commune", "Indicator name", "Threshold", "Unit", "Status"]].tolist() == [
        "Bình",
        "Average income",
        "≥ 45",
        "million VND",
        "Not met",
    ]


def test_failing_columns_right_align_the_figures_of_the_table():
    columns = failing_columns("en")
    assert columns == {name: {"alignment": "right"} for name in ("Value", "Threshold", "Gap")}
    assert set(columns) <= set(failing_table(FAILING, "en").columns)


def test_trend_table_gives_counts_and_share_per_period():
    trend = _frame(
        "period,set_id,set_years,communes,met,not_met,unknown\n"
        "2019-H2,S1,2016–2020,4,2,0,2\n2020-H1,S1,2016–2020,3,2,1,0\n"
    )
    table = trend_table(trend, "vi")
    assert table.values.tolist() == [
        ["6 tháng cuối năm 2019", "2016–2020", "4", "2", "0", "2", "50,0 %"],
        ["6 tháng đầu năm 2020", "2016–2020", "3", "2", "1", "0", "66,7 %"],
    ]
    assert list(trend_table(trend, "en").columns) == [
        "Period",
        "Criteria set",
        "Communes",
        "Met",
        "Not met",
        "No data",
        "Share meeting it",
    ]


def test_unit_at_finds_the_selected_rows_commune():
    from ntm.tables import unit_at

    assert unit_at(FAILING, 1) == "00003"
    assert unit_at(FAILING, None) is None
    assert unit_at(FAILING, 7) is None


def test_every_criterion_text_has_both_languages_and_the_page_prefix():
    for key, texts in TEXTS.items():
        assert key.startswith("criterion."), key
        assert texts.get("vi") and texts.get("en"), key
        assert CATALOGUE[key] == texts
