"""Questions of the headline figures: per commune tier assessed in a period, how many xã of the scope are
recognised at its end, how many xã the scope has, how many of them are NTM; and the programme's targets."""

from __future__ import annotations

import duckdb
import pandas as pd

from ntm.filters import Filters
from ntm.queries.shared import COMMUNE_TIER_IN, COMMUNE_TIER_LIST, communes_in_scope
from ntm.store.schema import TABLES


def tier_counts(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """tier, as_of, communes, recognised, ntm_recognised — one row per commune tier whose set was assessed
    in the scope's period, lowest tier first: the period's end, the xã in scope then, those recognised at
    the tier then, and those recognised NTM then (NULL when no NTM set was assessed in the period).

    Recognised is the engine's own verdict (`subject_status.recognised`), so a rule of the engine about
    which decisions count is followed here too."""
    communes, communes_params = communes_in_scope(filters)
    return con.execute(
        f"""
        WITH scope_units AS (SELECT u.unit_code, u.period FROM {communes}),
        tiers AS (
            SELECT DISTINCT cs.tier
            FROM assessed_sets sub JOIN criteria_sets cs USING (set_id)
            WHERE sub.period = ? AND cs.level = 'commune' AND cs.tier IN {COMMUNE_TIER_IN}
        ),
        -- One row per xã and tier: two sets of one tier assessed in a period give one verdict.
        recognised AS (
            SELECT DISTINCT ss.tier, ss.unit_code
            FROM subject_status ss
            JOIN scope_units su ON su.unit_code = ss.unit_code AND su.period = ss.period
            WHERE ss.level = 'commune' AND ss.recognised
        )
        SELECT t.tier,
               (SELECT period_end FROM period_calendar WHERE period = ?) AS as_of,
               CAST((SELECT count(*) FROM scope_units) AS INTEGER) AS communes,
               CAST((SELECT count(*) FROM recognised r WHERE r.tier = t.tier) AS INTEGER) AS recognised,
               CASE WHEN EXISTS (SELECT 1 FROM tiers WHERE tier = 'ntm')
                    THEN CAST((SELECT count(*) FROM recognised r WHERE r.tier = 'ntm') AS INTEGER)
               END AS ntm_recognised
        FROM tiers t
        ORDER BY list_position({COMMUNE_TIER_LIST}, t.tier)
        """,
        [*communes_params, filters.period, filters.period],
    ).df()


def programme_targets(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The `programme_targets` table as loaded (every scope): the registry's columns, by scope and year."""
    columns = ", ".join(TABLES["programme_targets"].column_names)
    return con.execute(
        f"""SELECT {columns} FROM programme_targets
            ORDER BY scope_level, scope_code NULLS FIRST, tier, target_year"""
    ).df()
