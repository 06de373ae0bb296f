"""`python -m tools bench`: the server-side time of every page at each data scale, beside a bare Streamlit page.

Each scale runs in fresh processes, one per phase: writing the sample, building the store (the first
use of a data version), and driving the app through AppTest on the built database. Each phase reports
its own peak RSS, so memory is per phase, never cumulative over scales. A benchmark, not a test:
nothing here fails on a time.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from ntm.sample import SCALES
from ntm.settings import PROJECT_ROOT, setting
from tools.bench_pages import MEASURES, BenchError, pages_phase, progress

# The targets, judged at national scale on the medians.
TARGET_SCALE = "national"
TARGET_FIRST_LOAD_S = 1.5
TARGET_FILTER_CHANGE_S = 0.3
TARGET_MEMORY_MB = 1024


# Timings of one page: first load, then two filter changes in the same session.

COLUMNS = (
    "scale",
    "communes",
    "assessment rows",
    "store build (s)",
    "page",
    "first load (s)",
    "period change (s)",
    "district change (s)",
    "peak RSS serving (MB)",
    "peak RSS build (MB)",
)


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (Linux reports kB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def parse_scales(text: str) -> list[str]:
    scales = [s.strip() for s in text.split(",") if s.strip()]
    unknown = [s for s in scales if s not in SCALES]
    if unknown or not scales:
        raise ValueError(
            f"unknown scale(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(SCALES)}"
        )
    return scales


# ----------------------------------------------------------------------------------------------
# Orchestration (the parent process)


def run_bench(
    scales: Iterable[str], runs: int, out_dir: Path | None = None, log: Callable[[str], None] = print
) -> list[dict]:
    """Measures every scale; the sample data is kept under out_dir/<scale>/ when given, else removed."""
    root = Path(out_dir) if out_dir else Path(tempfile.mkdtemp(prefix="ntm-bench-"))
    results = []
    try:
        for scale in scales:
            data, cache = root / scale / "data", root / scale / "cache"
            data.mkdir(parents=True, exist_ok=True)
            _remove_built_databases(cache)  # the build below must be a first use of the data
            log(f"[{scale}] writing the sample into {data}")
            sample = _run_worker("sample", {"scale": scale, "data_dir": str(data)})
            log(f"[{scale}] sample written in {sample['seconds']:.1f} s; building the store")
            build = _run_worker("build", {"data_dir": str(data), "cache_dir": str(cache)})
            log(f"[{scale}] store built in {build['seconds']:.1f} s; timing the pages ({runs} runs)")
            serve = _run_worker(
                "pages", {"scale": scale, "data_dir": str(data), "cache_dir": str(cache), "runs": runs}
            )
            results.append(
                {
                    "scale": scale,
                    "communes": build["communes"],
                    "assessment_rows": build["assessment_rows"],
                    "sample_s": sample["seconds"],
                    "sample_peak_mb": sample["peak_rss_mb"],
                    "build_s": build["seconds"],
                    "build_peak_mb": build["peak_rss_mb"],
                    "serve_peak_mb": serve["peak_rss_mb"],
                    "pages": serve["pages"],
                    "bare": serve["bare"],
                    "load_average": serve["load_average"],
                }
            )
    finally:
        if out_dir is None:
            shutil.rmtree(root, ignore_errors=True)
    return results


def _remove_built_databases(cache: Path) -> None:
    for path in [*cache.glob("ntm-*.duckdb"), *cache.glob(".ntm-*.building*")]:
        path.unlink()


def _run_worker(phase: str, params: dict) -> dict:
    """Runs one phase in a fresh Python process; its progress goes to stderr, its result through a file."""
    with tempfile.TemporaryDirectory(prefix="ntm-bench-") as tmp:
        result_file = Path(tmp) / "result.json"
        code = "import sys; from tools.bench import worker_main; raise SystemExit(worker_main(sys.argv[1:]))"
        process = subprocess.run(
            [sys.executable, "-c", code, phase, json.dumps(params), str(result_file)],
            cwd=PROJECT_ROOT,
            stdin=subprocess.DEVNULL,
            stdout=2,  # onto stderr (DuckDB's progress bar and the like): stdout is kept for the report
            check=False,
        )
        if process.returncode != 0 or not result_file.exists():
            raise BenchError(
                f"the {phase} phase failed (exit code {process.returncode}); see its output above"
            )
        return json.loads(result_file.read_text(encoding="utf-8"))


# ----------------------------------------------------------------------------------------------
# Phases (each in its own process)


def worker_main(argv: list[str]) -> int:
    phase, params, result_file = argv[0], json.loads(argv[1]), Path(argv[2])
    result = _PHASES[phase](**params)
    result["peak_rss_mb"] = peak_rss_mb()
    result_file.write_text(json.dumps(result), encoding="utf-8")
    return 0


def _sample_phase(scale: str, data_dir: str) -> dict:
    from ntm.sample import write_sample

    started = time.perf_counter()
    rows = write_sample(scale, Path(data_dir))
    return {"seconds": time.perf_counter() - started, "rows": rows}


def _build_phase(data_dir: str, cache_dir: str) -> dict:
    from ntm.store.database import Store

    started = time.perf_counter()
    store = Store(Path(data_dir), Path(cache_dir))
    seconds = time.perf_counter() - started
    try:
        communes = store.frame("SELECT count(DISTINCT unit_code) AS n FROM units WHERE unit_type = 'xã'")
        assessments = store.frame("SELECT count(*) AS n FROM assessments")
    finally:
        store.close()
    return {
        "seconds": seconds,
        "communes": int(communes["n"][0]),
        "assessment_rows": int(assessments["n"][0]),
    }


_PHASES = {"sample": _sample_phase, "build": _build_phase, "pages": pages_phase}


# ----------------------------------------------------------------------------------------------
# The report


def _spread(values: list[float]) -> str:
    """`median (min–max)` in seconds; `—` when nothing was measured."""
    if not values:
        return "—"
    median = f"{statistics.median(values):.3f}"
    return median if len(values) == 1 else f"{median} ({min(values):.3f}–{max(values):.3f})"


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def table_rows(results: list[dict]) -> list[list[str]]:
    rows = []
    for scale in results:
        shared = [
            scale["scale"],
            f"{scale['communes']:,}",
            f"{scale['assessment_rows']:,}",
            f"{scale['build_s']:.1f}",
        ]
        memory = [f"{scale['serve_peak_mb']:,.0f}", f"{scale['build_peak_mb']:,.0f}"]
        for page in [*scale["pages"], scale["bare"]]:
            timings = [_spread(page[measure]) for measure in MEASURES]
            rows.append([*shared, page["name"], *timings, *memory])
    return rows


def target_verdicts(results: list[dict]) -> list[str]:
    """One line per target at national scale, judged on the medians; empty when that scale was not run."""
    national = next((r for r in results if r["scale"] == TARGET_SCALE), None)
    if national is None:
        return []
    lines = []

    def judge(what: str, value: float | None, limit: float, unit: str) -> None:
        if value is None:
            lines.append(f"- {what}: not measured")
            return
        verdict = "met" if value <= limit else "NOT met"
        shown = f"{value:,.0f} {unit}" if unit == "MB" else f"{value:.3f} {unit}"
        lines.append(f"- {what}: {shown} (target ≤ {limit:g} {unit}): {verdict}")

    for page in national["pages"]:
        judge(f"{page['name']}, first load", _median(page["first_load"]), TARGET_FIRST_LOAD_S, "s")
        judge(f"{page['name']}, period change", _median(page["period_change"]), TARGET_FILTER_CHANGE_S, "s")
        judge(
            f"{page['name']}, district change", _median(page["district_change"]), TARGET_FILTER_CHANGE_S, "s"
        )
    judge("memory, serving (peak RSS)", national["serve_peak_mb"], TARGET_MEMORY_MB, "MB")
    judge("memory, building the store (peak RSS)", national["build_peak_mb"], TARGET_MEMORY_MB, "MB")
    return lines


def markdown_report(results: list[dict], runs: int) -> str:
    lines = [
        f"NTM bench, {time.strftime('%Y-%m-%d %H:%M')}: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"streamlit {_version('streamlit')}, duckdb {_version('duckdb')}; "
        f"NTM_DUCKDB_MEMORY={setting('NTM_DUCKDB_MEMORY')}, NTM_DUCKDB_THREADS={setting('NTM_DUCKDB_THREADS')}.",
        "",
        f"Server-side time of one `AppTest.run()`: median (min–max) of {runs} run(s), in seconds.",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join("---" if i in (0, 4) else "---:" for i in range(len(COLUMNS))) + "|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in table_rows(results)]
    loads = "; ".join(
        f"{r['scale']} {r['load_average'][0]:.1f} → {r['load_average'][1]:.1f}"
        for r in results
        if "load_average" in r
    )
    lines += ["", f"Load average (1 min) before → after each scale's page timings: {loads}."] if loads else []
    samples = "; ".join(f"{r['scale']} {r['sample_s']:.1f} s, {r['sample_peak_mb']:,.0f} MB" for r in results)
    lines += [f"Writing the sample (not part of serving): {samples}."] if samples else []
    verdicts = target_verdicts(results)
    lines += ["", f"Targets at {TARGET_SCALE} scale, on the medians:", *verdicts] if verdicts else []
    errors = [
        f"- {scale['scale']}, {page['name']}: {error}"
        for scale in results
        for page in [*scale["pages"], scale["bare"]]
        for error in page["errors"]
    ]
    lines += ["", "Errors (those sessions are left out of the timings):", *errors] if errors else []
    lines += ["", *HOW_MEASURED]
    return "\n".join(lines) + "\n"


HOW_MEASURED = (
    "How it is measured:",
    "- Every scale in fresh processes: one writes the sample, one builds the store (`store build`: "
    "`Store(data, cache)` on a new data version, with its peak RSS), one serves the pages through AppTest "
    "on the built database (`peak RSS serving`: imports, open store, DuckDB buffers, every session).",
    "- One untimed warm-up pass first, as on a server that has already served someone; then each run opens, "
    "for the bare page and for each page, a new AppTest session: a first run of the default page (not timed), "
    "every cached result and figure cleared (`ntm.ui.cache.clear_results`; the store stays open), then:",
    "- first load: the run that renders the page (`switch_page(page).run()`; for the bare page, `run()`);",
    "- period change: the run after choosing a period other than the default (each run takes the next "
    "period, newest first, so different periods and criteria sets are timed); for the bare page, its "
    "selectbox;",
    "- district change: then another district of the same province (none at district scale, which has one).",
    "- AppTest builds a mock runtime and parses every element after each run: the bare page shows that floor.",
)


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


def main(scales: str, runs: int, out_dir: str | None, markdown_file: str | None) -> int:
    """The `bench` command: prints the table (and writes it to markdown_file); progress goes to stderr."""
    try:
        chosen = parse_scales(scales)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if runs < 1:
        print("error: --runs must be at least 1", file=sys.stderr)
        return 2
    try:
        results = run_bench(chosen, runs, Path(out_dir) if out_dir else None, log=progress)
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    report = markdown_report(results, runs)
    print(report, end="")
    if markdown_file:
        Path(markdown_file).write_text(report, encoding="utf-8")
    return 0
