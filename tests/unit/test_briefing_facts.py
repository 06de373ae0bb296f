"""The briefing's small sums: funding per source and activities per kind, on rows written by hand."""

from __future__ import annotations

import pandas as pd

from ntm.briefing.facts import activity_totals, funding_by_source, same_period_last_year


def test_funding_lists_every_source_in_the_programmes_order_with_its_share():
    rows = pd.DataFrame(
        {"source_category": ["community", "central", "central"], "amount_mvnd": [250.0, 500.0, 250.0]}
    )
    funding = funding_by_source(rows)
    assert funding["source_category"].tolist() == [
        "central",
        "local",
        "integrated",
        "credit",
        "enterprise",
        "community",
    ]
    assert funding["amount_mvnd"].tolist() == [750.0, 0.0, 0.0, 0.0, 0.0, 250.0]
    assert funding["share"].tolist() == [0.75, 0.0, 0.0, 0.0, 0.0, 0.25]


def test_funding_without_rows_has_no_shares():
    funding = funding_by_source(pd.DataFrame({"source_category": [], "amount_mvnd": []}))
    assert funding["amount_mvnd"].sum() == 0 and funding["share"].isna().all()


def test_activities_sum_per_kind_and_never_invent_participants():
    rows = pd.DataFrame(
        {
            "kind": ["training", "training", "communication"],
            "events": [3, 2, 4],
            "participants": [120, None, None],
        }
    )
    totals = activity_totals(rows).set_index("kind")
    assert totals.loc["training"].tolist() == [5, 120]
    assert totals.loc["communication", "events"] == 4
    assert pd.isna(totals.loc["communication", "participants"])  # recorded nowhere: unknown, not 0


def test_activities_without_rows_are_zero():
    empty = pd.DataFrame({"kind": [], "events": [], "participants": []})
    assert activity_totals(empty)[["events", "participants"]].values.tolist() == [[0, 0], [0, 0]]


def test_same_period_last_year():
    assert same_period_last_year("2019-H1") == "2018-H1"
    assert same_period_last_year("2020-H2") == "2019-H2"
