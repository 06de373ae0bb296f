"""The overview page through AppTest, on the mini fixture (numbers computed by hand in test_engine)."""

import numpy as np
import pandas as pd
import pytest

from ntm.store.tables_io import write_table
from tests.app.helpers import plotly_specs, plotly_values


def _metrics(app):
    # As read: a no-break space (kept inside "33,3 %" so it never wraps alone) reads as a space.
    return {m.label: m.value.replace("\u00a0", " ") for m in app.metric}


def _deltas(app):
    return {m.label: m.proto.delta for m in app.metric}


def test_overview_shows_the_headline_figures_of_the_latest_period_with_their_change(data_dir, make_app):
    app = make_app().run()
    assert not app.exception
    assert app.title[0].value == "Tổng quan"
    assert "Tỉnh Thử" in app.caption[0].value and "6 tháng đầu năm 2020" in app.caption[0].value
    # 2020-H1: An recognised (01/03/2020); Bình's decision revoked 01/02/2020; Cát never.
    # 2019-H2 (4 xã, Cũ still existed): Bình recognised, Cũ meets all three but is not recognised.
    # Each share names its base ("xã", "thôn"). The mini fixture assesses no nâng cao or kiểu mẫu set, so
    # those figures are gone (they read "0/3 · 0,0 %", a tier the period does not have, over every xã), and
    # its set has 3 criteria, so "Xã dưới 15 tiêu chí" (a goal of the 19-criteria sets) is not shown.
    assert _metrics(app) == {
        "Xã đạt chuẩn NTM": "1/3 xã · 33,3 %",
        "Đủ tiêu chí, chưa công nhận": "0/3 xã · 0,0 %",
        "Thôn NTM kiểu mẫu": "1/3 thôn · 33,3 %",
        "Bình quân tiêu chí/xã": "2,0",
    }
    assert _deltas(app) == {
        "Xã đạt chuẩn NTM": "±0",
        "Đủ tiêu chí, chưa công nhận": "-1",
        "Thôn NTM kiểu mẫu": "+1",
        "Bình quân tiêu chí/xã": "+0,8",  # 2,0 against (2 + 0 + 0 + 3) / 4 = 1,25
    }
    helps = {m.label: m.help for m in app.metric}
    assert helps["Xã đạt chuẩn NTM"] == (
        "Tử số: Xã đạt chuẩn NTM (1) · Mẫu số: Tổng số xã (3). Thay đổi so với 6 tháng cuối năm 2019"
    )


def test_ranking_orders_communes_by_criteria_met_and_shows_their_improvement(data_dir, make_app):
    app = make_app().run()
    table = app.dataframe[0].value
    assert table["Xã"].tolist() == ["An", "Bình", "Cát"]
    assert table["Hạng"].tolist() == [1, 2, 3]
    assert table["Tiêu chí đạt"].tolist() == ["3/3", "2/3", "1/3"]
    assert table["Thay đổi"].tolist() == ["+1", "+2", "+1"]
    assert table["Hạng tiến bộ"].tolist() == [2, 1, 2]
    assert table["Quyết định công nhận"].tolist()[0] == "10/QĐ-UBND (01/03/2020)"


def test_hardest_criteria_and_scorecard_read_the_criterion_statuses(data_dir, make_app):
    app = make_app().run()
    specs = {spec["layout"]["title"]["text"]: spec for spec in plotly_specs(app)}
    hardest = specs["<b>Số xã đạt từng tiêu chí</b>"]["data"][0]
    assert plotly_values(hardest["x"]) == [2, 2, 2]
    assert hardest["text"] == ["2/3", "2/3", "2/3"]
    heatmap = specs["<b>Kết quả từng tiêu chí theo xã</b>"]["data"][0]
    assert heatmap["y"] == ["An (3)", "Bình (2)", "Cát (1)"]
    assert heatmap["x"] == ["1<br>2", "2<br>2", "3<br>2"]
    assert heatmap["text"] == [["Đ", "Đ", "Đ"], ["✕", "Đ", "Đ"], ["Đ", "?", "?"]]
    assert np.reshape(plotly_values(heatmap["z"]), (3, 3)).tolist() == [[2, 2, 2], [0, 2, 2], [2, 1, 1]]
    cells = specs["<b>Kết quả từng tiêu chí theo xã</b>"]["data"][
        1
    ]  # one selectable marker per cell, row by row
    assert cells["x"] == ["1<br>2", "2<br>2", "3<br>2"] * 3
    assert cells["y"] == ["An (3)"] * 3 + ["Bình (2)"] * 3 + ["Cát (1)"] * 3
    assert cells["customdata"] == ["00001"] * 3 + ["00002"] * 3 + ["00003"] * 3
    assert cells["text"][3:6] == ["Chưa đạt", "Đạt", "Đạt"]
    assert cells["text"][7] == "Chưa có số liệu"


def test_criteria_filter_narrows_the_scorecard(data_dir, make_app):
    app = make_app(criteria="1").run()
    specs = {spec["layout"]["title"]["text"]: spec for spec in plotly_specs(app)}
    assert specs["<b>Kết quả từng tiêu chí theo xã</b>"]["data"][0]["x"] == ["1<br>2"]
    assert _metrics(app)["Bình quân tiêu chí/xã"] == "2,0"  # the headline still counts the whole set


def test_communes_chosen_in_a_link_narrow_every_figure(data_dir, make_app):
    app = make_app(units="00002,00003").run()
    assert _metrics(app)["Xã đạt chuẩn NTM"] == "0/2 xã · 0,0 %"
    assert app.dataframe[0].value["Xã"].tolist() == ["Bình", "Cát"]
    assert "Bình, Cát" in app.caption[0].value


def test_commune_search_ignores_diacritics(data_dir, make_app):
    app = make_app().run()
    app.text_input(key="scope_commune_search").input("cat").run()
    assert app.multiselect(key="scope_units").options == ["Cát"]


def test_bins_chart_counts_communes_from_duckdb(data_dir, make_app, monkeypatch):
    monkeypatch.setenv("NTM_BINS", "3;2;0-1")
    app = make_app().run()
    spec = plotly_specs(app)[0]
    bar = spec["data"][0]
    assert bar["x"] == ["3", "2", "< 2"]
    assert plotly_values(bar["y"]) == [1, 1, 1]
    assert spec["layout"]["title"]["subtitle"]["text"] == "Tỉnh Thử · 6 tháng đầu năm 2020"


def test_choosing_a_district_narrows_the_communes(data_dir, make_app):
    app = make_app().run()
    app.selectbox(key="scope_district").set_value("002").run()
    assert not app.exception
    assert _metrics(app)["Xã đạt chuẩn NTM"] == "0/1 xã · 0,0 %"
    assert app.dataframe[0].value["Xã"].tolist() == ["Cát"]
    assert app.query_params["district"] == ["002"] or app.query_params["district"] == "002"


def test_choosing_an_earlier_period_recomputes(data_dir, make_app):
    app = make_app().run()
    app.selectbox(key="scope_period").set_value("2019-H2").run()
    metrics = _metrics(app)
    assert metrics["Đủ tiêu chí, chưa công nhận"] == "1/4 xã · 25,0 %"  # 00005 still existed in 2019
    assert metrics["Bình quân tiêu chí/xã"] == "1,3"  # (2 + 0 + 0 + 3) / 4 = 1,25 → 1,3
    assert _deltas(app)["Bình quân tiêu chí/xã"] is None or _deltas(app)["Bình quân tiêu chí/xã"] == ""


def test_english_switch_translates_the_page(data_dir, make_app):
    app = make_app().run()
    app.radio(key="lang").set_value("en").run()
    assert app.title[0].value == "Overview"
    assert _metrics(app)["Average criteria met"] == "2.0"
    assert "first half of 2020" in app.caption[0].value


def test_a_link_reopens_the_same_view(data_dir, make_app):
    app = make_app(lang="en", period="2019-H2", district="001").run()
    assert app.selectbox(key="scope_period").value == "2019-H2"
    assert app.selectbox(key="scope_district").value == "001"
    assert app.title[0].value == "Overview"
    assert _metrics(app)["NTM communes"] == "1/3 communes · 33.3%"  # Bình, before its revocation in 2020


def test_stale_or_hostile_url_values_fall_back_with_a_notice(data_dir, make_app):
    app = make_app(period="2031-H1", district="'; DROP TABLE units; --").run()
    assert not app.exception
    assert app.selectbox(key="scope_period").value == "2020-H1"
    assert app.selectbox(key="scope_district").value == ""
    notices = " ".join(w.value for w in app.warning)
    assert "2031-H1" in notices and "DROP TABLE" in notices


def test_sample_data_is_marked(data_dir, make_app):
    write_table("metadata", pd.DataFrame({"key": ["is_sample"], "value": ["true"]}), data_dir)
    app = make_app().run()
    assert any("Dữ liệu mẫu" in w.value for w in app.warning)


def test_real_data_carries_no_sample_notice(data_dir, make_app):
    app = make_app().run()
    assert not any("Dữ liệu mẫu" in w.value for w in app.warning)


def test_broken_data_names_file_row_and_column_instead_of_crashing(app_data, make_app):
    app_data("broken/malformed_period")
    app = make_app().run()
    assert not app.exception
    message = app.error[0].value
    assert "assessments.parquet, dòng 5, cột period" in message
    assert "2020-6" in message


def test_empty_data_folder_says_how_to_get_data(app_data, tmp_path, make_app):
    app_data(data=tmp_path / "empty")
    app = make_app().run()
    assert not app.exception
    assert "make run" in app.error[0].value


def test_pace_projects_the_ntm_share_and_says_whether_the_plan_will_be_met(data_dir, make_app):
    app = make_app().run()
    app.switch_page("pages/pace.py").run()
    assert app.title[0].value == "Tiến độ so với kế hoạch"
    # Share recognised NTM: 1/4 in 2019-H2, 1/3 in 2020-H1 → +1/12 a half-year; five half-years to
    # the end of 2022 → 1/3 + 5/12 = 75 %. Plan: 1 recognised when the data begin + Bình (2021) +
    # Cát (2022) = 3 of 3 communes = 100 %.
    warnings = [w.value for w in app.warning]
    assert (
        "Theo tốc độ của 2 năm gần đây, kế hoạch đạt chuẩn NTM đến năm 2022 (100,0 %) sẽ KHÔNG đạt: dự báo chỉ 75,0 %."
        in warnings
    )
    specs = {spec["layout"]["title"]["text"]: spec for spec in plotly_specs(app)}
    traces = {trace["name"]: trace for trace in specs["<b>Tỷ lệ xã theo mức công nhận và dự báo</b>"]["data"]}
    shares = traces["Đạt chuẩn NTM"]
    assert shares["text"][-1] == "6 tháng đầu năm 2020: 1/3 xã · 33,3 %"  # numerator and denominator named
    projected = traces["Đạt chuẩn NTM — dự báo theo tốc độ gần đây"]
    assert projected["line"]["dash"] == "dash"
    assert projected["x"][-1] == "2022-H2"
    assert plotly_values(projected["y"])[-1] == pytest.approx(0.75)
    # The plan's point names its count and its base: 3 of the 3 xã by the end of 2022.
    plan = traces["Đạt chuẩn NTM — kế hoạch"]
    assert plan["x"][-1] == "2022-H2"
    assert plan["text"][-1] == "Kế hoạch đến hết năm 2022: 3/3 xã · 100,0 %"


def test_a_province_the_data_holds_only_in_part_says_so_under_the_title(app_data, make_app):
    # The sample after 1/7/2025 holds only the part of Phú Thọ that was Vĩnh Phúc: never the whole province.
    app_data("coverage")
    vi = make_app().run()
    assert "Phạm vi dữ liệu của tỉnh: chỉ gồm huyện Một." in [i.value for i in vi.info]
    en = make_app(lang="en").run()
    assert "Data coverage of this province: only district Một." in [i.value for i in en.info]


def test_a_whole_province_has_no_coverage_note(data_dir, make_app):
    app = make_app().run()
    assert not [i.value for i in app.info if "Phạm vi dữ liệu" in i.value]


# tests/fixtures/reform: from 1/7/2025 province 01 has xã An Bình 00001 (group 1, NTM by 20/QĐ-UBND of
# 15/05/2026), Cát Đông 00003 (group 2), Đồi 00008 (group 3), Suối 00009, and phường Đông Phong; 2026-H1 is
# assessed on the 2-criteria set S2 only. Before: 2019-H2 and 2020-H1 on the old units and S1.


def test_overview_after_the_reform_shows_the_tiers_of_the_new_set_on_their_bases(app_data, make_app):
    app_data("reform")
    app = make_app(period="2026-H1").run()
    assert not app.exception
    # 1 NTM of the 4 xã (the phường is not counted); S2 is the only set assessed: no nâng cao, kiểu mẫu,
    # thôn kiểu mẫu; 2 criteria, so no "under 15".
    assert _metrics(app) == {
        "Xã đạt chuẩn NTM": "1/4 xã · 25,0 %",
        "Đủ tiêu chí, chưa công nhận": "0/4 xã · 0,0 %",
        "Bình quân tiêu chí/xã": "1,0",  # An Bình 2 + Cát Đông 1 + Đồi 1 + Suối 0 = 4 / 4
    }
    # The period before on the screen is 2020-H1, on the old units: no change is computed across 1/7/2025.
    assert set(_deltas(app).values()) == {"ĐVHC mới từ 01/7/2025"}
    specs = {spec["layout"]["title"]["text"]: spec for spec in plotly_specs(app)}
    trend = specs["<b>Tỷ lệ xã được công nhận theo mức công nhận</b>"]
    # One line per era: the old communes' shares never joined to the merged communes' (one legend entry).
    before, after = [trace for trace in trend["data"] if trace["name"] == "Đạt chuẩn NTM"]
    assert (before["x"], after["x"]) == (["2019-H2", "2020-H1"], ["2026-H1"])
    assert (before["legendgroup"], before["showlegend"]) == ("ntm", True) and after["showlegend"] is False
    # Shares, not counts: 1/4 old xã (Bình), 1/3 (An), 1/4 new xã (An Bình).
    assert plotly_values(before["y"]) + plotly_values(after["y"]) == pytest.approx([0.25, 1 / 3, 0.25])
    (marker,) = trend["layout"]["shapes"]
    assert marker["x0"] == 1.5  # between 2020-H1 (position 1) and 2026-H1 (position 2)
    assert [a["text"] for a in trend["layout"]["annotations"]] == ["Sắp xếp ĐVHC 01/7/2025"]


def test_pace_after_the_reform_shows_the_programme_targets_of_the_scope_on_their_bases(app_data, make_app):
    app_data("reform")
    app = make_app(period="2026-H1", lang="en").run()
    app.switch_page("pages/pace.py").run()
    assert not app.exception
    specs = plotly_specs(app)
    traces = {trace["name"]: trace for trace in specs[0]["data"]}
    # Province 01's target (3 xã NTM by 2030, a count of every xã) is 3 of 4 xã; the nation's 2030 target is
    # 85 % of every xã in the fixture. The 2025 targets of 263/QĐ-TTg belong to the old units and are not shown.
    targets = traces["NTM — programme target"]
    assert targets["x"] == ["2030-H2", "2030-H2"]
    assert plotly_values(targets["y"]) == pytest.approx([0.75, 0.85])
    assert "NQ 257/2025/QH15" in targets["text"][1] and "of all communes" in targets["text"][1]
    assert [a["text"] for a in specs[0]["layout"]["annotations"]] == ["2025 reorganisation"]
    # The share line stops at the reform and starts again on the merged communes, one legend entry.
    lines = [trace for trace in specs[0]["data"] if trace["name"] == "NTM"]
    assert [line["x"] for line in lines] == [["2019-H2", "2020-H1"], ["2026-H1"]]
    assert [line["showlegend"] for line in lines] == [True, False]
    # One period on the new units: no pace to project from, and the page says it compares no plan.
    assert "NTM — projected at the recent pace" not in traces
    captions = " ".join(c.value for c in app.caption)
    assert "Shares are projected, not counts" in captions


def test_bins_of_the_ten_criteria_set_start_at_ten_and_count_every_xa(app_data, sample_data_dir, make_app):
    # The district sample opens on 2026-H1, assessed on NTM-2026 (10 criteria): bins written for 19 criteria
    # would put every xã below an empty "19".
    app_data(data=sample_data_dir)
    app = make_app().run()
    assert not app.exception
    specs = {spec["layout"]["title"]["text"]: spec for spec in plotly_specs(app)}
    (bins,) = [spec for title, spec in specs.items() if "Số xã theo số tiêu chí đạt" in title]
    bar = bins["data"][0]
    assert bar["x"] == ["10", "8–9", "5–7", "3–4", "< 3"]
    communes = int(_metrics(app)["Xã đạt chuẩn NTM"].split(" xã")[0].split("/")[1])
    assert communes > 0 and sum(plotly_values(bar["y"])) == communes


def test_the_scorecard_sort_is_as_it_was_left_after_a_drill_down_and_back(data_dir, make_app):
    # Sorted by name, opened a commune, came back: the sort had returned to "Số tiêu chí đạt" (review #14).
    app = make_app().run()
    app.button_group(key="scorecard_sort").set_value("name").run()
    app.switch_page("pages/commune.py").run()
    app.switch_page("pages/overview.py").run()
    assert not app.exception
    assert app.button_group(key="scorecard_sort").value == "name"
