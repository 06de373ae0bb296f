"""Smoke test: the app's first page opens in a real browser, runs without an exception, shows the overview."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import AppServer, outside_requests, screenshot, wait_for_app, wait_for_charts

MAIN = '[data-testid="stMain"]'
EXCEPTION = '[data-testid="stException"]'


def test_root_page_renders(app_server: AppServer, page: Page) -> None:
    page.goto(app_server.url + "/")
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
    page.goto(app_server.url + "/")
    wait_for_app(page)
    wait_for_charts(page)
    # Requests start while the page draws (fonts, telemetry); let it settle briefly before checking.
    page.wait_for_timeout(2_000)
    asked = sorted(set(outside_requests(page)))
    assert asked == [], "The page asked outside hosts (an offline intranet cannot serve them):\n" + "\n".join(
        asked
    )
