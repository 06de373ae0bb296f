"""The scope value and the SQL builders written once (filters.py, queries/shared.py): each a table of
cases without a database, values bound and never inlined; plus the overview's tallies of a scope."""

import io
import re

import pandas as pd
import pytest

from ntm.bins import parse_bins
from ntm.figures.overview import bin_table, scope_summary
from ntm.filters import Filters, criteria_clause, scope_clause
from ntm.queries.shared import COMMUNE_TIER_IN, COMMUNE_TIER_LIST, communes_in_scope
from ntm.store.schema import COMMUNE_TIERS

HOSTILE = "'; DROP TABLE units; --"

RESULTS = """unit_code,criteria_total,criteria_met,criteria_unknown,reaches,recognised
00001,19,19,0,True,True
00002,19,19,0,True,False
00003,19,14,2,False,False
00004,19,4,0,False,False
"""


def _results():
    return pd.read_csv(io.StringIO(RESULTS), dtype={"unit_code": str})


def test_scope_summary_by_hand():
    summary = scope_summary(_results())
    assert summary.communes == 4
    assert summary.reaching == 2
    assert summary.recognised == 1
    assert summary.with_unknown == 1
    assert summary.average_criteria_met == (19 + 19 + 14 + 4) / 4 == 14.0
    assert summary.reaching_share == 0.5
    assert summary.recognised_share == 0.25


def test_scope_summary_of_nothing_has_no_shares():
    summary = scope_summary(_results().iloc[0:0])
    assert summary.communes == 0
    assert summary.reaching_share is None
    assert summary.average_criteria_met is None


def test_bin_table_by_hand():
    table = bin_table(_results(), parse_bins("19;15-18;10-14;5-9;0-4"))
    assert table["communes"].tolist() == [2, 0, 1, 0, 1]
    assert table["share"].tolist() == [0.5, 0.0, 0.25, 0.0, 0.25]


def test_scope_clause_binds_every_value():
    cases = [
        (Filters("2019-H1", "S"), ("true", [])),
        (Filters("2019-H1", "S", province_code="26"), ("u.province_code = ?", ["26"])),
        (
            Filters("2019-H1", "S", province_code="26", district_code="253"),
            ("u.province_code = ? AND u.district_code = ?", ["26", "253"]),
        ),
        (
            Filters("2019-H1", "S", unit_codes=("08776", "'; DROP TABLE units; --")),
            ("list_contains(?, u.unit_code)", [["08776", "'; DROP TABLE units; --"]]),
        ),
    ]
    for filters, expected in cases:
        assert scope_clause(filters) == expected


def test_scope_clause_refuses_an_alias_that_is_not_a_plain_identifier():
    for alias in ("u; DROP TABLE units", "u.x.y", "U", "1u", ""):
        with pytest.raises(ValueError):
            scope_clause(Filters("2019-H1", "S"), alias)


def test_criteria_clause_binds_the_chosen_criteria_and_keeps_every_one_when_none_is_chosen():
    cases = [
        (Filters("2019-H1", "S"), "criterion_no", ("true", [])),
        (Filters("2019-H1", "S", criteria=(17,)), "criterion_no", ("list_contains(?, criterion_no)", [[17]])),
        (
            Filters("2019-H1", "S", criteria=(2, 10, 17)),
            "i.criterion_no",
            ("list_contains(?, i.criterion_no)", [[2, 10, 17]]),
        ),
        # Numbers from a URL or a frame arrive as text or numpy: bound as one list of int.
        (
            Filters("2019-H1", "S", criteria=("5", 7)),
            "cs.criterion_no",
            ("list_contains(?, cs.criterion_no)", [[5, 7]]),
        ),
    ]
    for filters, column, expected in cases:
        sql, params = criteria_clause(filters, column)
        assert (sql, params) == expected
        assert all(type(number) is int for bound in params for number in bound)


def test_criteria_clause_refuses_injection_in_a_value_or_a_column():
    with pytest.raises(ValueError):
        criteria_clause(Filters("2019-H1", "S", criteria=(HOSTILE,)), "criterion_no")
    with pytest.raises(ValueError):
        criteria_clause(Filters("2019-H1", "S", criteria=(1,)), f"criterion_no) OR (1=1{HOSTILE}")


def _squeezed(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


def test_communes_in_scope_binds_the_period_and_the_scope_and_names_the_relation():
    units = "FROM commune_periods u WHERE"
    cases = [
        # (filters, alias, periods) → (period condition, scope condition, alias, params)
        ((Filters("2019-H1", "S"), "u", "scope"), ("u.period = ?", "true", "u", ["2019-H1"])),
        (
            (Filters("2019-H1", "S", province_code="26", district_code="253"), "su", "scope"),
            ("u.period = ?", "u.province_code = ? AND u.district_code = ?", "su", ["2019-H1", "26", "253"]),
        ),
        (
            (Filters("2019-H2", "S", province_code="26"), "u", "until_scope"),
            ("u.period <= ?", "u.province_code = ?", "u", ["2019-H2", "26"]),
        ),
        (
            (Filters("", "S", district_code="253"), "c", "every"),
            ("true", "u.district_code = ?", "c", ["253"]),
        ),
        (
            (Filters("2019-H1", "S", unit_codes=("08776", HOSTILE)), "u", "scope"),
            ("u.period = ?", "list_contains(?, u.unit_code)", "u", ["2019-H1", ["08776", HOSTILE]]),
        ),
        (
            (Filters(HOSTILE, "S", province_code=HOSTILE), "u", "until_scope"),
            ("u.period <= ?", "u.province_code = ?", "u", [HOSTILE, HOSTILE]),
        ),
    ]
    for (filters, alias, periods), (period_sql, scope_sql, name, params) in cases:
        sql, bound = communes_in_scope(filters, alias, periods)
        sql = _squeezed(sql)
        assert bound == params
        assert sql.count("?") == len(params)
        assert f"{units} {period_sql} AND {scope_sql} ) AS {name}" in sql
        assert sql.startswith("( SELECT u.unit_code, u.name, u.unit_type, ")
        assert "u.period, u.year, u.half, u.period_end, u.valid_from, u.commune_group" in sql
        assert HOSTILE not in sql


def test_communes_in_scope_refuses_an_alias_that_is_not_a_plain_identifier():
    with pytest.raises(ValueError):
        communes_in_scope(Filters("2019-H1", "S"), f"u {HOSTILE}")


def test_commune_tier_literals_are_built_from_the_schema_in_rank_order():
    # Rank order matters: tier_rank 1 is NTM, 3 the model commune, 4 the 2026–2030 pilot "NTM hiện đại"
    # (list_position and indexing).
    assert COMMUNE_TIERS == ("ntm", "advanced", "model_commune", "modern")
    assert COMMUNE_TIER_LIST == "['ntm', 'advanced', 'model_commune', 'modern']"
    assert COMMUNE_TIER_IN == "('ntm', 'advanced', 'model_commune', 'modern')"


def test_filters_are_hashable_cache_keys():
    assert hash(Filters("2019-H1", "S", unit_codes=("1",))) == hash(
        Filters("2019-H1", "S", unit_codes=("1",))
    )


def test_the_coverage_note_of_a_province_in_the_language_asked_else_vietnamese():
    from ntm.queries import coverage_note

    metadata = {
        "coverage.25.vi": "chỉ gồm phần Vĩnh Phúc cũ",
        "coverage.25.en": "only the former Vĩnh Phúc part",
    }
    assert coverage_note(metadata, "25", "en") == "only the former Vĩnh Phúc part"
    assert coverage_note(metadata, "25", "vi") == "chỉ gồm phần Vĩnh Phúc cũ"
    assert coverage_note({"coverage.25.vi": "một phần"}, "25", "en") == "một phần"
    assert coverage_note(metadata, "26", "vi") is None and coverage_note(metadata, None, "vi") is None
