"""`python -m tools serve` (= `make serve`): N Streamlit processes behind HAProxy, supervised by Debian's
supervisor in the foreground, from the configurations shipped in deploy/. Also the same stack started
and stopped from Python (`ServedStack`) for the load test and the tests, on free loopback ports."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ntm.settings import PROJECT_ROOT
from tools.browser import LOOPBACK, free_port, is_healthy

DEPLOY_DIR = PROJECT_ROOT / "deploy"
HAPROXY_CONFIG = DEPLOY_DIR / "haproxy.cfg"
SUPERVISOR_CONFIG = DEPLOY_DIR / "supervisord.conf"
HAPROXY = Path("/usr/sbin/haproxy")
SUPERVISORD = Path("/usr/bin/supervisord")
SUPERVISORCTL = Path("/usr/bin/supervisorctl")
# Process k listens on BACKEND_PORT + k (8601, 8602, … as in deploy/haproxy.cfg).
BACKEND_PORT = 8600
STACK_START_TIMEOUT_S = 120
_SERVER_LINE = re.compile(r"^(\s*)server\s+\S+\s+\S+.*$", re.M)
_BIND_LINE = re.compile(r"^(\s*)bind\s+\S+\s*$", re.M)


def default_processes() -> int:
    return os.cpu_count() or 1


def haproxy_config(template: str, host: str, port: int, backend_ports: list[int]) -> str:
    """deploy/haproxy.cfg with its plain `bind` line on host:port and one `server` line per process."""
    servers = list(_SERVER_LINE.finditer(template))
    binds = list(_BIND_LINE.finditer(template))
    if not servers or len(binds) != 1:
        raise ValueError("deploy/haproxy.cfg must hold one plain `bind` line and at least one `server` line")
    indent = servers[0].group(1)
    lines = "\n".join(
        f"{indent}server ntm{k} {LOOPBACK}:{p} cookie ntm{k}" for k, p in enumerate(backend_ports, start=1)
    )
    # Remove every server line, then put the new ones where the first one was.
    first, last = servers[0].start(), servers[-1].end()
    text = template[:first] + lines + template[last:]
    bind = next(_BIND_LINE.finditer(text))
    address = f"[{host}]" if ":" in host else host
    return text[: bind.start()] + f"{bind.group(1)}bind {address}:{port}" + text[bind.end() :]


def backend_ports(base: int, processes: int) -> list[int]:
    return [base + k for k in range(1, processes + 1)]


def missing_programs() -> list[str]:
    return [str(p) for p in (HAPROXY, SUPERVISORD, SUPERVISORCTL) if not p.exists()]


def stack_environment(
    processes: int, backend_base: int, run_dir: Path, log_dir: Path, extra: dict[str, str] | None = None
) -> dict[str, str]:
    """What deploy/supervisord.conf reads (its %(ENV_…)s values), on top of this process's environment."""
    return {
        **os.environ,
        **(extra or {}),
        "NTM_PROCESSES": str(processes),
        "NTM_BACKEND_PORT": str(backend_base),
        "NTM_RUN_DIR": str(run_dir),
        "NTM_LOG_DIR": str(log_dir),
        "NTM_PYTHON": sys.executable,
        "NTM_PROJECT": str(PROJECT_ROOT),
        "PYTHONUNBUFFERED": "1",
    }


def write_haproxy_config(run_dir: Path, host: str, port: int, ports: list[int]) -> Path:
    path = run_dir / "haproxy.cfg"
    path.write_text(haproxy_config(HAPROXY_CONFIG.read_text(encoding="utf-8"), host, port, ports))
    return path


def free_backend_base(processes: int, attempts: int = 20) -> int:
    """A base port whose next `processes` ports are free on loopback."""
    import socket

    for _ in range(attempts):
        base = free_port() - 1
        try:
            sockets = []
            for p in backend_ports(base, processes):
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                sockets.append(s)
                s.bind((LOOPBACK, p))
            return base
        except OSError:
            continue
        finally:
            for s in sockets:
                s.close()
    raise RuntimeError(f"no {processes} consecutive free loopback ports found")


@dataclass
class ServedStack:
    """The stack of `make serve` run from Python: supervisord (its own session), N Streamlit processes,
    HAProxy on `url`. `stop()` ends them all."""

    supervisor: subprocess.Popen
    url: str
    backend_urls: list[str]
    run_dir: Path
    log_dir: Path

    @property
    def session_id(self) -> int:
        return self.supervisor.pid  # started with start_new_session: its pid is the session's id

    def ctl(self, *args: str) -> str:
        command = [str(SUPERVISORCTL), "-c", str(SUPERVISOR_CONFIG), *args]
        env = stack_environment(len(self.backend_urls), 0, self.run_dir, self.log_dir)
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=30, check=False)
        return done.stdout.strip()

    def backend_pid(self, k: int) -> int | None:
        """The pid of Streamlit process k (1…N), None while it is not running."""
        answer = self.ctl("pid", f"ntm:ntm-{k}")
        return int(answer) if answer.isdigit() and int(answer) > 0 else None

    def kill_backend(self, k: int) -> int:
        """SIGKILL to Streamlit process k, as a crash would end it; returns the pid killed."""
        pid = self.backend_pid(k)
        if pid is None:
            raise RuntimeError(f"process ntm-{k} is not running")
        os.kill(pid, signal.SIGKILL)
        return pid

    def log_paths(self) -> list[Path]:
        return sorted(self.log_dir.glob("ntm-*.log"))

    def stop(self) -> None:
        if self.supervisor.poll() is None:
            self.supervisor.send_signal(signal.SIGTERM)  # supervisord stops its programs, then itself
            try:
                self.supervisor.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.supervisor.pid, signal.SIGKILL)
                self.supervisor.wait(timeout=10)
        # Anything left in the session (a program that ignored the stop) goes too.
        for pid in session_pids(self.session_id):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def start_stack(
    processes: int,
    data_dir: Path,
    cache_dir: Path,
    log_dir: Path,
    run_dir: Path | None = None,
    extra_env: dict[str, str] | None = None,
) -> ServedStack:
    """The `make serve` stack on free loopback ports, healthy through the proxy and at every process."""
    missing = missing_programs()
    if missing:
        raise RuntimeError(f"missing {', '.join(missing)}: apt-get install -y haproxy supervisor")
    run_dir = Path(run_dir or tempfile.mkdtemp(prefix="ntm-serve-"))
    run_dir.mkdir(parents=True, exist_ok=True)
    log_dir.mkdir(parents=True, exist_ok=True)
    base, port = free_backend_base(processes), free_port()
    ports = backend_ports(base, processes)
    write_haproxy_config(run_dir, LOOPBACK, port, ports)
    env = stack_environment(
        processes, base, run_dir, log_dir,
        {**(extra_env or {}), "NTM_DATA_DIR": str(data_dir), "NTM_CACHE_DIR": str(cache_dir)},
    )  # fmt: skip
    supervisor = subprocess.Popen(
        [str(SUPERVISORD), "-n", "-c", str(SUPERVISOR_CONFIG)], cwd=PROJECT_ROOT, env=env,
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    stack = ServedStack(
        supervisor, f"http://{LOOPBACK}:{port}", [f"http://{LOOPBACK}:{p}" for p in ports], run_dir, log_dir
    )
    deadline = time.monotonic() + STACK_START_TIMEOUT_S
    while not (is_healthy(stack.url) and all(is_healthy(u) for u in stack.backend_urls)):
        if supervisor.poll() is not None or time.monotonic() > deadline:
            stack.stop()
            raise RuntimeError(f"the served stack did not start (see {log_dir})")
        time.sleep(0.25)
    return stack


def wait_until_healthy(urls: list[str], timeout_s: float) -> float | None:
    """Seconds until every url answers its health check, None when `timeout_s` passes first."""
    started = time.monotonic()
    while time.monotonic() - started < timeout_s:
        if all(is_healthy(u) for u in urls):
            return time.monotonic() - started
        time.sleep(0.1)
    return None


def session_pids(session_id: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if len(fields) > 3 and fields[3] == str(session_id):
                pids.append(int(entry.name))
    return pids


def session_peak_rss_mb(session_id: int) -> float:
    """The sum of the peak resident memory (VmHWM) of every live process of the session, in MB."""
    total_kb = 0
    for pid in session_pids(session_id):
        try:
            found = re.search(r"^VmHWM:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(), re.M)
        except OSError:
            continue
        total_kb += int(found.group(1)) if found else 0
    return total_kb / 1024


def session_peak_rss_by_program_mb(session_id: int) -> dict[str, float]:
    """Peak resident memory (VmHWM, MB) of each live process of the session, named by its program:
    `port 8601` for a Streamlit process, else the executable's name (haproxy, supervisord)."""
    peaks: dict[str, float] = {}
    for pid in session_pids(session_id):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            arguments = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:
            continue
        port = next((a.split("=", 1)[1] for a in arguments if a.startswith("--server.port=")), None)
        name = (
            f"port {port}" if port else Path(arguments[1] if "python" in arguments[0] else arguments[0]).name
        )
        found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
        if found:
            peaks[name] = peaks.get(name, 0.0) + int(found.group(1)) / 1024
    return peaks


def session_cpu_s(session_id: int) -> float:
    """User + system CPU seconds used so far by the live processes of the session."""
    ticks = 0
    for pid in session_pids(session_id):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def main(processes: int, host: str, port: int, backend_base: int, run_dir: str | None) -> int:
    """`make serve`: writes HAProxy's configuration, then becomes supervisord (foreground; Ctrl-C stops
    everything)."""
    missing = missing_programs()
    if missing:
        print(f"missing {', '.join(missing)}: apt-get install -y haproxy supervisor", file=sys.stderr)
        return 2
    run_path = Path(run_dir) if run_dir else PROJECT_ROOT / ".cache" / "serve"
    log_path = PROJECT_ROOT / "artifacts" / "logs" / "serve"
    run_path.mkdir(parents=True, exist_ok=True)
    log_path.mkdir(parents=True, exist_ok=True)
    config = write_haproxy_config(run_path, host, port, backend_ports(backend_base, processes))
    checked = subprocess.run([str(HAPROXY), "-c", "-q", "-f", str(config)], check=False)
    if checked.returncode != 0:
        return checked.returncode
    env = stack_environment(processes, backend_base, run_path, log_path)
    print(
        f"NTM Dashboard: {processes} Streamlit processes on {LOOPBACK}:{backend_base + 1}…"
        f"{backend_base + processes}, HAProxy on http://{host}:{port}; logs in {log_path}; "
        f"status: supervisorctl -s unix://{run_path / 'supervisor.sock'} status",
        flush=True,
    )
    os.chdir(PROJECT_ROOT)
    os.execve(str(SUPERVISORD), [str(SUPERVISORD), "-n", "-c", str(SUPERVISOR_CONFIG)], env)
    return 0  # not reached
