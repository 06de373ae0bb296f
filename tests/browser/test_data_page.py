"""Dữ liệu page in Chromium: the admin logs in, uploads a filled template (published) and a bad file (refused)."""

from __future__ import annotations

import io
import shutil

import openpyxl
import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from ntm.importing.importer import import_file
from ntm.importing.templates import build_template, template_choices
from ntm.store.admin import hash_password
from ntm.store.versions import current_id, list_versions, published_dir
from tests.browser.helpers import running_app, screenshot, wait_for_app
from tests.integration.test_import_broken import folder_digest

PASSWORD = "mật-khẩu-thử"


@pytest.fixture
def server(sample_data_dir, tmp_path):
    root = tmp_path / "data"
    shutil.copytree(sample_data_dir, root)
    env = {"NTM_ADMIN_PASSWORD_HASH": hash_password(PASSWORD)}
    with running_app(root, tmp_path / "cache", env=env) as app:
        yield app, root


def _log_in(page: Page, url: str) -> None:
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(url + "/du-lieu?period=2024-H2")
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Dữ liệu", exact=True)).to_be_visible()
    page.get_by_label("Tên người quản trị").fill("Lan")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_text("Đã đăng nhập: Lan")).to_be_visible()


def _filled_template(root, only_first_row: bool = False) -> bytes:
    """The 2024-H2 template of the sample's first district with one value changed: a decimal comma typed
    into the first row of a numeric indicator (the sample's first indicators are yes/no, which take 1 / 0)."""
    districts, periods = template_choices(root)
    assert "2024-H2" in periods  # a period of the 2021–2025 set
    book = openpyxl.load_workbook(
        io.BytesIO(build_template(root, "assessments", next(iter(districts)), "2024-H2"))
    )
    sheet = book["assessments"]
    indicators = pd.read_parquet(published_dir(root) / "indicators.parquet")
    numbers = indicators[indicators["kind"] != "bool"]
    numeric = set(zip(numbers["set_id"], numbers["indicator_code"], strict=True))
    row = next(
        r for r in range(3, sheet.max_row + 1) if (sheet.cell(r, 3).value, sheet.cell(r, 4).value) in numeric
    )
    sheet.cell(row, 5).value = "50,5"  # a decimal comma, as staff type it
    sheet.cell(row, 6).value = None  # the status follows from the new value and the threshold
    if only_first_row:  # the other rows emptied: not in the file
        for other in range(3, sheet.max_row + 1):
            if other != row:
                for column in (5, 6, 8):
                    sheet.cell(other, column).value = None
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _wait_for_tables(page: Page) -> None:
    # Tables draw on a canvas after the run ends; a screenshot before that shows an empty box.
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stDataFrame"]')]
            .every((table) => table.querySelector('canvas'))"""
    )
    page.wait_for_timeout(500)


def _upload(page: Page, name: str, content: bytes, mime: str) -> None:
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        {"name": name, "mimeType": mime, "buffer": content}
    )
    expect(page.get_by_text(name)).to_be_visible()


def test_a_filled_template_uploaded_through_the_page_is_published(server, page: Page) -> None:
    app, root = server
    _log_in(page, app.url)
    _upload(page, "mau-nhap.xlsx", _filled_template(root), "application/octet-stream")
    page.get_by_role("button", name="Kiểm tra và xuất bản").click()
    expect(page.get_by_text("Đã xuất bản phiên bản")).to_be_visible(timeout=60_000)
    wait_for_app(page)
    _wait_for_tables(page)
    screenshot(page, "data-page-published")
    versions = list_versions(root)
    assert versions[0].is_current and versions[0].source == "mau-nhap.xlsx" and versions[0].admin == "Lan"
    assert versions[0].summary["assessments"] == {"added": 0, "changed": 1, "removed": 0}
    assert current_id(root) == versions[0].id


def test_a_bad_file_uploaded_through_the_page_gets_a_report_and_changes_nothing(server, page: Page) -> None:
    app, root = server
    before = folder_digest(root)
    _log_in(page, app.url)
    bad = b"subject_code,period,set_id,indicator_code,value,status\nX,2024-H3,S,1,abc,\n"
    _upload(page, "assessments.csv", bad, "text/csv")
    page.get_by_role("button", name="Kiểm tra và xuất bản").click()
    expect(page.get_by_text("Tệp có 2 lỗi; không có gì thay đổi.")).to_be_visible(timeout=60_000)
    expect(page.get_by_role("button", name="Tải báo cáo lỗi (Excel)")).to_be_visible()
    wait_for_app(page)
    _wait_for_tables(page)
    screenshot(page, "data-page-refused")
    assert folder_digest(root) == before
    assert list_versions(root) == []


def test_a_replace_shows_the_removals_per_commune_and_publishes_only_once_they_are_confirmed(
    server, page: Page
) -> None:
    app, root = server
    content = _filled_template(root, only_first_row=True)
    removals = import_file(root, "mau-nhap.xlsx", content, replace=True, publish=False).removed
    assert removals > 0
    _log_in(page, app.url)
    _upload(page, "mau-nhap.xlsx", content, "application/octet-stream")
    page.get_by_text("Thay thế: xoá các dòng cũ").click()
    page.get_by_role("button", name="Chỉ kiểm tra").click()
    expect(page.get_by_role("heading", name="Thay đổi theo xã")).to_be_visible(timeout=60_000)
    expect(page.get_by_text(f"Chế độ thay thế sẽ xoá {removals} dòng")).to_be_visible()
    wait_for_app(page)
    _wait_for_tables(page)
    screenshot(page, "data-page-replace-preview")

    page.get_by_role("button", name="Kiểm tra và xuất bản").click()
    expect(page.get_by_text("Tệp có 1 lỗi; không có gì thay đổi.")).to_be_visible(timeout=60_000)
    assert list_versions(root) == []

    page.get_by_text(f"Tôi đã xem và đồng ý xoá {removals} dòng nêu trên").click()
    wait_for_app(page)
    page.get_by_role("button", name="Kiểm tra và xuất bản").click()
    expect(page.get_by_text("Đã xuất bản phiên bản")).to_be_visible(timeout=60_000)
    assert list_versions(root)[0].summary["assessments"]["removed"] == removals


def test_the_uploader_speaks_vietnamese_and_states_the_real_size_limit(server, page: Page) -> None:
    # Streamlit draws "Upload" and "20MB per file" in English: the page hides them and shows its own words.
    app, _ = server
    _log_in(page, app.url)
    dropzone = page.locator('[data-testid="stFileUploaderDropzone"]')
    expect(dropzone).to_be_visible()
    # The style arrives as an element of its own: it may be drawn a moment after the uploader.
    page.wait_for_function(
        """() => { const p = document.querySelector(
            '[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p');
            return p && getComputedStyle(p).fontSize === '0px'; }""",
        timeout=10_000,
    )
    drawn = dropzone.evaluate(
        """(zone) => {
            const button = zone.querySelector('button [data-testid="stMarkdownContainer"] p');
            const limit = zone.querySelector('[data-testid="stFileUploaderDropzoneInstructions"] span');
            const after = (element) => getComputedStyle(element, '::after').content;
            const size = (element) => getComputedStyle(element).fontSize;
            return {button: after(button), limit: after(limit), hidden: [size(button), size(limit)]};
        }"""
    )
    assert drawn["button"] == '"Chọn tệp"'
    assert drawn["limit"] == '"hoặc kéo thả tệp vào đây · tối đa 20 MB mỗi tệp"'  # .streamlit/config.toml
    assert drawn["hidden"] == ["0px", "0px"]  # Streamlit's "Upload" and "20MB per file" take no room
    screenshot(page, "data-page-uploader")
