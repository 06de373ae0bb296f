"""`python -m tools firstpaint URL`: where the time goes when a link opens in a new browser session.

Drives Debian's headless Chromium (Playwright) to URL several times, with a cold browser cache (a new
browser context per run) and with a warm one (a second page in a context that has opened the app
once), and prints per phase the median over the runs, in milliseconds from the start of navigation:

- the HTML page (response start / end), DOMContentLoaded, the load event;
- Streamlit's static JavaScript and CSS (count, bytes over the wire, the last one's end), fonts;
- the websocket (created, open), the first script run (the rerun request sent, the first element
  received, the run's end message), and Streamlit's "Page not found" message if one came;
- what a person sees: the first text in the page, the loading note, the page's title, the headline
  figures, the script-run state "notRunning", and everything drawn (no skeleton left, every chart
  drawn): the end of one opening.

With `--data DIR` it starts the app on that data itself (as `make run` does, on a free loopback port)
and stops it afterwards; URL is then a path such as `/tong-quan?period=2026-H1&province=25`.
A measurement, not a test: it asserts nothing.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from tools.browser import CHROMIUM, CHROMIUM_ARGS, start_server, stop_server

VIEWPORT = {"width": 1366, "height": 768}
LOCALE = "vi-VN"
DEFAULT_RUNS = 5
PAGE_TIMEOUT_MS = 60_000

# Installed before any script of the page runs: wraps WebSocket to time its life in the page's own
# clock (performance.now(), the same as navigation and resource timing), and watches the DOM for the
# moments a person would notice.
_PROBE_JS = """(() => {
  const probe = window.__firstpaint = {ws: [], marks: {}};
  const mark = (name) => { if (!(name in probe.marks)) probe.marks[name] = performance.now(); };
  const Native = window.WebSocket;
  window.WebSocket = function (...args) {
    const socket = new Native(...args);
    const entry = {created: performance.now(), url: String(args[0]), open: null, sent: [], received: []};
    probe.ws.push(entry);
    socket.addEventListener('open', () => { entry.open = performance.now(); });
    socket.addEventListener('message', (event) => {
      const size = event.data.byteLength ?? event.data.size ?? event.data.length ?? 0;
      entry.received.push([performance.now(), size]);
    });
    const send = socket.send.bind(socket);
    socket.send = (data) => { entry.sent.push(performance.now()); return send(data); };
    return socket;
  };
  window.WebSocket.prototype = Native.prototype;
  Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  probe.longTasks = [];
  try {
    new PerformanceObserver((list) => list.getEntries().forEach(
      (task) => probe.longTasks.push([task.startTime, task.duration]))).observe({type: 'longtask', buffered: true});
  } catch (error) { /* no long-task timing in this browser */ }
  const look = () => {
    const body = document.body;
    if (!body) return;
    if (body.innerText.trim()) mark('first_text');
    if (document.querySelector('[data-ntm-loading], .ntm-loading')) mark('loading_note');
    const main = document.querySelector('[data-testid="stMain"]');
    if (main && main.querySelector('h1')) mark('title');
    if (document.querySelector('[data-testid="stMetricValue"]')) mark('headline_figures');
    if (document.querySelector('[data-testid="stPlotlyChart"] .main-svg')) mark('first_chart_drawn');
    if (document.querySelector('[data-testid="stDataFrame"] canvas')) mark('first_table_drawn');
    if (document.querySelector('[data-testid="stSkeleton"]')) mark('first_skeleton');
    const app = document.querySelector('[data-testid="stApp"]');
    const done = app && app.dataset.testScriptState === 'notRunning';
    if (done) mark('run_done');
    // Everything drawn: the run is over, no element is still a skeleton, every chart has its SVG.
    if (done && main && main.querySelector('h1') && !document.querySelector('[data-testid="stSkeleton"]')
        && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
             .every((chart) => chart.querySelector('.main-svg'))) mark('content_complete');
    if (/Page not found|Không tìm thấy trang/.test(body.innerText)) mark('page_not_found_dialog');
  };
  new MutationObserver(look).observe(document, {childList: true, subtree: true, attributes: true,
                                                characterData: true});
  document.addEventListener('DOMContentLoaded', look);
})();"""

_COLLECT_JS = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource').map((r) => ({
    name: r.name, initiator: r.initiatorType, start: r.startTime, end: r.responseEnd,
    transfer: r.transferSize, body: r.decodedBodySize}));
  const paints = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]));
  return {nav: {responseStart: nav.responseStart, responseEnd: nav.responseEnd,
                domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd},
          resources, paints, probe: window.__firstpaint};
}"""


@dataclass
class Run:
    """One opening of the link: phase name → milliseconds since navigation start (or a count)."""

    phases: dict[str, float] = field(default_factory=dict)
    page_not_found: bool = False


def _kind(resource: dict) -> str | None:
    path = urlsplit(resource["name"]).path
    if path.endswith((".woff2", ".woff", ".ttf")):
        return "font"
    if path.endswith(".js") and "/static/" in path:
        return "js"
    if path.endswith(".css"):
        return "css"
    return None


def _decode(payloads: list[bytes]) -> list[str]:
    """The kind of each message the server sent (new_session, delta, script_finished, …)."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    kinds = []
    for payload in payloads:
        message = ForwardMsg()
        try:
            message.ParseFromString(payload)
            kinds.append(message.WhichOneof("type") or "?")
        except Exception:  # a frame that is not a ForwardMsg: count it, do not stop measuring
            kinds.append("?")
    return kinds


def _phases(collected: dict, kinds: list[str]) -> Run:
    run = Run()
    p = run.phases
    nav = collected["nav"]
    p["html: response start"] = nav["responseStart"]
    p["html: response end"] = nav["responseEnd"]
    for kind in ("js", "css", "font"):
        entries = [r for r in collected["resources"] if _kind(r) == kind]
        p[f"{kind}: files"] = len(entries)
        p[f"{kind}: kB over the wire"] = sum(r["transfer"] for r in entries) / 1000
        p[f"{kind}: kB decoded"] = sum(r["body"] for r in entries) / 1000
        p[f"{kind}: last end"] = max((r["end"] for r in entries), default=0.0)
    p["DOMContentLoaded"] = nav["domContentLoaded"]
    p["load event"] = nav["load"]
    for name, at in collected["paints"].items():
        p[f"paint: {name}"] = at
    sockets = [w for w in collected["probe"]["ws"] if "/_stcore/stream" in w["url"]]
    if sockets:
        socket = sockets[0]
        p["ws: created"] = socket["created"]
        if socket["open"] is not None:
            p["ws: open"] = socket["open"]
        if socket["sent"]:
            p["ws: first message sent (rerun request)"] = socket["sent"][0]
        received = socket["received"]
        if received:
            p["ws: first message received"] = received[0][0]
            p["ws: last message received"] = received[-1][0]
            p["ws: messages received"] = len(received)
            p["ws: kB received"] = sum(size for _, size in received) / 1000
        for (at, _), kind in zip(received, kinds, strict=False):
            if kind == "delta" and "ws: first element received" not in p:
                p["ws: first element received"] = at
            if kind == "page_not_found":
                run.page_not_found = True
                p["ws: page_not_found message"] = at
            if kind == "script_finished":
                p.setdefault("ws: first run finished", at)
                p["ws: last run finished"] = at
        if "ws: first run finished" in p and "ws: first message sent (rerun request)" in p:
            p["server: first run (request → finished)"] = (
                p["ws: first run finished"] - p["ws: first message sent (rerun request)"]
            )
    tasks = collected["probe"].get("longTasks", [])
    end = collected["probe"]["marks"].get("content_complete", float("inf"))
    p["browser: long tasks (≥ 50 ms) before the end, ms"] = sum(d for start, d in tasks if start < end)
    for name, at in collected["probe"]["marks"].items():
        p[f"seen: {name}"] = at
    run.page_not_found = run.page_not_found or "seen: page_not_found_dialog" in p
    return run


def _open(context, url: str) -> Run:
    page = context.new_page()
    page.add_init_script(_PROBE_JS)
    payloads: list[bytes] = []

    def on_socket(socket) -> None:
        if "/_stcore/stream" in socket.url:
            socket.on("framereceived", lambda payload: payloads.append(payload))

    page.on("websocket", on_socket)
    page.goto(url, timeout=PAGE_TIMEOUT_MS)
    page.wait_for_function("() => 'content_complete' in (window.__firstpaint?.marks ?? {})",
                           timeout=PAGE_TIMEOUT_MS)  # fmt: skip
    collected = page.evaluate(_COLLECT_JS)
    page.close()
    return _phases(collected, _decode([p if isinstance(p, bytes) else p.encode() for p in payloads]))


def measure(url: str, runs: int) -> dict[str, list[Run]]:
    from playwright.sync_api import sync_playwright

    results: dict[str, list[Run]] = {"cold cache": [], "warm cache": []}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                context = browser.new_context(viewport=VIEWPORT, locale=LOCALE)
                results["cold cache"].append(_open(context, url))
                results["warm cache"].append(_open(context, url))
                context.close()
        finally:
            browser.close()
    return results


def report(results: dict[str, list[Run]]) -> str:
    names: list[str] = []
    for runs in results.values():
        for run in runs:
            names.extend(name for name in run.phases if name not in names)
    order = sorted(names, key=lambda n: _order_key(n, results))
    modes = list(results)
    lines = [f"{'phase (ms from navigation start; median)':<46}" + "".join(f"{m:>14}" for m in modes)]
    for name in order:
        cells = []
        for mode in modes:
            values = [run.phases[name] for run in results[mode] if name in run.phases]
            cells.append(f"{statistics.median(values):>14.0f}" if values else f"{'–':>14}")
        lines.append(f"{name:<46}" + "".join(cells))
    for mode in modes:
        found = sum(run.page_not_found for run in results[mode])
        lines.append(f"'Page not found' ({mode}): {found} of {len(results[mode])} runs")
    return "\n".join(lines)


def _order_key(name: str, results: dict[str, list[Run]]) -> tuple[int, float]:
    """Counts and sizes last; moments in the order they happened (median of the cold runs)."""
    if name.endswith(("files", "kB over the wire", "kB decoded", "messages received", "kB received")):
        return (1, 0.0)
    if name.startswith(("server:", "browser:")):
        return (2, 0.0)
    values = [run.phases[name] for runs in results.values() for run in runs if name in run.phases]
    return (0, statistics.median(values) if values else 0.0)


def main(url: str, runs: int = DEFAULT_RUNS, data: str | None = None) -> int:
    server = None
    if data:
        scratch = Path(tempfile.mkdtemp(prefix="ntm-firstpaint-"))
        server, base = start_server(Path(data), scratch / "cache", scratch / "server.log")
        url = base + (url if url.startswith("/") else "/" + url)
        # The first page after a start pays for imports and the store: open it once, unmeasured.
        _warm_server(url)
    try:
        started = time.monotonic()
        results = measure(url, runs)
        print(f"{url}: {runs} runs per mode in {time.monotonic() - started:.1f} s")
        print(report(results))
    finally:
        if server is not None:
            stop_server(server)
    return 0


def _warm_server(url: str) -> None:
    measure(url, 1)
