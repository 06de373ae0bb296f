"""What the load test and the browser tests share: Debian's Chromium and its flags, a free loopback
port, the app started as `make run` starts it (in its own process group), its health, and the
memory and CPU of a process group."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

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
# Lines of the server log that mean something went wrong for somebody.
_LOG_PROBLEM = re.compile(r"Traceback|Exception|\bERROR\b|\bError\b")


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
