"""Offline intranet: a whole session — every page, a filter change, a drill-down, the language switch —
asks nothing of any host but the app's own."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from playwright.sync_api import Browser, expect

from ntm.ui.navigation import PAGES
from tests.browser.helpers import (
    LOCALE,
    AppServer,
    screenshot,
    wait_for_app,
    wait_for_charts,
)
from tests.browser.selectors import MAIN, PLOTLY_CHART, SIDEBAR


def _click_centre(page, locator) -> None:
    # Plotly's drag layer lies over the bars: click where the bar is, as a person would.
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def _settle(page) -> None:
    wait_for_app(page)
    wait_for_charts(page)
    # Fonts, icons and lazily loaded chunks are asked for after the run has drawn.
    page.wait_for_timeout(1_000)


def test_a_full_session_asks_only_the_apps_own_host(app_server: AppServer, browser: Browser) -> None:
    own = urlsplit(app_server.url).netloc
    # Nothing is aborted here: every request goes out as it would for a user, and each is recorded.
    context = browser.new_context(viewport={"width": 1400, "height": 1800}, locale=LOCALE)
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    page.on("websocket", lambda socket: requested.append(socket.url))
    try:
        for spec in PAGES:
            page.goto(f"{app_server.url}/{spec.url_path}")
            _settle(page)
            screenshot(page, f"offline-{spec.name}")

        page.goto(app_server.url + "/")
        _settle(page)
        page.locator(SIDEBAR).get_by_role("combobox", name="Kỳ báo cáo").click()
        page.get_by_role("option", name="6 tháng đầu năm 2019", exact=True).click()
        page.wait_for_url(re.compile(r"period=2019-H1"))
        _settle(page)
        hardest = page.locator(PLOTLY_CHART).filter(has_text="Số xã đạt từng tiêu chí")
        _click_centre(page, hardest.locator("g.point path").first)
        page.wait_for_url(re.compile(r"/tieu-chi\?.*criterion="))
        _settle(page)
        page.locator(SIDEBAR).get_by_text("English", exact=True).click()
        expect(page.locator(MAIN)).to_contain_text("Criterion", timeout=30_000)
        _settle(page)
        screenshot(page, "offline-after-drill-down-english")
    finally:
        context.close()

    assert len(requested) > 20, f"the session recorded too few requests to mean anything: {requested}"
    assert any(url.startswith("ws://") for url in requested), "Streamlit's websocket was not recorded"
    outside = sorted(
        {
            url
            for url in requested
            if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != own
        }
    )
    assert outside == [], "The session asked hosts other than the app's own:\n" + "\n".join(outside)
