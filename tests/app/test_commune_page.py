"""The commune page through AppTest on the mini fixture (figures by hand in tests/integration/test_queries_commune.py)."""

import pytest

from tests.app.helpers import open_page, plotly_specs, plotly_values

PAGE = "pages/commune.py"


@pytest.fixture
def overlay_dir(app_data):
    """The mini fixture with the commune overlay (00006 Dũng assessed nowhere, a xã-less district, 2021-H1)."""
    return app_data("commune")


def _metrics(app) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def _texts(app) -> str:
    return "\n".join(
        [*(m.value for m in app.markdown), *(i.value for i in app.info), *(c.value for c in app.caption)]
    )


def test_commune_page_shows_an_recognised_with_every_criterion_met(data_dir, make_app):
    app = open_page(make_app, PAGE, unit="00001")
    assert app.title[0].value == "Xã An"
    assert app.caption[0].value == "Tỉnh Thử · 6 tháng đầu năm 2020 · Bộ thử"
    assert _metrics(app) == {
        "Đã được công nhận": "Đạt chuẩn NTM",
        "Tiêu chí đạt (Đạt chuẩn NTM)": "3/3",
        "Tiêu chí chưa có số liệu": "0",
        "Thôn kiểu mẫu": "1/2",
    }
    criteria_met = next(m for m in app.metric if m.label.startswith("Tiêu chí đạt"))
    assert criteria_met.proto.delta == "+1"  # 2 of 3 in 2019-H2
    assert "Đạt chuẩn NTM: Quyết định 10/QĐ-UBND ngày 01/03/2020" in _texts(app)
    assert "Xã chưa có kế hoạch đạt chuẩn." in _texts(app)

    criteria = app.dataframe[0].value
    assert criteria.values.tolist() == [
        ["1. Thu nhập", "1/1", "Đạt"],
        ["2. Môi trường", "2/2", "Đạt"],
        ["3. Điện", "1/1", "Đạt"],
    ]
    indicators, villages = app.table[0].value, app.table[1].value
    assert indicators["Giá trị"].tolist() == ["46 triệu đồng", "85 %", "–", "–"]
    assert indicators["Ngưỡng"].tolist() == [
        "≥ 45 triệu đồng",
        "≥ 80 %",
        "Có",
        "Có",
    ]  # a yes/no indicator is met by a yes
    assert "Ghi chú" not in indicators.columns
    assert villages.values.tolist() == [
        ["Thôn Một", "1/1", "0", "Có", "11/QĐ-UBND (30/06/2020)", "–"],
        ["Thôn Hai", "0/1", "0", "Không", "–", "–"],
    ]


def test_commune_page_charts_history_grid_and_funding(data_dir, make_app):
    app = open_page(make_app, PAGE, unit="00001")
    history, grid, funding = plotly_specs(app)
    assert [plotly_values(bar["y"]) for bar in history["data"]] == [[2, 3], [1, 0], [0, 0]]
    assert history["layout"]["title"]["text"] == "Xã An: số tiêu chí đạt qua các kỳ (Đạt chuẩn NTM)"
    assert "6 tháng đầu năm 2020" in history["layout"]["title"]["subtitle"]["text"]
    assert [a["text"] for a in history["layout"]["annotations"]] == ["Công nhận 01/03/2020 (10/QĐ-UBND)"]
    assert grid["data"][0]["y"] == ["1. Thu nhập", "2. Môi trường", "3. Điện"]
    assert plotly_values(funding["data"][0]["x"]) == [1200.5, 0, 0, 0, 0, 300]
    assert funding["layout"]["title"]["subtitle"]["text"] == "Tổng cộng 1.500,5 triệu đồng"


def test_cat_shows_its_unknowns_plainly(data_dir, make_app):
    app = open_page(make_app, PAGE, unit="00003")
    assert app.title[0].value == "Xã Cát"
    metrics = _metrics(app)
    assert metrics["Đã được công nhận"] == "Chưa công nhận"
    assert metrics["Tiêu chí đạt (Đạt chuẩn NTM)"] == "1/3"
    assert metrics["Tiêu chí chưa có số liệu"] == "2"
    assert metrics["Thôn kiểu mẫu"] == "–"
    assert app.dataframe[0].value["Kết quả"].tolist() == ["Đạt", "Chưa có số liệu", "Chưa có số liệu"]
    plan, indicators = app.table[0].value, app.table[1].value
    assert plan.values.tolist() == [["Đạt chuẩn NTM", "2022", "1/3", "–", "Đang thực hiện"]]
    assert indicators["Kết quả"].tolist() == ["Đạt", "Chưa có số liệu", "Đạt", "Chưa có số liệu"]
    assert indicators["Ngưỡng"].tolist()[:2] == ["≥ 35 triệu đồng", "≥ 80 %"]  # TDMNPB: the all-regions rows
    assert indicators["Ghi chú"].tolist()[1] == "not reported yet"
    texts = _texts(app)
    assert "Chưa có quyết định công nhận nào tính đến ngày 30/06/2020." in texts
    assert "Xã không có thôn nào trong dữ liệu của kỳ này." in texts
    assert "Chưa có số liệu vốn huy động của xã trong 6 tháng đầu năm 2020." in texts


def test_english_switch_translates_numbers_dates_and_labels(data_dir, make_app):
    app = open_page(make_app, PAGE, unit="00001")
    app.radio(key="lang").set_value("en").run()
    assert not app.exception
    assert app.title[0].value == "An commune"
    assert _metrics(app)["Criteria met (NTM)"] == "3/3"
    assert "NTM: decision 10/QĐ-UBND of 01 Mar 2020" in _texts(app)
    assert app.dataframe[0].value.columns.tolist() == ["Criterion", "Indicators met", "Result"]
    assert app.table[0].value["Value"].tolist()[0] == "46 million VND"
    funding = plotly_specs(app)[2]
    assert funding["data"][0]["y"][0] == "Central budget"
    assert funding["layout"]["title"]["subtitle"]["text"] == "Total 1,500.5 million VND"


def test_a_period_before_recognition_shows_no_tier_and_no_decision(data_dir, make_app):
    app = open_page(make_app, PAGE, unit="00001", period="2019-H2")
    metrics = _metrics(app)
    assert metrics["Đã được công nhận"] == "Chưa công nhận"
    assert metrics["Tiêu chí đạt (Đạt chuẩn NTM)"] == "2/3"
    assert "Chưa có quyết định công nhận nào tính đến ngày 31/12/2019." in _texts(app)
    assert plotly_specs(app)[0]["layout"].get("annotations") is None  # no decision line yet
    assert app.table[1].value["Tiêu chí đạt"].tolist() == ["Chưa đánh giá", "Chưa đánh giá"]


def test_a_commune_with_nothing_assessed_says_so(overlay_dir, make_app):
    app = open_page(make_app, PAGE, unit="00006", period="2020-H1")
    assert app.title[0].value == "Xã Dũng"
    assert _metrics(app)["Tiêu chí chưa có số liệu"] == "3"
    texts = _texts(app)
    assert "Xã Dũng chưa có số liệu đánh giá nào trong 6 tháng đầu năm 2020" in texts
    assert "Xã chưa có kế hoạch đạt chuẩn." in texts
    assert "Xã không có thôn nào trong dữ liệu của kỳ này." in texts
    assert app.dataframe[0].value["Kết quả"].tolist() == ["Chưa có số liệu"] * 3
    indicators = app.table[0].value
    assert indicators["Ngưỡng"].tolist() == [
        "≥ 35 triệu đồng",
        "≥ 70 %",
        "Có",
        "Có",
    ]  # 70: the latest start wins
    assert indicators["Kết quả"].tolist() == ["Chưa có số liệu"] * 4


def test_a_period_without_the_commune_set_still_shows_villages(overlay_dir, make_app):
    app = open_page(make_app, PAGE, unit="00001", period="2021-H1")
    assert app.title[0].value == "Xã An"
    assert "Bộ tiêu chí đã chọn không được đánh giá trong kỳ này" in _texts(app)
    assert _metrics(app)["Tiêu chí đạt (–)"] == "–"
    assert plotly_specs(app) == []  # no history without the set; no funding recorded in 2021-H1
    assert app.table[-1].value["Tiêu chí đạt"].tolist() == ["1/1", "0/1"]


def test_a_scope_without_any_xa_says_so(overlay_dir, make_app):
    app = open_page(make_app, PAGE, district="003", period="2020-H1")
    assert app.title[0].value == "Xã"
    assert [i.value for i in app.info] == ["Không có xã nào trong phạm vi đã chọn cho kỳ này."]


def test_choosing_another_commune_redraws_the_page_and_the_link(data_dir, make_app):
    app = open_page(make_app, PAGE, unit="00001")
    app.selectbox(key="focus_unit").set_value("00002").run()
    assert not app.exception
    assert app.title[0].value == "Xã Bình"
    assert app.query_params["unit"] in ("00002", ["00002"])
    assert _metrics(app)["Tiêu chí đạt (Đạt chuẩn NTM)"] == "2/3"
    # Bình's 2019 decision was revoked on 01/02/2020: no tier now, the revocation is said.
    assert _metrics(app)["Đã được công nhận"] == "Chưa công nhận"
    assert "(đã thu hồi ngày 01/02/2020)" in _texts(app)


def test_an_unknown_commune_in_a_link_falls_back_with_a_notice(data_dir, make_app):
    app = open_page(make_app, PAGE, unit="99999'; DROP TABLE units; --")
    assert app.title[0].value == "Xã An"
    assert any("99999" in w.value for w in app.warning)


def test_chosen_criteria_narrow_the_tables(data_dir, make_app):
    app = open_page(make_app, PAGE, unit="00001", criteria="2")
    assert app.dataframe[0].value.values.tolist() == [["2. Môi trường", "2/2", "Đạt"]]
    assert app.table[0].value["Mã"].tolist() == ["2.1", "2.2"]
    assert "Chỉ hiện các tiêu chí đã chọn: 2." in _texts(app)
    assert _metrics(app)["Tiêu chí đạt (Đạt chuẩn NTM)"] == "3/3"  # the headline still counts every criterion


def test_picking_a_criterion_opens_the_criterion_page_with_the_scope_kept(data_dir, make_app):
    app = open_page(make_app, PAGE, unit="00003", period="2020-H1")
    app.session_state["commune_criteria"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    app.run()
    assert not app.exception
    assert app.session_state["kept_focus_criterion"] == "2"
    assert app.query_params["criterion"] in ("2", ["2"])
    assert app.query_params["period"] in ("2020-H1", ["2020-H1"])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_commune_in_every_period_renders_without_an_error(overlay_dir, make_app, lang):
    """Communes with and without assessments, villages, funding or plans; a period with no commune set."""
    seen = []
    for period, units in {
        "2019-H2": ["00001", "00002", "00003", "00005", "00006"],
        "2020-H1": ["00001", "00002", "00003", "00006"],
        "2021-H1": ["00001", "00002", "00003", "00006"],
    }.items():
        for unit in units:
            app = open_page(make_app, PAGE, unit=unit, period=period, lang=lang)
            assert app.selectbox(key="focus_unit").value == unit
            seen.append(app.title[0].value)
    assert len(seen) == 13 and ("Xã Cũ" in seen if lang == "vi" else "Cũ commune" in seen)


def test_the_commune_headline_labels_and_change_wrap_rather_than_being_cut(data_dir, make_app):
    # "Tiêu chí đạt (Đạt chuẩn NT…" and "so với 6 tháng đầu nă…" at 1366×768 (review #24): the page asks
    # for its metric labels and change descriptions to wrap.
    app = open_page(make_app, "pages/commune.py", unit="00002")
    styles = " ".join(element.proto.body for element in app.get("html"))
    assert (
        "stMetricLabel" in styles and "stMetricDeltaDescription" in styles and "white-space: normal" in styles
    )
