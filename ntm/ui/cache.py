"""Caching in one place: the store per data version (resource) and query results keyed by data version.

When the published data cannot be loaded (a corrupted or half-copied file), viewers keep the last good
version and are told which file is broken: the dashboard never goes dark over one bad file.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import decimal
import enum
import hashlib
import importlib
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import streamlit as st

from ntm.settings import cache_dir, data_dir
from ntm.store.database import Store, data_version, last_good_store, remember_good
from ntm.store.problems import DataError, Problem
from ntm.store.versions import published_dir
from ntm.ui.streamlit_internals import script_run_marker


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
    run = script_run_marker()
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


def _key(value) -> str:
    """A short exact text for an argument of a cached function, cheaper than Streamlit's hashing.

    Frames are named by where they came from (the query or derived function and its arguments) when
    `query` or `derived` made them in this run, else by their content: hashing a frame's content on every
    rerun cost more than building some of the figures it keys.
    """
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return f"{type(value).__name__}:{value!r}"
    if isinstance(value, (tuple, list)):
        return f"{type(value).__name__}({','.join(_key(v) for v in value)})"
    if isinstance(value, (set, frozenset)):
        return f"{type(value).__name__}({','.join(sorted(_key(v) for v in value))})"
    if isinstance(value, dict):
        return f"dict({','.join(sorted(f'{_key(k)}={_key(v)}' for k, v in value.items()))})"
    identity = getattr(value, "cache_identity", None)
    if isinstance(identity, str) and identity:  # large values that name themselves (map outlines)
        return f"{type(value).__qualname__}:{identity}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ",".join(f"{f.name}={_key(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__module__}.{type(value).__qualname__}({fields})"
    if isinstance(value, (pd.DataFrame, pd.Series)):
        made = _made_this_run().get(id(value))
        if made is not None and made[0] is value:
            return made[1]
        return _content_key(value)
    if isinstance(value, (np.generic, datetime.date, datetime.time, decimal.Decimal, pd.Timestamp)):
        return f"{type(value).__name__}:{value!r}"
    if isinstance(value, enum.Enum):
        return f"{type(value).__qualname__}.{value.name}"
    raise TypeError(f"no cache key for a {type(value).__name__}: pass plain values, tuples or frames")


def _content_key(frame: pd.DataFrame | pd.Series) -> str:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr((type(frame).__name__, frame.shape)).encode())
    if isinstance(frame, pd.DataFrame):
        digest.update(repr([(str(c), str(t)) for c, t in frame.dtypes.items()]).encode())
    else:
        digest.update(repr((frame.name, str(frame.dtype))).encode())
    digest.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    return f"content:{digest.hexdigest()}"


_MADE_OUTSIDE_A_RUN = 64


def _made_this_run() -> dict[int, tuple[object, str]]:
    """Frames that `query` and `derived` returned in this script run, by id, with their key (the frame is
    held, so its id cannot be reused within the run)."""
    run = script_run_marker()
    made = getattr(_this_run, "made", None)
    # Outside a script run (tests, tools) nothing marks where a run ends: keep the last few only.
    if made is None or made[0] is not run or (run is None and len(made[1]) > _MADE_OUTSIDE_A_RUN):
        made = (run, {})
        _this_run.made = made
    return made[1]


def _remember(frame, key: str):
    if isinstance(frame, (pd.DataFrame, pd.Series)):
        _made_this_run()[id(frame)] = (frame, key)
    return frame


def _name(function) -> str:
    return f"{function.__module__}:{function.__name__}"


def _own_copy(value):
    """What a caller gets from the shared caches: a copy it may change without touching the cache.

    Frames are copied shallowly, which pandas' copy-on-write makes safe (the data is copied only if
    the copy is written to); st.cache_data instead unpickled every result on every rerun, a tenth of a
    rerun's time. Other results (a dict of metadata, a list of codes) are small and deep-copied.
    """
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return value.copy(deep=False)
    return copy.deepcopy(value)


# Each cached function is keyed by one text (`key`): the function, the data version and the arguments.
# Arguments with a leading underscore are not hashed by Streamlit. Resources, not data: results are
# shared and every caller gets `_own_copy` of them.
@st.cache_resource(max_entries=1024, show_spinner=False)
def _cached_query(key: str, _query_name: str, _args: tuple, _store_to_use: Store):
    function = _query_function(_query_name)
    cursor = _store_to_use.cursor()
    try:
        return function(cursor, *_args)
    finally:
        cursor.close()


def _versioned_key(name: str, store: Store, arguments: str) -> str:
    """The one text a cached call is keyed by: what is called, on which data version, with what."""
    return f"{name}|{store.data_dir}|{store.version}|{arguments}"


def _query_key(query_name: str, args: tuple, store: Store) -> str:
    return _versioned_key(query_name, store, _key(args))


def query(function, *args):
    """Runs a query function of `ntm.queries` on its own cursor, cached per data version and arguments."""
    name = _name(function)
    if _query_function(name) is not function:
        raise ValueError(f"not a query of ntm.queries: {function!r}")
    store = current_store()
    key = _query_key(name, args, store)
    return _remember(_own_copy(_cached_query(key, name, args, store)), key)


def _pure_function(name: str):
    module_name, _, function_name = name.rpartition(":")
    if not module_name.startswith("ntm.") or module_name.startswith("ntm.ui"):
        raise ValueError(f"not a function of the ntm core: {name}")
    return getattr(importlib.import_module(module_name), function_name)


@st.cache_resource(max_entries=1024, show_spinner=False)
def _cached_derived(key: str, _function_name: str, _sources: tuple, _extra: tuple, _store_to_use: Store):
    inputs = [_own_copy(_cached_query(source, name, args, _store_to_use)) for source, name, args in _sources]
    return _pure_function(_function_name)(*inputs, *_extra)


def derived(function, sources: list[tuple], *extra):
    """`function(*results of the source queries, *extra)`, cached like the queries themselves.

    Each source is `(query function, *its arguments)`. Many viewers of one scope share the figures
    built from its rows (scorecard, ranking, bins) instead of each rebuilding them in pandas.
    """
    name = _name(function)
    if _pure_function(name) is not function:
        raise ValueError(f"not a function of the ntm core: {function!r}")
    store = current_store()
    keyed = []
    for query_function, *args in sources:
        query_name = _name(query_function)
        if _query_function(query_name) is not query_function:
            raise ValueError(f"not a query of ntm.queries: {query_function!r}")
        keyed.append((_query_key(query_name, tuple(args), store), query_name, tuple(args)))
    key = _versioned_key(name, store, f"{'&'.join(k for k, _, _ in keyed)}|{_key(extra)}")
    return _remember(_own_copy(_cached_derived(key, name, tuple(keyed), extra, store)), key)


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


# A resource, not data: viewers share the figure object itself (never changed once built; st.plotly_chart
# and the PNG download read it, and the PNG draws a copy), so a hit costs no unpickling and no validation.
@st.cache_resource(max_entries=512, show_spinner=False)
def _cached_chart(key: str, _function_name: str, _args: tuple):
    return _chart_function(_function_name)(*_args)


def _chart_function(name: str):
    module_name, _, function_name = name.rpartition(":")
    if not module_name.startswith("ntm.charts"):
        raise ValueError(f"not a figure of ntm.charts: {name}")
    return getattr(importlib.import_module(module_name), function_name)


def chart(function, *args):
    """The figure `function(*args)` of `ntm.charts`, built once per data version and arguments.

    Plotly validates every property as a figure is built: that was a third of a cached rerun, and
    every viewer of a scope asked for the same figures. The figure returned is shared: do not change it.
    """
    name = _name(function)
    if _chart_function(name) is not function:
        raise ValueError(f"not a figure of ntm.charts: {function!r}")
    store = current_store()
    return _cached_chart(_versioned_key(name, store, _key(args)), name, args)


@st.cache_resource(max_entries=128, show_spinner=False)
def _cached_assembly(key: str, _build):
    return _build()


def assembled(name: str, parts: tuple, build):
    """`build()` once per data version and `parts` (keyed as `chart` keys its arguments), shared by every
    viewer: for a figure a page assembles from several queries (the map's small multiples). `parts`
    must name everything `build` depends on besides the data."""
    store = current_store()
    return _cached_assembly(_versioned_key(name, store, _key(parts)), build)


def clear_results() -> None:
    """Forgets every cached result and figure (as for a viewer after a new import); the store stays open."""
    _cached_assembly.clear()
    _cached_chart.clear()
    _cached_reading.clear()
    _cached_derived.clear()
    _cached_query.clear()


def clear_caches() -> None:
    clear_results()
    _store.clear()
    _last_good.clear()
    with _lock:
        _failed_builds.clear()
        _remembered.clear()
