"""Several Streamlit processes behind HAProxy under supervisord (`make serve`, tools.serve): the shipped
configuration is valid and stays the one served, every process serves the data version published last,
and a process killed during a load test is restarted while its sessions go on elsewhere."""

from __future__ import annotations

import asyncio
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import pytest

from ntm.importing.importer import import_file
from ntm.sample import write_sample
from ntm.store.versions import current_id
from tools.loadtest import run_loadtest
from tools.loadtest_ws import StreamlitSession
from tools.serve import (
    BACKEND_PORT,
    HAPROXY,
    HAPROXY_CONFIG,
    backend_ports,
    haproxy_config,
    start_stack,
    write_haproxy_config,
)

LOG_DIR = Path(__file__).resolve().parents[2] / "artifacts" / "logs"
# Sông Lô in the province sample: 16 xã, Cao Phong (08860) not recognised NTM.
LINK = urlencode({"period": "2019-H1", "province": "26", "district": "253"})
RECOGNITION = "subject_code,tier,decision_no,decision_date\n08860,ntm,99/QĐ-UBND,2018-12-20\n"


@pytest.fixture(scope="module")
def province_data(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("served") / "data"
    write_sample("province", out)
    return out


def _in_thread(coroutine):
    """asyncio.run in a thread of its own (a test session may already hold an event loop)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _recognised(first_metric: str) -> tuple[int, int]:
    found = re.match(r"\s*(\d+)/(\d+)", first_metric)
    assert found, first_metric
    return int(found.group(1)), int(found.group(2))


def test_the_shipped_proxy_configuration_is_valid_and_is_the_one_make_serve_writes(tmp_path) -> None:
    shipped = HAPROXY_CONFIG.read_text(encoding="utf-8")
    assert "cookie NTM_SERVER insert" in shipped  # stickiness that does not depend on the address
    assert haproxy_config(shipped, "127.0.0.1", 8501, backend_ports(BACKEND_PORT, 2)) == shipped
    assert subprocess.run([str(HAPROXY), "-c", "-q", "-f", str(HAPROXY_CONFIG)], check=False).returncode == 0

    written = write_haproxy_config(tmp_path, "0.0.0.0", 80, backend_ports(9000, 3)).read_text()
    assert "    bind 0.0.0.0:80\n" in written
    assert [line.split()[2] for line in written.splitlines() if line.strip().startswith("server ")] == [
        "127.0.0.1:9001",
        "127.0.0.1:9002",
        "127.0.0.1:9003",
    ]
    assert subprocess.run([str(HAPROXY), "-c", "-q", "-f", str(tmp_path / "haproxy.cfg")]).returncode == 0


def test_after_a_publish_every_process_serves_the_new_version_on_its_next_rerun(
    province_data, tmp_path
) -> None:
    stack = start_stack(2, province_data, tmp_path / "cache", LOG_DIR / "served-version", tmp_path / "run")
    try:

        async def two_viewers() -> list[tuple[str, str]]:
            async with (
                StreamlitSession(stack.backend_urls[0]) as first,
                StreamlitSession(stack.backend_urls[1]) as second,
            ):
                before = [(await s.run(LINK)).first_metric() for s in (first, second)]
                # Published by a third process, as the data page of either would publish it.
                result = import_file(province_data, "recognitions.csv", RECOGNITION.encode(), admin="Lan")
                assert result.ok and current_id(province_data), result
                after = [(await s.run()).first_metric() for s in (first, second)]
            return list(zip(before, after, strict=True))

        seen = _in_thread(two_viewers())
    finally:
        stack.stop()
    for before, after in seen:
        recognised, communes = _recognised(before)
        assert _recognised(after) == (recognised + 1, communes), seen
    assert _recognised(seen[0][0]) == _recognised(seen[1][0])


def test_a_process_killed_during_the_load_test_is_restarted_and_its_sessions_see_the_same_view_elsewhere(
    province_data,
) -> None:
    report = run_loadtest(
        sessions=6,
        scale="province",
        data_dir=province_data,
        timeout_s=240,
        log_dir=LOG_DIR,
        ramp_s=0.5,
        processes=2,
        kill_after_s=2.0,
    )
    summary = "\n".join(report.lines())
    assert report.kill is not None and report.kill.ok, summary
    assert report.kill.restarted_pid != report.kill.pid, summary
    assert report.reconnects_s, summary  # some sessions were on the killed process and came back
    assert report.problems == [], summary
    assert report.log_problems == [], summary
    assert len(report.first_loads_s) == 6 and len(report.reruns_s) == 18, summary
