"""The pace page in Chromium on the district sample (Sông Lô)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.helpers import AppServer, screenshot, wait_for_app, wait_for_charts
from tests.browser.selectors import MAIN, PLOTLY_CHART


def test_pace_says_whether_the_plan_will_be_met_and_draws_the_projection(
    app_server: AppServer, page: Page
) -> None:
    page.goto(app_server.url + "/tien-do?period=2019-H1")
    wait_for_app(page)
    main = page.locator(MAIN)
    expect(main.get_by_role("heading", name="Tiến độ so với kế hoạch")).to_be_visible()
    # Sông Lô 2019-H1: 5 of 16 recognised, rising ~3 points a half-year; the plan wants 15 of 16 by 2022.
    expect(main).to_contain_text(
        "kế hoạch đạt chuẩn NTM đến năm 2022 (93,8 %) sẽ KHÔNG đạt: dự báo chỉ 57,5 %"
    )
    wait_for_charts(page)
    expect(page.locator(PLOTLY_CHART).first).to_contain_text("dự báo theo tốc độ gần đây")
    screenshot(page, "pace-vi-2019-H1")
