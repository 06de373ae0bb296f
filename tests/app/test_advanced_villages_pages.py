"""The advanced-NTM and model-village pages through AppTest on the mini fixture with the targets overlay
(figures by hand in tests/integration/test_queries_advanced_villages.py)."""

import pytest

from tests.app.helpers import open_page, plotly_specs, plotly_values

ADVANCED = "pages/advanced.py"
VILLAGES = "pages/villages.py"


@pytest.fixture
def overlay_dir(app_data):
    return app_data("targets")


def _texts(app) -> str:
    return "\n".join(
        [*(m.value for m in app.markdown), *(i.value for i in app.info), *(c.value for c in app.caption)]
    )


def test_advanced_page_shows_candidates_their_criteria_and_the_others_apart(overlay_dir, make_app):
    app = open_page(make_app, ADVANCED, period="2020-H1")
    assert app.title[0].value == "Xã NTM nâng cao"
    assert "Chỉ xã đã được công nhận nông thôn mới" in _texts(app)
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Xã xét NTM nâng cao (đã đạt NTM)"] == "2/3"
    assert metrics["Đạt đủ tiêu chí NTM nâng cao"] == "1"
    assert metrics["Đã công nhận NTM nâng cao"] == "1"
    assert metrics["Bình quân tiêu chí đạt/xã"] == "1,0"  # (2 + 0) / 2
    table = app.dataframe[0].value
    assert table["Xã"].tolist() == ["An", "Cát"]
    assert table["Tiêu chí đạt"].tolist() == [2, 0]
    assert "1 xã chưa được công nhận NTM (chưa xét NTM nâng cao): Bình" in _texts(app)
    decided = app.dataframe[1].value
    assert decided.values.tolist() == [["An", "40/QĐ-UBND", "15/05/2020"]]


def test_advanced_page_charts_the_series_the_plan_and_the_blocking_criteria(overlay_dir, make_app):
    app = open_page(make_app, ADVANCED, period="2020-H1")
    trend, plan, blocking = plotly_specs(app)
    assert plotly_values(trend["data"][0]["y"]) == [1, 1]  # reaching 2019-H2, 2020-H1
    assert plotly_values(trend["data"][1]["y"]) == [0, 1]  # recognised
    assert [plotly_values(bar["y"]) for bar in plan["data"]] == [[2, 1], [1, 0], [1, 0]]
    # Only Cát waits: criterion 1 not met, criterion 2 without data.
    assert plotly_values(blocking["data"][0]["x"]) == [0, 1]
    assert plotly_values(blocking["data"][1]["x"]) == [1, 0]


def test_advanced_page_in_english(overlay_dir, make_app):
    app = open_page(make_app, ADVANCED, period="2020-H1", lang="en")
    assert app.title[0].value == "Advanced NTM communes"
    assert {m.label for m in app.metric} >= {
        "NTM communes, candidates for advanced NTM",
        "Recognised advanced NTM",
    }
    assert app.dataframe[1].value.values.tolist()[0][2] == "15 May 2020"


def test_advanced_page_says_plainly_when_no_advanced_set_is_assessed(data_dir, make_app):
    app = open_page(make_app, ADVANCED, period="2020-H1")
    assert "Không có bộ tiêu chí NTM nâng cao nào được đánh giá" in _texts(app)
    assert "Chưa có xã nào được công nhận NTM nâng cao" in _texts(app)


def test_villages_page_counts_villages_per_commune_with_a_total_row(overlay_dir, make_app):
    app = open_page(make_app, VILLAGES, period="2020-H1")
    assert app.title[0].value == "Thôn, khu dân cư kiểu mẫu"
    metrics = {m.label: m.value for m in app.metric}
    assert metrics == {
        "Số thôn": "3",
        "Thôn đạt đủ tiêu chí": "1",
        "Thôn đã công nhận kiểu mẫu": "1",
        "Kế hoạch đến năm 2020": "2",
    }
    table = app.dataframe[0].value
    assert table["Xã"].tolist() == ["An", "Bình", "Cát", "Tổng"]
    assert table["TC1"].tolist() == [1, 1, 0, 2]
    assert table["TC2"].tolist() == [2, 0, 0, 2]
    assert table["Đã công nhận"].tolist() == [1, 0, 0, 1]
    assert "TC1 Thu nhập thôn; TC2 Cảnh quan thôn" in _texts(app)


def test_villages_page_draws_the_grid_of_the_chosen_commune(overlay_dir, make_app):
    app = open_page(make_app, VILLAGES, period="2020-H1", unit="00002")
    trend, plan, grid = plotly_specs(app)
    assert plotly_values(trend["data"][0]["y"]) == [0, 1]  # villages meeting every criterion
    assert plotly_values(trend["data"][1]["y"]) == [0, 1]  # recognised
    assert [plotly_values(bar["y"]) for bar in plan["data"]] == [[2, 1], [1, 0], [1, 0]]
    assert grid["data"][0]["y"] == ["Thôn Ba"]
    assert grid["data"][0]["z"] == [[2, 0]]
    assert app.selectbox(key="focus_unit").value == "00002"
    assert "Dữ liệu chưa có xã NTM kiểu mẫu" in _texts(app)


def test_villages_page_in_english(overlay_dir, make_app):
    app = open_page(make_app, VILLAGES, period="2020-H1", lang="en")
    assert app.title[0].value == "Model villages"
    assert app.dataframe[0].value["Commune"].tolist()[-1] == "Total"
    assert "C1 Village income" in _texts(app)
