"""The map and meeting mode in Chromium on the district sample (Sông Lô) with the shared commune outlines that
`python -m ntm sample` copied beside it: offline drawing, the click-through, the grid fallback, every slide by
arrow keys and by link, the print stylesheet. Screenshots at 1366×768."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import (
    AppServer,
    open_path,
    outside_requests,
    running_app,
    screenshot,
    wait_for_app,
    wait_for_charts,
)
from tests.browser.selectors import MAIN, PLOTLY_CHART, SIDEBAR

TITLES = (
    "Các chỉ số chính",
    "Xã theo số tiêu chí đạt",
    "Các tiêu chí khó đạt nhất",
    "Xã gần đạt mức tiếp theo",
    "Xã sụt giảm tiêu chí",
    "Bản đồ mức công nhận",
    "Vốn huy động",
)
KEYS = ("kpis", "bins", "hardest", "nearest", "slipping", "map", "funding")


@pytest.fixture(scope="module")
def map_app(sample_data_dir, tmp_path_factory) -> Iterator[AppServer]:
    outlines = sample_data_dir / "boundaries.geojson"
    assert outlines.is_file(), "`python -m ntm sample` should copy the shared outlines beside the sample"
    with running_app(
        sample_data_dir, tmp_path_factory.mktemp("map-cache"), env={"NTM_BOUNDARIES": str(outlines)}
    ) as server:
        yield server


def _click_first_commune(page: Page, chart_index: int = 0) -> str:
    """Clicks the first commune's dot as a person would (plotly's drag layer lies over it); its unit code."""
    chart = page.locator(PLOTLY_CHART).nth(chart_index)
    index, code = chart.locator(".js-plotly-plot").evaluate(
        """(graph) => {
            const index = graph.data.findIndex((t) => t.name === 'communes');
            return [index, graph.data[index].customdata[0]];
        }"""
    )
    dot = chart.locator(".scatterlayer .trace").nth(index).locator("path.point").first
    dot.scroll_into_view_if_needed()
    box = dot.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    return code


def test_the_map_draws_the_outlines_offline_with_names_and_legend(map_app: AppServer, page: Page) -> None:
    open_path(page, map_app, "/ban-do?period=2024-H2")
    main = page.locator(MAIN)
    expect(main.get_by_role("heading", name="Bản đồ", exact=True)).to_be_visible()
    chart = page.locator(PLOTLY_CHART).first
    expect(chart).to_contain_text("Xã theo mức công nhận")
    expect(chart).to_contain_text("Đạt chuẩn NTM")
    expect(chart).to_contain_text("Hải Lựu")  # a commune's name on the map
    expect(main).to_contain_text("vietnam63")  # the licence's attribution line
    assert (
        page.locator(".geolayer > *, .mapboxgl-map, .maplibregl-map").count() == 0
    )  # no geo subplot, no tiles
    chart.scroll_into_view_if_needed()
    screenshot(page, "map-song-lo-tier")
    assert outside_requests(page) == []


def test_clicking_a_commune_opens_its_page(map_app: AppServer, page: Page) -> None:
    open_path(page, map_app, "/ban-do?period=2024-H2")
    code = _click_first_commune(page)
    expect(page).to_have_url(re.compile(rf"/xa\?.*unit={code}"), timeout=30_000)
    wait_for_app(page)
    expect(page.locator(MAIN).get_by_role("heading", level=1).first).to_be_visible()


def test_small_multiples_show_the_change_over_the_years(map_app: AppServer, page: Page) -> None:
    open_path(page, map_app, "/ban-do?period=2024-H2")
    page.get_by_role("tab", name="Thay đổi qua các năm").click()
    # Built when the tab opens (a rerun): the chart whose small maps are titled by year.
    chart = page.locator(PLOTLY_CHART).filter(has_text="6 tháng cuối năm 2016")
    expect(chart).to_be_visible(timeout=60_000)
    expect(chart).to_contain_text("6 tháng cuối năm 2024")
    wait_for_charts(page)
    screenshot(page, "map-song-lo-years")


def test_without_outlines_the_map_is_a_grid_and_says_how_to_add_them(
    sample_data_dir, tmp_path, page: Page
) -> None:
    with running_app(
        sample_data_dir, tmp_path / "cache", env={"NTM_BOUNDARIES": str(tmp_path / "none.geojson")}
    ) as server:
        open_path(page, server, "/ban-do?period=2024-H2")
        expect(page.locator(MAIN)).to_contain_text("mỗi xã một ô vuông")
        expect(page.locator(MAIN)).to_contain_text("NTM_BOUNDARIES")
        expect(page.locator(PLOTLY_CHART).first).to_contain_text("Hải Lựu")
        screenshot(page, "map-song-lo-grid")
        code = _click_first_commune(page)
        expect(page).to_have_url(re.compile(rf"/xa\?.*unit={code}"), timeout=30_000)
        assert outside_requests(page) == []


def _font_px(page: Page, selector: str) -> float:
    return page.evaluate("(s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)", selector)


def test_every_slide_by_arrow_keys_large_and_without_the_sidebar(map_app: AppServer, page: Page) -> None:
    open_path(page, map_app, "/trinh-chieu?mode=present&slide=1&period=2024-H2")
    main = page.locator(MAIN)
    expect(main.get_by_role("heading", name=TITLES[0], exact=True)).to_be_visible()
    expect(page.locator(SIDEBAR)).to_be_hidden()
    expect(page.locator('[data-testid="stHeader"]')).to_be_hidden()
    expect(main).to_contain_text("Số liệu đến ngày 31/12/2024")
    expect(main).to_contain_text("DỮ LIỆU MẪU")
    assert _font_px(page, '[data-testid="stMetricValue"] p') >= 28
    screenshot(page, f"slide-1-{KEYS[0]}")
    for number in range(2, len(TITLES) + 1):
        page.locator("body").press("ArrowRight")
        expect(main.get_by_role("heading", name=TITLES[number - 1], exact=True)).to_be_visible()
        expect(page).to_have_url(re.compile(rf"slide={number}\b"))
        wait_for_app(page)
        wait_for_charts(page)
        expect(main).to_contain_text("Huyện Sông Lô · 6 tháng cuối năm 2024 · Số liệu đến ngày 31/12/2024")
        screenshot(page, f"slide-{number}-{KEYS[number - 1]}")
    page.locator("body").press("ArrowLeft")
    expect(main.get_by_role("heading", name=TITLES[5], exact=True)).to_be_visible()
    assert outside_requests(page) == []


def test_a_link_with_the_slide_number_opens_that_slide(map_app: AppServer, page: Page) -> None:
    open_path(page, map_app, "/?mode=present&slide=6&period=2024-H2")
    expect(page.locator(MAIN).get_by_role("heading", name="Bản đồ mức công nhận", exact=True)).to_be_visible()
    expect(page.locator(PLOTLY_CHART).first).to_contain_text("Hải Lựu")


def test_the_sidebar_button_starts_meeting_mode(map_app: AppServer, page: Page) -> None:
    open_path(page, map_app, "/?period=2024-H2")
    page.locator(SIDEBAR).get_by_role("button", name="Trình chiếu").click()
    expect(page.locator(MAIN).get_by_role("heading", name=TITLES[0], exact=True)).to_be_visible()
    expect(page).to_have_url(re.compile(r"mode=present"))
    expect(page.locator(SIDEBAR)).to_be_hidden()


def test_printing_gives_one_slide_per_page_without_the_controls(map_app: AppServer, page: Page) -> None:
    open_path(page, map_app, "/trinh-chieu?mode=present&slide=all&period=2024-H2")
    expect(page.locator(MAIN).get_by_role("heading", name=TITLES[-1], exact=True)).to_be_visible()
    page.emulate_media(media="print")
    breaks = page.evaluate(
        """() => [...document.querySelectorAll('[class*="st-key-meeting_slide_"]')]
            .map((slide) => getComputedStyle(slide).breakBefore)"""
    )
    assert breaks == ["auto"] + ["page"] * (len(TITLES) - 1)  # every slide starts a page, none blank after
    expect(page.locator(".st-key-meeting_controls")).to_be_hidden()


def test_an_administrator_uploads_outlines_checked_and_written_in_place(
    sample_data_dir, shared_geo, tmp_path, page: Page
) -> None:
    from ntm.store.admin import hash_password

    target = tmp_path / "boundaries.geojson"
    upload = tmp_path / "ranh_gioi_song_lo.geojson"
    song_lo = (shared_geo / "song_lo_communes.geojson").read_text(encoding="utf-8")
    # Hải Lựu's outline under a code no unit has: it is listed, the other 16 are saved
    upload.write_text(song_lo.replace('"gso_code":"08782"', '"gso_code":"99999"'), encoding="utf-8")
    env = {"NTM_BOUNDARIES": str(target), "NTM_ADMIN_PASSWORD_HASH": hash_password("mat-khau-thu")}
    with running_app(sample_data_dir, tmp_path / "cache", env=env) as server:
        open_path(page, server, "/ban-do")  # the default view: after the reform
        main = page.locator(MAIN)
        expect(main).to_contain_text("mỗi xã một ô vuông")
        main.get_by_text("Thay tệp ranh giới (quản trị)").click()
        main.get_by_label("Tên người quản trị").fill("Cán bộ thử")
        main.get_by_label("Mật khẩu").fill("mat-khau-thu")
        main.get_by_role("button", name="Đăng nhập").click()
        wait_for_app(page)
        main.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(upload))
        main.get_by_role("button", name="Kiểm tra và lưu").click()
        expect(main).to_contain_text("1 mã không khớp với đơn vị nào trong dữ liệu: 99999")
        expect(main).to_contain_text(f"Đã lưu 17 ranh giới xã vào {target}")
        assert target.read_bytes() == upload.read_bytes()
        screenshot(page, "map-upload-saved")
        page.reload()
        wait_for_app(page)
        wait_for_charts(page)
        expect(main).not_to_contain_text("mỗi xã một ô vuông")
        expect(main).to_contain_text("vietnam63")
        # After the reform (the default view) the new xã are estimated from the saved outlines: Hải Lựu's
        # old land is named as not drawn; before it, the old xã Hải Lựu is named as having no outline.
        expect(main).to_contain_text("Phần đất của 1 xã cũ chưa được vẽ vào xã mới nào")
        open_path(page, server, "/ban-do?period=2024-H2&district=253")
        wait_for_charts(page)
        expect(main).to_contain_text("1 đơn vị không có ranh giới trong tệp nên không vẽ được: Hải Lựu")


def test_communes_without_data_are_hatched_and_named_in_the_legend(tmp_path, page: Page) -> None:
    """The mini fixture in 2019-H2: Cát is assessed but every criterion is unknown."""
    from tests.fixtures.materialise import materialise

    outlines = tmp_path / "mini.geojson"
    features = [
        {"type": "Feature", "properties": {"gso_code": code, "name": code},
         "geometry": {"type": "Polygon", "coordinates": [[[105 + i / 50, 21], [105.02 + i / 50, 21],
                                                           [105.02 + i / 50, 21.02], [105 + i / 50, 21.02],
                                                           [105 + i / 50, 21]]]}}
        for i, code in enumerate(("00001", "00002", "00003", "00004", "00005"))
    ]  # fmt: skip
    outlines.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    data = materialise(tmp_path / "data")
    with running_app(data, tmp_path / "cache", env={"NTM_BOUNDARIES": str(outlines)}) as server:
        open_path(page, server, "/ban-do?period=2019-H2")
        chart = page.locator(PLOTLY_CHART).first
        expect(chart).to_contain_text("Chưa có số liệu")
        expect(chart).to_contain_text("Cát")
        # plotly draws the hatch as an SVG pattern fill
        assert chart.locator("pattern").count() >= 1
        chart.scroll_into_view_if_needed()
        screenshot(page, "map-mini-no-data")
        assert outside_requests(page) == []
