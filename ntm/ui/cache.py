"""Caching in one place: the store per data version, and every result a page shows, shared between viewers.

How caching works (three entry points; the function itself is passed, so an IDE follows the data path):
- `query(fn, *args)`: a function of `ntm.queries`, run on its own cursor of the current store.
- `computed(fn, *args)`: any other function of the ntm core (figures, tables, charts), e.g.
  `computed(scorecard, query(criterion_matrix, filters), "name")` or `computed(bins_bar, bins, lang, …)`.
- `file_resource(fn, path, *args)`: a core function that reads a file or data folder itself (map outlines,
  the template choices), kept until that file or the folder's tables change.
A call is keyed by one text (`_key`): function, data version, arguments. A frame that `query` or `computed`
returned in this script run is named by the call that made it (cheap); any other frame by its content.
Results are shared resources: a caller gets a shallow copy of a frame (pandas' copy-on-write makes changing
it safe) and a deep copy of a dict, list or tuple; a figure or outline is shared as is: never change one.
The published data is resolved once per run; if it cannot be loaded, the last good version is served and
each page says which file is broken. `clear_results()` forgets results; `clear_caches()` also the store.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import decimal
import enum
import hashlib
import sys
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

# Each session runs its script in its own thread; the memo of a run lives in that thread.
_thread = threading.local()
# Outside a script run (tests, tools) nothing marks where a run ends: remember the last few frames only.
_MADE_OUTSIDE_A_RUN = 64


def _this_run() -> dict:
    """A memo for the current script run, new at the start of every run (outside a run: one per thread)."""
    run = script_run_marker()
    memo = getattr(_thread, "memo", None)
    if memo is None or memo[0] is not run:
        memo = (run, {})
        _thread.memo = memo
    return memo[1]


def current_data() -> CurrentData:
    """The store to serve now, and the problems of newer data when it is the last good version instead.

    Resolved once per script run: every query of a page would otherwise read CURRENT and stat every
    table file again (a fifth of a cached rerun's time).
    """
    if script_run_marker() is None:  # tests and tools: the data may change between any two calls
        return _published_data()
    memo = _this_run()
    if "data" not in memo:
        memo["data"] = _published_data()
    return memo["data"]


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


def _checked_name(function, allowed: str, refused: tuple[str, ...], what: str) -> str:
    """`module:name` of a module-level function under the `allowed` prefix (and none of `refused`): the
    key names the function, so a lambda or a nested function (many share a name) could collide."""
    module = getattr(function, "__module__", None) or ""
    name = getattr(function, "__qualname__", None) or ""
    if (
        not module.startswith(allowed)
        or module.startswith(refused)
        or getattr(sys.modules.get(module), name, None) is not function
    ):
        raise ValueError(f"not {what}: {function!r}")
    return f"{module}:{name}"


def _query_name(function) -> str:
    return _checked_name(function, "ntm.queries", (), "a query of ntm.queries")


def _core_name(function) -> str:
    return _checked_name(function, "ntm.", ("ntm.ui", "ntm.queries"), "a function of the ntm core")


def _key(value) -> str:
    """A short exact text for an argument of a cached function, cheaper than Streamlit's hashing.

    Frames are named by where they came from (the `query` or `computed` call and its arguments) when
    made in this run, else by their content: hashing a frame's content on every rerun cost more than
    building some of the figures it keys.
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


def _made_this_run() -> dict[int, tuple[object, str]]:
    """Frames that `query` and `computed` returned in this script run, by id, with their key (the frame is
    held, so its id cannot be reused within the run)."""
    made = _this_run().setdefault("made", {})
    if script_run_marker() is None and len(made) > _MADE_OUTSIDE_A_RUN:
        made.clear()
    return made


def _handed_out(value, key: str):
    """What a caller gets from the shared caches: a copy it may change without touching the cache.

    Frames are copied shallowly, which pandas' copy-on-write makes safe (the data is copied only if the
    copy is written to); st.cache_data instead unpickled every result on every rerun, a tenth of a
    rerun's time. Plain containers (metadata, a list of codes) are small and deep-copied. Anything else
    (a plotly figure: validating one was a third of a rerun; map outlines) is shared as it is.
    """
    if isinstance(value, (pd.DataFrame, pd.Series)):
        own = value.copy(deep=False)
        _made_this_run()[id(own)] = (own, key)
        return own
    if isinstance(value, (dict, list, tuple, set)):
        return copy.deepcopy(value)
    return value


def _versioned_key(name: str, version: str, arguments: tuple) -> str:
    """The one text a cached call is keyed by: what is called, on which data version, with what."""
    return f"{name}|{version}|{_key(arguments)}"


# Resources, not data: results are shared and every caller gets `_handed_out` of them. Arguments with a
# leading underscore are not hashed by Streamlit: the key says everything they hold.
@st.cache_resource(max_entries=1024, show_spinner=False)
def _cached_query(key: str, _function, _args: tuple, _store_to_use: Store):
    cursor = _store_to_use.cursor()
    try:
        return _function(cursor, *_args)
    finally:
        cursor.close()


@st.cache_resource(max_entries=1536, show_spinner=False)
def _cached_computation(key: str, _function, _args: tuple):
    return _function(*_args)


@st.cache_resource(max_entries=16, show_spinner=False)
def _cached_file_reading(key: str, _function, _args: tuple):
    return _function(*_args)


def query(function, *args):
    """`function(cursor, *args)` for a query of `ntm.queries`, on its own cursor of the current store,
    cached per data version and arguments."""
    name = _query_name(function)
    store = current_store()
    key = _versioned_key(name, f"{store.data_dir}|{store.version}", args)
    return _handed_out(_cached_query(key, function, args, store), key)


def computed(function, *args):
    """`function(*args)` for a function of the ntm core (a figure, a table, a plotly chart), computed once
    per data version and arguments and shared by every viewer. Pass frames as `query` or `computed`
    returned them: they are then keyed by the call that made them."""
    name = _core_name(function)
    store = current_store()
    key = _versioned_key(name, f"{store.data_dir}|{store.version}", args)
    return _handed_out(_cached_computation(key, function, args), key)


def file_resource(function, path: Path, *args):
    """`function(path, *args)` for a core function that reads `path` itself rather than the store, read
    again when it changes: a file by its size, time and inode (or its absence), a data folder by the
    version of its published tables. Works while the store cannot be built (the data page needs it then)."""
    name = _core_name(function)
    key = _versioned_key(name, _file_version(Path(path)), args)
    return _handed_out(_cached_file_reading(key, function, (path, *args)), key)


def _file_version(path: Path) -> str:
    if path.is_dir():
        return f"{path}|{data_version(published_dir(path))}"
    try:
        stat = path.stat()
    except OSError:  # no file (or none that can be read): the function says what that means
        return f"{path}|absent"
    # The inode too: an atomic replace (write, then rename) may keep the size and the time's resolution.
    return f"{path}|{stat.st_mtime_ns}|{stat.st_size}|{stat.st_ino}"


def clear_results() -> None:
    """Forgets every cached result and figure (as for a viewer after a new import); the store stays open."""
    _cached_file_reading.clear()
    _cached_computation.clear()
    _cached_query.clear()


def clear_caches() -> None:
    clear_results()
    _store.clear()
    _last_good.clear()
    with _lock:
        _failed_builds.clear()
        _remembered.clear()
