"""The overview in Chromium on the district sample: a filter change, the language switch, a shared link."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import AppServer, screenshot, wait_for_app, wait_for_charts

SIDEBAR = '[data-testid="stSidebar"]'


def _metric(page: Page, label: str):
    return (
        page.locator('[data-testid="stMetric"]')
        .filter(has_text=label)
        .locator('[data-testid="stMetricValue"]')
    )


def _choose(page: Page, label: str, option: str) -> None:
    page.locator(SIDEBAR).get_by_role("combobox", name=label).click()
    page.get_by_role("option", name=option, exact=True).click()
    wait_for_app(page)


def test_overview_opens_on_song_lo_latest_period_with_sample_notice(
    app_server: AppServer, page: Page
) -> None:
    page.goto(app_server.url + "/")
    wait_for_app(page)
    wait_for_charts(page)
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_role("heading", name="Tổng quan")).to_be_visible()
    expect(main).to_contain_text("Huyện Sông Lô · 6 tháng cuối năm 2024")
    expect(main).to_contain_text("Dữ liệu mẫu")
    expect(_metric(page, "Số xã")).to_have_text("16")
    expect(page.locator('[data-testid="stPlotlyChart"]')).to_contain_text("Số xã theo số tiêu chí đạt")
    screenshot(page, "overview-vi-default")


def test_period_filter_recomputes_and_a_copied_link_reopens_the_same_view(
    app_server: AppServer, page: Page, browser
) -> None:
    page.goto(app_server.url + "/")
    wait_for_app(page)
    _choose(page, "Kỳ báo cáo", "6 tháng đầu năm 2019")
    # Sông Lô 2019-H1, computed independently from the sample: 6 of 16 at 19/19, 5 recognised, 17,25.
    expect(_metric(page, "Xã đạt đủ 19 tiêu chí")).to_have_text("6/16 · 37,5 %")
    expect(_metric(page, "Xã được công nhận")).to_have_text("5/16 · 31,3 %")
    expect(_metric(page, "Bình quân tiêu chí/xã")).to_have_text("17,3")
    expect(page).to_have_url(re.compile(r"period=2019-H1"))
    wait_for_charts(page)
    screenshot(page, "overview-vi-2019-H1")

    copied = page.url
    other = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    try:
        other.goto(copied)
        wait_for_app(other)
        expect(_metric(other, "Xã đạt đủ 19 tiêu chí")).to_have_text("6/16 · 37,5 %")
        expect(other.locator(SIDEBAR).get_by_role("combobox", name="Kỳ báo cáo")).to_have_value(
            "6 tháng đầu năm 2019"
        )
    finally:
        other.context.close()


def test_english_switch_and_back_keeps_the_scope(app_server: AppServer, page: Page) -> None:
    page.goto(app_server.url + "/?period=2019-H1")
    wait_for_app(page)
    page.locator(SIDEBAR).get_by_text("English", exact=True).click()
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_role("heading", name="Overview")).to_be_visible()
    expect(_metric(page, "Average criteria met per commune")).to_have_text("17.3")
    expect(main).to_contain_text("first half of 2019")
    wait_for_charts(page)
    screenshot(page, "overview-en-2019-H1")
