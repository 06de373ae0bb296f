"""Plain helpers of the browser tests: start the app as `make run` does, open a page and wait for its
run and charts, read a metric, take a screenshot, list the requests that left the machine."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.selectors import APP_COMPILE_ERROR, APP_DONE, METRIC, METRIC_VALUE

# Starting, checking and stopping a server on loopback: the same helpers as the load test's.
from tools.browser import free_port, is_healthy, stop_server

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS_DIR = REPO_ROOT / "artifacts"
SCREENSHOT_DIR = ARTIFACTS_DIR / "screenshots"
LOG_DIR = ARTIFACTS_DIR / "logs"

SERVER_START_TIMEOUT_S = 90
# Assertions wait for what a person would see; on a loaded 2-core machine a rerun can take seconds.
expect.set_options(timeout=20_000)
APP_RUN_TIMEOUT_MS = 60_000
VIEWPORT = {"width": 1366, "height": 768}
LOCALE = "vi-VN"


def wait_for_app(page: Page, timeout_ms: int = APP_RUN_TIMEOUT_MS) -> None:
    """Wait until Streamlit has finished the current script run; fail fast on a compilation error.

    After a click or a widget change the old run's "notRunning" may still be showing: wait for the
    result you expect (a text, a chart's `.main-svg`) rather than only for this.
    """
    try:
        page.wait_for_selector(f"{APP_DONE}, {APP_COMPILE_ERROR}", state="attached", timeout=timeout_ms)
    except PlaywrightTimeoutError as exc:
        state = page.evaluate(
            "() => document.querySelector('[data-testid=\"stApp\"]')?.dataset.testScriptState ?? null"
        )
        raise AssertionError(
            f"Streamlit's script run did not finish within {timeout_ms / 1000:.0f} s (script state: {state})"
        ) from exc
    if page.locator(APP_COMPILE_ERROR).count():
        raise AssertionError("The app's script does not compile (see the server log)")


def wait_for_charts(page: Page, timeout_ms: int = 15_000) -> None:
    """Wait until lazily loaded elements have replaced their skeletons and every Plotly chart has drawn.

    Streamlit shows `stSkeleton` placeholders after the run ends while chart code loads; a chart has
    drawn once its `.main-svg` exists (about a second later).
    """
    page.wait_for_function(
        """() => !document.querySelector('[data-testid="stSkeleton"]')
            && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
                .every((chart) => chart.querySelector('.main-svg'))""",
        timeout=timeout_ms,
    )


def screenshot(page: Page, name: str) -> Path:
    """Save a PNG of the viewport to artifacts/screenshots/<name>.png and return its path.

    Streamlit scrolls inside its own container, so `full_page` would not help: use a taller viewport
    (`page.set_viewport_size(...)`) to capture more.
    """
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_") or "screenshot"
    path = SCREENSHOT_DIR / f"{safe}.png"
    page.screenshot(path=str(path))
    return path


def outside_requests(page: Page) -> list[str]:
    """URLs that the page's context asked of hosts other than this machine (all were aborted)."""
    return list(getattr(page.context, "_ntm_outside_requests", []))


def log_tail(path: Path, lines: int = 60) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return f"(no log at {path})"
    return "\n".join(text.splitlines()[-lines:])


def metric_value(page: Page, label: str) -> Locator:
    """The value of the metric whose label is `label`."""
    return page.locator(METRIC).filter(has_text=label).locator(METRIC_VALUE)


def open_path(page: Page, server: AppServer, path: str) -> None:
    """Go to `path` of the app and wait until the run has finished and every chart has drawn."""
    page.goto(server.url + path)
    wait_for_app(page)
    wait_for_charts(page)


def open_deep_link(page: Page, server: AppServer, path: str) -> None:
    """Go to `path` after the root page: the first deep link a fresh server gets can show Streamlit's
    "Page not found" dialog over the right page, and the root page first keeps a test about its page."""
    page.goto(server.url + "/")
    wait_for_app(page)
    page.goto(server.url + path)
    wait_for_app(page)


@dataclass(frozen=True)
class AppServer:
    url: str
    log_path: Path
    process: subprocess.Popen

    def log_tail(self, lines: int = 60) -> str:
        return log_tail(self.log_path, lines)


@contextmanager
def running_app(data_dir: Path, cache_dir: Path, env: dict[str, str] | None = None) -> Iterator[AppServer]:
    """The real app, started like `make run` (same script, same .streamlit/config.toml), on a free port.

    `env`: extra environment variables (settings such as NTM_ADMIN_PASSWORD_HASH) for this server.
    """
    if not (REPO_ROOT / "dashboard.py").is_file():
        pytest.fail(f"{REPO_ROOT / 'dashboard.py'} does not exist")

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    log_path = LOG_DIR / f"streamlit-{port}.log"

    extra_env = env or {}
    env = os.environ.copy()
    env.update(extra_env)
    env["NTM_DATA_DIR"] = str(data_dir)
    # Own DuckDB cache: never share (or lock) the one a developer's `make run` uses.
    env["NTM_CACHE_DIR"] = str(cache_dir)
    env["PYTHONUNBUFFERED"] = "1"

    cmd = [
        sys.executable,
        "-m",
        "ntm.ui.server",  # what `make run` runs: streamlit run dashboard.py, told it uses st.navigation
        "--server.headless=true",
        "--server.address=127.0.0.1",
        f"--server.port={port}",
        "--server.fileWatcherType=none",
    ]
    with log_path.open("w", encoding="utf-8") as log:
        log.write(f"$ {' '.join(cmd)}\n# NTM_DATA_DIR={env['NTM_DATA_DIR']}\n")
        log.flush()
        proc = subprocess.Popen(
            cmd,
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                pytest.fail(
                    f"streamlit exited with code {proc.returncode} before answering /_stcore/health\n"
                    f"--- {log_path} (tail) ---\n{log_tail(log_path)}"
                )
            if is_healthy(url):
                break
            if time.monotonic() > deadline:
                pytest.fail(
                    f"streamlit did not answer {url}/_stcore/health within {SERVER_START_TIMEOUT_S} s\n"
                    f"--- {log_path} (tail) ---\n{log_tail(log_path)}"
                )
            time.sleep(0.25)

        yield AppServer(url=url, log_path=log_path, process=proc)
    finally:
        stop_server(proc)
