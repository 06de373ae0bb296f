"""The advanced-NTM and model-village pages in Chromium on the district sample (Sông Lô), with
screenshots in Vietnamese and English at 1366×768 (top of the page, then scrolled down)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.helpers import (
    AppServer,
    metric_value,
    open_deep_link,
    screenshot,
    wait_for_app,
    wait_for_charts,
)
from tests.browser.selectors import DATAFRAME, EXCEPTION, MAIN

GRID_ROW_PX = 35  # Glide data grid in Streamlit 1.67: header and rows are 35 px, row checkboxes first


def _open(page: Page, app_server: AppServer, path: str) -> None:
    open_deep_link(page, app_server, f"/{path}")
    wait_for_charts(page)


def _screens(page: Page, name: str, count: int) -> None:
    """Screenshots of the viewport from the top, scrolling one screen at a time."""
    page.locator(MAIN).hover()
    for number in range(count):
        screenshot(page, f"{name}-{number + 1}")
        page.mouse.wheel(0, 650)
        page.wait_for_timeout(400)
        wait_for_charts(page)


def test_advanced_page_shows_song_lo_candidates_in_vietnamese_and_english(
    app_server: AppServer, page: Page
) -> None:
    _open(page, app_server, "nang-cao?period=2024-H2")
    main = page.locator(MAIN)
    expect(main.get_by_role("heading", name="Xã NTM nâng cao", exact=True)).to_be_visible()
    expect(main).to_contain_text("Huyện Sông Lô · 6 tháng cuối năm 2024")
    expect(main).to_contain_text("Chỉ xã đã được công nhận nông thôn mới")
    expect(metric_value(page, "Xã xét NTM nâng cao")).to_have_text("14/16")
    expect(metric_value(page, "Đã công nhận NTM nâng cao")).to_have_text("2")
    expect(main).to_contain_text("2 xã chưa được công nhận NTM (chưa xét NTM nâng cao):")
    expect(main).to_contain_text("1524/QĐ-UBND")  # Yên Thạch, recognised nâng cao on 01/04/2021
    _screens(page, "advanced-vi", 4)
    assert page.locator(EXCEPTION).count() == 0

    page.goto(f"{app_server.url}/nang-cao?lang=en&period=2024-H2")
    wait_for_app(page)
    wait_for_charts(page)
    expect(main.get_by_role("heading", name="Advanced NTM communes", exact=True)).to_be_visible()
    expect(metric_value(page, "NTM communes, candidates for advanced NTM")).to_have_text("14/16")
    _screens(page, "advanced-en", 4)
    assert page.locator(EXCEPTION).count() == 0


def test_villages_page_shows_song_lo_villages_the_grid_and_model_communes(
    app_server: AppServer, page: Page
) -> None:
    _open(page, app_server, "thon-kieu-mau?unit=08782&period=2024-H2")
    main = page.locator(MAIN)
    expect(main.get_by_role("heading", name="Thôn, khu dân cư kiểu mẫu")).to_be_visible()
    expect(main).to_contain_text("Huyện Sông Lô · 6 tháng cuối năm 2024")
    expect(metric_value(page, "Số thôn")).to_have_text("164")
    expect(metric_value(page, "Thôn đã công nhận kiểu mẫu")).to_have_text("28")
    _screens(page, "villages-vi", 5)
    assert page.locator(EXCEPTION).count() == 0

    page.goto(f"{app_server.url}/thon-kieu-mau?unit=08782&lang=en&period=2024-H2")
    wait_for_app(page)
    wait_for_charts(page)
    expect(main.get_by_role("heading", name="Model villages", exact=True)).to_be_visible()
    _screens(page, "villages-en", 5)
    assert page.locator(EXCEPTION).count() == 0


def test_clicking_a_candidate_opens_its_commune_page(app_server: AppServer, page: Page) -> None:
    _open(page, app_server, "nang-cao?period=2024-H2")
    grid = page.locator(MAIN).locator(DATAFRAME).first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    assert box is not None
    # The second row: Tân Lập (19 advanced criteria met, after Nhân Đạo by name).
    page.mouse.click(box["x"] + 18, box["y"] + GRID_ROW_PX + GRID_ROW_PX * 1 + GRID_ROW_PX / 2)
    expect(page).to_have_url(re.compile(r"/xa\?"), timeout=30_000)
    expect(page).to_have_url(re.compile(r"unit=08818(&|$)"))
    expect(page.locator(MAIN).get_by_role("heading", name="Xã Tân Lập")).to_be_visible()
