"""The cache's three entry points: results and figures are computed once per data version and arguments
and shared, callers cannot change them through the cache, keys name the call, and only core functions
(and, for `query`, only ntm.queries) can be cached."""

import functools

import pandas as pd
import pytest

from ntm import queries
from ntm.figures import overview as overview_figures
from ntm.figures.overview import criteria_tally, scorecard
from ntm.filters import Filters
from ntm.ui import cache
from ntm.ui.cache import computed, file_resource, query


def _filters():
    return Filters(period="2020-H1", set_id="S1", province_code="01")


def _counted(monkeypatch, module, name: str) -> list:
    """Replaces `module.name` by a wrapper that counts its calls (it keeps the function's name, so the
    cache treats it as the function itself)."""
    calls = []
    original = getattr(module, name)

    @functools.wraps(original)
    def counting(*args):
        calls.append(args)
        return original(*args)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_a_computed_figure_equals_the_function_on_the_query_rows(data_dir):
    filters = _filters()
    matrix = query(queries.criterion_matrix, filters)
    assert len(matrix) > 0
    pd.testing.assert_frame_equal(computed(scorecard, matrix, "name"), scorecard(matrix, "name"))
    pd.testing.assert_frame_equal(computed(criteria_tally, matrix), criteria_tally(matrix))


def test_a_computed_figure_is_computed_once_per_data_version_and_arguments(data_dir, monkeypatch):
    filters = _filters()
    calls = _counted(monkeypatch, overview_figures, "scorecard")
    computed(overview_figures.scorecard, query(queries.criterion_matrix, filters), "name")
    # Another rerun: a fresh copy of the same query rows, so the same key: not computed again.
    computed(overview_figures.scorecard, query(queries.criterion_matrix, filters), "name")
    assert len(calls) == 1
    computed(overview_figures.scorecard, query(queries.criterion_matrix, filters), "criteria_met")
    assert len(calls) == 2  # new arguments: computed


def test_only_core_functions_and_queries_can_be_cached(data_dir):
    with pytest.raises(ValueError, match="core"):
        computed(cache.current_store)
    with pytest.raises(ValueError, match="core"):
        computed(queries.criterion_matrix, _filters())  # a query has its own entry point
    with pytest.raises(ValueError, match="core"):
        computed(lambda rows: rows, query(queries.criterion_matrix, _filters()))
    with pytest.raises(ValueError, match="core"):
        computed(pd.concat, [])
    with pytest.raises(ValueError, match="ntm.queries"):
        query(scorecard, _filters())
    with pytest.raises(ValueError, match="core"):
        file_resource(cache.current_store, data_dir)


def test_a_file_resource_is_read_once_until_the_data_changes(data_dir, monkeypatch):
    from ntm.importing import templates

    first = file_resource(templates.template_choices, data_dir)
    assert first == templates.template_choices(data_dir) and first[0]
    calls = []
    monkeypatch.setattr(templates, "_template_choices", lambda root: calls.append(root) or ({}, []))
    assert file_resource(templates.template_choices, data_dir) == first  # same data version: not read again
    assert calls == []
    (data_dir / "plans.parquet").unlink()  # a new data version
    assert file_resource(templates.template_choices, data_dir) == ({}, [])
    assert calls == [data_dir]


def test_a_file_resource_of_one_file_is_read_again_when_the_file_changes(data_dir, tmp_path, monkeypatch):
    from ntm import geo

    path = tmp_path / "outlines.geojson"
    calls = _counted(monkeypatch, geo, "read_boundary_file")
    assert file_resource(geo.read_boundary_file, path, ()) is None  # no file: no outlines
    path.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    first = file_resource(geo.read_boundary_file, path, ())
    assert first is not None and len(calls) == 2
    assert file_resource(geo.read_boundary_file, path, ()) is first  # shared, not read again
    assert len(calls) == 2


def test_a_figure_is_built_once_per_data_version_and_arguments_and_shared(data_dir, monkeypatch):
    from ntm.charts import overview

    filters = _filters()
    tally = computed(criteria_tally, query(queries.criterion_matrix, filters))
    calls = _counted(monkeypatch, overview, "hardest_criteria")
    first = computed(overview.hardest_criteria, tally, "vi", "Tỉnh", "6 tháng đầu năm 2020")
    # The same rows again (a fresh copy from the cache, as on another viewer's rerun): the same figure.
    again = computed(criteria_tally, query(queries.criterion_matrix, filters))
    assert again is not tally
    assert computed(overview.hardest_criteria, again, "vi", "Tỉnh", "6 tháng đầu năm 2020") is first
    assert len(calls) == 1
    english = computed(overview.hardest_criteria, again, "en", "Province", "First half of 2020")
    assert english is not first and len(calls) == 2


def test_cache_keys_name_frames_by_their_origin_or_their_content(data_dir):
    filters = _filters()
    made = query(queries.criterion_matrix, filters)
    assert cache._key(made).startswith("ntm.queries.overview:criterion_matrix|")
    tally = computed(criteria_tally, made)
    assert cache._key(tally).startswith("ntm.figures.overview:criteria_tally|")
    assert "ntm.queries.overview:criterion_matrix|" in cache._key(tally)  # and the rows it came from
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
    card = computed(scorecard, query(queries.criterion_matrix, filters), "name")
    card.iloc[0, 0] = "changed"
    assert computed(scorecard, query(queries.criterion_matrix, filters), "name").iloc[0, 0] != "changed"


def test_clear_results_forgets_what_was_computed(data_dir, monkeypatch):
    filters = _filters()
    calls = _counted(monkeypatch, overview_figures, "criteria_tally")
    computed(overview_figures.criteria_tally, query(queries.criterion_matrix, filters))
    cache.clear_results()
    computed(overview_figures.criteria_tally, query(queries.criterion_matrix, filters))
    assert len(calls) == 2
