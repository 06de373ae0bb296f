"""A shared link in a new browser session: the overview's own path opens the overview (no "Page not
found"), a loading note shows at once and gives way to the content, and the Word briefing shows that
it is being built. The times are printed (`pytest -s`); the bounds asserted only catch a page that never
comes, not a slow machine: `python -m tools firstpaint` measures where the time goes."""

from __future__ import annotations

import time

from playwright.sync_api import Page, expect

from ntm.i18n import t
from tests.browser.helpers import AppServer, screenshot, wait_for_app
from tests.browser.selectors import DOWNLOAD_BUTTON, MAIN, METRIC_VALUE

LINK = "/tong-quan?period=2026-H1"
LOADING_NOTE = "[data-ntm-loading]"
# Generous: CI shares two cores; the loading note is in the first HTML, the content needs a script run.
NOTE_BOUND_MS = 10_000
CONTENT_BOUND_MS = 60_000


def test_a_link_to_the_overviews_path_opens_it_without_page_not_found(
    app_server: AppServer, page: Page
) -> None:
    page.goto(app_server.url + LINK)
    wait_for_app(page)
    main = page.locator(MAIN)
    expect(main.locator("h1")).to_have_text(t("page.overview", "vi"))
    expect(page.locator(METRIC_VALUE).first).to_be_visible()
    shot = screenshot(page, "first-load-tong-quan")
    assert page.get_by_text("Page not found").count() == 0, f"Streamlit's 'Page not found' shows ({shot})"
    assert page.get_by_role("dialog").count() == 0, f"a dialog shows over the page ({shot})"
    # The overview is opened at "/" with the link's scope, so the sidebar marks it as the page shown.
    assert page.url.split("?")[0].rstrip("/") == app_server.url
    assert "period=2026-H1" in page.url


def test_a_new_session_shows_the_loading_note_at_once_then_the_content(
    app_server: AppServer, page: Page
) -> None:
    started = time.monotonic()
    page.goto(app_server.url + LINK, wait_until="commit")
    note = page.locator(LOADING_NOTE)
    expect(note).to_be_visible(timeout=NOTE_BOUND_MS)
    note_ms = (time.monotonic() - started) * 1000
    expect(note).to_contain_text(t("app.loading", "vi"))
    expect(note).to_contain_text(t("app.loading", "en"))
    expect(page.locator(MAIN).locator("h1")).to_be_visible(timeout=CONTENT_BOUND_MS)
    title_ms = (time.monotonic() - started) * 1000
    expect(page.locator(METRIC_VALUE).first).to_be_visible(timeout=CONTENT_BOUND_MS)
    figures_ms = (time.monotonic() - started) * 1000
    # The note never stays over the content.
    expect(note).to_be_hidden()
    screenshot(page, "first-load-content")
    print(f"\nnote {note_ms:.0f} ms · title {title_ms:.0f} ms · headline figures {figures_ms:.0f} ms")


def test_the_word_briefing_shows_progress_while_it_is_built(app_server: AppServer, page: Page) -> None:
    page.goto(app_server.url + "/?period=2026-H1")
    wait_for_app(page)
    button = (
        page.locator(DOWNLOAD_BUTTON).filter(has_text=t("briefing.download_docx", "vi")).locator("button")
    )
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=120_000) as info:
        button.click()
        # Streamlit's download button with data built on click: disabled, with a spinner, until the file comes.
        expect(button).to_be_disabled(timeout=5_000)
        screenshot(page, "first-load-word-in-progress")
    assert info.value.suggested_filename.endswith(".docx")
    expect(button).to_be_enabled()
