"""Questions of the commune page: one xã's standing, history, criteria, indicators, plans, villages, funding.

Every function takes the scope (`Filters`) and the chosen commune's code; "the set of a tier in a
period" is the one valid at the period's end, else the newest (criterion numbers are stable across
the sets of one tier, so a commune's history runs across NTM-2016 and NTM-2021).
"""

from __future__ import annotations

import duckdb
import pandas as pd

from ntm.filters import Filters, criteria_clause
from ntm.queries.shared import COMMUNE_TIER_IN, COMMUNE_TIER_LIST, PLAN_OF_VERSION, communes_in_scope

# Ranks the sets of one tier assessed in one period: the set in force at the period's end first.
_SET_RANK = """row_number() OVER (
    PARTITION BY ss.subject_code, ss.period, ss.tier
    ORDER BY (cs.valid_from <= ss.period_end AND (cs.valid_to IS NULL OR cs.valid_to >= ss.period_end)) DESC,
             cs.valid_from DESC, ss.set_id)"""


def commune_choices(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_name — every xã of the scope valid at the period's end, by name."""
    communes, params = communes_in_scope(filters)
    return con.execute(
        f"""SELECT u.unit_code, u.name, u.district_name FROM {communes}
            ORDER BY u.name, u.unit_code""",
        params,
    ).df()


def commune_standing(con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str) -> pd.DataFrame:
    """set_id, tier, name_vi, name_en, region, year, period_end, criteria_total, criteria_met, criteria_not_met,
    criteria_unknown, indicators_assessed, reaches, recognised, decision_no, decision_date — one row
    for the commune on the chosen set in the period, none when the set is not assessed then."""
    return con.execute(
        """SELECT ss.set_id, ss.tier, cs.name_vi, cs.name_en, ss.region, ss.year, ss.period_end,
                  ss.criteria_total, ss.criteria_met, ss.criteria_not_met, ss.criteria_unknown,
                  (SELECT CAST(count(*) AS INTEGER) FROM assessments a
                    WHERE a.subject_code = ss.subject_code AND a.period = ss.period AND a.set_id = ss.set_id
                  ) AS indicators_assessed,
                  ss.reaches, ss.recognised, ss.decision_no, ss.decision_date
           FROM subject_status ss JOIN criteria_sets cs USING (set_id)
           WHERE ss.set_id = ? AND ss.period = ? AND ss.subject_code = ? AND ss.level = 'commune'""",
        [filters.set_id, filters.period, unit_code],
    ).df()


def commune_recognitions(con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str) -> pd.DataFrame:
    """tier, decision_no, decision_date, revoked_date — the commune's decisions dated by the period's end,
    oldest first; revoked_date only when revoked by then."""
    return con.execute(
        f"""SELECT r.tier, r.decision_no, r.decision_date,
                  CASE WHEN r.revoked_date <= pc.period_end THEN r.revoked_date END AS revoked_date
           FROM recognitions_in_effect r JOIN period_calendar pc ON pc.period = ?
           WHERE r.subject_code = ? AND r.decision_date <= pc.period_end
             AND (r.version_to IS NULL OR r.version_to >= pc.period_end)
             AND r.tier IN {COMMUNE_TIER_IN}
           ORDER BY r.decision_date, list_position({COMMUNE_TIER_LIST}, r.tier)""",
        [filters.period, unit_code],
    ).df()


def criteria_met_history(con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str) -> pd.DataFrame:
    """period, year, half, set_id, criteria_total, criteria_met, criteria_not_met, criteria_unknown, reaches,
    recognised — every period up to the chosen one, on the set of the chosen set's tier assessed then."""
    return con.execute(
        f"""WITH ranked AS (
                SELECT ss.*, {_SET_RANK} AS set_rank
                FROM subject_status ss JOIN criteria_sets cs USING (set_id)
                WHERE ss.subject_code = ? AND ss.level = 'commune' AND ss.period <= ?
                  AND ss.tier = (SELECT tier FROM criteria_sets WHERE set_id = ?)
            )
            SELECT r.period, pc.year, pc.half, r.set_id, r.criteria_total, r.criteria_met,
                   r.criteria_not_met, r.criteria_unknown, r.reaches, r.recognised
            FROM ranked r JOIN period_calendar pc USING (period)
            WHERE r.set_rank = 1
            ORDER BY r.period""",
        [unit_code, filters.period, filters.set_id],
    ).df()


def criterion_history(con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str) -> pd.DataFrame:
    """period, criterion_no, status — each (chosen) criterion's status in every period up to the chosen one,
    on the same sets as `criteria_met_history`."""
    chosen_sql, chosen_params = criteria_clause(filters, "c.criterion_no")
    return con.execute(
        f"""WITH ranked AS (
                SELECT ss.subject_code, ss.period, ss.set_id, {_SET_RANK} AS set_rank
                FROM subject_status ss JOIN criteria_sets cs USING (set_id)
                WHERE ss.subject_code = ? AND ss.level = 'commune' AND ss.period <= ?
                  AND ss.tier = (SELECT tier FROM criteria_sets WHERE set_id = ?)
            )
            SELECT c.period, c.criterion_no, c.status
            FROM criterion_status c JOIN ranked r USING (subject_code, period, set_id)
            WHERE r.set_rank = 1 AND {chosen_sql}
            ORDER BY c.criterion_no, c.period""",
        [unit_code, filters.period, filters.set_id, *chosen_params],
    ).df()


def criterion_results(con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str) -> pd.DataFrame:
    """criterion_no, group_no, name_vi, name_en, n_indicators, n_met, n_not_met, n_unknown, status — the
    chosen set's (chosen) criteria for the commune in the period."""
    chosen_sql, chosen_params = criteria_clause(filters, "criterion_no")
    return con.execute(
        f"""SELECT criterion_no, c.group_no, c.name_vi, c.name_en,
                   CAST(cs.n_indicators AS INTEGER) AS n_indicators,
                   CAST(cs.n_met AS INTEGER) AS n_met,
                   CAST(cs.n_not_met AS INTEGER) AS n_not_met,
                   CAST(cs.n_indicators - cs.n_met - cs.n_not_met AS INTEGER) AS n_unknown,
                   cs.status
            FROM criterion_status cs JOIN criteria c USING (set_id, criterion_no)
            WHERE cs.set_id = ? AND cs.period = ? AND cs.subject_code = ? AND {chosen_sql}
            ORDER BY criterion_no""",
        [filters.set_id, filters.period, unit_code, *chosen_params],
    ).df()


def indicator_results(con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str) -> pd.DataFrame:
    """criterion_no, indicator_code, name_vi, name_en, unit, kind, direction, value, threshold_value, gap,
    status, note — every indicator of the chosen set (chosen criteria) for the commune in the period; the
    threshold is the one for its region and year even without an assessment row (status unknown then)."""
    chosen_sql, chosen_params = criteria_clause(filters, "i.criterion_no")
    return con.execute(
        f"""WITH subject AS (
                SELECT set_id, period, subject_code, region, commune_group, year FROM subjects
                WHERE set_id = ? AND period = ? AND subject_code = ?
            )
            SELECT i.criterion_no, i.indicator_code, i.name_vi, i.name_en, i.unit, i.kind, i.direction,
                   st.value, threshold_at(s.set_id, i.indicator_code, s.region, s.commune_group, s.year) AS threshold_value, st.gap,
                   coalesce(st.status, 'unknown') AS status, a.note
            FROM subject s
            JOIN indicators i ON i.set_id = s.set_id
            LEFT JOIN indicator_status st
              ON st.set_id = s.set_id AND st.period = s.period AND st.subject_code = s.subject_code
             AND st.indicator_code = i.indicator_code
            LEFT JOIN assessments a
              ON a.set_id = s.set_id AND a.period = s.period AND a.subject_code = s.subject_code
             AND a.indicator_code = i.indicator_code
            WHERE {chosen_sql}
            ORDER BY i.criterion_no, try_cast(split_part(i.indicator_code, '.', 2) AS INTEGER) NULLS FIRST,
                     i.indicator_code""",
        [filters.set_id, filters.period, unit_code, *chosen_params],
    ).df()


def commune_plans(con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str) -> pd.DataFrame:
    """tier, target_year, set_id, criteria_total, criteria_met, reaches, decision_no, decision_date,
    recognised_year (the year the decision recognises) — the
    commune's plans, its standing on that tier's set in the period (empty when not assessed) and its
    first recognition of the tier in force at the period's end."""
    return con.execute(
        f"""WITH pc AS (SELECT period_end FROM period_calendar WHERE period = ?),
            ranked AS (
                SELECT ss.*, {_SET_RANK} AS set_rank
                FROM subject_status ss JOIN criteria_sets cs USING (set_id)
                WHERE ss.subject_code = ? AND ss.period = ? AND ss.level = 'commune'
            ),
            in_force AS (
                SELECT r.tier, arg_min(r.decision_no, r.decision_date) AS decision_no,
                       min(r.decision_date) AS decision_date,
                       arg_min(r.recognised_year, r.decision_date) AS recognised_year
                FROM recognitions_in_effect r, pc
                WHERE r.subject_code = ? AND r.decision_date <= pc.period_end
                  AND (r.revoked_date IS NULL OR r.revoked_date > pc.period_end)
                  AND (r.version_to IS NULL OR r.version_to >= pc.period_end)
                GROUP BY r.tier
            )
            SELECT p.tier, CAST(p.target_year AS INTEGER) AS target_year, rk.set_id,
                   rk.criteria_total, rk.criteria_met, coalesce(rk.reaches, false) AS reaches,
                   f.decision_no, f.decision_date, f.recognised_year
            FROM plans p
            JOIN units u ON u.unit_code = p.subject_code
             AND u.valid_from <= (SELECT period_end FROM pc)
             AND (u.valid_to IS NULL OR u.valid_to >= (SELECT period_end FROM pc))
            LEFT JOIN ranked rk ON rk.tier = p.tier AND rk.set_rank = 1
            LEFT JOIN in_force f ON f.tier = p.tier
            WHERE p.subject_code = ? AND {PLAN_OF_VERSION}
            ORDER BY list_position({COMMUNE_TIER_LIST}, p.tier), p.target_year""",
        [filters.period, unit_code, filters.period, unit_code, unit_code],
    ).df()


def village_progress(con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str) -> pd.DataFrame:
    """village_code, name, set_id, criteria_total, criteria_met, criteria_not_met, criteria_unknown, reaches,
    recognised, decision_no, decision_date, target_year — every village of the commune valid at the
    period's end, its model-village standing in the period (empty when not assessed), its model-village
    decision in force then and its planned year."""
    return con.execute(
        f"""WITH pc AS (SELECT period_end FROM period_calendar WHERE period = ?),
            ranked AS (
                SELECT ss.*, {_SET_RANK} AS set_rank
                FROM subject_status ss JOIN criteria_sets cs USING (set_id)
                WHERE ss.unit_code = ? AND ss.period = ? AND ss.level = 'village' AND ss.tier = 'model_village'
            ),
            in_force AS (
                SELECT r.subject_code, arg_max(r.decision_no, r.decision_date) AS decision_no,
                       max(r.decision_date) AS decision_date
                FROM recognitions_in_effect r, pc
                WHERE r.tier = 'model_village' AND r.decision_date <= pc.period_end
                  AND (r.revoked_date IS NULL OR r.revoked_date > pc.period_end)
                  AND (r.version_to IS NULL OR r.version_to >= pc.period_end)
                GROUP BY r.subject_code
            )
            SELECT v.village_code, v.name, rk.set_id, rk.criteria_total, rk.criteria_met,
                   rk.criteria_not_met, rk.criteria_unknown, coalesce(rk.reaches, false) AS reaches,
                   f.decision_no IS NOT NULL AS recognised, f.decision_no, f.decision_date,
                   CAST(p.target_year AS INTEGER) AS target_year
            FROM villages v CROSS JOIN pc
            LEFT JOIN ranked rk ON rk.subject_code = v.village_code AND rk.set_rank = 1
            LEFT JOIN in_force f ON f.subject_code = v.village_code
            LEFT JOIN plans p ON p.subject_code = v.village_code AND p.tier = 'model_village'
            WHERE v.unit_code = ? AND v.valid_from <= pc.period_end
              AND (v.valid_to IS NULL OR v.valid_to >= pc.period_end)
            ORDER BY v.village_code""",
        [filters.period, unit_code, filters.period, unit_code],
    ).df()


def commune_funding(con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str) -> pd.DataFrame:
    """source_category, amount_mvnd — the commune's capital mobilised in the period, summed per source."""
    return con.execute(
        """SELECT source_category, CAST(sum(amount_mvnd) AS DOUBLE) AS amount_mvnd
           FROM funding WHERE unit_code = ? AND period = ?
           GROUP BY source_category ORDER BY source_category""",
        [unit_code, filters.period],
    ).df()
