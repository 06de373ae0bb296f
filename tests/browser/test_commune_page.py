"""The commune page in Chromium on the district sample (Sông Lô): a shared link, another commune, the
drill-down to the criterion page, and screenshots in Vietnamese and English at 1366×768."""

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
from tests.browser.selectors import DATAFRAME, EXCEPTION, MAIN, PLOTLY_CHART, SIDEBAR

# Glide data grid geometry in Streamlit 1.67: header and rows are 35 px; the row checkboxes come first.
GRID_ROW_PX = 35


def test_a_link_opens_quang_yen_with_its_recognition_decision(app_server: AppServer, page: Page) -> None:
    open_deep_link(page, app_server, "/xa?unit=08776&period=2024-H2")
    main = page.locator(MAIN)
    expect(main.get_by_role("heading", name="Xã Quang Yên")).to_be_visible()
    expect(main).to_contain_text("Huyện Sông Lô · 6 tháng cuối năm 2024")
    expect(main).to_contain_text("Đạt chuẩn NTM: Quyết định 735/QĐ-UBND ngày 15/03/2019")
    expect(metric_value(page, "Đã được công nhận")).to_have_text("Đạt chuẩn NTM")
    expect(metric_value(page, "Tiêu chí đạt")).to_have_text("19/19")
    expect(page.locator(PLOTLY_CHART).first).to_contain_text("Công nhận 15/03/2019")
    wait_for_charts(page)
    shot = screenshot(page, "commune-vi-quang-yen")
    assert page.locator(EXCEPTION).count() == 0, f"exception on the page (screenshot: {shot})"


def test_choosing_another_commune_keeps_the_scope_and_updates_the_link(
    app_server: AppServer, page: Page
) -> None:
    open_deep_link(page, app_server, "/xa?unit=08776&period=2024-H2")
    page.locator(MAIN).get_by_role("combobox", name="Chọn xã").click()
    page.get_by_role("option", name="Yên Thạch", exact=True).click()
    main = page.locator(MAIN)
    expect(main.get_by_role("heading", name="Xã Yên Thạch")).to_be_visible()
    # Yên Thạch holds NTM and nâng cao in the sample: the highest one in force is shown.
    expect(metric_value(page, "Đã được công nhận")).to_have_text("NTM nâng cao")
    expect(main).to_contain_text("NTM nâng cao: Quyết định 1524/QĐ-UBND ngày 01/04/2021")
    expect(page).to_have_url(re.compile(r"unit=08830"))
    expect(page).to_have_url(re.compile(r"period=2024-H2"))


def test_picking_a_criterion_row_opens_the_criterion_page(app_server: AppServer, page: Page) -> None:
    open_deep_link(page, app_server, "/xa?unit=08776&period=2024-H2")
    grid = page.locator(MAIN).locator(DATAFRAME).first
    grid.scroll_into_view_if_needed()
    expect(grid).to_be_visible()
    box = grid.bounding_box()
    assert box is not None
    # The second row (criterion 2), in the row-selection column at the left.
    page.mouse.click(box["x"] + 18, box["y"] + GRID_ROW_PX + GRID_ROW_PX * 1 + GRID_ROW_PX / 2)
    expect(page).to_have_url(re.compile(r"/tieu-chi\?"), timeout=30_000)
    expect(page).to_have_url(re.compile(r"criterion=2(&|$)"))
    expect(page).to_have_url(re.compile(r"period=2024-H2"))


def test_english_view_at_projector_size(app_server: AppServer, page: Page) -> None:
    open_deep_link(
        page, app_server, "/xa?unit=08851&period=2024-H2"
    )  # Tứ Yên: recognised in 2021, revoked in 2022, 18/19 now
    main = page.locator(MAIN)
    expect(main.get_by_role("heading", name="Xã Tứ Yên")).to_be_visible()
    wait_for_charts(page)
    screenshot(page, "commune-vi-tu-yen")
    page.locator(SIDEBAR).get_by_text("English", exact=True).click()
    expect(main.get_by_role("heading", name="Tứ Yên commune")).to_be_visible()
    expect(main).to_contain_text("second half of 2024")
    expect(main).to_contain_text("NTM: decision 1165/QĐ-UBND of 20 May 2021 (revoked on 16 Nov 2022)")
    expect(metric_value(page, "Recognised as")).to_have_text("Not recognised")
    expect(metric_value(page, "Criteria met")).to_have_text("18/19")
    wait_for_app(page)
    wait_for_charts(page)
    screenshot(page, "commune-en-tu-yen")
    page.set_viewport_size({"width": 1366, "height": 3000})
    wait_for_charts(page)
    screenshot(page, "commune-en-tu-yen-tall")
