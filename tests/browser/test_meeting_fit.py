"""Meeting mode on a 1280×720 projector (findings #3, #12 of the UX walk): every slide fits the screen with its
title and buttons and without scrolling, before the reform and after it (the 2026–2030 set); "Trang sau" never
scrolls the title away; "Tất cả (để in)" prints one slide per A4 landscape page without the keyboard hint."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.helpers import AppServer, running_app, screenshot, wait_for_app, wait_for_charts
from tests.browser.selectors import MAIN

PROJECTOR = {"width": 1280, "height": 720}
SCOPES = {"2024-H2": "period=2024-H2", "2026-H1": "period=2026-H1&area=253"}
SLIDE_COUNT = 7


@pytest.fixture(scope="module")
def meeting_app(sample_data_dir, tmp_path_factory) -> Iterator[AppServer]:
    outlines = sample_data_dir / "boundaries.geojson"
    with running_app(
        sample_data_dir, tmp_path_factory.mktemp("meeting-cache"), env={"NTM_BOUNDARIES": str(outlines)}
    ) as server:
        yield server


@pytest.fixture
def projector(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PROJECTOR, locale="vi-VN")
    yield context.new_page()
    context.close()


def _overflow(page: Page) -> dict:
    """How far the document and Streamlit's own scrolling container reach past the screen."""
    return page.evaluate(
        """() => {
            const main = document.querySelector('[data-testid="stMain"]');
            return {document: document.documentElement.scrollHeight - window.innerHeight,
                    main: main.scrollHeight - main.clientHeight};
        }"""
    )


def _assert_fits(page: Page, what: str) -> None:
    overflow = _overflow(page)
    assert overflow["document"] <= 1 and overflow["main"] <= 1, f"{what} scrolls: {overflow}"
    title = page.locator(MAIN).get_by_role("heading", level=1).first
    box = title.bounding_box()
    assert box is not None and box["y"] >= 0, f"{what}: title cut at the top ({box})"
    for key in ("meeting_previous", "meeting_next", "meeting_exit"):
        button = page.locator(f".st-key-{key} button").bounding_box()
        assert button is not None and button["y"] + button["height"] <= PROJECTOR["height"], (
            f"{what}: {key} cut"
        )


@pytest.mark.parametrize("period", list(SCOPES))
def test_every_slide_fits_1280x720_with_its_title_and_buttons(
    meeting_app: AppServer, projector: Page, period: str
) -> None:
    page = projector
    for number in range(1, SLIDE_COUNT + 1):
        page.goto(f"{meeting_app.url}/trinh-chieu?mode=present&slide={number}&{SCOPES[period]}")
        wait_for_app(page)
        wait_for_charts(page)
        shot = screenshot(page, f"meeting-1280-{period}-slide-{number}")
        _assert_fits(page, f"slide {number} of {period} ({shot})")


def test_next_keeps_the_title_on_screen(meeting_app: AppServer, projector: Page) -> None:
    page = projector
    page.goto(f"{meeting_app.url}/trinh-chieu?mode=present&slide=2&{SCOPES['2024-H2']}")
    wait_for_app(page)
    for number in (3, 4):
        page.locator(".st-key-meeting_next button").click()
        expect(page).to_have_url(re.compile(rf"slide={number}\b"))
        wait_for_app(page)
        wait_for_charts(page)
        _assert_fits(page, f"slide {number} after “Trang sau”")


@pytest.mark.parametrize("period", list(SCOPES))
def test_printing_all_slides_gives_one_a4_landscape_page_per_slide(
    meeting_app: AppServer, projector: Page, period: str
) -> None:
    page = projector
    page.goto(f"{meeting_app.url}/trinh-chieu?mode=present&slide=all&{SCOPES[period]}")
    wait_for_app(page)
    wait_for_charts(page, 60_000)
    page.emulate_media(media="print")
    expect(page.locator(".st-key-meeting_controls")).to_be_hidden()  # the buttons and the keyboard hint
    expect(page.get_by_text("Phím ← → chuyển trang", exact=False)).to_be_hidden()
    pdf = page.pdf(format="A4", landscape=True, print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    assert pages == SLIDE_COUNT, f"{pages} printed pages for {SLIDE_COUNT} slides"
    # Nothing runs past the printable width (A4 landscape inside 1 cm margins: 1047 CSS px at 96 dpi).
    widest = page.evaluate(
        """() => Math.max(...[...document.querySelectorAll('[class*="st-key-meeting_slide_"] .main-svg')]
            .map((svg) => svg.getBoundingClientRect().right))"""
    )
    assert widest <= 1047 + 38, f"a chart reaches {widest} px"
