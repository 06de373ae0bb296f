"""Every table of every page has “Tải Excel” and “Tải CSV” under it, every chart “Tải ảnh PNG” (the bytes
are tested in tests/unit; AppTest cannot read them)."""

from __future__ import annotations

import pytest

from tests.app.helpers import open_page

TABLE_LABELS = {"Tải Excel", "Tải CSV", "Download Excel", "Download CSV"}  # briefing buttons aside
PNG_LABELS = {"Tải ảnh PNG", "Download PNG"}


def _labels(app) -> list[str]:
    return [b.proto.label for b in app.get("download_button")]


def _table_labels(app) -> list[str]:
    return [label for label in _labels(app) if label in TABLE_LABELS]


@pytest.mark.parametrize(
    ("page", "params", "tables"),
    [
        # the headline figures (summary), bins, scorecard, ranking
        (None, {}, 4),
        # plan (2021), criteria, indicators, villages (Thôn Ba) of Bình in 2020-H1
        ("pages/commune.py", {"unit": "00002"}, 4),
        # An has no plan: criteria, indicators, villages
        ("pages/commune.py", {"unit": "00001"}, 3),
        # the trend, the communes not meeting income (Bình); none lack data for income
        ("pages/criterion.py", {"criterion": "1"}, 2),
        # the ranking of communes nearest their next tier, and the criteria each still lacks
        ("pages/nearest.py", {}, 2),
        # the communes and the village count against the model-village set
        ("pages/villages.py", {}, 1),
        # the pace page draws one chart and no table
        ("pages/pace.py", {}, 0),
    ],
)
def test_each_table_has_an_excel_and_a_csv_button(data_dir, make_app, page, params, tables):
    app = open_page(make_app, page, **params)
    assert _table_labels(app) == ["Tải Excel", "Tải CSV"] * tables


@pytest.mark.parametrize(
    "page",
    [
        None,
        "pages/commune.py",
        "pages/criterion.py",
        "pages/pace.py",
        "pages/advanced.py",
        "pages/villages.py",
        "pages/nearest.py",
        "pages/slipping.py",
    ],
)
def test_each_chart_has_a_png_button(data_dir, make_app, page):
    app = open_page(make_app, page)
    png_buttons = [label for label in _labels(app) if label in PNG_LABELS]
    assert len(png_buttons) == len(app.get("plotly_chart"))


def test_buttons_speak_english_with_the_page(data_dir, make_app):
    app = open_page(make_app, None, lang="en")
    assert _table_labels(app) == ["Download Excel", "Download CSV"] * 4
    assert "Download PNG" in _labels(app)


def test_criterion_page_adds_the_lacking_data_table_when_communes_lack_data(data_dir, make_app):
    # Environment (2): Cát has no value for 2.1, so it is listed as lacking data; none fail it.
    app = open_page(make_app, "pages/criterion.py", criterion="2")
    assert _table_labels(app) == ["Tải Excel", "Tải CSV"] * 2


def test_overview_offers_the_meeting_briefing_and_its_annex(data_dir, make_app):
    labels = _labels(open_page(make_app, None))
    assert labels[2:4] == ["Tải báo cáo họp (Word)", "Tải phụ lục (Excel)"]
    english = _labels(open_page(make_app, None, lang="en"))
    assert english[2:4] == ["Download meeting briefing (Word)", "Download annex (Excel)"]


@pytest.mark.parametrize("params", [{}, {"period": "2019-H2"}, {"lang": "en"}])
def test_overview_offers_the_headline_figures_first_as_excel_and_csv(data_dir, make_app, params):
    """The official shares of the KPI row (`python -m ntm export summary`) download right under it, before
    the briefing, named by the line above them."""
    app = open_page(make_app, None, **params)
    buttons = app.get("download_button")
    assert [b.key for b in buttons[:2]] == ["download_summary_xlsx", "download_summary_csv"]
    english = params.get("lang") == "en"
    assert [b.proto.label for b in buttons[:2]] == (
        ["Download Excel", "Download CSV"] if english else ["Tải Excel", "Tải CSV"]
    )
    note = "Headline figures (numerator" if english else "Chỉ tiêu tổng hợp (tử số"
    assert any(c.value.startswith(note) for c in app.caption)


def _in_order(block) -> list:
    """The page's elements in the order they are drawn (AppTest keeps each block's children by position)."""
    children = getattr(block, "children", None)
    if children is None:
        return [block]
    return [element for position in sorted(children) for element in _in_order(children[position])]


@pytest.mark.parametrize(
    ("page", "params"),
    [(None, {}), ("pages/commune.py", {"unit": "00002"}), ("pages/criterion.py", {"criterion": "1"}),
     ("pages/nearest.py", {})],
)  # fmt: skip
def test_table_downloads_sit_under_their_table_never_above_it(data_dir, make_app, page, params):
    # The overview's ranking had its buttons above the table, every other table below (review #27). The
    # headline figures are no table on screen: their buttons sit under the KPI row.
    app = open_page(make_app, page, **params)
    tables = ("dataframe", "table", "plotly_chart")  # the bins' buttons hold the numbers of their chart
    drawn = [
        e for e in _in_order(app.main)
        if e.type in (*tables, "subheader", "header")
        or (e.type == "download_button" and not (e.key or "").endswith("_png"))
    ]  # fmt: skip
    for position, element in enumerate(drawn):
        key = getattr(element, "key", None) or ""
        if element.type == "download_button" and key.endswith("_xlsx") and key != "download_summary_xlsx":
            assert position > 0 and drawn[position - 1].type in tables, key
