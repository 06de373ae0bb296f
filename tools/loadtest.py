"""`python -m tools loadtest`: many people in one meeting room on one server, measured on this machine.

Starts the app as `make run` does (loopback only) on a sample, opens N sessions at once, and in each
changes the period and the district with the sidebar's widgets. Two clients: `ws` (the default,
tools.loadtest_ws) speaks Streamlit's websocket protocol without a browser, so on a small machine the
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
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ntm.settings import PROJECT_ROOT
from tools import loadtest_browser, loadtest_ws
from tools.browser import CHROMIUM, group_cpu_s, group_peak_rss_mb, log_problems, start_server, stop_server
from tools.loadtest_views import SessionResult, most_at_once_or_none, percentile, plan_views

# People open a shared link within seconds of each other, not in the same millisecond.
DEFAULT_RAMP_S = 0.5
# The target on 2 cores: 30 sessions at province scale.
TARGET_P95_S = 2.0
DEFAULT_SESSIONS = 30
CLIENTS = ("ws", "browser")
DEFAULT_LOG_DIR = PROJECT_ROOT / "artifacts" / "logs"


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
            run_sessions = (loadtest_ws if client == "ws" else loadtest_browser).run_sessions
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
        most_sessions_open=most_at_once_or_none([r.open_span for r in results if r.open_span]),
        most_views_in_flight=most_at_once_or_none([span for r in results for span in r.view_spans]),
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
