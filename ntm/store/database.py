"""The embedded DuckDB store: one read-only database per data version, built once from the Parquet files.

Building loads every registry table, runs every check (refusing data with errors) and applies the
status engine, in a temporary file that is renamed into place only when complete; so a viewer
never opens half a build and a crash leaves nothing behind. The database is then opened
read-only: no page can change data through it.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

import duckdb
import pandas as pd

from ntm.settings import setting
from ntm.store.checks import check_loaded
from ntm.store.loading import load_tables, structural_problems
from ntm.store.problems import DataError, Problem
from ntm.store.schema import TABLES
from ntm.store.versions import published_dir

# Bump when the derived tables change shape, so old cached databases are rebuilt.
ENGINE_VERSION = "6"

_build_lock = threading.Lock()


def data_version(data_dir: Path) -> str:
    """Changes whenever any table file of the directory is added, removed or rewritten."""
    digest = hashlib.sha1(ENGINE_VERSION.encode())
    data_dir = Path(data_dir).resolve()
    digest.update(str(data_dir).encode())
    for table in TABLES.values():
        path = data_dir / table.file_name
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue
        digest.update(f"{table.file_name}:{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ino}".encode())
    return digest.hexdigest()[:16]


def has_data(data_dir: Path) -> bool:
    return any(Path(data_dir).glob("*.parquet"))


def _connection_config() -> dict:
    return {
        "memory_limit": setting("NTM_DUCKDB_MEMORY"),
        "threads": int(setting("NTM_DUCKDB_THREADS")),
    }


def build_database(data_dir: Path, cache_dir: Path) -> Path:
    """The path of the checked, derived database for this data version, building it if needed."""
    data_dir, cache_dir = Path(data_dir), Path(cache_dir)
    version = data_version(data_dir)
    target = cache_dir / f"ntm-{version}.duckdb"
    if target.exists():
        return target
    with _build_lock:
        if target.exists():
            return target
        problems = structural_problems(data_dir)
        if any(p.is_error for p in problems):
            raise DataError(problems)
        cache_dir.mkdir(parents=True, exist_ok=True)
        temporary = cache_dir / f".ntm-{version}.{os.getpid()}.{threading.get_ident()}.building"
        temporary.unlink(missing_ok=True)
        try:
            con = duckdb.connect(str(temporary), config=_connection_config())
            try:
                load_tables(con, data_dir)
                problems = check_loaded(con)
                if any(p.is_error for p in problems):
                    raise DataError(problems)
                con.execute("CHECKPOINT")
            finally:
                con.close()
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
            Path(f"{temporary}.wal").unlink(missing_ok=True)
    return target


class Store:
    """A read-only connection to one data version; give each query its own `cursor()`."""

    def __init__(self, data_dir: Path, cache_dir: Path):
        self.data_dir = Path(data_dir)
        self.version = data_version(self.data_dir)
        self.path = build_database(self.data_dir, Path(cache_dir))
        self._con = duckdb.connect(str(self.path), read_only=True, config=_connection_config())

    @classmethod
    def from_database(cls, path: Path, data_dir: Path, version: str) -> Store:
        """A store over an already built database (the last good one), whatever its Parquet files are now."""
        store = cls.__new__(cls)
        store.data_dir, store.version, store.path = Path(data_dir), version, Path(path)
        store._con = duckdb.connect(str(store.path), read_only=True, config=_connection_config())
        return store

    def cursor(self) -> duckdb.DuckDBPyConnection:
        return self._con.cursor()

    def frame(self, sql: str, params: list | dict | None = None) -> pd.DataFrame:
        cursor = self._con.cursor()
        try:
            return cursor.execute(sql, params or []).df()
        finally:
            cursor.close()

    def is_current(self) -> bool:
        return data_version(self.data_dir) == self.version

    def close(self) -> None:
        self._con.close()


def open_store(data_dir: Path, cache_dir: Path) -> Store:
    return Store(data_dir, cache_dir)


def open_published_store(data_root: Path, cache_dir: Path) -> Store:
    """The store of the data viewers are shown: the current published version of `data_root` (the root's
    own files before any publish). Every command opens data through here, so none reads a stale copy."""
    return Store(published_dir(data_root), cache_dir)


# The last database that built cleanly for a data root, so a corrupted or half-copied file in the data
# folder never takes the dashboard down: viewers keep the last good numbers and are told which file is broken.
def _last_good_record(cache_dir: Path, root: Path) -> Path:
    key = hashlib.sha1(str(Path(root).resolve()).encode()).hexdigest()[:16]
    return Path(cache_dir) / f"last-good-{key}.json"


def remember_good(cache_dir: Path, root: Path, store: Store) -> None:
    record = _last_good_record(cache_dir, root)
    entry = {"data_dir": str(store.data_dir), "version": store.version, "database": str(store.path)}
    try:
        if record.exists() and json.loads(record.read_text(encoding="utf-8")) == entry:
            return
        temporary = record.with_name(f".{record.name}.{os.getpid()}.{threading.get_ident()}")
        temporary.write_text(json.dumps(entry), encoding="utf-8")
        os.replace(temporary, record)
    except (OSError, ValueError):
        pass  # only a convenience for a later failure; never fail a good load over it


def last_good_store(cache_dir: Path, root: Path) -> Store | None:
    """The store of the last data version of `root` that loaded without errors, if its database is still there."""
    try:
        entry = json.loads(_last_good_record(cache_dir, root).read_text(encoding="utf-8"))
        database = Path(entry["database"])
        if not database.is_file():
            return None
        return Store.from_database(database, Path(entry["data_dir"]), str(entry["version"]))
    except (OSError, ValueError, KeyError, TypeError, duckdb.Error):
        return None


__all__ = [
    "DataError",
    "Problem",
    "Store",
    "build_database",
    "data_version",
    "has_data",
    "last_good_store",
    "open_published_store",
    "open_store",
    "remember_good",
]
