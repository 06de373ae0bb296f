"""Long category names of horizontal bars stay whole: wrapped onto two lines, the left margin sized to them
at the tick size, in the page's figure, on a slide and in the exported picture (finding #6 of the UX walk)."""

from __future__ import annotations

import io

import pandas as pd
from PIL import Image

from ntm.charts import era_spans, fit_left_margin, label_margin, text_width, wrap_label
from ntm.charts.meeting import for_projector
from ntm.charts.overview import hardest_criteria
from ntm.charts.static import chart_png, presentation_figure

NAMES = {
    17: "Môi trường và an toàn thực phẩm",
    13: "Tổ chức sản xuất và phát triển kinh tế nông thôn",
    2: "Giao thông",
}


def tally() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "criterion_no": list(NAMES),
            "criterion_vi": list(NAMES.values()),
            "criterion_en": ["Environment", "Production", "Transport"],
            "met": [14, 15, 15],
            "communes": [16, 16, 16],
        }
    )


def test_text_width_grows_with_the_text_and_the_font_size():
    assert text_width("Giao thông", 16) < text_width("Giao thông nông thôn", 16)
    assert text_width("Giao thông", 16) < text_width("Giao thông", 24)
    assert text_width("<b>Giao thông</b>", 16) == text_width("Giao thông", 16)  # tags take no room


def test_the_margin_grows_with_the_longest_label():
    short = label_margin(["2. Giao thông"], 16)
    long = label_margin(["2. Giao thông", "17. Môi trường và an toàn thực phẩm"], 16)
    assert long > short > text_width("2. Giao thông", 16)
    assert label_margin(["17. Môi trường và an toàn thực phẩm"], 24) > long
    # A wrapped label counts its longest line, not the whole text.
    wrapped = wrap_label("13. Tổ chức sản xuất và phát triển kinh tế nông thôn")
    assert label_margin([wrapped], 16) < label_margin(
        ["13. Tổ chức sản xuất và phát triển kinh tế nông thôn"], 16
    )


def test_a_long_label_wraps_onto_two_lines_and_a_short_one_stays_on_one():
    assert wrap_label("2. Giao thông") == "2. Giao thông"
    wrapped = wrap_label("13. Tổ chức sản xuất và phát triển kinh tế nông thôn")
    assert wrapped.count("<br>") == 1
    assert wrapped.replace("<br>", " ") == "13. Tổ chức sản xuất và phát triển kinh tế nông thôn"
    very_long = wrap_label("Một tiêu chí " * 12)
    assert very_long.count("<br>") == 1 and very_long.endswith("…")


def test_the_hardest_criteria_chart_names_every_criterion_in_full_with_room_for_it():
    figure = hardest_criteria(tally(), "vi", "Huyện Sông Lô", "6 tháng cuối năm 2024")
    shown = [label.replace("<br>", " ") for label in figure.data[0].y]
    assert shown == [f"{no}. {name}" for no, name in NAMES.items()]
    assert list(figure.data[0].hovertext) == shown  # the hover names it on one line
    assert figure.layout.margin.l >= label_margin(list(figure.data[0].y), figure.layout.yaxis.tickfont.size)


def test_larger_type_on_a_slide_and_in_a_picture_widens_the_margin():
    page = hardest_criteria(tally(), "vi", "Huyện Sông Lô", "2024")
    slide = for_projector(hardest_criteria(tally(), "vi", "Huyện Sông Lô", "2024"))
    assert slide.layout.margin.l > page.layout.margin.l
    picture = presentation_figure(hardest_criteria(tally(), "vi", "Huyện Sông Lô", "2024"), "Huyện Sông Lô")
    assert picture.layout.margin.l >= label_margin(
        list(picture.data[0].y), picture.layout.yaxis.tickfont.size
    )


def test_fit_left_margin_never_narrows_and_ignores_vertical_bars():
    import plotly.graph_objects as go

    wide = go.Figure(go.Bar(x=[1], y=["A"], orientation="h"), layout=dict(margin=dict(l=500)))
    assert fit_left_margin(wide).layout.margin.l == 500
    vertical = go.Figure(go.Bar(x=["Một tên rất dài " * 5], y=[1]), layout=dict(margin=dict(l=10)))
    assert fit_left_margin(vertical).layout.margin.l == 10


def test_the_exported_picture_draws_the_names_inside_it():
    # The review's picture had the names cut to their last letter: ink ran off the left edge.
    content = chart_png(
        hardest_criteria(tally(), "vi", "Huyện Sông Lô", "2024"), "Huyện Sông Lô", width=1000, height=560
    )
    image = Image.open(io.BytesIO(content)).convert("L")
    figure = presentation_figure(
        hardest_criteria(tally(), "vi", "Huyện Sông Lô", "2024"), "", width=1000, height=560
    )
    margin = int(figure.layout.margin.l)

    def dark_pixels(x0: int, x1: int) -> int:
        return sum(1 for x in range(x0, x1) for y in range(100, 480) if image.getpixel((x, y)) < 100)

    assert dark_pixels(0, 6) == 0  # nothing runs off the picture's left edge
    assert dark_pixels(6, margin) > 500  # the names are drawn in the margin


def test_a_horizontal_bar_chart_names_every_row_even_when_crowded():
    from ntm.charts.slipping import slipping_chart

    counted = pd.DataFrame(
        {
            "tier": ["ntm"] * 6,
            "criterion_no": [3, 3, 17, 17, 18, 18],
            "criterion_vi": ["Thủy lợi và phòng, chống thiên tai"] * 2
            + ["Môi trường và an toàn thực phẩm"] * 2
            + ["Chất lượng môi trường sống"] * 2,
            "criterion_en": ["x"] * 6,
            "failing": [0, 1, 0, 2, 0, 1],
            "no_data": [1, 0, 0, 0, 0, 0],
            "at_risk": [0, 0, 6, 0, 2, 0],
        }
    )
    figure = for_projector(slipping_chart(counted, "vi", "Huyện Sông Lô", "2024"), 300)
    rows = list(figure.layout.yaxis.categoryarray)
    assert list(figure.layout.yaxis.tickvals) == rows  # plotly would skip crowded ones
    assert all(row.count("<br>") <= 1 for row in rows)


def test_two_lines_are_split_near_the_middle_without_a_one_word_orphan():
    # textwrap would leave "hội" alone on the second line.
    assert wrap_label("6. Giảm nghèo và an sinh xã hội") == "6. Giảm nghèo và<br>an sinh xã hội"
    first, second = wrap_label("4. Đào tạo nguồn nhân lực nông thôn", width=30).split("<br>")
    assert abs(len(first) - len(second)) <= 6


def test_era_spans_split_sorted_periods_at_the_reform_and_keep_one_era_whole():
    periods = ["2024-H2", "2025-H1", "2025-H2", "2026-H1"]
    assert [periods[span] for span in era_spans(periods)] == [["2024-H2", "2025-H1"], ["2025-H2", "2026-H1"]]
    before, after = periods[:2], periods[2:]
    assert [before[span] for span in era_spans(before)] == [before]
    assert [after[span] for span in era_spans(after)] == [after]
    assert era_spans([]) == [slice(0, 0)]
