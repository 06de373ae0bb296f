"""Questions of the NTM nâng cao page, and of every commune tier above NTM (advanced, model commune: the
Thôn kiểu mẫu page asks its model-commune part here too): results, criteria, trend, plan."""

from __future__ import annotations

import duckdb
import pandas as pd

from ntm.filters import Filters
from ntm.queries.shared import (
    COMMUNE_TIER_LIST,
    IN_FORCE,
    PERIOD_TIERS,
    PLAN_OF_VERSION,
    TIER_SETS,
    communes_in_scope,
)

# The tier below each commune tier: only communes recognised at it are candidates.
# The pilot hiện đại (2026–2030) is open to communes recognised NTM, as nâng cao was until 2025.
PREREQUISITE = {"advanced": "ntm", "model_commune": "advanced", "modern": "ntm"}


def tier_results(con: duckdb.DuckDBPyConnection, filters: Filters, tier: str) -> pd.DataFrame:
    """unit_code, name, district_name, candidate, set_id, criteria_total, criteria_met, criteria_unknown,
    reaches, recognised, decision_no, decision_date — one row per xã of the scope at the period's end,
    against the tier's set of the period (set columns empty when it is not assessed then)."""
    communes, communes_params = communes_in_scope(filters)
    in_force = IN_FORCE.format(at="pc.period_end")
    return con.execute(
        f"""WITH {TIER_SETS},
            recognised AS (
                SELECT r.subject_code, r.tier, arg_max(r.decision_no, r.decision_date) AS decision_no,
                       max(r.decision_date) AS decision_date
                FROM recognitions_in_effect r JOIN period_calendar pc ON pc.period = ?
                WHERE {in_force} AND r.tier IN (?, ?)
                GROUP BY ALL
            )
            SELECT u.unit_code, u.name, u.district_name, pre.subject_code IS NOT NULL AS candidate,
                   ss.set_id, ss.criteria_total, ss.criteria_met, ss.criteria_unknown,
                   coalesce(ss.reaches, false) AS reaches, rc.subject_code IS NOT NULL AS recognised,
                   rc.decision_no, rc.decision_date
            FROM {communes}
            LEFT JOIN tier_sets ts ON ts.period = u.period
            LEFT JOIN subject_status ss
              ON ss.set_id = ts.set_id AND ss.period = u.period AND ss.subject_code = u.unit_code
            LEFT JOIN recognised pre ON pre.subject_code = u.unit_code AND pre.tier = ?
            LEFT JOIN recognised rc ON rc.subject_code = u.unit_code AND rc.tier = ?
            ORDER BY ss.criteria_met DESC NULLS LAST, u.name, u.unit_code""",
        [
            tier,
            filters.period,
            tier,
            PREREQUISITE[tier],
            *communes_params,
            PREREQUISITE[tier],
            tier,
        ],
    ).df()


def tier_criteria(con: duckdb.DuckDBPyConnection, filters: Filters, tier: str) -> pd.DataFrame:
    """unit_code, criterion_no, name_vi, name_en, status — each xã of the scope × criterion of the
    tier's set in the period (empty when the tier is not assessed then)."""
    communes, communes_params = communes_in_scope(filters)
    return con.execute(
        f"""WITH {TIER_SETS}
            SELECT cs.subject_code AS unit_code, cs.criterion_no, c.name_vi, c.name_en, cs.status
            FROM tier_sets ts
            JOIN criterion_status cs ON cs.set_id = ts.set_id AND cs.period = ts.period
            JOIN criteria c ON c.set_id = cs.set_id AND c.criterion_no = cs.criterion_no
            JOIN {communes} ON u.unit_code = cs.subject_code AND u.period = ts.period
            ORDER BY cs.criterion_no, cs.subject_code""",
        [tier, *communes_params],
    ).df()


def tier_series(con: duckdb.DuckDBPyConnection, filters: Filters, tier: str) -> pd.DataFrame:
    """period, communes, candidates, reaching, recognised — per period up to the scope's, the xã of the
    scope then: candidates (recognised at the tier below), reaching the tier's set, recognised at the tier."""
    communes, communes_params = communes_in_scope(filters, periods="until_scope")
    return con.execute(
        f"""WITH {TIER_SETS},
            scope_units AS (
                SELECT u.period, u.period_end, u.unit_code FROM {communes}
            ),
            held AS (
                SELECT DISTINCT su.period, su.unit_code, r.tier
                FROM scope_units su JOIN recognitions_in_effect r ON r.subject_code = su.unit_code
                 AND {IN_FORCE.format(at="su.period_end")} AND r.tier IN (?, ?)
            )
            SELECT su.period, CAST(count(*) AS INTEGER) AS communes,
                   CAST(count(pre.unit_code) AS INTEGER) AS candidates,
                   CAST(count(*) FILTER (WHERE ss.reaches) AS INTEGER) AS reaching,
                   CAST(count(rc.unit_code) AS INTEGER) AS recognised
            FROM scope_units su
            LEFT JOIN tier_sets ts ON ts.period = su.period
            LEFT JOIN subject_status ss
              ON ss.set_id = ts.set_id AND ss.period = su.period AND ss.subject_code = su.unit_code
            LEFT JOIN held pre ON pre.period = su.period AND pre.unit_code = su.unit_code AND pre.tier = ?
            LEFT JOIN held rc ON rc.period = su.period AND rc.unit_code = su.unit_code AND rc.tier = ?
            GROUP BY su.period ORDER BY su.period""",
        [tier, *communes_params, PREREQUISITE[tier], tier, PREREQUISITE[tier], tier],
    ).df()


def tier_plan(con: duckdb.DuckDBPyConnection, filters: Filters, tier: str) -> pd.DataFrame:
    """target_year, planned, reached, recognised — per target year, the subjects of the scope (xã, or
    villages of its xã for 'model_village') planned for the tier that year; of them, those reaching the
    tier's set in the last period assessed by the end of that year (and by the scope's period), and those
    recognised for that year or earlier (the decision's recognised year, as known at the scope's period)."""
    communes, communes_params = communes_in_scope(filters)
    level_join = (
        f"JOIN villages v ON v.village_code = p.subject_code JOIN {communes} ON u.unit_code = v.unit_code"
        if tier == "model_village"
        else f"JOIN {communes} ON u.unit_code = p.subject_code"
    )
    return con.execute(
        f"""WITH planned AS (
                SELECT DISTINCT p.subject_code, CAST(p.target_year AS INTEGER) AS target_year,
                       least(make_date(CAST(p.target_year AS INTEGER), 12, 31), u.period_end) AS checked_at,
                       u.period_end AS scope_end
                FROM plans p {level_join}
                WHERE p.tier = ? AND {PLAN_OF_VERSION}
            ),
            last_status AS (
                SELECT pl.subject_code, pl.target_year, arg_max(ss.reaches, ss.period) AS reaches
                FROM planned pl JOIN subject_status ss
                  ON ss.subject_code = pl.subject_code AND ss.tier = ? AND ss.period_end <= pl.checked_at
                GROUP BY ALL
            ),
            held AS (
                SELECT DISTINCT pl.subject_code, pl.target_year
                FROM planned pl JOIN recognitions_in_effect r ON r.subject_code = pl.subject_code AND r.tier = ?
                 -- Recognised for the target year or earlier, even when signed early the next year (a
                 -- decision of 03/2019 "đạt chuẩn năm 2018"), as known at the scope's period.
                 AND r.recognised_year <= pl.target_year AND r.decision_date <= pl.scope_end
                 AND (r.revoked_date IS NULL OR r.revoked_date > pl.checked_at)
                 AND (r.version_to IS NULL OR r.version_to >= pl.checked_at)
            )
            SELECT pl.target_year, CAST(count(*) AS INTEGER) AS planned,
                   CAST(count(*) FILTER (WHERE ls.reaches) AS INTEGER) AS reached,
                   CAST(count(h.subject_code) AS INTEGER) AS recognised
            FROM planned pl
            LEFT JOIN last_status ls USING (subject_code, target_year)
            LEFT JOIN held h USING (subject_code, target_year)
            GROUP BY pl.target_year ORDER BY pl.target_year""",
        [*communes_params, tier, tier, tier],
    ).df()


def tier_set(con: duckdb.DuckDBPyConnection, period: str, tier: str) -> pd.DataFrame:
    """set_id, name_vi, name_en, criteria_count — the tier's set of the period (no row when none is assessed)."""
    return con.execute(
        f"""WITH {TIER_SETS}
            SELECT cs.set_id, cs.name_vi, cs.name_en,
                   CAST((SELECT count(*) FROM criteria c WHERE c.set_id = cs.set_id) AS INTEGER) AS criteria_count
            FROM tier_sets ts JOIN criteria_sets cs USING (set_id)
            WHERE ts.period = ?""",
        [tier, period],
    ).df()


def tier_above_ntm(con: duckdb.DuckDBPyConnection, period: str) -> str:
    """The commune tier right above NTM in a period: the lowest-ranked tier above it among the sets in force at
    the period's end or assessed in it (nâng cao until 2025, the pilot hiện đại from 2026); nâng cao when the
    data has none."""
    row = con.execute(
        f"""SELECT arg_min(tier, list_position({COMMUNE_TIER_LIST}, tier))
            FROM ({PERIOD_TIERS}) WHERE period = ? AND tier <> 'ntm'""",
        [period],
    ).fetchone()
    return row[0] if row and row[0] else "advanced"
