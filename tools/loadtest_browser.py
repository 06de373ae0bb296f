"""The load test's browser client (`--client browser`): pages of one headless Chromium, each checked
as a person would see it. On a small machine their rendering dominates the times."""

from __future__ import annotations

import asyncio
import time
from urllib.parse import urlencode, urlsplit

from ntm.i18n import period_name, t
from tools.browser import CHROMIUM, CHROMIUM_ARGS, LOOPBACK
from tools.loadtest_views import LANG, VIEW_TIMEOUT_S, SessionResult, View, view_problems

_SHOWN_JS = """([period, district]) => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.dataset.testScriptState !== 'notRunning') return false;
    const caption = document.querySelector('[data-testid="stMain"] [data-testid="stCaptionContainer"]');
    const text = caption ? caption.innerText : '';
    return text.includes(period) && text.includes(district)
        && !document.querySelector('[data-testid="stSkeleton"]')
        && document.querySelectorAll('[data-testid="stMetricValue"]').length > 0;
}"""


def _is_loopback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname in (LOOPBACK, "localhost")


async def _shown(page, view: View) -> None:
    await page.wait_for_function(
        _SHOWN_JS, arg=[period_name(view.period, LANG), view.district_name], timeout=VIEW_TIMEOUT_S * 1000
    )


async def _check(page, view: View, result: SessionResult, step: str) -> None:
    """The view is this session's: its district and period in the caption, its count of communes."""
    wait_ms = VIEW_TIMEOUT_S * 1000  # an overloaded browser answers slowly too
    caption_locator = page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').first
    caption = await caption_locator.inner_text(timeout=wait_ms)
    first_kpi = await page.locator('[data-testid="stMetricValue"]').first.inner_text(timeout=wait_ms)
    result.problems.extend(view_problems(result.number, step, view, caption, first_kpi))
    if await page.locator('[data-testid="stException"]').count():
        result.problems.append(f"session {result.number} {step}: an exception is shown")


async def _choose(page, label: str, option: str) -> float:
    """Picks an option of a sidebar selectbox; returns the moment of the pick."""
    wait_ms = VIEW_TIMEOUT_S * 1000
    await page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name=label).click(timeout=wait_ms)
    choice = page.get_by_role("option", name=option, exact=True)
    await choice.wait_for(timeout=VIEW_TIMEOUT_S * 1000)
    picked = time.monotonic()
    await choice.click(timeout=wait_ms)
    return picked


async def run_session(
    browser, url: str, number: int, views: list[View], province: str, delay_s: float = 0.0
) -> SessionResult:
    result = SessionResult(number)
    await asyncio.sleep(delay_s)
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    try:
        outside: list[str] = []

        async def refuse(route) -> None:
            outside.append(route.request.url)
            await route.abort()

        await context.route(lambda u: not _is_loopback(u), refuse)
        page = await context.new_page()
        first = views[0]
        link = urlencode({"period": first.period, "province": province, "district": first.district_code})
        started = time.monotonic()
        await page.goto(f"{url}/?{link}", timeout=VIEW_TIMEOUT_S * 1000)
        await _shown(page, first)
        result.first_load_s = time.monotonic() - started
        await _check(page, first, result, "first load")
        previous = first
        for step, view in enumerate(views[1:], start=1):
            if view.district_code != previous.district_code:
                picked = await _choose(page, t("scope.district", LANG), view.district_name)
            else:
                picked = await _choose(page, t("scope.period", LANG), period_name(view.period, LANG))
            await _shown(page, view)
            result.reruns_s.append(time.monotonic() - picked)
            await _check(page, view, result, f"change {step}")
            previous = view
        if outside:
            result.problems.append(f"session {number} asked outside hosts: {sorted(set(outside))[:3]}")
    except Exception as error:  # one session's failure is reported, the others go on
        result.problems.append(
            f"session {number}: {type(error).__name__}: {str(error).splitlines()[0][:200]}"
        )
    finally:
        await context.close()
    return result


async def run_sessions(
    url: str, province: str, plans: list[list[View]], ramp_s: float
) -> list[SessionResult]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            # A server in use has run its pages before: one unmeasured visit first, as before a meeting.
            await run_session(browser, url, -1, plans[0][:1], province)
            return await asyncio.gather(
                *(run_session(browser, url, n, views, province, n * ramp_s) for n, views in enumerate(plans))
            )
        finally:
            await browser.close()
