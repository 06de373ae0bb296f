"""Hostile names (HTML with script, formulas, Markdown with a javascript: link) render as text on every
page, in tables, chart titles, axes and hovers, and in the sentences around them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from ntm.ui.navigation import PAGES
from tests.browser.helpers import LOCALE, AppServer, running_app, screenshot, wait_for_app, wait_for_charts
from tests.browser.selectors import EXCEPTION, MAIN, PLOTLY_CHART
from tests.fixtures.hostile import DISTRICT_NAME, HTML_NAME, MARKDOWN_NAME, hostile_copy

# What a rendered name would become if it were read as markup instead of text.
MARKUP_FROM_NAMES = 'img[src="x"], a[href^="javascript"], strong:text-is("bold"), b:text-is("bold")'


@pytest.fixture(scope="module")
def hostile_server(sample_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    data = hostile_copy(sample_data_dir, tmp_path_factory.mktemp("hostile") / "data")
    with running_app(data, tmp_path_factory.mktemp("hostile-cache")) as server:
        yield server


@pytest.fixture
def watched_page(browser: Browser) -> Iterator[tuple[Page, list[str]]]:
    context = browser.new_context(viewport={"width": 1400, "height": 1800}, locale=LOCALE)
    page = context.new_page()
    dialogs: list[str] = []

    def _record(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", _record)
    yield page, dialogs
    context.close()


def _open(page: Page, url: str) -> None:
    # Before 1/7/2025, where the hostile names of the district and its communes are the scope's.
    page.goto(url + ("&" if "?" in url else "?") + "period=2024-H2")
    wait_for_app(page)
    wait_for_charts(page)
    page.wait_for_timeout(500)  # an onerror handler would fire as the element loads


@pytest.mark.parametrize("spec", PAGES, ids=[spec.name for spec in PAGES])
def test_hostile_names_render_as_text_on_every_page(hostile_server: AppServer, watched_page, spec) -> None:
    page, dialogs = watched_page
    _open(page, f"{hostile_server.url}/{spec.url_path}")
    shot = screenshot(page, f"hostile-{spec.name}")
    main = page.locator(MAIN)
    assert page.locator(EXCEPTION).count() == 0, f"{spec.name}: an exception is shown ({shot})"
    assert dialogs == [], f"{spec.name}: a name ran script: {dialogs}"
    assert page.locator(MARKUP_FROM_NAMES).count() == 0, f"{spec.name}: a name became markup ({shot})"
    # The scope caption under every title names the district as written.
    expect(main).to_contain_text(DISTRICT_NAME)


def test_chart_titles_axes_and_hovers_show_names_as_written(hostile_server: AppServer, watched_page) -> None:
    page, dialogs = watched_page
    _open(page, f"{hostile_server.url}/")
    charts = page.locator(PLOTLY_CHART)
    texts = "\n".join(charts.all_text_contents())
    assert DISTRICT_NAME in texts  # the subtitle of every chart: where and when
    scorecard = charts.filter(has_text="Kết quả từng tiêu chí theo xã")
    expect(scorecard).to_contain_text(HTML_NAME)  # a commune on the scorecard's axis
    expect(scorecard).to_contain_text(MARKDOWN_NAME)
    tick = scorecard.locator("g.ytick text").filter(has_text=HTML_NAME).first
    tick.scroll_into_view_if_needed()
    box = tick.bounding_box()
    # The hover of the first cell of that row names the commune.
    cell_x = scorecard.locator("g.xtick text").first.bounding_box()
    page.mouse.move(cell_x["x"] + cell_x["width"] / 2, box["y"] + box["height"] / 2)
    hover = scorecard.locator("g.hoverlayer")
    expect(hover).to_contain_text(HTML_NAME)
    screenshot(page, "hostile-scorecard-hover")
    assert page.locator(MARKUP_FROM_NAMES).count() == 0
    assert dialogs == []


def test_the_commune_page_title_and_tables_show_the_name_as_written(
    hostile_server: AppServer, watched_page
) -> None:
    page, dialogs = watched_page
    _open(page, f"{hostile_server.url}/xa?unit=08773")  # the HTML name
    heading = page.locator(MAIN).get_by_role("heading", level=1)
    expect(heading).to_contain_text(HTML_NAME)
    _open(page, f"{hostile_server.url}/xa?unit=08779")  # the Markdown name
    expect(page.locator(MAIN).get_by_role("heading", level=1)).to_contain_text(MARKDOWN_NAME)
    screenshot(page, "hostile-commune-markdown-name")
    assert page.locator(MARKUP_FROM_NAMES).count() == 0
    assert dialogs == []
