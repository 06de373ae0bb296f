"""Questions only the exports ask: every commune's standing across tiers, funding of a whole scope."""

from __future__ import annotations

import duckdb
import pandas as pd

from ntm.filters import Filters, scope_clause
from ntm.queries.shared import UNIT_VALID_AT, communes_in_scope

# The newest commune-level set of a tier assessed in the scope's period (none → NULL columns).
_NEWEST_SET_OF_TIER = """(SELECT arg_max(cs.set_id, cs.valid_from) FROM criteria_sets cs
    WHERE cs.tier = '{tier}' AND cs.level = 'commune'
      AND EXISTS (SELECT 1 FROM assessed_sets sub WHERE sub.set_id = cs.set_id AND sub.period = u.period))"""

_RECOGNISED = """EXISTS (SELECT 1 FROM recognitions_in_effect r WHERE r.subject_code = u.unit_code AND r.tier = '{tier}'
    AND r.decision_date <= u.period_end AND (r.revoked_date IS NULL OR r.revoked_date > u.period_end)
    AND (r.version_to IS NULL OR r.version_to >= u.period_end))"""


def unit_results(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_code, district_name, commune_group, period, set_id, criteria_total,
    criteria_met, criteria_unknown, reaches_ntm, recognised_ntm, reaches_advanced, recognised_advanced —
    one row per xã in scope valid at the period's end; its commune group in the period's year (NULL when
    it has none, as before 2026); criteria from the scope's set, reaching a tier from the newest set of
    that tier assessed in the period (NULL when none was), recognitions from the decisions."""
    communes, communes_params = communes_in_scope(filters)
    return con.execute(
        f"""SELECT u.unit_code, u.name, u.district_code, u.district_name, g.commune_group, u.period, ss.set_id,
                   ss.criteria_total, ss.criteria_met, ss.criteria_unknown,
                   n.reaches AS reaches_ntm, {_RECOGNISED.format(tier="ntm")} AS recognised_ntm,
                   a.reaches AS reaches_advanced, {_RECOGNISED.format(tier="advanced")} AS recognised_advanced
            FROM {communes}
            LEFT JOIN commune_groups g ON g.unit_code = u.unit_code
             AND g.year_from <= u.year AND (g.year_to IS NULL OR g.year_to >= u.year)
            LEFT JOIN subject_status ss ON ss.period = u.period AND ss.unit_code = u.unit_code
             AND ss.level = 'commune' AND ss.set_id = ?
            LEFT JOIN subject_status n ON n.period = u.period AND n.unit_code = u.unit_code
             AND n.level = 'commune' AND n.set_id = {_NEWEST_SET_OF_TIER.format(tier="ntm")}
            LEFT JOIN subject_status a ON a.period = u.period AND a.unit_code = u.unit_code
             AND a.level = 'commune' AND a.set_id = {_NEWEST_SET_OF_TIER.format(tier="advanced")}
            ORDER BY u.unit_code""",
        [*communes_params, filters.set_id],
    ).df()


def scope_funding(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, period, source_category, amount_mvnd — capital mobilised in the period by each
    xã in scope, summed per source (communes without funding rows are left out)."""
    communes, communes_params = communes_in_scope(filters)
    return con.execute(
        f"""SELECT u.unit_code, u.name, f.period, f.source_category,
                   CAST(sum(f.amount_mvnd) AS DOUBLE) AS amount_mvnd
            FROM funding f
            JOIN {communes} ON u.unit_code = f.unit_code AND u.period = f.period
            GROUP BY ALL ORDER BY u.unit_code, f.source_category""",
        communes_params,
    ).df()


def scope_activities(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """district_code, unit_code, name, kind, events, participants — training and communication held in
    the period: district-wide rows (unit_code and name NULL) of the scope's districts, unless communes
    are chosen, and the rows of the xã in scope; district-wide rows first."""
    scope_sql, scope_params = scope_clause(filters)
    return con.execute(
        f"""WITH scope_units AS (
                SELECT u.unit_code, u.name, u.district_code
                FROM period_calendar pc JOIN units u ON {UNIT_VALID_AT}
                WHERE pc.period = ? AND {scope_sql}
            )
            SELECT a.district_code, a.unit_code, su.name, a.kind,
                   CAST(a.events AS BIGINT) AS events, CAST(a.participants AS BIGINT) AS participants
            FROM activities a
            LEFT JOIN scope_units su ON su.unit_code = a.unit_code
            WHERE a.period = ?
              AND (su.unit_code IS NOT NULL
                   OR (a.unit_code IS NULL AND len(?) = 0
                       AND a.district_code IN (SELECT district_code FROM scope_units)))
            ORDER BY a.unit_code NULLS FIRST, a.district_code, a.kind""",
        [filters.period, *scope_params, filters.period, list(filters.unit_codes)],
    ).df()


def scope_recognitions(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, village_name, tier, decision_no, decision_date, revoked_date — every decision of
    the xã in scope and their villages (village_name NULL for a commune's own) dated on or before the
    period's end, the oldest first."""
    communes, communes_params = communes_in_scope(filters)
    return con.execute(
        f"""WITH scope_units AS (SELECT u.unit_code, u.name, u.period_end FROM {communes}),
            subjects_in_scope AS (
                SELECT unit_code AS subject_code, unit_code, name, NULL AS village_name, period_end
                FROM scope_units
                UNION ALL
                SELECT v.village_code, su.unit_code, su.name, v.name, su.period_end
                FROM scope_units su JOIN villages v ON v.unit_code = su.unit_code
                 AND v.valid_from <= su.period_end AND (v.valid_to IS NULL OR v.valid_to >= su.period_end)
            )
            SELECT s.unit_code, s.name, s.village_name, r.tier, r.decision_no, r.decision_date,
                   CASE WHEN r.revoked_date <= s.period_end THEN r.revoked_date END AS revoked_date
            FROM subjects_in_scope s JOIN recognitions_in_effect r ON r.subject_code = s.subject_code
            WHERE r.decision_date <= s.period_end AND (r.version_to IS NULL OR r.version_to >= s.period_end)
            ORDER BY r.decision_date, s.unit_code, r.subject_code, r.tier""",
        communes_params,
    ).df()
