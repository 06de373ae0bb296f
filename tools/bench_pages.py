"""The part of the benchmark that drives the app: every page through AppTest, timed (see tools.bench)."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ntm import queries
from ntm.settings import PROJECT_ROOT

DASHBOARD = PROJECT_ROOT / "dashboard.py"
APP_TIMEOUT_S = 120
BARE_PAGE = "bare Streamlit page"
BARE_SCRIPT = 'import streamlit as st\n\nst.title("x")\nst.selectbox("p", ["a", "b"], key="p")\n'
MEASURES = ("first_load", "period_change", "district_change")


class BenchError(RuntimeError):
    """A phase of the benchmark failed; the message says which and where to look."""


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def pages_phase(scale: str, data_dir: str, cache_dir: str, runs: int) -> dict:
    """Times every page of `PAGES` and the bare page, `runs` times each, after one untimed warm-up pass."""
    os.environ["NTM_DATA_DIR"] = data_dir
    os.environ["NTM_CACHE_DIR"] = cache_dir
    import streamlit as st
    from streamlit import config
    from streamlit.logger import set_log_level
    from streamlit.testing.v1 import AppTest

    from ntm.store.database import Store
    from ntm.ui.cache import clear_results
    from ntm.ui.navigation import PAGES

    # Quiet AppTest's "missing ScriptRunContext" and the like (a failing page is in the report, with
    # its full message); the config is parsed first, or its parsing would put the level back.
    config.get_option("logger.level")
    set_log_level("critical")
    st.set_option("client.showErrorDetails", "full")
    store = Store(Path(data_dir), Path(cache_dir))  # built by the build phase: this only opens it
    picker = _ScopePicker(store)
    load_before = os.getloadavg()[0]

    with tempfile.TemporaryDirectory(prefix="ntm-bench-bare-") as tmp:
        bare_script = Path(tmp) / "bare.py"
        bare_script.write_text(BARE_SCRIPT, encoding="utf-8")

        def page_session(page) -> dict:
            gc.collect()
            # A new visitor after nothing was cached: every result and figure forgotten, the store stays open.
            st.cache_data.clear()
            clear_results()
            app = AppTest.from_file(str(DASHBOARD), default_timeout=APP_TIMEOUT_S)
            app.run()  # opens the session on the default page: not timed
            _raise_on_exception(app, page.name, "opening the session")
            st.cache_data.clear()
            clear_results()
            app.switch_page(page.path)
            timings = {"first_load": _timed(app.run)}
            _raise_on_exception(app, page.name, "first load")
            period = picker.next_period()
            timings["period_change"] = _timed_choice(app, "scope_period", period)
            _raise_on_exception(app, page.name, f"period change to {period}")
            district = picker.next_district(app)
            if district is not None:
                timings["district_change"] = _timed_choice(app, "scope_district", district)
                _raise_on_exception(app, page.name, f"district change to {district}")
            return timings

        def bare_session() -> dict:
            gc.collect()
            st.cache_data.clear()
            clear_results()
            app = AppTest.from_file(str(bare_script), default_timeout=APP_TIMEOUT_S)
            app.run()  # opens the session: not timed, as for the pages
            timings = {"first_load": _timed(app.run)}
            timings["period_change"] = _timed_choice(app, "p", "b")
            return timings

        pages = [{"name": p.name, "path": p.path, "errors": [], **{m: [] for m in MEASURES}} for p in PAGES]
        bare = {"name": BARE_PAGE, "errors": [], **{m: [] for m in MEASURES}}
        for run in range(runs + 1):  # run 0 warms up imports and the store, as on a running server
            progress(f"[{scale}] pages: {'warm-up' if run == 0 else f'run {run}/{runs}'}")
            _record(bare, bare_session, keep=run > 0)
            for page, result in zip(PAGES, pages, strict=True):
                _record(result, lambda page=page: page_session(page), keep=run > 0)
    store.close()
    return {"pages": pages, "bare": bare, "load_average": [load_before, os.getloadavg()[0]]}


class _ScopePicker:
    """Periods and districts to change to: each one not chosen before in this bench, while any is left."""

    def __init__(self, store):
        self._store = store
        cursor = store.cursor()
        try:
            periods = queries.available_periods(cursor)
        finally:
            cursor.close()
        self._periods = list(reversed(periods))[1:]  # the newest is the default view
        self._count = {"period": 0, "district": 0}

    def _next(self, kind: str, options: list[str]) -> str | None:
        if not options:
            return None
        choice = options[self._count[kind] % len(options)]
        self._count[kind] += 1
        return choice

    def next_period(self) -> str | None:
        return self._next("period", self._periods)

    def next_district(self, app) -> str | None:
        """Another district of the chosen province; None when it has no other (the district sample)."""
        try:
            province = app.selectbox(key="scope_province").value
            period = app.selectbox(key="scope_period").value
            current = app.selectbox(key="scope_district").value
        except KeyError:
            return None
        cursor = self._store.cursor()
        try:
            codes = queries.districts(cursor, province, period)["district_code"].tolist()
        finally:
            cursor.close()
        others = [code for code in codes if code != current]
        return self._next("district", others)


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _timed_choice(app, key: str, value: str | None) -> float | None:
    """Time of the rerun after choosing `value` in the selectbox `key` (None when the page has no such box)."""
    if value is None:
        return None
    try:
        box = app.selectbox(key=key)
    except KeyError:
        return None
    box.set_value(value)
    seconds = _timed(app.run)
    chosen = app.selectbox(key=key).value
    if chosen != value:
        raise BenchError(f"choosing {value!r} in {key} left {chosen!r}")
    return seconds


def _raise_on_exception(app, page: str, step: str) -> None:
    """Turns the first exception shown on the page into an error naming its type, message and project line."""
    if not app.exception:
        return
    shown = app.exception[0]
    message = (shown.message or "").strip().splitlines()
    ours = [line.strip() for line in shown.stack_trace if str(PROJECT_ROOT) in line and ".venv" not in line]
    where = f" ({ours[-1].splitlines()[0]})" if ours else ""
    raise BenchError(f"{page}, {step}: {shown.proto.type}: {message[0] if message else ''}{where}")


def _record(result: dict, session: Callable[[], dict], keep: bool) -> None:
    try:
        timings = session()
    except Exception as error:  # a page that fails is reported beside the others, not fatal
        message = str(error) if isinstance(error, BenchError) else f"{type(error).__name__}: {error}"
        result["errors"].append(message if keep else f"{message} (warm-up)")
        return
    if keep:
        for measure in MEASURES:
            if timings.get(measure) is not None:
                result[measure].append(timings[measure])
