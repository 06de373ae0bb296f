import io

import pandas as pd

from ntm.bins import parse_bins
from ntm.figures.overview import bin_table, scope_summary
from ntm.filters import Filters, scope_clause

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


def test_filters_are_hashable_cache_keys():
    assert hash(Filters("2019-H1", "S", unit_codes=("1",))) == hash(
        Filters("2019-H1", "S", unit_codes=("1",))
    )
