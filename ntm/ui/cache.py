"""Caching in one place: the store per data version (resource) and query results keyed by data version."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ntm import queries
from ntm.settings import cache_dir, data_dir
from ntm.store import Store, data_version


@st.cache_resource(max_entries=3, show_spinner=False)
def _store(data_directory: str, version: str) -> Store:
    return Store(Path(data_directory), cache_dir())


def current_store() -> Store:
    """The store of the data as it is now: a new import shows at the next interaction."""
    directory = data_dir()
    return _store(str(directory), data_version(directory))


@st.cache_data(max_entries=1024, show_spinner=False)
def _cached_query(query_name: str, data_directory: str, version: str, args: tuple):
    store = _store(data_directory, version)
    function = getattr(queries, query_name)
    cursor = store.cursor()
    try:
        return function(cursor, *args)
    finally:
        cursor.close()


def query(function, *args):
    """Runs a query function of `ntm.queries` on its own cursor, cached per data version and arguments."""
    if getattr(queries, function.__name__, None) is not function:
        raise ValueError(f"not a query of ntm.queries: {function!r}")
    store = current_store()
    return _cached_query(function.__name__, str(store.data_dir), store.version, args)


def clear_caches() -> None:
    _cached_query.clear()
    _store.clear()
