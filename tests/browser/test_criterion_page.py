"""The criterion page in Chromium on the district sample (Sông Lô): income in 2019-H1, another
criterion, the drill-down to a failing commune, and screenshots in both languages at 1366×768."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.helpers import (
    AppServer,
    metric_value,
    open_path,
    screenshot,
    wait_for_app,
    wait_for_charts,
)
from tests.browser.selectors import DATAFRAME, MAIN, PLOTLY_CHART, SIDEBAR

INCOME_2019_H1 = "/tieu-chi?criterion=10&period=2019-H1"
TALL = {"width": 1366, "height": 2600}


def _table_cells(page: Page, index: int, column: int, rows: int) -> list[str]:
    """The texts of one column of a table, from the grid's accessible copy of its cells (drawn a moment
    after the canvas, hence the wait for the expected number of rows)."""
    table = page.locator(f"{MAIN} {DATAFRAME}").nth(index)
    table.scroll_into_view_if_needed()
    cells = table.locator(f'td[aria-colindex="{column}"]')
    expect(cells).to_have_count(rows)
    return [cell.text_content() for cell in cells.all()]


def test_income_shows_the_criterion_its_figures_and_the_communes_failing_it(
    app_server: AppServer, page: Page
) -> None:
    open_path(page, app_server, INCOME_2019_H1)
    main = page.locator(MAIN)
    expect(main.get_by_role("heading", name="Tiêu chí", exact=True)).to_be_visible()
    expect(main).to_contain_text("Huyện Sông Lô · 6 tháng đầu năm 2019")
    expect(main.get_by_role("combobox", name="Chọn tiêu chí")).to_have_value("10. Thu nhập")
    # Sông Lô 2019-H1, from the sample: 7 of 16 meet income (≥ 47 million VND), 9 do not.
    expect(metric_value(page, "Xã đạt tiêu chí")).to_have_text("7/16")
    expect(metric_value(page, "Tỷ lệ xã đạt")).to_have_text("43,8 %")
    expect(metric_value(page, "Xã chưa đạt")).to_have_text("9")
    charts = page.locator(PLOTLY_CHART)
    expect(charts.first).to_contain_text("Số xã đạt tiêu chí 10. Thu nhập qua các kỳ")
    expect(charts.nth(1)).to_contain_text("Ngưỡng 47")
    expect(main).to_contain_text("Xã chưa đạt tiêu chí 10. Thu nhập — 6 tháng đầu năm 2019")
    # The failing table (after the numbers behind the trend): nine communes, alphabetical, with gaps.
    names = _table_cells(page, 1, 1, rows=9)
    assert names[:3] == ["Bạch Lưu", "Cao Phong", "Đôn Nhân"]  # Đ sorted with D
    assert _table_cells(page, 1, 4, rows=9)[:2] == ["40,9", "38"]
    assert _table_cells(page, 1, 5, rows=9)[:2] == ["≥ 47", "≥ 47"]
    assert _table_cells(page, 1, 6, rows=9)[:2] == ["6,1", "9"]
    page.locator(MAIN).get_by_role("heading", name="Tiêu chí", exact=True).scroll_into_view_if_needed()
    screenshot(page, "criterion-vi-income-2019-H1")
    page.set_viewport_size(TALL)
    wait_for_charts(page)
    screenshot(page, "criterion-vi-income-2019-H1-whole")


def test_choosing_another_criterion_recomputes_and_goes_into_the_link(
    app_server: AppServer, page: Page
) -> None:
    open_path(page, app_server, INCOME_2019_H1)
    page.locator(MAIN).get_by_role("combobox", name="Chọn tiêu chí").click()
    page.get_by_role("option", name="17. Môi trường và an toàn thực phẩm", exact=True).click()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"criterion=17"))
    expect(metric_value(page, "Xã đạt tiêu chí")).to_have_text("8/16")
    expect(page.locator(MAIN)).to_contain_text("Xã chưa đạt tiêu chí 17. Môi trường và an toàn thực phẩm")
    expect(page.locator(MAIN).get_by_role("combobox", name="Chọn chỉ tiêu")).to_have_value(
        re.compile(r"^17\.1\. ")
    )
    wait_for_charts(page)
    page.set_viewport_size(TALL)
    wait_for_charts(page)
    screenshot(page, "criterion-vi-environment-2019-H1-whole")


def test_selecting_a_failing_commune_opens_its_page_in_the_same_scope(
    app_server: AppServer, page: Page
) -> None:
    open_path(page, app_server, INCOME_2019_H1)
    table = page.locator(f"{MAIN} {DATAFRAME}").nth(1)
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    assert box is not None
    # The grid draws on a canvas: click the first row's selection box (header and rows 35 px high).
    page.mouse.click(box["x"] + 16, box["y"] + 35 + 17)
    expect(page).to_have_url(re.compile(r"/xa\?.*08779"))  # Bạch Lưu, the first failing commune
    expect(page).to_have_url(re.compile(r"period=2019-H1"))


def test_english_switch_translates_the_page(app_server: AppServer, page: Page) -> None:
    open_path(page, app_server, INCOME_2019_H1)
    page.locator(SIDEBAR).get_by_text("English", exact=True).click()
    wait_for_app(page)
    main = page.locator(MAIN)
    expect(main.get_by_role("heading", name="Criterion", exact=True)).to_be_visible()
    expect(metric_value(page, "Share meeting it")).to_have_text("43.8%")
    expect(main).to_contain_text("Communes not meeting criterion 10. Income — first half of 2019")
    wait_for_charts(page)
    expect(page.locator(PLOTLY_CHART).nth(1)).to_contain_text("Threshold 47")
    screenshot(page, "criterion-en-income-2019-H1")
    page.set_viewport_size(TALL)
    wait_for_charts(page)
    screenshot(page, "criterion-en-income-2019-H1-whole")
