"""Questions of the overview page: where the communes of a scope stand."""

from __future__ import annotations

from dataclasses import replace

import duckdb
import pandas as pd

from ntm.filters import Filters, criteria_clause
from ntm.periods import series_until
from ntm.queries.shared import PLAN_OF_VERSION, communes_in_scope


def commune_results(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_code, district_name, criteria_total, criteria_met, criteria_not_met,
    criteria_unknown, reaches, recognised, decision_no, decision_date — one row per commune in scope."""
    communes, communes_params = communes_in_scope(filters)
    return con.execute(
        f"""SELECT ss.unit_code, u.name, u.district_code, u.district_name,
                   ss.criteria_total, ss.criteria_met, ss.criteria_not_met, ss.criteria_unknown,
                   ss.reaches, ss.recognised, ss.decision_no, ss.decision_date
            FROM subject_status ss
            JOIN {communes} ON u.unit_code = ss.unit_code AND u.period = ss.period
            WHERE ss.set_id = ? AND ss.period = ? AND ss.level = 'commune'
            ORDER BY ss.criteria_met DESC, u.name, ss.unit_code""",
        [*communes_params, filters.set_id, filters.period],
    ).df()


# For each period, the set of a tier to read criteria from: the scope's own set when it was
# assessed then, else the newest set of the same tier assessed in that period.
_SET_PER_PERIOD = """
    set_per_period AS (
        SELECT sub.period, arg_max(cs.set_id, (cs.set_id = ?)::INT * 100000 + year(cs.valid_from)) AS set_id
        FROM assessed_sets sub
        JOIN criteria_sets cs USING (set_id)
        WHERE cs.tier = (SELECT tier FROM criteria_sets WHERE set_id = ?) AND cs.level = 'commune'
        GROUP BY sub.period
    )"""


def scope_series(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """period, communes, criteria_met_sum, criteria_total, reaching, under_15, recognised_ntm,
    reaching_not_recognised_ntm, recognised_advanced, recognised_model_commune, recognised_modern, villages,
    recognised_model_village — one row per period up to the scope's period, for the xã in scope.

    Criteria met come from the scope set's tier (the set assessed in each period); recognitions of
    every tier are counted at each period's end from the decisions themselves.
    """
    return series_until(scope_series_every_period(con, filters), filters.period)


def scope_series_every_period(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """`scope_series` over every period in the data, whatever `filters.period`: the heaviest question of
    the overview, asked once per scope and set so that a change of period alone reuses it."""
    communes, communes_params = communes_in_scope(filters, periods="every")
    return con.execute(
        f"""
        WITH {_SET_PER_PERIOD},
        scope_units AS (
            SELECT u.period, u.period_end, u.unit_code FROM {communes}
        ),
        met AS (
            SELECT ss.period, ss.unit_code, ss.criteria_met, ss.criteria_total, ss.reaches
            FROM subject_status ss JOIN set_per_period sp USING (period, set_id)
            WHERE ss.level = 'commune'
        ),
        ntm AS (
            SELECT ss.period, ss.unit_code, ss.reaches
            FROM subject_status ss
            JOIN (SELECT sub.period, arg_max(cs.set_id, year(cs.valid_from)) AS set_id
                  FROM assessed_sets sub JOIN criteria_sets cs USING (set_id)
                  WHERE cs.tier = 'ntm' AND cs.level = 'commune' GROUP BY sub.period) n USING (period, set_id)
        ),
        recognised AS (
            SELECT su.period, r.tier, count(DISTINCT r.subject_code) AS n
            FROM scope_units su
            JOIN recognitions_in_effect r ON r.subject_code = su.unit_code
             AND r.decision_date <= su.period_end AND (r.revoked_date IS NULL OR r.revoked_date > su.period_end) AND (r.version_to IS NULL OR r.version_to >= su.period_end)
            GROUP BY ALL
        ),
        villages_in_scope AS (
            SELECT su.period, su.period_end, v.village_code
            FROM scope_units su JOIN villages v ON v.unit_code = su.unit_code
             AND v.valid_from <= su.period_end AND (v.valid_to IS NULL OR v.valid_to >= su.period_end)
        ),
        model_villages AS (
            SELECT vs.period, count(DISTINCT vs.village_code) FILTER (WHERE r.subject_code IS NOT NULL) AS recognised,
                   count(DISTINCT vs.village_code) AS villages
            FROM villages_in_scope vs
            LEFT JOIN recognitions_in_effect r ON r.subject_code = vs.village_code AND r.tier = 'model_village'
             AND r.decision_date <= vs.period_end AND (r.revoked_date IS NULL OR r.revoked_date > vs.period_end) AND (r.version_to IS NULL OR r.version_to >= vs.period_end)
            GROUP BY vs.period
        ),
        ntm_recognised AS (
            SELECT su.period, su.unit_code
            FROM scope_units su JOIN recognitions_in_effect r ON r.subject_code = su.unit_code AND r.tier = 'ntm'
             AND r.decision_date <= su.period_end AND (r.revoked_date IS NULL OR r.revoked_date > su.period_end) AND (r.version_to IS NULL OR r.version_to >= su.period_end)
            GROUP BY ALL
        )
        SELECT su.period,
               CAST(count(*) AS INTEGER) AS communes,
               CAST(coalesce(sum(m.criteria_met), 0) AS INTEGER) AS criteria_met_sum,
               CAST(coalesce(max(m.criteria_total), 0) AS INTEGER) AS criteria_total,
               CAST(count(*) FILTER (WHERE m.reaches) AS INTEGER) AS reaching,
               CAST(count(*) FILTER (WHERE m.criteria_met < 15) AS INTEGER) AS under_15,
               CAST(count(nr.unit_code) AS INTEGER) AS recognised_ntm,
               CAST(count(*) FILTER (WHERE n.reaches AND nr.unit_code IS NULL) AS INTEGER) AS reaching_not_recognised_ntm,
               CAST(coalesce(any_value(ra.n), 0) AS INTEGER) AS recognised_advanced,
               CAST(coalesce(any_value(rm.n), 0) AS INTEGER) AS recognised_model_commune,
               CAST(coalesce(any_value(rh.n), 0) AS INTEGER) AS recognised_modern,
               CAST(coalesce(any_value(mv.villages), 0) AS INTEGER) AS villages,
               CAST(coalesce(any_value(mv.recognised), 0) AS INTEGER) AS recognised_model_village
        FROM scope_units su
        LEFT JOIN met m USING (period, unit_code)
        LEFT JOIN ntm n USING (period, unit_code)
        LEFT JOIN ntm_recognised nr USING (period, unit_code)
        LEFT JOIN recognised ra ON ra.period = su.period AND ra.tier = 'advanced'
        LEFT JOIN recognised rm ON rm.period = su.period AND rm.tier = 'model_commune'
        LEFT JOIN recognised rh ON rh.period = su.period AND rh.tier = 'modern'
        LEFT JOIN model_villages mv ON mv.period = su.period
        GROUP BY su.period
        ORDER BY su.period
        """,
        [filters.set_id, filters.set_id, *communes_params],
    ).df()


def tiers_by_period(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """period, tier, set_id — the tiers (commune and village) whose sets were assessed in each period: which
    tiers a period has is data (2021–2025: NTM, nâng cao, kiểu mẫu, thôn kiểu mẫu; 2026–2030: NTM, hiện đại)."""
    return con.execute(
        """SELECT DISTINCT sub.period, cs.tier, cs.set_id
           FROM assessed_sets sub JOIN criteria_sets cs USING (set_id)
           WHERE cs.level IN ('commune', 'village')
           ORDER BY sub.period, cs.tier, cs.set_id"""
    ).df()


def criterion_matrix(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_name, criterion_no, criterion_vi, criterion_en, status — one row per
    commune in scope × criterion of the set (only the scope's criteria when some are chosen)."""
    communes, communes_params = communes_in_scope(filters)
    chosen_sql, chosen_params = criteria_clause(filters, "cs.criterion_no")
    return con.execute(
        f"""SELECT cs.subject_code AS unit_code, u.name, u.district_name, cs.criterion_no,
                   c.name_vi AS criterion_vi, c.name_en AS criterion_en, cs.status
            FROM criterion_status cs
            JOIN criteria c ON c.set_id = cs.set_id AND c.criterion_no = cs.criterion_no
            JOIN {communes} ON u.unit_code = cs.subject_code AND u.period = cs.period
            WHERE cs.set_id = ? AND cs.period = ? AND {chosen_sql}
            ORDER BY u.name, cs.subject_code, cs.criterion_no""",
        [*communes_params, filters.set_id, filters.period, *chosen_params],
    ).df()


def commune_results_before(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """The columns of `commune_results` for the period before the scope's, read with the set of the
    same tier assessed then (empty when nothing was assessed then)."""
    row = con.execute(
        f"""WITH {_SET_PER_PERIOD}
            SELECT sp.period, sp.set_id FROM set_per_period sp
            WHERE sp.period < ? ORDER BY sp.period DESC LIMIT 1""",
        [filters.set_id, filters.set_id, filters.period],
    ).fetchone()
    if row is None:
        return commune_results(con, replace(filters, set_id=""))
    return commune_results(con, replace(filters, period=row[0], set_id=row[1]))


def plan_targets(con: duckdb.DuckDBPyConnection, filters: Filters, tier: str) -> pd.DataFrame:
    """target_year, planned — communes in scope (as at the scope's period) planned to reach a tier in each year."""
    communes, communes_params = communes_in_scope(filters)
    return con.execute(
        f"""SELECT p.target_year, CAST(count(DISTINCT p.subject_code) AS INTEGER) AS planned
            FROM plans p JOIN {communes} ON u.unit_code = p.subject_code
            WHERE p.tier = ? AND {PLAN_OF_VERSION}
            GROUP BY p.target_year ORDER BY p.target_year""",
        [*communes_params, tier],
    ).df()
