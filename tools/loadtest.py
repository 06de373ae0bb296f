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

With `processes` ≥ 1 the app is served as `make serve` serves it (tools.serve: N processes behind HAProxy
under supervisord) and the sessions go through the proxy; `same_link` opens the chair's link in every
session first; `kill_after_s` kills one process during the run (its sessions must reconnect to another and
see the same view, supervisord must start it again).
"""

from __future__ import annotations

import asyncio
import dataclasses
import math
import os
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ntm.settings import PROJECT_ROOT
from tools import loadtest_browser, loadtest_ws
from tools.browser import CHROMIUM, group_cpu_s, group_peak_rss_mb, log_problems, start_server, stop_server
from tools.loadtest_views import SessionResult, most_at_once_or_none, percentile, plan_views
from tools.serve import (
    session_cpu_s,
    session_peak_rss_by_program_mb,
    session_peak_rss_mb,
    start_stack,
    wait_until_healthy,
)

# People open a shared link within seconds of each other, not in the same millisecond.
DEFAULT_RAMP_S = 0.5
# The targets on this 2-core machine, 30 sessions at province scale (p95, seconds): sessions arriving
# spread out must feel instant; when all open at once (the chair's link), a first load within 2 s and
# each filter change after it within 1 s.
SPREAD_TARGET_P95_S = 0.3
AT_ONCE_FIRST_LOAD_TARGET_P95_S = 2.0
AT_ONCE_RERUN_TARGET_P95_S = 1.0
DEFAULT_SESSIONS = 30
CLIENTS = ("ws", "browser")
DEFAULT_LOG_DIR = PROJECT_ROOT / "artifacts" / "logs"
# After a kill, pages stay open this long: the proxy's failover and the reconnections take ~1 s.
KILL_RECOVERY_S = 5.0
# What each session's filter changes are, in order (tools.loadtest_views.plan_views).
CHANGES = ("1 period", "2 district", "3 period")


def targets_p95_s(ramp_s: float, same_link: bool) -> tuple[float, float]:
    """(first load, rerun) p95 targets of a run: sessions one every `ramp_s` > 0 are the spread mode,
    unless they all open the chair's link first."""
    if ramp_s > 0 and not same_link:
        return SPREAD_TARGET_P95_S, SPREAD_TARGET_P95_S
    return AT_ONCE_FIRST_LOAD_TARGET_P95_S, AT_ONCE_RERUN_TARGET_P95_S


def _against(value: float, target: float) -> str:
    return f"target p95 ≤ {target:.1f}: {'met' if value <= target else 'not met'}"


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
    processes: int = 0  # 0: one process reached directly; N: N processes behind the proxy
    same_link: bool = False
    kill: KillReport | None = None
    reconnects_s: list[float] = dataclasses.field(default_factory=list)
    load_average: str = ""
    peak_rss_by_program_mb: dict[str, float] = dataclasses.field(default_factory=dict)
    # The reruns of each session's first, second, third filter change (period, district, period).
    reruns_by_step_s: list[list[float]] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            not self.problems
            and not self.log_problems
            and len(self.first_loads_s) == self.sessions
            and (self.kill is None or self.kill.ok)
        )

    @property
    def views(self) -> int:
        return len(self.first_loads_s) + len(self.reruns_s)

    def floor_s(self, views: int | None = None) -> float:
        """The least time in which this machine can show `views` views (default: every view of the run)
        asked for at once: CPU-seconds per view × views ÷ cores."""
        if not self.views:
            return math.nan
        return self.server_cpu_s / self.views * (views or self.views) / (os.cpu_count() or 1)

    def lines(self) -> list[str]:
        served = (
            "one process, direct"
            if not self.processes
            else f"{self.processes} processes behind HAProxy (supervisord)"
        )
        per_view = self.server_cpu_s / self.views if self.views else math.nan
        first_target, rerun_target = targets_p95_s(self.ramp_s, self.same_link)
        first_p95, rerun_p95 = percentile(self.first_loads_s, 95), percentile(self.reruns_s, 95)
        return [
            f"sessions: {self.sessions} at {self.scale} scale, {self.elapsed_s:.0f} s in all "
            f"(one starting every {self.ramp_s:.1f} s{', all on the same link first' if self.same_link else ''}), "
            f"{self.client} client, {served}; load average before: {self.load_average}",
            f"first load (s): p50 {percentile(self.first_loads_s, 50):.2f}, p95 {first_p95:.2f}, "
            f"max {max(self.first_loads_s, default=math.nan):.2f} ({_against(first_p95, first_target)})",
            f"rerun after a filter change (s), {len(self.reruns_s)} reruns: "
            f"p50 {percentile(self.reruns_s, 50):.2f}, p95 {rerun_p95:.2f}, "
            f"max {max(self.reruns_s, default=math.nan):.2f} ({_against(rerun_p95, rerun_target)})",
            *(
                [
                    "rerun by change (s): "
                    + "; ".join(
                        f"{name} p50 {percentile(times, 50):.2f}, p95 {percentile(times, 95):.2f}"
                        for name, times in zip(CHANGES, self.reruns_by_step_s, strict=False)
                    )
                ]
                if self.reruns_by_step_s
                else []
            ),
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
            f"floor on this machine: {per_view:.3f} CPU-s per view (server CPU ÷ views) × views ÷ "
            f"{os.cpu_count()} cores = {self.floor_s(self.sessions):.2f} s for the {self.sessions} first "
            f"loads, {self.floor_s():.2f} s for all {self.views} views",
            *(
                [
                    "peak RSS per process (MB): "
                    + ", ".join(
                        f"{name} {mb:.0f}" for name, mb in sorted(self.peak_rss_by_program_mb.items())
                    )
                ]
                if self.peak_rss_by_program_mb
                else []
            ),
            *(self.kill.lines() if self.kill else []),
            *(
                [
                    f"sessions reconnected to a live process: {len(self.reconnects_s)}, same view shown "
                    f"again after p50 {percentile(self.reconnects_s, 50):.2f} s, max {max(self.reconnects_s):.2f} s"
                ]
                if self.reconnects_s
                else []
            ),
            f"wrong views or errors in sessions: {len(self.problems)}",
            *(f"  {p}" for p in self.problems[:20]),
            f"problem lines in the server logs: {len(self.log_problems)} ({self.log_path})",
            *(f"  {line}" for line in self.log_problems[:20]),
        ]


@dataclass
class KillReport:
    """One Streamlit process killed (SIGKILL) during the run, and its restart by supervisord."""

    after_s: float
    pid: int | None = None
    restarted_pid: int | None = None
    healthy_again_s: float | None = None  # from the kill to the restarted process answering
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and self.restarted_pid is not None and self.healthy_again_s is not None

    def lines(self) -> list[str]:
        if self.error:
            return [f"kill test: {self.error}"]
        return [
            f"kill test: process 1 (pid {self.pid}) killed {self.after_s:.1f} s into the run; supervisord "
            f"started it again (pid {self.restarted_pid}), answering after {self.healthy_again_s:.1f} s"
        ]


def _kill_later(stack, report: KillReport, stop: threading.Event) -> threading.Thread:
    """Kills Streamlit process 1 after `report.after_s`, then waits for supervisord's restart."""

    def kill() -> None:
        if stop.wait(report.after_s):
            report.error = "the sessions ended before the kill"
            return
        try:
            report.pid = stack.kill_backend(1)
            killed = time.monotonic()
            time.sleep(0.5)  # the restart must be a new process, not the old one seen again
            healthy = wait_until_healthy(stack.backend_urls[:1], 120)
            report.healthy_again_s = None if healthy is None else time.monotonic() - killed
            report.restarted_pid = stack.backend_pid(1)
            if report.restarted_pid in (None, report.pid):
                report.error = f"process 1 was not started again (pid {report.restarted_pid})"
        except (RuntimeError, OSError) as error:
            report.error = f"{type(error).__name__}: {error}"

    thread = threading.Thread(target=kill, daemon=True)
    thread.start()
    return thread


def run_loadtest(
    sessions: int = DEFAULT_SESSIONS,
    scale: str = "province",
    data_dir: Path | None = None,
    timeout_s: float = 900,
    log_dir: Path | None = None,
    ramp_s: float = DEFAULT_RAMP_S,
    client: str = "ws",
    processes: int = 0,
    same_link: bool = False,
    kill_after_s: float | None = None,
) -> LoadReport:
    """Writes the sample (unless `data_dir` is given), starts the app (one process, or `processes` behind
    the proxy), runs the sessions, stops the app."""
    if kill_after_s is not None and (processes < 2 or client != "ws"):
        raise ValueError("the kill test needs the ws client and at least 2 processes behind the proxy")
    started = time.monotonic()
    load_average = " ".join(f"{x:.2f}" for x in os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="ntm-loadtest-") as work:
        work_dir = Path(work)
        if data_dir is None:
            from ntm.sample import write_sample

            data_dir = work_dir / "data"
            write_sample(scale, data_dir)
        cache_dir = work_dir / "cache"
        province, plans = plan_views(Path(data_dir), cache_dir, sessions, same_link)
        log_path = (log_dir or DEFAULT_LOG_DIR) / f"loadtest-server-{os.getpid()}.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        stack = kill = None
        if processes:
            log_path = log_path.with_suffix("")  # a folder: one log per process, the proxy's, supervisord's
            stack = start_stack(processes, Path(data_dir), cache_dir, log_path, work_dir / "run")
            # Every process of a server in use has run its pages before, not only the one the proxy picks.
            for backend in stack.backend_urls:
                warm_up = loadtest_ws.run_session(backend, -1, plans[0][:1], province)
                with ThreadPoolExecutor(max_workers=1) as pool:
                    pool.submit(asyncio.run, warm_up).result()
            url, group = stack.url, stack.session_id
            cpu_of, peak_of = session_cpu_s, session_peak_rss_mb
        else:
            process, url = start_server(Path(data_dir), cache_dir, log_path)
            group, cpu_of, peak_of = process.pid, group_cpu_s, group_peak_rss_mb
        stop_killer = threading.Event()
        try:
            remaining = max(1.0, timeout_s - (time.monotonic() - started))
            cpu_before, sessions_started = cpu_of(group), time.monotonic()
            client_cpu_before = time.process_time()  # this process: the ws client (not Chromium)
            if kill_after_s is not None:
                kill = KillReport(kill_after_s)
                killer = _kill_later(stack, kill, stop_killer)
            if client == "ws":
                # With a kill, pages stay open past it and the restart, as in a meeting that goes on.
                open_for = 0.0 if kill_after_s is None else kill_after_s + KILL_RECOVERY_S
                sessions_run = loadtest_ws.run_sessions(url, province, plans, ramp_s, open_for)
            else:
                sessions_run = loadtest_browser.run_sessions(url, province, plans, ramp_s)
            try:
                # A thread of its own: the caller may already run an event loop (Playwright's sync
                # API in a test session does), and asyncio.run refuses to nest.
                sessions_run = asyncio.wait_for(sessions_run, remaining)
                with ThreadPoolExecutor(max_workers=1) as pool:
                    results = pool.submit(asyncio.run, sessions_run).result()
            except TimeoutError:
                results = [SessionResult(-1, problems=[f"the sessions passed the {timeout_s:.0f} s limit"])]
            sessions_wall = time.monotonic() - sessions_started
            stop_killer.set()
            if kill is not None:
                killer.join(timeout=150)
            peak = peak_of(group)
            by_program = session_peak_rss_by_program_mb(group) if stack is not None else {}
            server_cpu = cpu_of(group) - cpu_before
            client_cpu = time.process_time() - client_cpu_before if client == "ws" else math.nan
        finally:
            stop_killer.set()
            if stack is not None:
                stack.stop()
            else:
                stop_server(process)
        logs = stack.log_paths() if stack is not None else [log_path]
        problems_in_log = [line for path in logs for line in log_problems(path)]
    return LoadReport(
        sessions=sessions,
        scale=scale,
        first_loads_s=[r.first_load_s for r in results if r.first_load_s is not None],
        reruns_s=[s for r in results for s in r.reruns_s],
        reruns_by_step_s=[
            [r.reruns_s[step] for r in results if len(r.reruns_s) > step] for step in range(len(CHANGES))
        ],
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
        processes=processes,
        same_link=same_link,
        kill=kill,
        reconnects_s=[s for r in results for s in r.reconnects_s],
        load_average=load_average,
        peak_rss_by_program_mb=by_program,
    )


def main(
    sessions: int,
    scale: str,
    data: str | None,
    timeout_s: float,
    log_dir: str | None,
    ramp_s: float,
    client: str = "ws",
    processes: int = 0,
    same_link: bool = False,
    kill_after_s: float | None = None,
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
        processes,
        same_link,
        kill_after_s,
    )
    print("\n".join(report.lines()))
    return 0 if report.ok else 1
