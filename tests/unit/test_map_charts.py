"""The map draws on plain axes (nothing fetched), names missing data in its legend, and slides use large type."""

from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import chart_title
from ntm.charts.map import (
    NO_DATA_COLOUR,
    TIER_COLOURS,
    commune_map,
    label_box,
    place_labels,
    small_multiples,
    threshold_text,
)
from ntm.charts.meeting import PROJECTOR_FONT, for_projector, funding_slide_chart
from ntm.charts.overview import bins_bar
from ntm.figures.meeting import scope_funding_by_source
from ntm.geo import category_order, grid_layout


def classes() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "unit_code": ["00001", "00002", "00003", "00004"],
            "name": ["An", "Bình", "Cát", "Đông"],
            "unit_type": ["xã", "xã", "xã", "thị trấn"],
            "district_name": ["Huyện Một"] * 4,
            "criteria_total": [3, 3, None, None],
            "criteria_met": [3, 2, None, None],
            "category": ["ntm", "not_yet", "no_data", "not_assessed"],
        }
    )


def figure(lang="vi") -> go.Figure:
    layout = grid_layout(list(zip(classes()["unit_code"], classes()["name"], strict=True)))
    return commune_map(
        layout, classes(), category_order("tier"), lang, chart_title("Bản đồ", "Huyện Một", "2020")
    )


def test_the_map_uses_only_plain_scatter_traces_no_geo_or_tiles():
    built = figure()
    assert {trace.type for trace in built.data} == {"scatter"}
    assert "geo" not in built.layout or not built.layout.geo.to_plotly_json()
    assert "mapbox" not in built.layout.to_plotly_json() and "map" not in built.layout.to_plotly_json()
    assert built.layout.yaxis.scaleanchor == "x"


def test_communes_without_data_are_grey_hatched_and_named_in_the_legend():
    built = figure()
    legend = [trace.name for trace in built.data if trace.showlegend]
    assert legend == [
        "Đạt chuẩn NTM",
        "Chưa đạt chuẩn",
        "Chưa có số liệu",
        "Phường, thị trấn (không xét)",
    ]
    cat = next(trace for trace in built.data if trace.name == "00003")
    assert cat.fillcolor == NO_DATA_COLOUR and cat.fillpattern.shape == "/"
    an = next(trace for trace in built.data if trace.name == "00001")
    assert an.fillcolor == TIER_COLOURS["ntm"] and an.fill == "toself"
    assert [trace.name for trace in figure("en").data if trace.showlegend][2] == "No data"


def test_each_commune_dot_carries_its_code_for_the_click_and_its_values_on_hover():
    built = figure()
    dots = next(trace for trace in built.data if trace.name == "communes")
    assert list(dots.customdata) == ["00001", "00002", "00003"]  # the town opens nothing
    assert list(dots.text) == ["An", "Bình", "Cát"]
    assert "<b>An</b> · Mã 00001" in dots.hovertext[0]
    assert "Tiêu chí đạt: 3/3" in dots.hovertext[0]
    assert "Chưa có số liệu" in dots.hovertext[2]


def test_names_are_escaped_in_hover_text():
    odd = classes().assign(name=["<b>A</b>", "Bình", "Cát", "Đông"])
    layout = grid_layout(list(zip(odd["unit_code"], odd["name"], strict=True)))
    built = commune_map(layout, odd, category_order("tier"), "vi", {"text": ""})
    dots = next(trace for trace in built.data if trace.name == "communes")
    assert "&lt;b&gt;A&lt;/b&gt;" in dots.hovertext[0]


def test_the_indicator_legend_states_the_threshold():
    measure = pd.DataFrame({"unit_code": ["00001", "00002"], "threshold_value": [80.0, 80.0]})
    assert threshold_text(measure, ">=", "%", "percent", "vi") == "≥ 80 %"
    regional = pd.DataFrame({"unit_code": ["00001", "00002"], "threshold_value": [45.0, 35.0]})
    assert threshold_text(regional, ">=", "triệu đồng", "number", "en") == "threshold by region"
    assert threshold_text(measure, "=", None, "bool", "vi") is None
    met = classes().assign(category=["met", "not_met", "no_data", "not_assessed"])
    layout = grid_layout(list(zip(met["unit_code"], met["name"], strict=True)))
    built = commune_map(layout, met, category_order("indicator"), "vi", {"text": ""}, threshold="≥ 80 %")
    assert [t.name for t in built.data if t.showlegend][:2] == [
        "Đạt ngưỡng (≥ 80 %)",
        "Chưa đạt ngưỡng (≥ 80 %)",
    ]


def test_small_multiples_draw_one_map_per_period_with_one_legend():
    layout = grid_layout(list(zip(classes()["unit_code"], classes()["name"], strict=True)))
    built = small_multiples(
        layout,
        {
            "2019-H2": classes(),
            "2020-H1": classes().assign(category=["ntm", "ntm", "not_yet", "not_assessed"]),
        },
        category_order("tier"),
        "vi",
        {"2019-H2": "6 tháng cuối năm 2019", "2020-H1": "6 tháng đầu năm 2020"},
        {"text": "Thay đổi"},
    )
    titles = [a.text for a in built.layout.annotations]
    assert titles == ["6 tháng cuối năm 2019", "6 tháng đầu năm 2020"]
    assert sorted({t.xaxis for t in built.data}) == ["x", "x2"]
    legend = [t.name for t in built.data if t.showlegend]
    assert legend.count("Đạt chuẩn NTM") == 1
    assert built.layout.yaxis2.scaleanchor == "x2"


def test_small_multiples_legend_has_the_main_maps_order_and_words():
    """A class first seen in a later period still takes its place in the main map's legend order."""
    order = category_order("tier")
    periods = {
        "2019-H2": classes().assign(category=["not_yet", "not_yet", "ntm", "not_assessed"]),
        "2020-H1": classes().assign(category=["model_commune", "advanced", "ntm", "not_assessed"]),
    }
    layout = grid_layout(list(zip(classes()["unit_code"], classes()["name"], strict=True)))
    multiples = small_multiples(layout, periods, order, "vi", {p: p for p in periods}, {"text": "Thay đổi"})
    main = commune_map(layout, periods["2020-H1"], order, "vi", {"text": "Bản đồ"})

    def ranked(figure):
        shown = [t for t in figure.data if t.showlegend and t.name]
        return [t.name for t in sorted(shown, key=lambda t: t.legendrank)]

    assert ranked(multiples)[:2] == ["NTM kiểu mẫu", "NTM nâng cao"]
    assert [n for n in ranked(main) if n in ranked(multiples)] == [
        n for n in ranked(multiples) if n in ranked(main)
    ]


def test_slides_use_type_readable_from_the_back_of_the_room():
    bins = pd.DataFrame({"bin": ["19", "< 19"], "communes": [3, 1], "share": [0.75, 0.25]})
    built = for_projector(bins_bar(bins, "vi", "Huyện Một", "2020"))
    assert built.layout.font.size >= 24
    assert built.data[0].textfont.size >= 26
    # The slide's own title and stamp say what, where and when: the chart gives their height back.
    assert not (built.layout.title and built.layout.title.text)
    assert built.layout.margin.t <= 30


def test_the_funding_slide_shows_amount_and_share_per_source():
    funding = pd.DataFrame({"unit_code": ["00001", "00001"], "source_category": ["central", "community"],
                            "amount_mvnd": [1200.5, 300.0]})  # fmt: skip
    by_source, total, _ = scope_funding_by_source(funding)
    built = funding_slide_chart(by_source, "vi")
    assert list(built.data[0].text)[0] == "1.201 (80 %)"
    assert total == 1500.5  # the slide's figure beside the chart
    assert built.layout.font.size == PROJECTOR_FONT


def test_estimated_outlines_are_said_under_the_map_and_in_each_communes_hover():
    layout = grid_layout(list(zip(classes()["unit_code"], classes()["name"], strict=True)))
    shapes = dict(layout.shapes)
    shapes["00001"] = replace(shapes["00001"], estimated=True, drawn_from=("00091", "00092"))
    estimated = replace(layout, shapes=shapes)
    note = (
        "Ranh giới ước tính từ ranh giới các xã trước sáp nhập (01/07/2025), chưa phải ranh giới chính thức."
    )
    built = commune_map(estimated, classes(), category_order("tier"), "vi", {"text": "Bản đồ"}, note=note)
    assert [a.text for a in built.layout.annotations] == [f"<i>{note}</i>"]
    dots = next(trace for trace in built.data if trace.name == "communes")
    hover = dict(zip(dots.customdata, dots.hovertext, strict=True))
    assert "<i>Ranh giới ước tính</i>" in hover["00001"] and "ước tính" not in hover["00002"]
    assert not figure().layout.annotations  # outlines from a file say nothing of the kind


def test_small_multiples_draw_each_period_with_its_own_outlines():
    """Across 1/7/2025 a reused code is another unit: each period's map takes its own era's shapes."""
    old = grid_layout([("00001", "An"), ("00002", "Bình")])
    new = grid_layout([("00009", "Mới"), ("00001", "An Bình")])
    built = small_multiples(
        {"2025-H1": old, "2025-H2": new},
        {
            "2025-H1": classes().head(2),
            "2025-H2": pd.DataFrame(
                {"unit_code": ["00001", "00009"], "name": ["An Bình", "Mới"], "category": ["ntm", "not_yet"]}
            ),
        },
        category_order("tier"),
        "vi",
        {"2025-H1": "6 tháng đầu năm 2025", "2025-H2": "6 tháng cuối năm 2025<br>(ranh giới ước tính)"},
        {"text": "Thay đổi"},
    )
    after = [t for t in built.data if t.xaxis == "x2"]
    ntm_after = next(t for t in after if t.name == "Đạt chuẩn NTM")
    x_of_00001_after = min(x for x in ntm_after.x if x is not None)
    assert x_of_00001_after == new.shapes["00001"].rings[0][0][0] != old.shapes["00001"].rings[0][0][0]


def _boxes(points, names, places, size):
    return [label_box(p, n, place, size) for p, n, place in zip(points, names, places, strict=True) if place]


def test_two_nearby_communes_get_names_whose_boxes_do_not_overlap():
    # "Nhạo Sơn" and "Tân Lập" 30 px apart on one line read "NhạcTân Lập" when both sit above their dots.
    points, names = [(100.0, 100.0), (130.0, 104.0)], ["Nhạo Sơn", "Tân Lập"]
    places = place_labels(points, names, 20)
    boxes = _boxes(points, names, places, 20)
    assert len(boxes) == 2 and places[0] != places[1]
    assert not (boxes[0][0] < boxes[1][2] and boxes[1][0] < boxes[0][2]
                and boxes[0][1] < boxes[1][3] and boxes[1][1] < boxes[0][3])  # fmt: skip


def test_a_name_that_fits_nowhere_is_left_to_the_hover():
    crowd = [(100.0 + dx, 100.0 + dy) for dx in (-40, 0, 40) for dy in (-25, 0, 25)]
    places = place_labels(crowd, [f"Xã số {i} rất dài" for i in range(9)], 20)
    assert None in places and places[0] is not None
    boxes = _boxes(crowd, [f"Xã số {i} rất dài" for i in range(9)], places, 20)
    assert all(
        not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
        for i, a in enumerate(boxes) for b in boxes[i + 1 :]
    )  # fmt: skip


def test_the_map_leaves_out_the_names_that_would_collide_and_keeps_them_in_the_hover():
    layout = grid_layout(list(zip(classes()["unit_code"], classes()["name"], strict=True)))
    near = {
        code: replace(shape, label_at=(0.0, 0.01 * i))
        for i, (code, shape) in enumerate(layout.shapes.items())
    }
    built = commune_map(replace(layout, shapes=near), classes(), category_order("tier"), "vi", {"text": ""})
    dots = next(trace for trace in built.data if trace.name == "communes")
    assert "" in dots.text or len(set(dots.textposition)) == len(dots.text)
    assert all("<b>" in hover for hover in dots.hovertext)  # every name stays in its hover


def test_a_map_of_many_communes_draws_small_dots_without_names():
    many = pd.DataFrame({"unit_code": [f"{i:05d}" for i in range(1, 61)], "name": [f"Xã {i}" for i in range(60)],
                         "unit_type": ["xã"] * 60, "district_name": ["Huyện Một"] * 60,
                         "criteria_total": [3] * 60, "criteria_met": [3] * 60, "category": ["ntm"] * 60})  # fmt: skip
    layout = grid_layout(list(zip(many["unit_code"], many["name"], strict=True)))
    built = commune_map(layout, many, category_order("tier"), "vi", {"text": ""})
    dots = next(trace for trace in built.data if trace.name == "communes")
    assert dots.mode == "markers" and dots.marker.size <= 7


def test_a_map_of_two_districts_draws_their_outlines_and_names_when_communes_are_unnamed():
    many = pd.DataFrame({"unit_code": [f"{i:05d}" for i in range(1, 61)], "name": [f"Xã {i}" for i in range(60)],
                         "unit_type": ["xã"] * 60, "district_name": ["Huyện Một"] * 30 + ["Huyện Hai"] * 30,
                         "criteria_total": [3] * 60, "criteria_met": [3] * 60, "category": ["ntm"] * 60})  # fmt: skip
    layout = grid_layout(list(zip(many["unit_code"], many["name"], strict=True)))
    outlines = replace(layout, is_grid=False)  # squares standing in for a file's outlines
    built = commune_map(outlines, many, category_order("tier"), "vi", {"text": ""})
    names = [trace.name for trace in built.data]
    assert "districts" in names and names.index("districts") < names.index("communes")  # dots stay on top
    district_names = next(trace for trace in built.data if trace.name == "district_names")
    assert sorted(district_names.text) == ["<b>Hai</b>", "<b>Một</b>"]
    one_district = commune_map(outlines, classes(), category_order("tier"), "vi", {"text": ""})
    assert "districts" not in [trace.name for trace in one_district.data]
    assert "districts" not in [
        trace.name for trace in commune_map(layout, many, category_order("tier"), "vi", {"text": ""}).data
    ]
