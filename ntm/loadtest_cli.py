"""`python -m ntm loadtest`: the command line of ntm.loadtest."""

from __future__ import annotations

import argparse


def _run(args: argparse.Namespace) -> int:
    from ntm.loadtest import main

    return main(args.sessions, args.scale, args.data, args.timeout, args.log_dir, args.ramp, args.client)


def add_parser(commands) -> None:
    from ntm.loadtest import CLIENTS, DEFAULT_RAMP_S, DEFAULT_SESSIONS

    loadtest = commands.add_parser(
        "loadtest",
        help="open many browser sessions at once on the app (loopback only) and report rerun times and memory",
    )
    loadtest.add_argument(
        "--client",
        choices=CLIENTS,
        default=CLIENTS[0],
        help="ws: Streamlit's websocket protocol, no browser (times measure the server); "
        "browser: headless Chromium pages (on a small machine their rendering dominates the times)",
    )
    loadtest.add_argument("--sessions", type=int, default=DEFAULT_SESSIONS, help="concurrent sessions")
    loadtest.add_argument("--scale", choices=("district", "province", "national"), default="province")
    loadtest.add_argument("--data", help="serve this data folder instead of a freshly written sample")
    loadtest.add_argument(
        "--ramp", type=float, default=DEFAULT_RAMP_S, help="seconds between the starts of two sessions"
    )
    loadtest.add_argument("--timeout", type=float, default=900, help="overall limit in seconds")
    loadtest.add_argument("--log-dir", help="where the server log goes (default: artifacts/logs)")
    loadtest.set_defaults(handler=_run)
