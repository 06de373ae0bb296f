"""`python -m ntm loadtest`: many people in one meeting room on one server, measured on this machine.

Starts the app as `make run` does (loopback only) on a sample, opens N sessions at once, and in each
changes the period and the district with the sidebar's widgets. Two clients: `ws` (the default,
ntm.ui.loadtest_ws) speaks Streamlit's websocket protocol without a browser, so on a small machine the
times measure the server; `browser` drives pages of one headless Chromium, whose rendering of 30 pages
fills two cores by itself (its times then measure the client). Every
view is checked against the data (its district, its period, its number of communes), so a session that
saw another's filters fails. Every page stays open until all sessions have seen their views. Reports
p50 / p95 of the first loads and reruns, the server's peak memory and CPU, and how many sessions and views
were at once; bounded by an overall timeout, it stops by itself.
"""

from __future__ import annotations

import asyncio
import math
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from ntm.filters import Filters
from ntm.i18n import period_name, t
from ntm.settings import PROJECT_ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOOPBACK = "127.0.0.1"
SERVER_START_TIMEOUT_S = 120
# Thirty first loads at once queue behind each other on 2 cores: a view may take minutes, not hang.
VIEW_TIMEOUT_S = 300
# People open a shared link within seconds of each other, not in the same millisecond.
DEFAULT_RAMP_S = 0.5
# The target on 2 cores: 30 sessions at province scale.
TARGET_P95_S = 2.0
DEFAULT_SESSIONS = 30
CLIENTS = ("ws", "browser")
# Lines of the server log that mean something went wrong for somebody.
_LOG_PROBLEM = re.compile(r"Traceback|Exception|\bERROR\b|\bError\b")
LANG = "vi"
DEFAULT_LOG_DIR = PROJECT_ROOT / "artifacts" / "logs"


@dataclass(frozen=True)
class View:
    """What a session must see: its district and period, and the number of communes counted there."""

    district_code: str
    district_name: str
    period: str
    communes: int


@dataclass
class SessionResult:
    number: int
    first_load_s: float | None = None
    reruns_s: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # When its websocket was open, and each view's start and end (time.monotonic()), for the concurrency.
    open_span: tuple[float, float] | None = None
    view_spans: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class LoadReport:
    sessions: int
    scale: str
    first_loads_s: list[float]
    reruns_s: list[float]
    peak_rss_mb: float
    problems: list[str]
    log_problems: list[str]
    elapsed_s: float
    log_path: Path
    ramp_s: float = DEFAULT_RAMP_S
    server_cpu_s: float = math.nan
    sessions_wall_s: float = math.nan
    client: str = "ws"
    client_cpu_s: float = math.nan
    most_sessions_open: int | None = None  # at one moment (ws client)
    most_views_in_flight: int | None = None  # views asked for and not yet complete, at one moment

    @property
    def ok(self) -> bool:
        return not self.problems and not self.log_problems and len(self.first_loads_s) == self.sessions

    def lines(self) -> list[str]:
        return [
            f"sessions: {self.sessions} at {self.scale} scale, {self.elapsed_s:.0f} s in all "
            f"(one starting every {self.ramp_s:.1f} s), {self.client} client",
            f"first load (s): p50 {percentile(self.first_loads_s, 50):.2f}, "
            f"p95 {percentile(self.first_loads_s, 95):.2f}, max {max(self.first_loads_s, default=math.nan):.2f}",
            f"rerun after a filter change (s), {len(self.reruns_s)} reruns: "
            f"p50 {percentile(self.reruns_s, 50):.2f}, p95 {percentile(self.reruns_s, 95):.2f}, "
            f"max {max(self.reruns_s, default=math.nan):.2f} (target p95 ≤ {TARGET_P95_S:.1f})",
            f"server peak RSS (VmHWM): {self.peak_rss_mb:.0f} MB; server CPU {self.server_cpu_s:.0f} s "
            f"in the {self.sessions_wall_s:.0f} s of the sessions ({os.cpu_count()} cores on this machine)"
            + ("" if math.isnan(self.client_cpu_s) else f"; load-test client CPU {self.client_cpu_s:.0f} s"),
            *(
                [
                    f"concurrency: at most {self.most_sessions_open} sessions open at once, at most "
                    f"{self.most_views_in_flight} views asked for and not yet shown at once"
                ]
                if self.most_sessions_open is not None and self.most_views_in_flight is not None
                else []
            ),
            f"wrong views or errors in sessions: {len(self.problems)}",
            *(f"  {p}" for p in self.problems[:20]),
            f"problem lines in the server log: {len(self.log_problems)} ({self.log_path})",
            *(f"  {line}" for line in self.log_problems[:20]),
        ]


def most_at_once(spans: list[tuple[float, float]]) -> int:
    """The largest number of the (start, end) spans that overlap at one moment (an end before a start
    at the same instant)."""
    events = sorted([(start, 1) for start, _ in spans] + [(end, -1) for _, end in spans])
    most = current = 0
    for _, change in events:
        current += change
        most = max(most, current)
    return most


def _most_at_once_or_none(spans: list[tuple[float, float]]) -> int | None:
    return most_at_once(spans) if spans else None  # the browser client records no spans


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (NaN for no values)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


# --- the data: which views the sessions ask for, and what each must show ----------------------------


def plan_views(data_dir: Path, cache_dir: Path, sessions: int) -> tuple[str, list[list[View]]]:
    """The province and, per session, the views it goes through: a first load, a period change, a
    district change, another period change. Neighbouring sessions differ in district and period."""
    from ntm import queries
    from ntm.store import open_store

    store = open_store(data_dir, cache_dir)  # builds the database the server will then reuse
    try:
        periods = list(reversed(queries.available_periods(store.cursor())))[:6]
        metadata = queries.dataset_metadata(store.cursor())
        province = metadata.get("default_province") or str(
            queries.provinces(store.cursor(), periods[0])["province_code"].iloc[0]
        )
        districts = queries.districts(store.cursor(), province, periods[0])
        names = dict(zip(districts["district_code"], districts["district_name"], strict=True))
        codes = list(names)

        def view(district: str, period: str) -> View:
            set_id = str(queries.commune_sets_assessed_in(store.cursor(), period)["set_id"].iloc[0])
            filters = Filters(period=period, set_id=set_id, province_code=province, district_code=district)
            series = queries.scope_series(store.cursor(), filters)
            communes = int(series.loc[series["period"] == period, "communes"].iloc[0])
            return View(district, names[district], period, communes)

        cache: dict[tuple[str, str], View] = {}

        def cached(district: str, period: str) -> View:
            if (district, period) not in cache:
                cache[(district, period)] = view(district, period)
            return cache[(district, period)]

        plans = []
        for n in range(sessions):
            first, second = codes[n % len(codes)], codes[(n + 1 + n // len(codes)) % len(codes)]
            if second == first:
                second = codes[(n + 1) % len(codes)]
            p1, p2, p3 = (periods[(n + k) % len(periods)] for k in (0, 1, 3))
            plans.append([cached(first, p1), cached(first, p2), cached(second, p2), cached(second, p3)])
        return province, plans
    finally:
        store.close()


# --- the server -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def is_healthy(url: str) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback never via a proxy
    try:
        with opener.open(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200 and response.read().strip() == b"ok"
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def start_server(data_dir: Path, cache_dir: Path, log_path: Path) -> tuple[subprocess.Popen, str]:
    """The app as `make run` starts it, on a free loopback port, in its own process group."""
    port = free_port()
    env = {
        **os.environ,
        "NTM_DATA_DIR": str(data_dir),
        "NTM_CACHE_DIR": str(cache_dir),
        "PYTHONUNBUFFERED": "1",
    }
    command = [
        sys.executable, "-m", "ntm.ui.server", "--server.headless=true", f"--server.address={LOOPBACK}",
        f"--server.port={port}", "--server.fileWatcherType=none",
    ]  # fmt: skip
    log = log_path.open("w", encoding="utf-8")
    process = subprocess.Popen(
        command, cwd=PROJECT_ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    log.close()
    url = f"http://{LOOPBACK}:{port}"
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while not is_healthy(url):
        if process.poll() is not None or time.monotonic() > deadline:
            stop_server(process)
            raise RuntimeError(f"the app did not start (see {log_path})")
        time.sleep(0.25)
    return process, url


def stop_server(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


def group_peak_rss_mb(group_id: int) -> float:
    """The sum of the peak resident memory (VmHWM) of every live process in the group, in MB."""
    total_kb = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            if int(stat.rsplit(")", 1)[1].split()[2]) != group_id:
                continue
            status = (entry / "status").read_text()
        except (OSError, IndexError, ValueError):
            continue  # the process ended meanwhile
        found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
        total_kb += int(found.group(1)) if found else 0
    return total_kb / 1024


def group_cpu_s(group_id: int) -> float:
    """User + system CPU seconds used so far by the live processes of the group."""
    ticks = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if len(fields) > 12 and fields[2] == str(group_id):
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def log_problems(log_path: Path) -> list[str]:
    lines = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if _LOG_PROBLEM.search(line)]


# --- the sessions -----------------------------------------------------------------------------------

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


def view_problems(number: int, step: str, view: View, caption: str, first_kpi: str) -> list[str]:
    """What is wrong with a view shown to a session (both clients): the caption under the title must
    name its district and period, the first metric ("x/y …") must count its district's communes."""
    problems = []
    counted = re.match(r"\s*[\d.]+/([\d.]+)", first_kpi)
    communes = int(counted.group(1).replace(".", "")) if counted else None
    if view.district_name not in caption or period_name(view.period, LANG) not in caption:
        problems.append(f"session {number} {step}: caption {caption!r}, expected {view}")
    if communes != view.communes:
        problems.append(f"session {number} {step}: {first_kpi!r}, expected …/{view.communes}")
    return problems


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


async def _run_sessions(
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


def run_loadtest(
    sessions: int = DEFAULT_SESSIONS,
    scale: str = "province",
    data_dir: Path | None = None,
    timeout_s: float = 900,
    log_dir: Path | None = None,
    ramp_s: float = DEFAULT_RAMP_S,
    client: str = "ws",
) -> LoadReport:
    """Writes the sample (unless `data_dir` is given), starts the app, runs the sessions, stops the app."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="ntm-loadtest-") as work:
        work_dir = Path(work)
        if data_dir is None:
            from ntm.sample import write_sample

            data_dir = work_dir / "data"
            write_sample(scale, data_dir)
        cache_dir = work_dir / "cache"
        province, plans = plan_views(Path(data_dir), cache_dir, sessions)
        log_path = (log_dir or DEFAULT_LOG_DIR) / f"loadtest-server-{os.getpid()}.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        process, url = start_server(Path(data_dir), cache_dir, log_path)
        try:
            remaining = max(1.0, timeout_s - (time.monotonic() - started))
            cpu_before, sessions_started = group_cpu_s(process.pid), time.monotonic()
            client_cpu_before = time.process_time()  # this process: the ws client (not Chromium)
            if client == "ws":
                from ntm.ui.loadtest_ws import run_sessions
            else:
                run_sessions = _run_sessions
            try:
                # A thread of its own: the caller may already run an event loop (Playwright's sync
                # API in a test session does), and asyncio.run refuses to nest.
                sessions_run = asyncio.wait_for(run_sessions(url, province, plans, ramp_s), remaining)
                with ThreadPoolExecutor(max_workers=1) as pool:
                    results = pool.submit(asyncio.run, sessions_run).result()
            except TimeoutError:
                results = [SessionResult(-1, problems=[f"the sessions passed the {timeout_s:.0f} s limit"])]
            peak = group_peak_rss_mb(process.pid)
            server_cpu = group_cpu_s(process.pid) - cpu_before
            sessions_wall = time.monotonic() - sessions_started
            client_cpu = time.process_time() - client_cpu_before if client == "ws" else math.nan
        finally:
            stop_server(process)
        problems_in_log = log_problems(log_path)
    return LoadReport(
        sessions=sessions,
        scale=scale,
        first_loads_s=[r.first_load_s for r in results if r.first_load_s is not None],
        reruns_s=[s for r in results for s in r.reruns_s],
        peak_rss_mb=peak,
        problems=[p for r in results for p in r.problems],
        log_problems=problems_in_log,
        elapsed_s=time.monotonic() - started,
        log_path=log_path,
        ramp_s=ramp_s,
        server_cpu_s=server_cpu,
        sessions_wall_s=sessions_wall,
        client=client,
        client_cpu_s=client_cpu,
        most_sessions_open=_most_at_once_or_none([r.open_span for r in results if r.open_span]),
        most_views_in_flight=_most_at_once_or_none([span for r in results for span in r.view_spans]),
    )


def main(
    sessions: int,
    scale: str,
    data: str | None,
    timeout_s: float,
    log_dir: str | None,
    ramp_s: float,
    client: str = "ws",
) -> int:
    if client == "browser" and not CHROMIUM.exists():
        print(f"{CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium", file=sys.stderr)
        return 2
    report = run_loadtest(
        sessions,
        scale,
        Path(data) if data else None,
        timeout_s,
        Path(log_dir) if log_dir else None,
        ramp_s,
        client,
    )
    print("\n".join(report.lines()))
    return 0 if report.ok else 1
