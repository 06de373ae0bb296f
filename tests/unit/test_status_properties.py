"""Property-based: the pure status rules of ntm.store.status_rules hold for any statuses and values."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ntm.store.status_rules import ThresholdRow, criterion_status, indicator_status, threshold_for

STATUSES = st.sampled_from(["met", "not_met", "unknown", "not_applicable"])
VALUES = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@given(st.lists(STATUSES, min_size=1, max_size=8), st.randoms())
def test_a_criterion_does_not_depend_on_the_order_of_its_indicators(statuses, random) -> None:
    shuffled = list(statuses)
    random.shuffle(shuffled)
    assert criterion_status(shuffled) == criterion_status(statuses)


@given(st.lists(STATUSES, min_size=1, max_size=8))
def test_one_unmet_indicator_settles_the_criterion_and_unknown_is_never_met(statuses) -> None:
    result = criterion_status(statuses)
    if "not_met" in statuses:
        assert result == "not_met"
    elif "unknown" in statuses:
        assert result == "unknown"
    else:
        assert result == "met"


@given(VALUES, VALUES, st.floats(min_value=0, max_value=1e6), st.sampled_from([None, "met", "not_met"]))
def test_a_threshold_decides_whatever_was_recorded_and_more_is_never_worse(
    value, threshold, more, recorded
) -> None:
    at_least = indicator_status(value, threshold, ">=", recorded)
    assert at_least == ("met" if value >= threshold else "not_met")
    if at_least == "met":
        assert indicator_status(value + more, threshold, ">=", recorded) == "met"
    if indicator_status(value, threshold, "<=", recorded) == "met":
        assert indicator_status(value - more, threshold, "<=", recorded) == "met"


@given(VALUES, st.sampled_from([">=", "<=", "="]), STATUSES)
def test_without_a_value_a_threshold_gives_unknown(threshold, direction, recorded) -> None:
    assert indicator_status(None, threshold, direction, recorded) == "unknown"


@given(
    st.lists(
        st.builds(
            ThresholdRow,
            st.sampled_from([None, "DBSH", "TN"]),
            st.integers(2016, 2024),
            st.one_of(st.none(), st.integers(2016, 2026)),
            VALUES,
        ),
        max_size=6,
    ),
    st.integers(2016, 2026),
)
def test_a_regions_own_threshold_wins_over_the_all_regions_one(rows, year) -> None:
    in_force = [r for r in rows if r.year_from <= year and (r.year_to is None or year <= r.year_to)]
    own = [r for r in in_force if r.applies_to == "DBSH"]
    general = [r for r in in_force if r.applies_to is None]
    found = threshold_for(rows, "DBSH", year)
    if own:
        assert found in {r.value for r in own if r.year_from == max(o.year_from for o in own)}
    elif general:
        assert found in {r.value for r in general if r.year_from == max(g.year_from for g in general)}
    else:
        assert found is None
