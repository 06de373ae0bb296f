"""The criterion page through AppTest, on the mini fixture (and its criterion overlay).

Hand-computed from tests/fixtures/mini: in 2020-H1 income (criterion 1) is met by An (46 ≥ 45) and
Cát (40 ≥ 35, TDMNPB), not by Bình (44 < 45, gap 1); environment (2) is unknown for Cát (2.1 has no
value); electricity (3) is unknown for Cát (no 3.1 row). 2019-H2 has four communes (Cũ still existed).
"""

import pytest

from tests.app.helpers import open_page, plotly_specs, plotly_values

PAGE = "pages/criterion.py"


def _metrics(app) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def _table(app, first_column: str, second_column: str):
    """The dataframe whose first two headers are these (the page draws several)."""
    for frame in app.dataframe:
        table = frame.value
        if list(table.columns[:2]) == [first_column, second_column]:
            return table
    raise AssertionError(f"no table starting with {first_column}, {second_column}")


def _texts(elements) -> str:
    return " | ".join(e.value for e in elements)


def test_income_page_shows_the_headline_figures_of_the_period(data_dir, make_app):
    app = open_page(make_app, PAGE, criterion="1")
    assert app.title[0].value == "Tiêu chí"
    assert "Tỉnh Thử · 6 tháng đầu năm 2020 · Bộ thử" in app.caption[0].value
    assert app.selectbox(key="focus_criterion").value == "1"
    assert _metrics(app) == {
        "Xã đạt tiêu chí": "2/3",
        "Tỷ lệ xã đạt": "66,7 %",
        "Xã chưa đạt": "1",
        "Xã chưa có đủ số liệu": "0",
    }


def test_failing_table_shows_binh_with_value_threshold_and_gap(data_dir, make_app):
    app = open_page(make_app, PAGE, criterion="1")
    assert "Xã chưa đạt tiêu chí 1. Thu nhập — 6 tháng đầu năm 2020" in [h.value for h in app.subheader]
    failing = _table(app, "Xã", "Huyện")
    assert failing[
        ["Xã", "Chỉ tiêu", "Giá trị", "Ngưỡng", "Còn thiếu", "Tình trạng", "Mã xã"]
    ].values.tolist() == [["Bình", "1.1", "44", "≥ 45", "1", "Chưa đạt", "00002"]]
    assert "Mọi xã trong phạm vi đều có đủ số liệu cho tiêu chí này." in _texts(app.caption)


def test_trend_counts_communes_per_period(data_dir, make_app):
    app = open_page(make_app, PAGE, criterion="1")
    trend = plotly_specs(app)[0]
    assert trend["layout"]["title"]["text"] == "Số xã đạt tiêu chí 1. Thu nhập qua các kỳ"
    assert trend["layout"]["title"]["subtitle"]["text"] == "Tỉnh Thử, 2019–2020"
    assert [bar["name"] for bar in trend["data"]] == ["Đạt", "Chưa đạt", "Chưa có số liệu"]
    assert [plotly_values(bar["y"]) for bar in trend["data"]] == [[2, 2], [0, 1], [2, 0]]
    numbers = _table(app, "Kỳ", "Bộ tiêu chí")
    assert numbers.values.tolist() == [
        # The set named by its years (S1 runs from 2019, open-ended), never by its code.
        ["6 tháng cuối năm 2019", "2019–", "4", "2", "0", "2", "50,0 %"],
        ["6 tháng đầu năm 2020", "2019–", "3", "2", "1", "0", "66,7 %"],
    ]


def test_distribution_draws_the_threshold_of_each_region(data_dir, make_app):
    app = open_page(make_app, PAGE, criterion="1")
    assert app.selectbox(key="focus_indicator").value == "1.1"
    spread = plotly_specs(app)[1]
    assert "Số xã theo giá trị chỉ tiêu 1.1. Thu nhập bình quân" in spread["layout"]["title"]["text"]
    assert spread["layout"]["title"]["subtitle"]["text"] == "Tỉnh Thử, 6 tháng đầu năm 2020"
    lines = [(s["x0"], s["x1"]) for s in spread["layout"]["shapes"]]
    assert lines == [(45, 45), (35, 35)]  # DBSH 45 (An, Bình), every other region 35 (Cát)
    assert [a["text"] for a in spread["layout"]["annotations"]] == [
        "<b>Ngưỡng Đồng bằng sông Hồng: 45</b>",
        "<b>Ngưỡng Trung du và miền núi phía Bắc: 35</b>",
    ]
    not_met = spread["data"][1]
    assert plotly_values(not_met["y"]) == [0, 0, 0, 0, 1, 0]  # Bình's 44, in 43–45
    captions = _texts(app.caption)
    assert "Ngưỡng khác nhau theo vùng" in captions and "Cả 3 xã đều có giá trị." in captions


def test_environment_lists_cat_apart_as_lacking_data(data_dir, make_app):
    app = open_page(make_app, PAGE)
    app.selectbox(key="focus_criterion").set_value("2").run()
    assert not app.exception
    assert "Không có xã nào chưa đạt tiêu chí này trong kỳ." in _texts(app.success)
    assert "Xã chưa có đủ số liệu để đánh giá — 6 tháng đầu năm 2020" in [h.value for h in app.subheader]
    lacking = _table(app, "Xã", "Huyện")
    assert lacking[["Xã", "Chỉ tiêu", "Giá trị", "Ngưỡng", "Tình trạng"]].values.tolist() == [
        ["Cát", "2.1", "–", "≥ 80", "Chưa có số liệu"]
    ]
    assert _metrics(app)["Xã chưa có đủ số liệu"] == "1"
    assert app.selectbox(key="focus_indicator").value == "2.1"
    assert "1/3 xã chưa có giá trị của chỉ tiêu này (không vẽ trên biểu đồ)." in _texts(app.caption)


def test_choosing_electricity_says_it_has_no_values_to_spread_and_nothing_fails(data_dir, make_app):
    app = open_page(make_app, PAGE, criterion="1")
    app.selectbox(key="focus_criterion").set_value("3").run()
    assert not app.exception
    assert app.query_params["criterion"] in ("3", ["3"])
    assert "Không có xã nào chưa đạt tiêu chí này trong kỳ." in _texts(app.success)
    assert _table(app, "Xã", "Huyện")[["Xã", "Chỉ tiêu", "Tình trạng"]].values.tolist() == [
        ["Cát", "3.1", "Chưa có số liệu"]
    ]
    assert "chỉ gồm các chỉ tiêu đánh giá đạt / chưa đạt" in _texts(app.info)
    assert len(plotly_specs(app)) == 1  # the trend only


def test_english_switch_translates_labels_and_numbers(data_dir, make_app):
    app = open_page(make_app, PAGE, criterion="1")
    app.radio(key="lang").set_value("en").run()
    assert not app.exception
    assert app.title[0].value == "Criterion"
    assert "first half of 2020" in app.caption[0].value
    assert _metrics(app) == {
        "Communes meeting it": "2/3",
        "Share meeting it": "66.7%",
        "Communes not meeting it": "1",
        "Communes lacking data": "0",
    }
    failing = _table(app, "Commune", "District")
    assert failing[["Commune", "Value", "Threshold", "Gap", "Unit", "Status"]].values.tolist() == [
        ["Bình", "44", "≥ 45", "1", "million VND", "Not met"]
    ]
    trend, spread = plotly_specs(app)
    assert trend["layout"]["title"]["text"] == "Communes meeting criterion 1. Income, by period"
    assert [bar["name"] for bar in trend["data"]] == ["Met", "Not met", "No data"]
    assert spread["layout"]["separators"] == ".,"
    assert "Communes not meeting criterion 1. Income — first half of 2020" in [h.value for h in app.subheader]


def test_a_period_where_the_scope_has_no_assessment_says_so(data_dir, make_app):
    # Huyện Hai in 2019-H2: Cát is assessed but has no row at all, so every criterion is unknown.
    app = open_page(make_app, PAGE, criterion="1", period="2019-H2", district="002")
    assert _metrics(app) == {
        "Xã đạt tiêu chí": "0/1",
        "Tỷ lệ xã đạt": "0,0 %",
        "Xã chưa đạt": "0",
        "Xã chưa có đủ số liệu": "1",
    }
    assert _table(app, "Xã", "Huyện")[["Xã", "Giá trị", "Ngưỡng"]].values.tolist() == [["Cát", "–", "≥ 35"]]
    assert "Chưa xã nào trong phạm vi có giá trị của chỉ tiêu này trong kỳ." in _texts(app.info)


def test_the_scopes_criteria_filter_limits_the_choice(data_dir, make_app):
    app = open_page(make_app, PAGE, criteria="2,3")
    assert app.selectbox(key="focus_criterion").options == ["2. Môi trường", "3. Điện"]
    assert app.selectbox(key="focus_criterion").value == "2"


def test_a_criterion_not_in_the_data_falls_back_with_a_notice(data_dir, make_app):
    app = open_page(make_app, PAGE, criterion="99", indicator="'; DROP TABLE units; --")
    assert app.selectbox(key="focus_criterion").value == "1"
    assert app.selectbox(key="focus_indicator").value == "1.1"
    notices = _texts(app.warning)
    assert "“99”" in notices and "DROP TABLE" in notices


def test_selecting_a_failing_row_opens_that_commune(data_dir, make_app):
    app = open_page(make_app, PAGE, criterion="1")
    table_key = next(frame.key for frame in app.dataframe if frame.key and "criterion_not_met" in frame.key)
    app.session_state[table_key] = {"selection": {"rows": [0], "columns": []}}
    app.run()
    # The commune page (another page's own tests judge its content) is asked to show Bình.
    assert app.session_state["kept_focus_unit"] == "00002"
    assert "Tiêu chí" not in [title.value for title in app.title]


@pytest.fixture
def overlay_dir(app_data):
    """The mini fixture with the criterion overlay: a new NTM set S2 assessed in 2020-H2 only."""
    return app_data("criterion")


def test_a_criterion_every_commune_meets_says_no_commune_fails(overlay_dir, make_app):
    app = open_page(make_app, PAGE, criterion="3", period="2020-H2")
    assert app.selectbox(key="scope_set").value == "S2"
    assert _metrics(app)["Xã đạt tiêu chí"] == "3/3"
    assert "Không có xã nào chưa đạt tiêu chí này trong kỳ." in _texts(app.success)
    assert "Mọi xã trong phạm vi đều có đủ số liệu cho tiêu chí này." in _texts(app.caption)
    assert not [frame for frame in app.dataframe if "Ngưỡng" in frame.value.columns]


def test_trend_follows_the_tier_into_the_new_set_and_marks_the_change(overlay_dir, make_app):
    app = open_page(make_app, PAGE, criterion="1", period="2020-H2")
    trend = plotly_specs(app)[0]
    assert plotly_values(trend["data"][1]["y"]) == [0, 1, 1]  # Bình, then Bình again (48 < 50)
    assert trend["layout"]["annotations"][0]["text"] == "Từ đây: bộ tiêu chí 2020–"  # S2, by its years
    failing = _table(app, "Xã", "Huyện")
    assert failing[["Xã", "Giá trị", "Ngưỡng", "Còn thiếu"]].values.tolist() == [["Bình", "48", "≥ 50", "2"]]
