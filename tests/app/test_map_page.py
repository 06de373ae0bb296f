"""The map page through AppTest on the mini fixture: grid fallback, a boundary file, colourings, years."""

import json

import pandas as pd
import pytest

from tests.app.helpers import open_page, plotly_specs


def square(code, x) -> dict:
    ring = [[105 + x, 21], [105.01 + x, 21], [105.01 + x, 21.01], [105 + x, 21.01], [105 + x, 21]]
    return {"type": "Feature", "properties": {"gso_code": code, "name": code},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}  # fmt: skip


@pytest.fixture
def outlines(tmp_path, monkeypatch):
    """A boundary file of the mini fixture's five units (and one code no unit has)."""
    path = tmp_path / "outlines.geojson"
    codes = ["00001", "00002", "00003", "00004", "00005", "99999"]
    path.write_text(
        json.dumps(
            {"type": "FeatureCollection", "features": [square(c, i * 0.02) for i, c in enumerate(codes)]}
        )
    )
    monkeypatch.setenv("NTM_BOUNDARIES", str(path))
    return path


@pytest.fixture
def no_outlines(tmp_path, monkeypatch):
    path = tmp_path / "absent" / "boundaries.geojson"
    monkeypatch.setenv("NTM_BOUNDARIES", str(path))
    return path


def open_map(make_app, **params):
    return open_page(make_app, "pages/map.py", **params)


def legend(spec) -> list[str]:
    return [trace["name"] for trace in spec["data"] if trace.get("showlegend") is not False and trace["name"]]


def fills(spec) -> dict[str, dict]:
    return {trace["name"]: trace for trace in spec["data"] if trace.get("fill") == "toself"}


def test_without_a_boundary_file_the_page_draws_a_grid_and_says_how_to_add_one(
    data_dir, no_outlines, make_app
):
    app = open_map(make_app, period="2019-H2")
    notice = " ".join(info.value for info in app.info)
    assert str(no_outlines) in notice and "ô vuông" in notice and "NTM_BOUNDARIES" in notice
    spec = plotly_specs(app)[0]
    assert sorted(fills(spec)) == ["00001", "00002", "00003", "00004", "00005"]
    assert not any("vietnam63" in caption.value for caption in app.caption)


def test_with_a_boundary_file_communes_are_coloured_by_tier_and_no_data_is_named(
    data_dir, outlines, make_app
):
    app = open_map(make_app, period="2019-H2")
    assert not any("ô vuông" in info.value for info in app.info)
    spec = plotly_specs(app)[0]
    assert legend(spec) == [
        "Đạt chuẩn NTM",
        "Đủ tiêu chí, chưa công nhận",
        "Chưa đạt chuẩn",
        "Chưa có số liệu",
        "Phường, thị trấn (không xét)",
    ]
    shapes = fills(spec)
    assert shapes["00002"]["fillcolor"] == "#0072B2"  # recognised NTM
    assert shapes["00003"]["fillcolor"] == "#D9D9D9" and shapes["00003"]["fillpattern"]["shape"] == "/"
    dots = next(trace for trace in spec["data"] if trace["name"] == "communes")
    assert sorted(dots["customdata"]) == ["00001", "00002", "00003", "00005"]  # the town opens nothing
    assert any("vietnam63" in caption.value for caption in app.caption)
    assert {trace["type"] for trace in spec["data"]} == {"scatter"}


def test_english_legend_still_says_chua_co_so_lieu(data_dir, outlines, make_app):
    spec = plotly_specs(open_map(make_app, period="2019-H2", lang="en"))[0]
    assert "No data" in legend(spec)
    assert spec["layout"]["title"]["text"] == "<b>Communes by tier</b>"


def test_colouring_by_one_criterion(data_dir, outlines, make_app):
    app = make_app(period="2019-H2").run()
    app.switch_page("pages/map.py")
    app.session_state["map_colour_by"] = "criterion"
    app.session_state["map_criterion"] = 2
    app.run()
    assert not app.exception
    spec = plotly_specs(app)[0]
    assert spec["layout"]["title"]["text"] == "<b>Tiêu chí 2. Môi trường</b>"
    shapes = fills(spec)
    assert shapes["00001"]["fillcolor"] == "#E69F00"  # not met: clean water 79 < 80
    assert shapes["00005"]["fillcolor"] == "#0072B2"
    assert legend(spec)[:2] == ["Đạt", "Chưa đạt"]


def test_colouring_by_one_indicator_puts_its_threshold_in_the_legend(data_dir, outlines, make_app):
    app = make_app(period="2019-H2").run()
    app.switch_page("pages/map.py")
    app.session_state["map_colour_by"] = "indicator"
    app.session_state["map_indicator"] = "2.1"
    app.run()
    spec = plotly_specs(app)[0]
    assert legend(spec)[:2] == ["Đạt ngưỡng (≥ 80 %)", "Chưa đạt ngưỡng (≥ 80 %)"]
    dots = next(trace for trace in spec["data"] if trace["name"] == "communes")
    assert any("Giá trị: 79; ngưỡng: 80" in text for text in dots["hovertext"])


def test_colouring_by_criteria_met_uses_the_bins(data_dir, outlines, make_app, monkeypatch):
    monkeypatch.setenv("NTM_BINS", "3;2-2;0-1")
    app = make_app(period="2020-H1").run()
    app.switch_page("pages/map.py")
    app.session_state["map_colour_by"] = "criteria_met"
    app.run()
    assert legend(plotly_specs(app)[0]) == [
        "3 tiêu chí",
        "2 tiêu chí",
        "< 2 tiêu chí",
        "Phường, thị trấn (không xét)",
    ]


def test_small_multiples_show_each_year_end_up_to_the_period(data_dir, outlines, make_app):
    app = open_map(make_app, period="2020-H1")
    assert len(plotly_specs(app)) == 1  # the years tab is built only when it is opened
    app.session_state["map_tab"] = "Thay đổi qua các năm"
    app.run()
    assert not app.exception, app.exception
    [spec] = plotly_specs(app)
    assert [a["text"] for a in spec["layout"]["annotations"]] == [
        "6 tháng cuối năm 2019",
        "6 tháng đầu năm 2020",
    ]


def test_a_broken_boundary_file_is_explained_and_the_grid_drawn(data_dir, tmp_path, monkeypatch, make_app):
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [{"properties": {}}]}')
    monkeypatch.setenv("NTM_BOUNDARIES", str(broken))
    app = open_map(make_app, period="2020-H1")
    warning = " ".join(w.value for w in app.warning)
    assert "không dùng được" in warning and "broken.geojson" in warning and "mã đơn vị" in warning
    assert len(fills(plotly_specs(app)[0])) == 4
    assert not app.error


def test_units_missing_from_the_file_are_named(data_dir, tmp_path, monkeypatch, make_app):
    partial = tmp_path / "partial.geojson"
    partial.write_text(json.dumps({"type": "FeatureCollection", "features": [square("00001", 0)]}))
    monkeypatch.setenv("NTM_BOUNDARIES", str(partial))
    app = open_map(make_app, period="2020-H1")
    assert any("3 đơn vị không có ranh giới" in c.value and "Bình" in c.value for c in app.caption)


def test_the_upload_asks_for_an_administrator(data_dir, outlines, make_app, monkeypatch):
    monkeypatch.delenv("NTM_ADMIN_PASSWORD_HASH", raising=False)
    app = open_map(make_app)
    assert app.expander[-1].label == "Thay tệp ranh giới (quản trị)"
    assert not app.get("file_uploader")


ESTIMATED = "Ranh giới ước tính từ ranh giới các xã trước sáp nhập"


@pytest.fixture
def sample_with_outlines(app_data, sample_data_dir, monkeypatch):
    """The district sample (Sông Lô) with the shared outlines of the communes before the reform beside it."""
    monkeypatch.delenv("NTM_BOUNDARIES", raising=False)
    monkeypatch.delenv("NTM_BOUNDARIES_AFTER_REFORM", raising=False)
    assert (sample_data_dir / "boundaries.geojson").is_file()
    app_data(data=sample_data_dir)
    units = pd.read_parquet(sample_data_dir / "units.parquet")
    return units


def test_after_the_reform_the_new_communes_are_drawn_estimated_from_their_predecessors(
    sample_with_outlines, make_app
):
    units = sample_with_outlines
    new_codes = sorted(units.loc[pd.to_datetime(units["valid_from"]) >= "2025-07-01", "unit_code"])
    app = open_map(make_app, period="2026-H1")
    assert not app.exception, app.exception
    spec = plotly_specs(app)[0]
    assert sorted(fills(spec)) == new_codes  # every new commune has an outline, none of the old units
    assert any(ESTIMATED in caption.value for caption in app.caption)
    assert ESTIMATED in spec["layout"]["annotations"][0]["text"]
    dots = next(trace for trace in spec["data"] if trace["name"] == "communes")
    song_lo = next(text for text in dots["hovertext"] if "Sông Lô" in text and "08848" in text)
    assert "Ranh giới ước tính" in song_lo
    assert not any("ô vuông" in info.value for info in app.info)  # no grid: the estimate is drawn


def test_before_the_reform_the_map_keeps_the_old_outlines_unmarked(sample_with_outlines, make_app):
    units = sample_with_outlines
    old = units[(units["district_code"] == "253") & (pd.to_datetime(units["valid_from"]) < "2025-07-01")]
    app = open_map(make_app, period="2024-H2", district="253")
    spec = plotly_specs(app)[0]
    assert "08848" in fills(spec) and set(fills(spec)) <= set(old["unit_code"])
    dots = next(trace for trace in spec["data"] if trace["name"] == "communes")
    assert any("Đồng Thịnh" in text for text in dots["hovertext"])  # 08848 before it became Sông Lô
    assert not any("ước tính" in text for text in dots["hovertext"])
    assert not spec["layout"].get("annotations")
    assert not any(ESTIMATED in caption.value for caption in app.caption)


def test_the_years_tab_runs_across_the_reform_switching_outlines_at_2025_h2(sample_with_outlines, make_app):
    app = open_map(make_app, period="2026-H1")
    app.session_state["map_tab"] = "Thay đổi qua các năm"
    app.run()
    assert not app.exception, app.exception
    spec = plotly_specs(app)[-1]
    titles = [a["text"] for a in spec["layout"]["annotations"]]
    assert "6 tháng cuối năm 2024" in titles
    assert titles[-2:] == [
        "6 tháng cuối năm 2025<br>(ranh giới ước tính)",
        "6 tháng đầu năm 2026<br>(ranh giới ước tính)",
    ]
    axis_of = {title: f"x{i + 1}" if i else "x" for i, title in enumerate(titles)}
    traces_2024 = [t for t in spec["data"] if t.get("xaxis", "x") == axis_of["6 tháng cuối năm 2024"]]
    traces_2026 = [t for t in spec["data"] if t.get("xaxis", "x") == axis_of[titles[-1]]]
    rings = lambda traces: sum(t["x"].count(None) for t in traces)  # noqa: E731 - one ring per None
    assert rings(traces_2024) > rings(traces_2026) > 0  # many communes before, fewer merged ones after


def test_colouring_the_2026_communes_by_criteria_met_uses_the_bins_of_ten_criteria(
    sample_with_outlines, make_app
):
    app = open_map(make_app, period="2026-H1")
    app.session_state["map_colour_by"] = "criteria_met"
    app.run()
    assert not app.exception, app.exception
    shown = legend(plotly_specs(app)[0])
    assert shown[0] == "10 tiêu chí" and "19 tiêu chí" not in shown
    bins = {f"{label} tiêu chí" for label in ("10", "8–9", "5–7", "3–4", "< 3")}
    assert set(shown) <= bins | {"Phường, thị trấn (không xét)", "Chưa có số liệu"}
