"""The load test (tools.loadtest) at province scale, with both clients (6 Chromium sessions, 10 websocket
sessions): every session sees its own view and the server logs no error, and a view that is not the
session's is caught. `make bench` runs it with 30 and reports the times; here times are not judged."""

from __future__ import annotations

import asyncio
import dataclasses
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from ntm.sample import write_sample
from tests.browser.helpers import LOG_DIR
from tools.browser import start_server, stop_server
from tools.loadtest import LoadReport, run_loadtest, targets_p95_s
from tools.loadtest_views import most_at_once, percentile, plan_views


@pytest.fixture(scope="module")
def province_data(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("loadtest") / "data"
    write_sample("province", out)
    return out


def test_neighbouring_sessions_ask_for_different_views_that_the_data_tells_apart(
    province_data, tmp_path
) -> None:
    _, plans = plan_views(province_data, tmp_path / "cache", 6)
    assert len(plans) == 6 and all(len(views) == 4 for views in plans)
    firsts = [(views[0].district_code, views[0].period) for views in plans]
    assert len(set(firsts)) == 6
    # Districts differ in their number of communes, so a session shown another's district is caught.
    assert len({views[0].communes for views in plans}) > 1
    for views in plans:
        assert views[1].district_code == views[0].district_code and views[1].period != views[0].period
        assert views[2].district_code != views[1].district_code


def test_six_concurrent_browser_sessions_each_see_their_own_view_without_errors(province_data) -> None:
    report = run_loadtest(
        sessions=6, scale="province", data_dir=province_data, timeout_s=600, log_dir=LOG_DIR, client="browser"
    )
    summary = "\n".join(report.lines())
    assert report.client == "browser", summary
    assert report.problems == [], summary
    assert report.log_problems == [], summary
    assert len(report.first_loads_s) == 6, summary
    assert len(report.reruns_s) == 18, summary
    assert report.peak_rss_mb > 50, summary


def test_ten_websocket_sessions_each_see_their_own_view_without_errors(province_data) -> None:
    report = run_loadtest(
        sessions=10, scale="province", data_dir=province_data, timeout_s=300, log_dir=LOG_DIR, client="ws"
    )
    summary = "\n".join(report.lines())
    assert report.client == "ws", summary
    assert report.problems == [], summary
    assert report.log_problems == [], summary
    assert len(report.first_loads_s) == 10, summary
    assert len(report.reruns_s) == 30, summary
    assert report.peak_rss_mb > 50, summary
    assert report.ok, summary
    # Every page stays open until all have seen their views: the ten are connected at once.
    assert report.most_sessions_open == 10, summary
    assert 1 <= report.most_views_in_flight <= 10, summary
    assert "at most 10 sessions open at once" in summary


def test_the_websocket_client_catches_a_view_that_is_not_the_sessions(province_data, tmp_path) -> None:
    from tools.loadtest_ws import run_sessions

    cache_dir = tmp_path / "cache"
    province, plans = plan_views(province_data, cache_dir, 4)
    other_district = next(v.district_name for v in plans[3] if v.district_name != plans[0][1].district_name)
    # The same clicks, wrong expectations: session 0 expects another district's name after its period
    # change, session 1 one commune more on its first load, session 2 after its district change.
    plans[0][1] = dataclasses.replace(plans[0][1], district_name=other_district)
    plans[1][0] = dataclasses.replace(plans[1][0], communes=plans[1][0].communes + 1)
    plans[2][2] = dataclasses.replace(plans[2][2], communes=plans[2][2].communes + 1)
    process, url = start_server(province_data, cache_dir, tmp_path / "server.log")
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:  # the test session may already run an event loop
            results = pool.submit(asyncio.run, run_sessions(url, province, plans, 0.1)).result(timeout=300)
    finally:
        stop_server(process)
    problems = {r.number: r.problems for r in results}
    assert len(problems[0]) == 1 and "session 0 change 1: caption" in problems[0][0], problems
    assert len(problems[1]) == 1 and "session 1 first load" in problems[1][0], problems
    assert f"expected …/{plans[1][0].communes}" in problems[1][0], problems
    assert len(problems[2]) == 1 and "session 2 change 2" in problems[2][0], problems
    assert problems[3] == [], problems
    # The sessions ran to their end: the views after a wrong one were still checked and timed.
    assert all(len(r.reruns_s) == 3 for r in results), results


def test_percentile_is_the_nearest_rank() -> None:
    values = [float(v) for v in range(1, 21)]
    assert percentile(values, 50) == 10.0
    assert percentile(values, 95) == 19.0
    assert percentile([3.0], 95) == 3.0


def test_most_at_once_counts_overlapping_spans_by_hand() -> None:
    assert most_at_once([]) == 0
    assert most_at_once([(0, 1), (2, 3)]) == 1
    assert most_at_once([(0, 10), (1, 2), (1.5, 3), (2.5, 4)]) == 3  # at 2.5: 0-10, 1.5-3, 2.5-4
    assert most_at_once([(0, 1), (1, 2)]) == 1  # one ends as the next starts


def test_each_mode_is_judged_against_its_own_target() -> None:
    assert targets_p95_s(0.5, same_link=False) == (0.3, 0.3)  # spread: instant
    assert targets_p95_s(0.0, same_link=False) == (2.0, 1.0)  # all at once
    assert targets_p95_s(0.0, same_link=True) == (2.0, 1.0)  # the chair's link
    assert targets_p95_s(0.5, same_link=True) == (2.0, 1.0)
    report = LoadReport(
        sessions=2, scale="province", first_loads_s=[0.5, 1.5], reruns_s=[0.4, 1.2], peak_rss_mb=300.0,
        problems=[], log_problems=[], elapsed_s=10.0, log_path=Path("x.log"), ramp_s=0.0, same_link=True,
        server_cpu_s=1.0, sessions_wall_s=5.0, reruns_by_step_s=[[0.4], [1.2], []],
    )  # fmt: skip
    first, rerun, by_change = report.lines()[1:4]
    assert first.endswith("(target p95 ≤ 2.0: met)"), first
    assert rerun.endswith("(target p95 ≤ 1.0: not met)"), rerun
    assert by_change == (
        "rerun by change (s): 1 period p50 0.40, p95 0.40; 2 district p50 1.20, p95 1.20; 3 period p50 nan, p95 nan"
    )
