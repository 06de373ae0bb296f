"""Downloading tables from the overview in Chromium (district sample, Sông Lô, second half of 2024)."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
from playwright.sync_api import Page

from tests.browser.conftest import AppServer, screenshot, wait_for_app, wait_for_charts


def _download(page: Page, label: str, index: int):
    """The file behind the index-th button with this label (bins, scorecard, ranking on the overview)."""
    button = page.locator('[data-testid="stDownloadButton"]').filter(has_text=label).nth(index)
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=30_000) as info:
        button.click()
    download = info.value
    return download.suggested_filename, open(download.path(), "rb").read()


def test_overview_ranking_downloads_as_xlsx_and_scorecard_as_csv(app_server: AppServer, page: Page) -> None:
    page.goto(app_server.url + "/")
    wait_for_app(page)
    wait_for_charts(page)
    assert page.locator('[data-testid="stDownloadButton"]').count() == 6

    name, content = _download(page, "Tải Excel", 2)
    screenshot(page, "overview-ranking-downloads")
    assert name == "ntm_xep-hang-xa_song-lo_2024-H2.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Xếp hạng xã", "Bộ lọc"]
    header, *rows = [list(r) for r in book["Xếp hạng xã"].values]
    assert header[:4] == ["Hạng", "Mã xã", "Xã", "Huyện"]
    assert len(rows) == 16  # the 16 xã of Sông Lô
    assert rows[0][0] == 1 and isinstance(rows[0][0], int)  # a rank is a number
    assert all("Sông Lô" in row[3] for row in rows)
    scope = dict([list(r) for r in book["Bộ lọc"].values][1:])
    assert "Sông Lô" in scope["Huyện"]
    assert scope["Kỳ báo cáo"] == "6 tháng cuối năm 2024 (2024-H2)"
    assert scope["Xã"] == "Tất cả các xã"

    name, content = _download(page, "Tải CSV", 1)
    assert name == "ntm_bang-diem_song-lo_2024-H2.csv"
    assert content.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(content), encoding="utf-8-sig", dtype={"Mã xã": str})
    assert frame.columns[:4].tolist() == ["Mã xã", "Xã", "Huyện", "Số tiêu chí đạt"]
    assert len(frame.columns) == 4 + 19  # one column per criterion of the NTM set assessed then
    assert len(frame) == 16 + 1  # the communes, then the totals per criterion
    assert frame.iloc[-1, 0] == "Tổng số xã đạt"
    communes = frame.iloc[:-1]
    assert set(communes.iloc[:, 4:].stack()) <= {"Đạt", "Chưa đạt", "Chưa có số liệu"}
    # Each commune's count is the number of “Đạt” in its row.
    assert (
        communes["Số tiêu chí đạt"].astype(int).tolist()
        == (communes.iloc[:, 4:] == "Đạt").sum(axis=1).tolist()
    )
