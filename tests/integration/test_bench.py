"""`python -m tools bench`: a benchmark, so these tests check the table it reports, never a time."""

import subprocess
import sys

from ntm.ui.navigation import PAGES
from tools.bench import COLUMNS, markdown_report, target_verdicts
from tools.bench_pages import BARE_PAGE

BENCH_TIMEOUT_S = 240


def _table(report: str) -> list[dict[str, str]]:
    lines = [line for line in report.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    return [
        dict(zip(header, (c.strip() for c in line.strip("|").split("|")), strict=True)) for line in lines[2:]
    ]


def _seconds(cell: str) -> float | None:
    """The median, the first number of `0.123 (0.100–0.150)`; None when the cell holds no time."""
    try:
        return float(cell.split()[0])
    except (IndexError, ValueError):
        return None


def test_bench_at_district_scale_reports_every_page_and_the_bare_page(repo_root, tmp_path):
    markdown = tmp_path / "bench.md"
    cmd = [sys.executable, "-m", "tools", "bench", "--scales", "district", "--runs", "1"]
    cmd += ["--markdown", str(markdown)]
    proc = subprocess.run(
        cmd, cwd=repo_root, capture_output=True, text=True, timeout=BENCH_TIMEOUT_S, stdin=subprocess.DEVNULL
    )
    assert proc.returncode == 0, proc.stderr
    report = markdown.read_text(encoding="utf-8")
    assert report == proc.stdout
    assert "ScriptRunContext" not in proc.stderr  # Streamlit's warnings are silenced

    rows = _table(report)
    assert list(rows[0]) == list(COLUMNS)
    assert [row["page"] for row in rows] == [*(page.name for page in PAGES), BARE_PAGE]
    assert "Errors" not in report, report
    for row in rows:
        assert row["scale"] == "district"
        assert (_seconds(row["first load (s)"]) or 0) > 0, report
        assert (_seconds(row["period change (s)"]) or 0) > 0, report
        if row["page"] in (BARE_PAGE, "data"):  # no place box on these
            assert row["district change (s)"] == "—"
        else:  # the default view is after the reform: the place box offers the whole province and the area
            assert (_seconds(row["district change (s)"]) or 0) > 0, report
        assert float(row["store build (s)"]) > 0
        assert int(row["communes"].replace(",", "")) > 0
        assert float(row["peak RSS serving (MB)"].replace(",", "")) > 0
    assert "Targets at national scale" not in report  # judged only when the national scale ran


def _page(name: str, first: list[float], period: list[float], district: list[float]) -> dict:
    return {
        "name": name,
        "first_load": first,
        "period_change": period,
        "district_change": district,
        "errors": [],
    }


def _scale(scale: str, **extra) -> dict:
    return {
        "scale": scale,
        "communes": 7612,
        "assessment_rows": 14_000_000,
        "sample_s": 11.0,
        "sample_peak_mb": 2500.0,
        "build_s": 35.0,
        "build_peak_mb": 1500.0,
        "serve_peak_mb": 600.0,
        "pages": [_page("overview", [1.0, 2.0, 1.2], [0.2, 0.5, 0.25], [0.1])],
        "bare": _page(BARE_PAGE, [0.003], [0.002], []),
        **extra,
    }


def test_the_report_shows_median_min_and_max_and_judges_national_targets_on_medians():
    report = markdown_report([_scale("national")], runs=3)
    overview = _table(report)[0]
    assert overview["first load (s)"] == "1.200 (1.000–2.000)"
    assert overview["communes"] == "7,612"
    assert overview["peak RSS build (MB)"] == "1,500"
    verdicts = target_verdicts([_scale("national")])
    assert "- overview, first load: 1.200 s (target ≤ 1.5 s): met" in verdicts
    assert "- overview, period change: 0.250 s (target ≤ 0.3 s): met" in verdicts
    assert "- memory, building the store (peak RSS): 1,500 MB (target ≤ 1024 MB): NOT met" in verdicts
    assert target_verdicts([_scale("province")]) == []


def test_a_failed_session_is_listed_and_a_page_without_timings_shows_a_dash():
    failed = _scale("district")
    failed["pages"] = [{**_page("commune", [], [], []), "errors": ["commune, first load: KeyError"]}]
    report = markdown_report([failed], runs=1)
    assert _table(report)[0]["first load (s)"] == "—"
    assert "- district, commune: commune, first load: KeyError" in report
