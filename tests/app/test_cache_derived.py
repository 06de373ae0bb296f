"""Figures derived from query rows are cached like the queries, and only core functions may be cached so."""

import pandas as pd
import pytest

from ntm import queries
from ntm.figures.overview import criteria_tally, scorecard
from ntm.filters import Filters
from ntm.ui import cache
from ntm.ui.cache import derived, query


def _filters():
    return Filters(period="2020-H1", set_id="S1", province_code="01")


def test_a_derived_figure_equals_the_function_on_the_query_rows(data_dir):
    filters = _filters()
    matrix = query(queries.criterion_matrix, filters)
    assert len(matrix) > 0
    pd.testing.assert_frame_equal(
        derived(scorecard, [(queries.criterion_matrix, filters)], "name"), scorecard(matrix, "name")
    )
    pd.testing.assert_frame_equal(
        derived(criteria_tally, [(queries.criterion_matrix, filters)]), criteria_tally(matrix)
    )


def test_a_derived_figure_is_computed_once_per_data_version_and_arguments(data_dir, monkeypatch):
    filters = _filters()
    derived(scorecard, [(queries.criterion_matrix, filters)], "name")
    calls = []
    original = cache._pure_function
    monkeypatch.setattr(cache, "_pure_function", lambda name: calls.append(name) or original(name))
    derived(scorecard, [(queries.criterion_matrix, filters)], "name")  # the guard looks it up once
    guard_lookups = len(calls)
    derived(scorecard, [(queries.criterion_matrix, filters)], "criteria_met")  # new arguments: computed
    assert len(calls) == 2 * guard_lookups + 1


def test_only_core_functions_and_queries_can_be_cached(data_dir):
    with pytest.raises(ValueError, match="core"):
        derived(cache.current_store, [(queries.criterion_matrix, _filters())])
    with pytest.raises(ValueError, match="ntm.queries"):
        derived(scorecard, [(scorecard, _filters())])


def test_a_reading_of_the_data_folder_is_cached_until_the_data_changes(data_dir, monkeypatch):
    from ntm.importing import templates
    from ntm.ui.cache import reading

    first = reading(templates.template_choices, data_dir)
    assert first == templates.template_choices(data_dir) and first[0]
    calls = []
    monkeypatch.setattr(templates, "_template_choices", lambda root: calls.append(root) or ({}, []))
    assert reading(templates.template_choices, data_dir) == first  # same data version: not read again
    assert calls == []
    (data_dir / "plans.parquet").unlink()  # a new data version
    assert reading(templates.template_choices, data_dir) == ({}, [])
    assert calls == [data_dir]


def test_a_figure_is_built_once_per_data_version_and_arguments_and_shared(data_dir, monkeypatch):
    from ntm.charts import overview
    from ntm.ui.cache import chart

    filters = _filters()
    tally = derived(criteria_tally, [(queries.criterion_matrix, filters)])
    first = chart(overview.hardest_criteria, tally, "vi", "Tỉnh", "6 tháng đầu năm 2020")
    calls = []
    original = cache._chart_function
    monkeypatch.setattr(cache, "_chart_function", lambda name: calls.append(name) or original(name))
    # The same rows again (a fresh copy from the cache, as on another viewer's rerun): the same figure.
    again = derived(criteria_tally, [(queries.criterion_matrix, filters)])
    assert again is not tally
    assert chart(overview.hardest_criteria, again, "vi", "Tỉnh", "6 tháng đầu năm 2020") is first
    guard_lookups = len(calls)  # the guard looks the function up; nothing was built
    english = chart(overview.hardest_criteria, again, "en", "Province", "First half of 2020")
    assert english is not first and len(calls) == 2 * guard_lookups + 1
    with pytest.raises(ValueError, match="ntm.charts"):
        chart(scorecard, tally)


def test_cache_keys_name_frames_by_their_origin_or_their_content(data_dir):
    filters = _filters()
    made = query(queries.criterion_matrix, filters)
    assert cache._key(made).startswith("ntm.queries.overview:criterion_matrix|")
    by_hand = made.copy()
    assert cache._key(by_hand).startswith("content:")
    changed = by_hand.copy()
    changed.loc[0, "status"] = "unknown" if changed.loc[0, "status"] != "unknown" else "met"
    assert cache._key(changed) != cache._key(by_hand)  # a frame made outside the cache is keyed by content
    assert cache._key(by_hand) == cache._key(made.copy())
    assert cache._key(filters) != cache._key(Filters(period="2020-H1", set_id="S1", province_code="02"))
    assert cache._key((1, "1")) != cache._key(("1", 1))
    with pytest.raises(TypeError, match="no cache key"):
        cache._key(object())


def test_a_caller_changing_its_rows_does_not_change_what_the_next_caller_gets(data_dir):
    filters = _filters()
    first = query(queries.criterion_matrix, filters)
    kept = first.copy(deep=True)
    first.loc[first.index[0], "status"] = "changed by a page"
    first["added"] = 1
    again = query(queries.criterion_matrix, filters)
    pd.testing.assert_frame_equal(again, kept)
    metadata = query(queries.dataset_metadata)
    metadata["as_of"] = "changed"
    assert query(queries.dataset_metadata).get("as_of") != "changed"
    card = derived(scorecard, [(queries.criterion_matrix, filters)], "name")
    card.iloc[0, 0] = "changed"
    assert derived(scorecard, [(queries.criterion_matrix, filters)], "name").iloc[0, 0] != "changed"
