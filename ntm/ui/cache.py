"""Caching in one place: the store per data version (resource) and query results keyed by data version."""

from __future__ import annotations

import importlib
from pathlib import Path

import streamlit as st

from ntm.settings import cache_dir, data_dir
from ntm.store import Store, data_version


@st.cache_resource(max_entries=3, show_spinner=False)
def _store(data_directory: str, version: str) -> Store:
    return Store(Path(data_directory), cache_dir())


def current_store() -> Store:
    """The store of the data as it is now: a new import shows at the next interaction."""
    directory = data_dir()
    return _store(str(directory), data_version(directory))


def _query_function(name: str):
    module_name, _, function_name = name.rpartition(":")
    if not module_name.startswith("ntm.queries"):
        raise ValueError(f"not a query of ntm.queries: {name}")
    return getattr(importlib.import_module(module_name), function_name)


@st.cache_data(max_entries=1024, show_spinner=False)
def _cached_query(query_name: str, data_directory: str, version: str, args: tuple):
    store = _store(data_directory, version)
    function = _query_function(query_name)
    cursor = store.cursor()
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
    return _cached_query(name, str(store.data_dir), store.version, args)


def clear_caches() -> None:
    _cached_query.clear()
    _store.clear()
