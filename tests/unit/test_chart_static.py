"""Charts as PNG: the caption of the scope, the file name, the presentation copy and the bytes kaleido draws."""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go
import pytest

from ntm.charts.static import (
    CAPTION_NAME,
    PNG_SIGNATURE,
    ChartScope,
    caption_lines,
    chart_caption,
    chart_file_name,
    chart_png,
    data_until,
    png_size,
    presentation_figure,
)


def _bar(title: str | None = "<b>Số xã theo số tiêu chí đạt</b>") -> go.Figure:
    figure = go.Figure(go.Bar(x=["19", "15–18"], y=[6, 9]))
    figure.update_layout(height=420, margin=dict(l=60, r=20, t=80, b=60))
    if title:
        figure.update_layout(title=dict(text=title))
    return figure


def _caption(figure: go.Figure) -> str:
    return next(a.text for a in figure.layout.annotations if a.name == CAPTION_NAME)


def test_caption_names_place_period_set_and_the_day_the_data_speak_for():
    scope = ChartScope("Huyện Sông Lô", "2019-H1", "Bộ tiêu chí NTM 2016–2020")
    assert chart_caption(scope, "vi") == (
        "Huyện Sông Lô · 6 tháng đầu năm 2019 · Bộ tiêu chí NTM 2016–2020 · Số liệu đến ngày 30/06/2019"
    )
    assert chart_caption(scope, "en").endswith(
        "first half of 2019 · Bộ tiêu chí NTM 2016–2020 · Data as of 30 Jun 2019"
    )


@pytest.mark.parametrize(
    ("period", "as_of", "expected"),
    [
        ("2019-H1", "2024-12-31", date(2019, 6, 30)),  # data reaching past the period speak for its end
        ("2024-H2", "2024-11-15", date(2024, 11, 15)),  # data cut before the period's end say so
        ("2019-H2", None, date(2019, 12, 31)),
        ("2019-H2", "not a date", date(2019, 12, 31)),
    ],
)
def test_data_until_is_the_earlier_of_period_end_and_as_of(period, as_of, expected):
    assert data_until(period, as_of) == expected


def test_file_name_is_an_ascii_slug_of_chart_place_and_period():
    assert (
        chart_file_name("bins", "Huyện Sông Lô", "2019-H1")
        == "ntm_bieu-do-nhom-tieu-chi-dat_song-lo_2019-H1.png"
    )
    assert (
        chart_file_name("hardest", "Tỉnh Vĩnh Phúc", "2024-H2")
        == "ntm_bieu-do-tieu-chi-kho-dat_vinh-phuc_2024-H2.png"
    )


def test_presentation_copy_is_slide_sized_keeps_the_title_and_adds_the_caption():
    original = _bar()
    static = presentation_figure(original, "Huyện Sông Lô · 6 tháng đầu năm 2019")
    assert (static.layout.width, static.layout.height) == (1600, 900)
    assert static.layout.title.text == "<b>Số xã theo số tiêu chí đạt</b>"
    assert _caption(static) == "Huyện Sông Lô · 6 tháng đầu năm 2019"
    assert static.layout.margin.b > original.layout.margin.b  # a band for the caption
    assert not original.layout.annotations and original.layout.height == 420  # the page's figure untouched


def test_a_figure_without_a_title_gets_the_one_given():
    static = presentation_figure(_bar(title=None), "x", title="Tiêu chí <khó>")
    assert static.layout.title.text == "<b>Tiêu chí &lt;khó&gt;</b>"


def test_caption_text_is_escaped_so_a_place_name_never_becomes_markup():
    assert _caption(presentation_figure(_bar(), "Xã <b>A</b> & B")) == "Xã &lt;b&gt;A&lt;/b&gt; &amp; B"


def test_a_long_caption_breaks_at_its_separators():
    text = caption_lines("Huyện Sông Lô · 6 tháng đầu năm 2019 · " + "Bộ tiêu chí rất dài " * 4, 400)
    lines = text.split("<br>")
    assert len(lines) == 2 and lines[0] == "Huyện Sông Lô · 6 tháng đầu năm 2019"


@pytest.mark.parametrize(
    "legend",
    [
        dict(orientation="h", yanchor="bottom", y=-0.35),
        dict(orientation="h", yref="container", y=0.01, yanchor="bottom"),
    ],
)
def test_a_legend_under_the_chart_moves_to_its_right_out_of_the_caption_band(legend):
    figure = _bar()
    figure.update_layout(legend=legend)
    static = presentation_figure(figure, "x")
    assert (static.layout.legend.x, static.layout.legend.y, static.layout.legend.yref) == (1.01, 1, "paper")


def test_a_legend_above_the_chart_stays_where_it_is():
    figure = _bar()
    figure.update_layout(legend=dict(orientation="h", y=1.1))
    assert presentation_figure(figure, "x").layout.legend.y == 1.1


def test_png_bytes_have_the_signature_and_the_presentation_size():
    content = chart_png(_bar(), "Huyện Sông Lô · 6 tháng đầu năm 2019")
    assert content.startswith(PNG_SIGNATURE)
    assert png_size(content) == (1600, 900)
    smaller = chart_png(_bar(), "x", width=800, height=450)
    assert png_size(smaller) == (800, 450)


def test_png_size_refuses_bytes_that_are_not_png():
    with pytest.raises(ValueError):
        png_size(b"GIF89a....")
