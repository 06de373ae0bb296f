"""The DuckDB store: built once per data version, checked, read-only, safe across threads."""

import os
import threading
import time

import duckdb
import pandas as pd
import pytest

from ntm import queries
from ntm.filters import Filters
from ntm.store.database import Store, data_version, last_good_store, remember_good
from ntm.store.problems import DataError
from ntm.store.tables_io import write_table
from tests.fixtures.materialise import FIXTURES, materialise


@pytest.fixture
def mini(tmp_path):
    return materialise(tmp_path / "data"), tmp_path / "cache"


def test_the_database_is_built_once_per_data_version(mini):
    data, cache = mini
    first = Store(data, cache)
    built_at = first.path.stat().st_mtime_ns
    second = Store(data, cache)
    assert second.path == first.path
    assert second.path.stat().st_mtime_ns == built_at
    assert [p.name for p in cache.iterdir()] == [first.path.name]


def test_rewriting_a_file_changes_the_version_and_shows_the_new_numbers(mini):
    data, cache = mini
    store = Store(data, cache)
    before = store.frame("SELECT count(*) AS n FROM recognitions")["n"][0]
    recognitions = pd.read_parquet(data / "recognitions.parquet")
    time.sleep(0.01)
    write_table("recognitions", recognitions.iloc[:1], data)
    assert not store.is_current()
    fresh = Store(data, cache)
    assert fresh.version != store.version
    assert fresh.frame("SELECT count(*) AS n FROM recognitions")["n"][0] == before - 2


def test_broken_data_is_refused_with_its_problems_and_leaves_no_database(tmp_path):
    data = materialise(tmp_path / "data", FIXTURES / "broken" / "percent_120")
    with pytest.raises(DataError) as raised:
        Store(data, tmp_path / "cache")
    assert any(p.code == "percent_out_of_range" and p.row == 2 for p in raised.value.problems)
    assert list((tmp_path / "cache").iterdir()) == []


def test_structurally_broken_data_is_refused_before_loading(tmp_path):
    data = materialise(tmp_path / "data", FIXTURES / "broken" / "corrupt_file")
    with pytest.raises(DataError) as raised:
        Store(data, tmp_path / "cache")
    assert [p.code for p in raised.value.problems] == ["unreadable_file"]


def test_pages_cannot_change_data_through_the_store(mini):
    store = Store(*mini)
    cursor = store.cursor()
    with pytest.raises(duckdb.Error):
        cursor.execute("DELETE FROM units")
    assert store.frame("SELECT count(*) AS n FROM units")["n"][0] == 5


def test_one_cursor_per_query_is_safe_from_many_threads(mini):
    store = Store(*mini)
    filters = Filters("2020-H1", "S1", province_code="01")
    failures, results = [], []

    def work():
        try:
            for _ in range(10):
                cursor = store.cursor()
                try:
                    results.append(int(queries.commune_results(cursor, filters)["criteria_met"].sum()))
                finally:
                    cursor.close()
        except Exception as error:  # collected and asserted below
            failures.append(error)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert results == [6] * 160


def test_version_ignores_unrelated_files_but_not_tables(mini):
    data, _ = mini
    version = data_version(data)
    (data / "notes.txt").write_text("hello")
    assert data_version(data) == version
    os.remove(data / "plans.parquet")
    assert data_version(data) != version


def _truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def test_last_good_store_serves_the_previous_numbers_after_a_file_is_corrupted(mini):
    data, cache = mini
    good = Store(data, cache)
    expected = good.frame("SELECT count(*) AS n FROM assessments")["n"].iloc[0]
    remember_good(cache, data, good)
    good.close()
    _truncate(data / "assessments.parquet")
    with pytest.raises(DataError) as refused:
        Store(data, cache)
    assert any("assessments.parquet" in p.render("en") for p in refused.value.problems)
    fallback = last_good_store(cache, data)
    assert fallback is not None and fallback.version == good.version
    assert fallback.frame("SELECT count(*) AS n FROM assessments")["n"].iloc[0] == expected > 0


def test_no_last_good_store_without_a_record_or_once_its_database_is_gone(mini):
    data, cache = mini
    assert last_good_store(cache, data) is None
    good = Store(data, cache)
    remember_good(cache, data, good)
    good.close()
    good.path.unlink()
    assert last_good_store(cache, data) is None
