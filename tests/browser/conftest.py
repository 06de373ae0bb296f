"""Browser tests: the real app (started the way `make run` starts it) in Debian's headless Chromium.

Fixtures: `browser` (session), `app_server` (session), `page` (per test). Helpers (`wait_for_app`,
`wait_for_charts`, `screenshot`, `running_app`, …) are in helpers.py, selectors in selectors.py.

Never skips: without /usr/bin/chromium the tests fail (CI installs it in .ci/run).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Playwright, sync_playwright

from tests.browser.helpers import LOCALE, VIEWPORT, AppServer, running_app
from tools.browser import CHROMIUM, CHROMIUM_ARGS

# Hosts that count as "this machine": everything else is an outside request, which an offline
# intranet cannot serve. Such requests are aborted in tests and recorded (see `outside_requests`).
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
_LOCAL_SCHEMES = {"data", "blob", "about", "chrome", "chrome-extension", "devtools"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test under tests/browser/ gets the `browser` marker (`-m "not browser"` skips them)."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in _LOCAL_SCHEMES:
        return True
    host = parts.hostname or ""
    return host in _LOCAL_HOSTS or host.startswith("127.")


# --- fixtures ----------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def playwright_session() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright_session: Playwright) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's Chromium "
            "(apt-get install -y --no-install-recommends chromium; .ci/run does this). "
            "Browser tests fail rather than skip."
        )
    browser = playwright_session.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def app_server(sample_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    """The app on the district sample, shared by the session's browser tests."""
    with running_app(sample_data_dir, tmp_path_factory.mktemp("ntm-cache")) as server:
        yield server


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh context and page per test; requests to outside hosts are aborted and recorded."""
    context = browser.new_context(viewport=VIEWPORT, locale=LOCALE)
    recorded: list[str] = []
    context._ntm_outside_requests = recorded  # read through outside_requests(page)

    def _abort_outside(route, request) -> None:
        recorded.append(request.url)
        route.abort()

    context.route(lambda url: not _is_local(url), _abort_outside)
    page = context.new_page()
    yield page
    context.close()
