"""`python -m tools bench|loadtest|serve|firstpaint`: the page benchmark, the load test (see README,
"Speed"), the app served by several processes behind HAProxy (`make serve`, README "Deployment") and
where the time goes when a shared link opens (`firstpaint`)."""

from __future__ import annotations

import argparse

from ntm.sample import SCALES


def _bench(args: argparse.Namespace) -> int:
    from tools.bench import main

    return main(args.scales, args.runs, args.out, args.markdown)


def _loadtest(args: argparse.Namespace) -> int:
    from tools.loadtest import main

    return main(
        args.sessions, args.scale, args.data, args.timeout, args.log_dir, args.ramp, args.client,
        processes=args.processes, same_link=args.same_link, kill_after_s=args.kill_after,
    )  # fmt: skip


def _serve(args: argparse.Namespace) -> int:
    from tools.serve import main

    return main(args.processes, args.host, args.port, args.backend_port, args.run_dir)


def _firstpaint(args: argparse.Namespace) -> int:
    from tools.firstpaint import main

    return main(args.url, args.runs, args.data)


def build_parser() -> argparse.ArgumentParser:
    from tools.loadtest import CLIENTS, DEFAULT_RAMP_S, DEFAULT_SESSIONS
    from tools.serve import BACKEND_PORT, default_processes

    parser = argparse.ArgumentParser(prog="python -m tools", description="NTM Dashboard developer tools")
    commands = parser.add_subparsers(dest="command", required=True)

    bench = commands.add_parser(
        "bench", help="time every page's first load and filter changes at each data scale (a benchmark)"
    )
    bench.add_argument("--scales", default=",".join(SCALES), help="comma-separated scales")
    bench.add_argument("--runs", type=int, default=5, help="timed runs per page; medians are reported")
    bench.add_argument("--out", help="keep the generated data here (default: a temporary folder, removed)")
    bench.add_argument("--markdown", help="also write the table to this file")
    bench.set_defaults(handler=_bench)

    loadtest = commands.add_parser(
        "loadtest",
        help="open many sessions at once on the app (loopback only) and report rerun times and memory",
    )
    loadtest.add_argument(
        "--client",
        choices=CLIENTS,
        default=CLIENTS[0],
        help="ws: Streamlit's websocket protocol, no browser (times measure the server); "
        "browser: headless Chromium pages (on a small machine their rendering dominates the times)",
    )
    loadtest.add_argument("--sessions", type=int, default=DEFAULT_SESSIONS, help="concurrent sessions")
    loadtest.add_argument("--scale", choices=SCALES, default="province")
    loadtest.add_argument("--data", help="serve this data folder instead of a freshly written sample")
    loadtest.add_argument(
        "--ramp", type=float, default=DEFAULT_RAMP_S, help="seconds between the starts of two sessions"
    )
    loadtest.add_argument("--timeout", type=float, default=900, help="overall limit in seconds")
    loadtest.add_argument("--log-dir", help="where the server log goes (default: artifacts/logs)")
    loadtest.add_argument(
        "--processes",
        type=int,
        default=0,
        help="0 (default): one Streamlit process, reached directly, as `make run`; N: N processes behind "
        "HAProxy under supervisord, as `make serve`",
    )
    loadtest.add_argument(
        "--same-link",
        action="store_true",
        help="every session first opens the same link (the chair's), then makes its own 3 filter changes",
    )
    loadtest.add_argument(
        "--kill-after",
        type=float,
        help="with --processes ≥ 2: SIGKILL Streamlit process 1 this many seconds after the sessions start",
    )
    loadtest.set_defaults(handler=_loadtest)

    serve = commands.add_parser(
        "serve", help="N Streamlit processes behind HAProxy, supervised in the foreground (make serve)"
    )
    serve.add_argument("--processes", type=int, default=default_processes(), help="default: the cores")
    serve.add_argument("--host", default="127.0.0.1", help="the proxy's address")
    serve.add_argument("--port", type=int, default=8501, help="the proxy's port")
    serve.add_argument(
        "--backend-port", type=int, default=BACKEND_PORT, help="process k listens on this + k (loopback)"
    )
    serve.add_argument("--run-dir", help="HAProxy's written configuration and supervisor's socket")
    serve.set_defaults(handler=_serve)

    firstpaint = commands.add_parser(
        "firstpaint",
        help="open a link in headless Chromium (cold and warm cache) and print where the time goes",
    )
    firstpaint.add_argument("url", help="the link; with --data, a path such as /tong-quan?period=2026-H1")
    firstpaint.add_argument("--runs", type=int, default=5, help="openings per cache mode; medians are shown")
    firstpaint.add_argument("--data", help="start the app on this data folder (loopback) and open the path")
    firstpaint.set_defaults(handler=_firstpaint)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    raise SystemExit(main())
