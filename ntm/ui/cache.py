"""Caching in one place: the store per data version (resource) and query results keyed by data version.

When the published data cannot be loaded (a corrupted or half-copied file), viewers keep the last good
version and are told which file is broken: the dashboard never goes dark over one bad file.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from ntm.problems import DataError, Problem
from ntm.settings import cache_dir, data_dir
from ntm.store import Store, data_version, last_good_store, remember_good
from ntm.versions import published_dir


@dataclass(frozen=True)
class CurrentData:
    store: Store
    # Why the published data is not what is shown (the last good version is); empty when it is.
    broken: tuple[Problem, ...] = ()


@st.cache_resource(max_entries=3, show_spinner=False)
def _store(data_directory: str, version: str) -> Store:
    return Store(Path(data_directory), cache_dir())


@st.cache_resource(max_entries=2, show_spinner=False)
def _last_good(root: str, failed_version: str) -> Store | None:
    return last_good_store(cache_dir(), Path(root))


# A data version that failed to build fails the same way on every rerun: remember it rather than
# reloading every table per interaction (a new file changes the version and is tried afresh).
_failed_builds: dict[str, DataError] = {}
_remembered: set[str] = set()
_lock = threading.Lock()


# One script run resolves the published data once: every query of a page would otherwise read CURRENT
# and stat every table file again (a fifth of a cached rerun's time). Keyed by the run's own cursor dict,
# which Streamlit replaces at the start of every run; each session runs in its own thread.
_this_run = threading.local()


def current_data() -> CurrentData:
    """The store to serve now, and the problems of newer data when it is the last good version instead."""
    context = get_script_run_ctx(suppress_warning=True)
    run = context.cursors if context is not None else None
    remembered = getattr(_this_run, "data", None)
    if run is not None and remembered is not None and remembered[0] is run:
        return remembered[1]
    data = _published_data()
    if run is not None:
        _this_run.data = (run, data)
    return data


def _published_data() -> CurrentData:
    root = data_dir()
    directory = published_dir(root)
    version = data_version(directory)
    failure = _failed_builds.get(version)
    if failure is None:
        try:
            store = _store(str(directory), version)
        except DataError as error:
            with _lock:
                _failed_builds[version] = failure = error
        else:
            if version not in _remembered:
                remember_good(cache_dir(), root, store)
                with _lock:
                    _remembered.add(version)
            return CurrentData(store)
    fallback = _last_good(str(root), version)
    if fallback is None:
        raise failure
    return CurrentData(fallback, tuple(p for p in failure.problems if p.is_error))


def current_store() -> Store:
    """The store of the data as it is now: a new import shows at the next interaction."""
    return current_data().store


def _query_function(name: str):
    module_name, _, function_name = name.rpartition(":")
    if not module_name.startswith("ntm.queries"):
        raise ValueError(f"not a query of ntm.queries: {name}")
    return getattr(importlib.import_module(module_name), function_name)


# `_store_to_use` is not hashed (leading underscore): results are keyed by the data version alone.
@st.cache_data(max_entries=1024, show_spinner=False)
def _cached_query(query_name: str, data_directory: str, version: str, args: tuple, _store_to_use: Store):
    function = _query_function(query_name)
    cursor = _store_to_use.cursor()
    try:
        return function(cursor, *args)
    finally:
        cursor.close()


def query(function, *args):
    """Runs a query function of `ntm.queries` on its own cursor, cached per data version and arguments."""
    name = f"{function.__module__}:{function.__name__}"
    if _query_function(name) is not function:
        raise ValueError(f"not a query of ntm.queries: {function!r}")
    store = current_store()
    return _cached_query(name, str(store.data_dir), store.version, args, store)


def _pure_function(name: str):
    module_name, _, function_name = name.rpartition(":")
    if not module_name.startswith("ntm.") or module_name.startswith("ntm.ui"):
        raise ValueError(f"not a function of the ntm core: {name}")
    return getattr(importlib.import_module(module_name), function_name)


@st.cache_data(max_entries=1024, show_spinner=False)
def _cached_derived(
    function_name: str, sources: tuple, data_directory: str, version: str, extra: tuple, _store_to_use: Store
):
    inputs = [_cached_query(name, data_directory, version, args, _store_to_use) for name, args in sources]
    return _pure_function(function_name)(*inputs, *extra)


def derived(function, sources: list[tuple], *extra):
    """`function(*results of the source queries, *extra)`, cached like the queries themselves.

    Each source is `(query function, *its arguments)`. Many viewers of one scope share the figures
    built from its rows (scorecard, ranking, bins) instead of each rebuilding them in pandas.
    """
    name = f"{function.__module__}:{function.__name__}"
    if _pure_function(name) is not function:
        raise ValueError(f"not a function of the ntm core: {function!r}")
    keyed = []
    for query_function, *args in sources:
        query_name = f"{query_function.__module__}:{query_function.__name__}"
        if _query_function(query_name) is not query_function:
            raise ValueError(f"not a query of ntm.queries: {query_function!r}")
        keyed.append((query_name, tuple(args)))
    store = current_store()
    return _cached_derived(name, tuple(keyed), str(store.data_dir), store.version, extra, store)


@st.cache_data(max_entries=64, show_spinner=False)
def _cached_reading(function_name: str, version: str, args: tuple):
    return _pure_function(function_name)(*args)


def reading(function, *args):
    """`function(*args)` for a core function that reads the published data folder itself (not through
    the store), cached per data version: the data page's template choices scan every period column."""
    name = f"{function.__module__}:{function.__name__}"
    if _pure_function(name) is not function:
        raise ValueError(f"not a function of the ntm core: {function!r}")
    return _cached_reading(name, data_version(published_dir(data_dir())), args)


def clear_caches() -> None:
    _cached_reading.clear()
    _cached_derived.clear()
    _cached_query.clear()
    _store.clear()
    _last_good.clear()
    with _lock:
        _failed_builds.clear()
        _remembered.clear()
