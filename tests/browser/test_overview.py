"""The overview in Chromium on the district sample: a filter change, the language switch, a shared link."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.helpers import AppServer, metric_value, screenshot, wait_for_app, wait_for_charts
from tests.browser.selectors import DATAFRAME, MAIN, PLOTLY_CHART, SIDEBAR


def _choose(page: Page, label: str, option: str) -> None:
    page.locator(SIDEBAR).get_by_role("combobox", name=label).click()
    page.get_by_role("option", name=option, exact=True).click()
    wait_for_app(page)


def test_overview_of_song_lo_before_the_reform_with_sample_notice(app_server: AppServer, page: Page) -> None:
    page.goto(app_server.url + "/?period=2024-H2")
    wait_for_app(page)
    wait_for_charts(page)
    main = page.locator(MAIN)
    expect(main.get_by_role("heading", name="Tổng quan")).to_be_visible()
    expect(main).to_contain_text("Huyện Sông Lô · 6 tháng cuối năm 2024")
    expect(main).to_contain_text("Dữ liệu mẫu")
    expect(metric_value(page, "Xã đạt chuẩn NTM")).to_have_text("14/16 xã · 87,5 %")
    expect(page.locator(PLOTLY_CHART).first).to_contain_text("Số xã theo số tiêu chí đạt")
    screenshot(page, "overview-vi-default")


def test_period_filter_recomputes_and_a_copied_link_reopens_the_same_view(
    app_server: AppServer, page: Page, browser
) -> None:
    page.goto(app_server.url + "/?period=2024-H2")
    wait_for_app(page)
    _choose(page, "Kỳ báo cáo", "6 tháng đầu năm 2019")
    # Sông Lô 2019-H1, computed independently from the sample: 6 of 16 at 19/19, 5 of them
    # recognised, average 17,25.
    expect(metric_value(page, "Đủ tiêu chí, chưa công nhận")).to_have_text("1/16 xã · 6,3 %")
    expect(metric_value(page, "Xã đạt chuẩn NTM")).to_have_text("5/16 xã · 31,3 %")
    expect(metric_value(page, "Bình quân tiêu chí/xã")).to_have_text("17,3")
    expect(page).to_have_url(re.compile(r"period=2019-H1"))
    wait_for_charts(page)
    screenshot(page, "overview-vi-2019-H1")

    copied = page.url
    other = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    try:
        other.goto(copied)
        wait_for_app(other)
        expect(metric_value(other, "Xã đạt chuẩn NTM")).to_have_text("5/16 xã · 31,3 %")
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
    main = page.locator(MAIN)
    expect(main.get_by_role("heading", name="Overview")).to_be_visible()
    expect(metric_value(page, "Average criteria met")).to_have_text("17.3")
    expect(main).to_contain_text("first half of 2019")
    wait_for_charts(page)
    screenshot(page, "overview-en-2019-H1")


def _click_centre(page: Page, locator) -> None:
    # Plotly's drag layer lies over the bars: click where the bar is, as a person would.
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_drill_down_from_the_hardest_criterion_and_back_keeps_the_scope(
    app_server: AppServer, page: Page
) -> None:
    page.goto(app_server.url + "/?period=2019-H1")
    wait_for_app(page)
    wait_for_charts(page)
    steps = page.evaluate("history.length")
    hardest = page.locator(PLOTLY_CHART).filter(has_text="Số xã đạt từng tiêu chí")
    _click_centre(page, hardest.locator("g.point path").first)
    # The hardest criterion of Sông Lô in 2019-H1 is 10 (income): 7 of 16 communes meet it.
    page.wait_for_url(re.compile(r"/tieu-chi\?.*criterion=10"))
    expect(page).to_have_url(re.compile(r"period=2019-H1"))
    wait_for_app(page)
    # One click, one step back (Streamlit's frontend pushed two: the new query on the overview's path first).
    assert page.evaluate("history.length") == steps + 1
    page.go_back()
    page.wait_for_url(lambda url: "tieu-chi" not in url)
    assert "criterion=" not in page.url
    wait_for_app(page)
    expect(page.locator(SIDEBAR).get_by_role("combobox", name="Kỳ báo cáo")).to_have_value(
        "6 tháng đầu năm 2019"
    )
    expect(page.locator(MAIN).get_by_role("heading", name="Tổng quan")).to_be_visible()


def test_drill_down_from_the_ranking_opens_the_commune(app_server: AppServer, page: Page) -> None:
    page.goto(app_server.url + "/?period=2019-H1")
    wait_for_app(page)
    grid = page.locator(DATAFRAME).first
    grid.scroll_into_view_if_needed()
    expect(grid).to_be_visible()
    box = grid.bounding_box()
    # The grid is drawn on a canvas: the first data row sits under a header of one row height.
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)
    page.wait_for_url(re.compile(r"/xa\?.*unit=\d{5}"))
    expect(page).to_have_url(re.compile(r"period=2019-H1"))


def test_drill_down_from_a_scorecard_cell_opens_the_commune(app_server: AppServer, page: Page) -> None:
    page.goto(app_server.url + "/?period=2019-H1")
    wait_for_app(page)
    wait_for_charts(page)
    heatmap = page.locator(PLOTLY_CHART).filter(has_text="Kết quả từng tiêu chí theo xã")
    heatmap.scroll_into_view_if_needed()
    screenshot(page, "overview-vi-scorecard")
    scrolled = page.locator(MAIN).evaluate("main => main.scrollTop")
    assert scrolled > 500  # the scorecard is far down the page
    steps = page.evaluate("history.length")
    # Top-left cell: the first commune of the scorecard (most criteria met), criterion 1.
    _click_centre(page, heatmap.locator("g.points path").first)
    page.wait_for_url(re.compile(r"/xa\?.*unit=\d{5}"))
    wait_for_app(page)
    assert page.evaluate("history.length") == steps + 1  # one Back returns to the overview
    page.go_back()
    page.wait_for_url(lambda url: "/xa" not in url and "unit=" not in url)
    # Back where the leader was: at the scorecard, not at the top of the overview.
    page.wait_for_function(
        "target => Math.abs(document.querySelector('[data-testid=\"stMain\"]').scrollTop - target) <= 40",
        arg=scrolled,
        timeout=15_000,
    )
    expect(heatmap).to_be_in_viewport()


def test_back_after_two_period_changes_returns_to_the_period_before(
    app_server: AppServer, page: Page
) -> None:
    page.goto(app_server.url + "/?period=2024-H2")
    wait_for_app(page)
    _choose(page, "Kỳ báo cáo", "6 tháng đầu năm 2019")
    expect(metric_value(page, "Xã đạt chuẩn NTM")).to_have_text("5/16 xã · 31,3 %")
    _choose(page, "Kỳ báo cáo", "6 tháng cuối năm 2024")
    expect(metric_value(page, "Xã đạt chuẩn NTM")).to_have_text("14/16 xã · 87,5 %")
    page.go_back()
    expect(page).to_have_url(re.compile(r"period=2019-H1"))
    expect(metric_value(page, "Xã đạt chuẩn NTM")).to_have_text("5/16 xã · 31,3 %")
    expect(page.locator(SIDEBAR).get_by_role("combobox", name="Kỳ báo cáo")).to_have_value(
        "6 tháng đầu năm 2019"
    )
    page.go_forward()
    expect(metric_value(page, "Xã đạt chuẩn NTM")).to_have_text("14/16 xã · 87,5 %")
