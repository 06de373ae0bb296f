"""Every page after 1/7/2025 (2025-H2 on the 2021–2025 set, 2026-H1 on the 2026–2030 set), in Vietnamese
and English, on the district sample: no exception, no district level anywhere in the sidebar or under the
title, the former district's area as the place; and a period change across the reform keeps the place."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from ntm.ui.navigation import PAGES
from tests.browser.helpers import AppServer, screenshot, wait_for_app, wait_for_charts
from tests.browser.selectors import EXCEPTION, MAIN, SIDEBAR

AFTER = ("2025-H2", "2026-H1")
AREA = {"vi": "Khu vực huyện Sông Lô (cũ)", "en": "Former Sông Lô district area"}
PERIOD_NAME = {
    ("vi", "2025-H2"): "6 tháng cuối năm 2025",
    ("vi", "2026-H1"): "6 tháng đầu năm 2026",
    ("en", "2025-H2"): "second half of 2025",
    ("en", "2026-H1"): "first half of 2026",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("period", AFTER)
def test_every_page_after_the_reform_shows_the_area_and_no_district(
    app_server: AppServer, page: Page, period: str, lang: str
) -> None:
    for spec in PAGES:
        page.goto(f"{app_server.url}/{spec.url_path}?period={period}&area=253&lang={lang}")
        wait_for_app(page)
        wait_for_charts(page)
        shot = screenshot(page, f"reform-{spec.name}-{period}-{lang}")
        assert page.locator(EXCEPTION).count() == 0, f"{spec.name} {period} {lang}: exception ({shot})"
        sidebar = page.locator(SIDEBAR)
        # No district level after the reform: the place box is the former district's area.
        expect(sidebar.get_by_text("Huyện", exact=True)).to_have_count(0)
        expect(sidebar.get_by_text("District", exact=True)).to_have_count(0)
        if spec.name != "data":
            expect(page.locator(MAIN)).to_contain_text(PERIOD_NAME[(lang, period)])


def test_a_period_change_across_the_reform_keeps_the_place_and_the_link(
    app_server: AppServer, page: Page
) -> None:
    page.goto(f"{app_server.url}/?period=2025-H1&district=253")
    wait_for_app(page)
    main = page.locator(MAIN)
    expect(main).to_contain_text("Huyện Sông Lô · 6 tháng đầu năm 2025")
    page.locator(SIDEBAR).get_by_role("combobox", name="Kỳ báo cáo").click()
    page.get_by_role("option", name="6 tháng cuối năm 2025", exact=True).click()
    page.wait_for_url(re.compile(r"period=2025-H2"))
    wait_for_app(page)
    wait_for_charts(page)
    expect(main).to_contain_text("Từ 01/7/2025 không còn cấp huyện")
    expect(main).to_contain_text(AREA["vi"])
    expect(page).to_have_url(re.compile(r"area=253"))
    screenshot(page, "reform-period-change")
    # The link written now reopens the same view elsewhere.
    copied = page.url
    other = page.context.new_page()
    other.goto(copied)
    wait_for_app(other)
    expect(other.locator(MAIN)).to_contain_text(AREA["vi"])
    expect(other.locator(MAIN)).to_contain_text("6 tháng cuối năm 2025")
    # And back: the district again.
    page.locator(SIDEBAR).get_by_role("combobox", name="Kỳ báo cáo").click()
    page.get_by_role("option", name="6 tháng đầu năm 2025", exact=True).click()
    page.wait_for_url(re.compile(r"period=2025-H1"))
    wait_for_app(page)
    expect(main).to_contain_text("Huyện Sông Lô · 6 tháng đầu năm 2025")
