"""The app served as `make serve` serves it (2 Streamlit processes behind HAProxy, under supervisord) in
Chromium: a viewer sticks to one process by the proxy's cookie (every viewer here shares one address),
and through the proxy deep links, Back / Forward, every download, meeting mode and an upload on the data
page work; a version published through one process is shown by the other on its next rerun."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from ntm.charts.static import PNG_SIGNATURE
from ntm.store.admin import hash_password
from ntm.store.versions import current_id
from tests.browser.helpers import LOCALE, LOG_DIR, VIEWPORT, screenshot, wait_for_app, wait_for_charts
from tools.serve import start_stack, wait_until_healthy

PASSWORD = "mật-khẩu-thử"
SIDEBAR = '[data-testid="stSidebar"]'
MAIN = '[data-testid="stMain"]'
# Cao Phong (08860), a commune of Sông Lô that the sample never recognises.
RECOGNITION = "subject_code,tier,decision_no,decision_date\n08860,ntm,99/QĐ-UBND,2018-12-20\n"
_SERVED_BY = re.compile(r"\] ntm streamlit/(ntm\d+) ")  # a request line: "[date] frontend backend/server"


@pytest.fixture(scope="module")
def served(sample_data_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    work = tmp_path_factory.mktemp("proxy")
    root = work / "data"
    shutil.copytree(sample_data_dir, root)
    # A log folder of its own: the test reads the proxy's log of this run only.
    stack = start_stack(
        2, root, work / "cache", LOG_DIR / f"proxy-{os.getpid()}", work / "run",
        extra_env={"NTM_ADMIN_PASSWORD_HASH": hash_password(PASSWORD)},
    )  # fmt: skip
    try:
        yield stack, root
    finally:
        stack.stop()


def _context(browser: Browser, url: str, process: str | None = None) -> BrowserContext:
    """A viewer's browser; `process` pins it to one process as the proxy's cookie would."""
    context = browser.new_context(viewport=VIEWPORT, locale=LOCALE, accept_downloads=True)
    if process:
        context.add_cookies([{"name": "NTM_SERVER", "value": process, "url": url}])
    return context


def _proxy_log_lines(stack) -> list[str]:
    path = stack.log_dir / "haproxy.log"
    return path.read_text(encoding="utf-8", errors="replace").splitlines() if path.exists() else []


def _proxy_log_lines_with(stack, after: int, text: str, timeout_s: float = 30) -> list[str]:
    """The proxy's log lines after the first `after` that hold `text`, waiting for the first: the proxy's
    output reaches the file through supervisord a moment later."""
    deadline = time.monotonic() + timeout_s
    while True:
        lines = [line for line in _proxy_log_lines(stack)[after:] if text in line]
        if lines or time.monotonic() > deadline:
            return lines
        time.sleep(0.5)


def _metric(page: Page, label: str):
    return (
        page.locator('[data-testid="stMetric"]')
        .filter(has_text=label)
        .locator('[data-testid="stMetricValue"]')
    )


def _choose(page: Page, label: str, option: str, attempts: int = 3) -> None:
    # Right after a reconnection the sidebar is drawn again under the pointer and may close a list that
    # was just opened: open it again (bounded).
    for attempt in range(attempts):
        page.locator(SIDEBAR).get_by_role("combobox", name=label).click()
        choice = page.get_by_role("option", name=option, exact=True)
        try:
            choice.wait_for(timeout=10_000)
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
            page.keyboard.press("Escape")
            wait_for_app(page)
            continue
        choice.click()
        break
    wait_for_app(page)


def _download(page: Page, label: str) -> tuple[str, bytes]:
    button = page.locator('[data-testid="stDownloadButton"]').filter(has_text=label).first
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=120_000) as info:  # the Word briefing draws its charts: seconds
        button.click()
    return info.value.suggested_filename, Path(info.value.path()).read_bytes()


def test_one_viewer_stays_on_one_process_for_links_back_forward_downloads_and_meeting_mode(
    served, browser: Browser
) -> None:
    stack, _ = served
    lines_before = len(_proxy_log_lines(stack))
    context = _context(browser, stack.url)
    websockets: list[str] = []
    try:
        page = context.new_page()
        page.on("websocket", lambda ws: websockets.append(ws.url))
        page.goto(stack.url + "/?period=2019-H1")  # a deep link
        wait_for_app(page)
        expect(_metric(page, "Xã đạt chuẩn NTM")).to_have_text("5/16 xã · 31,3 %")
        cookie = next(c for c in context.cookies() if c["name"] == "NTM_SERVER")["value"]
        assert cookie in {"ntm1", "ntm2"}
        assert websockets and all(w.startswith(stack.url.replace("http", "ws")) for w in websockets)

        _choose(page, "Kỳ báo cáo", "6 tháng cuối năm 2024")
        expect(_metric(page, "Xã đạt chuẩn NTM")).to_have_text("14/16 xã · 87,5 %")
        page.go_back()
        expect(page).to_have_url(re.compile(r"period=2019-H1"))
        expect(_metric(page, "Xã đạt chuẩn NTM")).to_have_text("5/16 xã · 31,3 %")
        page.go_forward()
        expect(_metric(page, "Xã đạt chuẩn NTM")).to_have_text("14/16 xã · 87,5 %")
        wait_for_charts(page)

        name, content = _download(page, "Tải Excel")
        assert name.endswith("_song-lo_2024-H2.xlsx") and content.startswith(b"PK")
        name, content = _download(page, "Tải CSV")
        assert name.endswith("_song-lo_2024-H2.csv") and content.startswith(b"\xef\xbb\xbf")
        name, content = _download(page, "Tải ảnh PNG")
        assert name.endswith("_song-lo_2024-H2.png") and content.startswith(PNG_SIGNATURE)
        name, content = _download(page, "Tải báo cáo họp (Word)")
        assert name.endswith(".docx") and content.startswith(b"PK") and b"word/document.xml" in content

        page.goto(stack.url + "/trinh-chieu?mode=present&slide=2&period=2024-H2")
        wait_for_app(page)
        expect(page.locator(SIDEBAR)).to_be_hidden()
        expect(
            page.locator(MAIN).get_by_role("heading", name="Xã theo số tiêu chí đạt", exact=True)
        ).to_be_visible()
        # The button, not the arrow key: the keys are tested in test_map_present.py, and here the websocket
        # goes through the proxy (the key's script lives in an iframe that may load after the slide).
        page.locator(MAIN).get_by_role("button", name="Trang sau ▶").click()
        expect(page).to_have_url(re.compile(r"slide=3\b"))
        expect(
            page.locator(MAIN).get_by_role("heading", name="Các tiêu chí khó đạt nhất", exact=True)
        ).to_be_visible()
        screenshot(page, "proxy-meeting-mode")
    finally:
        context.close()

    # Every request of this viewer went to the process its cookie names (the proxy logs each one when it
    # ends, the websockets' when they close; the health checks of the test's own start are not the viewer's).
    deadline = time.monotonic() + 15
    while True:
        viewer_lines = [
            line for line in _proxy_log_lines(stack)[lines_before:] if "/_stcore/health" not in line
        ]
        if any("/_stcore/stream" in line for line in viewer_lines) or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    served_by = [m.group(1) for line in viewer_lines if (m := _SERVED_BY.search(line))]
    assert any("/_stcore/stream" in line for line in viewer_lines), viewer_lines[-20:]
    assert any("/media/" in line for line in viewer_lines), viewer_lines[-20:]  # the downloads
    assert served_by and set(served_by) == {cookie}, viewer_lines[-20:]


def test_an_upload_published_through_one_process_shows_on_the_other_at_its_next_rerun(
    served, browser: Browser
) -> None:
    stack, root = served
    viewer_context = _context(browser, stack.url, "ntm2")
    admin_context = _context(browser, stack.url, "ntm1")
    try:
        viewer = viewer_context.new_page()
        viewer.goto(stack.url + "/?period=2024-H2")
        wait_for_app(viewer)
        expect(_metric(viewer, "Xã đạt chuẩn NTM")).to_have_text("14/16 xã · 87,5 %")

        admin = admin_context.new_page()
        admin.set_viewport_size({"width": 1400, "height": 1800})
        admin.goto(stack.url + "/du-lieu?period=2024-H2")
        wait_for_app(admin)
        admin.get_by_label("Tên người quản trị").fill("Lan")
        admin.get_by_label("Mật khẩu").fill(PASSWORD)
        admin.get_by_role("button", name="Đăng nhập").click()
        expect(admin.get_by_text("Đã đăng nhập: Lan")).to_be_visible()
        lines_before = len(_proxy_log_lines(stack))
        admin.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
            {"name": "recognitions.csv", "mimeType": "text/csv", "buffer": RECOGNITION.encode()}
        )
        expect(admin.get_by_text("recognitions.csv")).to_be_visible()
        admin.get_by_role("button", name="Kiểm tra và xuất bản").click()
        expect(admin.get_by_text("Đã xuất bản phiên bản")).to_be_visible(timeout=60_000)
        screenshot(admin, "proxy-data-page-published")
        assert current_id(root) is not None
        uploads = [line for line in _proxy_log_lines(stack)[lines_before:] if "upload_file" in line]
        assert uploads and all(_SERVED_BY.search(line).group(1) == "ntm1" for line in uploads), uploads

        # The viewer on the other process: its next rerun (a period change and back) shows the new version.
        _choose(viewer, "Kỳ báo cáo", "6 tháng đầu năm 2024")
        _choose(viewer, "Kỳ báo cáo", "6 tháng cuối năm 2024")
        expect(_metric(viewer, "Xã đạt chuẩn NTM")).to_have_text("15/16 xã · 93,8 %")
    finally:
        viewer_context.close()
        admin_context.close()


def test_a_viewer_whose_process_dies_is_shown_the_same_view_by_a_live_process_and_the_dead_one_comes_back(
    served, browser: Browser
) -> None:
    stack, _ = served
    context = _context(browser, stack.url, "ntm1")
    try:
        page = context.new_page()
        page.goto(stack.url + "/?period=2019-H1")
        wait_for_app(page)
        # The module's upload test may have published a recognition: the view is read, not assumed.
        # \s: the screen writes no-break spaces inside a headline figure (it wraps before the share only).
        expect(_metric(page, "Xã đạt chuẩn NTM")).to_have_text(re.compile(r"^\d+/16 xã\s·\s"))
        shown_before = _metric(page, "Xã đạt chuẩn NTM").inner_text()
        lines_before = len(_proxy_log_lines(stack))
        killed = stack.kill_backend(1)

        # The page reconnects by itself. The proxy sends it to the other process with a new cookie, unless
        # supervisord's restart of the killed one was up and healthy before the browser's next try (a fast
        # machine): then its cookie is still good and the restarted process serves it. Either way a live
        # process, never the dead one, and the viewer sees the same view.
        def served_by_a_live_process() -> bool:
            servers = {c["value"] for c in context.cookies() if c["name"] == "NTM_SERVER"}
            return servers == {"ntm2"} or (servers == {"ntm1"} and stack.backend_pid(1) not in (None, killed))

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not served_by_a_live_process():
            time.sleep(0.5)
        assert served_by_a_live_process()
        wait_for_app(page)
        expect(page).to_have_url(re.compile(r"period=2019-H1"))
        expect(_metric(page, "Xã đạt chuẩn NTM")).to_have_text(shown_before)  # the same view
        screenshot(page, "proxy-after-kill")
        # It still works there, from the first pick. The page does not rerun on reconnecting, so that pick
        # is the new process's first run: the pick the page sends wins over the URL it was made from.
        metric = _metric(page, "Xã đạt chuẩn NTM")
        _choose(page, "Kỳ báo cáo", "6 tháng cuối năm 2024")
        wait_for_app(page)
        expect(metric).to_have_text(re.compile(r"^1[45]/16 xã\s·\s"))  # 14, or 15 after the upload test
        expect(page).to_have_url(re.compile(r"period=2024-H2"))
    finally:
        context.close()
    # Every websocket since the kill was served by a process (the proxy logs one when it ends: the page's
    # own has ended with its closing).
    streams = _proxy_log_lines_with(stack, lines_before, "/_stcore/stream")
    assert streams and {_SERVED_BY.search(line).group(1) for line in streams} <= {"ntm1", "ntm2"}
    # supervisord started the killed process again, and it answers.
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and stack.backend_pid(1) in (None, killed):
        time.sleep(0.5)
    assert stack.backend_pid(1) not in (None, killed)
    assert wait_until_healthy(stack.backend_urls[:1], 90) is not None
