"""Smoke test: the app's first page opens in a real browser, runs without an exception, shows the overview."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.helpers import (
    AppServer,
    outside_requests,
    running_app,
    screenshot,
    wait_for_app,
    wait_for_charts,
)
from tests.browser.selectors import EXCEPTION, MAIN


def test_root_page_renders(app_server: AppServer, page: Page) -> None:
    page.goto(app_server.url + "/?period=2024-H2")
    wait_for_app(page)
    main = page.locator(MAIN)
    expect(main).to_be_visible()
    wait_for_charts(page)
    shot = screenshot(page, "smoke-root")

    exceptions = page.locator(EXCEPTION)
    assert exceptions.count() == 0, (
        f"Streamlit shows {exceptions.count()} exception(s) (screenshot: {shot}):\n"
        + "\n---\n".join(exceptions.all_inner_texts())
        + f"\n--- server log (tail) ---\n{app_server.log_tail()}"
    )
    expect(main).to_contain_text("Tổng quan")


def test_root_page_asks_no_outside_host(app_server: AppServer, page: Page) -> None:
    """Offline intranets: the page must not need any host but the app's own (telemetry, fonts, ...)."""
    page.goto(app_server.url + "/?period=2024-H2")
    wait_for_app(page)
    wait_for_charts(page)
    # Requests start while the page draws (fonts, telemetry); let it settle briefly before checking.
    page.wait_for_timeout(2_000)
    asked = sorted(set(outside_requests(page)))
    assert asked == [], "The page asked outside hosts (an offline intranet cannot serve them):\n" + "\n".join(
        asked
    )


def test_a_deep_link_is_the_first_request_of_a_fresh_server(sample_data_dir, tmp_path, page: Page) -> None:
    """A link shared in a meeting may be the first thing a restarted server sees: it must open its page."""
    with running_app(sample_data_dir, tmp_path / "cache") as server:
        page.goto(server.url + "/tieu-chi?criterion=10&period=2019-H1")
        wait_for_app(page)
        expect(page.get_by_text("Page not found")).to_have_count(0)
        expect(page).to_have_url(re.compile(r"/tieu-chi\\?"))
        expect(page.locator(MAIN)).to_contain_text("Thu nhập")  # criterion 10, income
