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

# The first day of the commune as it stands at the period's end (parameters: period, unit code): the start of
# its unit version. A xã formed on 1/7/2025 under an old code starts then: its history, like its decisions
# (`recognitions_in_effect`), is its own, never that of the xã that bore the code before.
_OWN_HISTORY_SINCE = """(
    SELECT max(ou.valid_from) FROM units ou JOIN period_calendar opc ON opc.period = ?
    WHERE ou.unit_code = ? AND ou.valid_from <= opc.period_end
      AND (ou.valid_to IS NULL OR ou.valid_to >= opc.period_end))"""


def commune_choices(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_name — every xã of the scope valid at the period's end, by name."""
    communes, params = communes_in_scope(filters)
    return con.execute(
        f"""SELECT u.unit_code, u.name, u.district_name FROM {communes}
            ORDER BY u.name, u.unit_code""",
        params,
    ).df()


def commune_standing(con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str) -> pd.DataFrame:
    """set_id, tier, name_vi, name_en, region, commune_group, threshold_basis, year, period_end, criteria_total, criteria_met, criteria_not_met,
    criteria_unknown, indicators_assessed, reaches, recognised, decision_no, decision_date — one row
    for the commune on the chosen set in the period, none when the set is not assessed then."""
    return con.execute(
        """SELECT ss.set_id, ss.tier, cs.name_vi, cs.name_en, ss.region, ss.commune_group,
                  coalesce(cs.threshold_basis, 'region') AS threshold_basis, ss.year, ss.period_end,
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
                  AND ss.period_end >= {_OWN_HISTORY_SINCE}
            )
            SELECT r.period, pc.year, pc.half, r.set_id, r.criteria_total, r.criteria_met,
                   r.criteria_not_met, r.criteria_unknown, r.reaches, r.recognised
            FROM ranked r JOIN period_calendar pc USING (period)
            WHERE r.set_rank = 1
            ORDER BY r.period""",
        [unit_code, filters.period, filters.set_id, filters.period, unit_code],
    ).df()


def criterion_history(con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str) -> pd.DataFrame:
    """period, criterion_no, status — each (chosen) criterion's status in every period up to the chosen one,
    on the same sets as `criteria_met_history` that count as many criteria as the chosen set: numbers are
    stable across the 19-criterion sets (2016, 2021), but the 10 criteria of 2026–2030 are others."""
    chosen_sql, chosen_params = criteria_clause(filters, "c.criterion_no")
    return con.execute(
        f"""WITH ranked AS (
                SELECT ss.subject_code, ss.period, ss.set_id, {_SET_RANK} AS set_rank
                FROM subject_status ss JOIN criteria_sets cs USING (set_id)
                WHERE ss.subject_code = ? AND ss.level = 'commune' AND ss.period <= ?
                  AND ss.tier = (SELECT tier FROM criteria_sets WHERE set_id = ?)
                  AND ss.period_end >= {_OWN_HISTORY_SINCE}
            )
            SELECT c.period, c.criterion_no, c.status
            FROM criterion_status c JOIN ranked r USING (subject_code, period, set_id)
            WHERE r.set_rank = 1 AND {chosen_sql}
              AND (SELECT count(*) FROM criteria k WHERE k.set_id = r.set_id)
                = (SELECT count(*) FROM criteria k WHERE k.set_id = ?)
            ORDER BY c.criterion_no, c.period""",
        [
            unit_code,
            filters.period,
            filters.set_id,
            filters.period,
            unit_code,
            *chosen_params,
            filters.set_id,
        ],
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


def commune_predecessors(con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str) -> pd.DataFrame:
    """from_code, name, district_name, relation, legal_act, effective_date, last_period, set_id,
    criteria_met, criteria_total, tier (highest recognised on its last day, null: none), decision_no,
    decision_date — the xã the commune's unit version was formed from (`unit_lineage` effective the day the
    version starts, each predecessor as it stood the day before),
    their last standing on the chosen set's tier before the change and their decisions in force on their
    last day; none when the commune was not formed from others by the period's end."""
    return con.execute(
        f"""WITH pc AS (SELECT period_end FROM period_calendar WHERE period = ?),
            version AS (
                SELECT u.unit_code, u.valid_from FROM units u, pc
                WHERE u.unit_code = ? AND u.valid_from <= pc.period_end
                  AND (u.valid_to IS NULL OR u.valid_to >= pc.period_end)
            ),
            links AS (
                SELECT l.from_code, l.relation, l.legal_act, l.effective_date,
                       CAST(l.effective_date - INTERVAL 1 DAY AS DATE) AS last_day
                FROM unit_lineage l JOIN version v ON l.to_code = v.unit_code
                -- The xã this version was formed from; one that only absorbed others keeps its own history.
                WHERE l.effective_date = v.valid_from
            ),
            predecessors AS (
                SELECT l.*, p.name, p.district_name, p.valid_from AS version_from
                FROM links l JOIN units p
                  ON p.unit_code = l.from_code AND p.valid_from <= l.last_day
                 AND (p.valid_to IS NULL OR p.valid_to >= l.last_day)
            ),
            standing AS (
                SELECT p.from_code, ss.period AS last_period, ss.set_id, ss.criteria_met, ss.criteria_total
                FROM predecessors p
                JOIN subject_status ss
                  ON ss.subject_code = p.from_code AND ss.level = 'commune'
                 AND ss.period_end >= p.version_from AND ss.period_end <= p.last_day
                 AND ss.tier = (SELECT tier FROM criteria_sets WHERE set_id = ?)
                JOIN criteria_sets cs ON cs.set_id = ss.set_id
                QUALIFY row_number() OVER (
                    PARTITION BY p.from_code
                    ORDER BY ss.period DESC,
                             (cs.valid_from <= ss.period_end AND (cs.valid_to IS NULL OR cs.valid_to >= ss.period_end)) DESC,
                             cs.valid_from DESC, ss.set_id
                ) = 1
            ),
            decided AS (
                SELECT p.from_code, r.tier, r.decision_no, r.decision_date
                FROM predecessors p
                JOIN recognitions_in_effect r
                  ON r.subject_code = p.from_code AND r.version_from = p.version_from
                 AND r.tier IN {COMMUNE_TIER_IN} AND r.decision_date <= p.last_day
                 AND (r.revoked_date IS NULL OR r.revoked_date > p.last_day)
                QUALIFY row_number() OVER (
                    PARTITION BY p.from_code
                    ORDER BY list_position({COMMUNE_TIER_LIST}, r.tier) DESC, r.decision_date DESC
                ) = 1
            )
            SELECT p.from_code, p.name, p.district_name, p.relation, p.legal_act, p.effective_date,
                   s.last_period, s.set_id, s.criteria_met, s.criteria_total,
                   d.tier, d.decision_no, d.decision_date
            FROM predecessors p
            LEFT JOIN standing s USING (from_code)
            LEFT JOIN decided d USING (from_code)
            ORDER BY p.from_code = ? DESC, replace(strip_accents(lower(p.name)), 'đ', 'd'), p.from_code""",
        [filters.period, unit_code, filters.set_id, unit_code],
    ).df()


# The set the chosen one replaced: the newest set of its tier and level that came into force before it
# (parameter: the chosen set). The 2026–2030 set replaced the 2021–2025 one.
_REPLACED_SET = """(
    SELECT cs.set_id FROM criteria_sets cs JOIN criteria_sets chosen ON chosen.set_id = ?
    WHERE cs.tier = chosen.tier AND cs.level = chosen.level AND cs.valid_from < chosen.valid_from
    ORDER BY cs.valid_from DESC, cs.set_id LIMIT 1)"""


def set_change_indicators(
    con: duckdb.DuckDBPyConnection, filters: Filters, unit_code: str | None = None
) -> pd.DataFrame:
    """unit_code, name, district_name, new_set_id, new_set_vi, new_set_en, new_period, new_criteria_met,
    new_criteria_total, old_set_id, old_set_vi, old_set_en, old_period, old_criteria_met, old_criteria_total,
    criterion_no, criterion_vi, criterion_en,
    criterion_status, indicator_code, indicator_vi, indicator_en, kind, unit, direction, value,
    threshold_value, status, old_indicator_code, old_value, old_threshold_value, old_status — every
    indicator of the chosen set for each xã of the scope (or the one given) assessed on it in the period,
    beside the indicator of the same name in the set it replaced (null: none), as the xã stood in its last
    period on that set up to the chosen one — its own periods only, never a predecessor's; none when the
    chosen set replaced no set, the old set ended more than a year before the period's end, or the xã was
    not assessed on the old one."""
    communes, communes_params = communes_in_scope(filters, "s")
    one_sql, one_params = ("s.unit_code = ?", [unit_code]) if unit_code else ("true", [])
    return con.execute(
        f"""WITH scope AS (
                SELECT s.unit_code, s.name, s.district_name, s.period_end, s.valid_from AS own_since
                FROM {communes}
                WHERE {one_sql}
            ),
            new_standing AS (
                SELECT sc.*, ss.set_id AS new_set_id, ss.period AS new_period, ss.year,
                       ss.region, ss.commune_group,
                       ss.criteria_met AS new_criteria_met, ss.criteria_total AS new_criteria_total
                FROM scope sc JOIN subject_status ss ON ss.subject_code = sc.unit_code
                WHERE ss.set_id = ? AND ss.period = ? AND ss.level = 'commune'
            ),
            old_standing AS (
                SELECT ss.subject_code AS unit_code, ss.set_id AS old_set_id, ss.period AS old_period,
                       ss.criteria_met AS old_criteria_met, ss.criteria_total AS old_criteria_total
                FROM subject_status ss JOIN scope sc ON ss.subject_code = sc.unit_code
                JOIN criteria_sets old_set ON old_set.set_id = ss.set_id
                WHERE ss.set_id = {_REPLACED_SET} AND ss.period <= ? AND ss.level = 'commune'
                  AND ss.period_end >= sc.own_since
                  -- The change is news for a year after the old set ends, not for the whole next programme.
                  AND (old_set.valid_to IS NULL OR old_set.valid_to >= sc.period_end - INTERVAL 1 YEAR)
                QUALIFY row_number() OVER (PARTITION BY ss.subject_code ORDER BY ss.period DESC) = 1
            ),
            counterparts AS (
                SELECT n.indicator_code, o.indicator_code AS old_indicator_code, o.set_id AS old_set_id
                FROM indicators n JOIN indicators o
                  ON o.set_id = {_REPLACED_SET} AND o.name_vi = n.name_vi
                WHERE n.set_id = ?
                QUALIFY row_number() OVER (PARTITION BY n.indicator_code ORDER BY o.indicator_code) = 1
            )
            SELECT ns.unit_code, ns.name, ns.district_name, ns.new_set_id, new_set.name_vi AS new_set_vi,
                   new_set.name_en AS new_set_en, ns.new_period, ns.new_criteria_met, ns.new_criteria_total,
                   os.old_set_id, old_set.name_vi AS old_set_vi, old_set.name_en AS old_set_en, os.old_period,
                   os.old_criteria_met, os.old_criteria_total,
                   i.criterion_no, cr.name_vi AS criterion_vi, cr.name_en AS criterion_en,
                   cst.status AS criterion_status,
                   i.indicator_code, i.name_vi AS indicator_vi, i.name_en AS indicator_en, i.kind, i.unit,
                   i.direction,
                   CASE WHEN isnan(s.value) THEN NULL ELSE s.value END AS value,
                   CASE WHEN s.subject_code IS NULL
                        THEN threshold_at(i.set_id, i.indicator_code, ns.region, ns.commune_group, ns.year)
                        ELSE s.threshold_value END AS threshold_value,
                   coalesce(s.status, 'unknown') AS status,
                   cp.old_indicator_code,
                   CASE WHEN isnan(os_i.value) THEN NULL ELSE os_i.value END AS old_value,
                   os_i.threshold_value AS old_threshold_value,
                   CASE WHEN cp.old_indicator_code IS NOT NULL THEN coalesce(os_i.status, 'unknown') END
                       AS old_status
            FROM new_standing ns
            JOIN old_standing os USING (unit_code)
            JOIN criteria_sets new_set ON new_set.set_id = ns.new_set_id
            JOIN criteria_sets old_set ON old_set.set_id = os.old_set_id
            JOIN indicators i ON i.set_id = ns.new_set_id
            JOIN criteria cr ON cr.set_id = i.set_id AND cr.criterion_no = i.criterion_no
            JOIN criterion_status cst
              ON cst.set_id = ns.new_set_id AND cst.period = ns.new_period
             AND cst.subject_code = ns.unit_code AND cst.criterion_no = i.criterion_no
            LEFT JOIN indicator_status s
              ON s.set_id = ns.new_set_id AND s.period = ns.new_period AND s.subject_code = ns.unit_code
             AND s.indicator_code = i.indicator_code
            LEFT JOIN counterparts cp ON cp.indicator_code = i.indicator_code
            LEFT JOIN indicator_status os_i
              ON os_i.set_id = os.old_set_id AND os_i.period = os.old_period
             AND os_i.subject_code = ns.unit_code AND os_i.indicator_code = cp.old_indicator_code
            ORDER BY replace(strip_accents(lower(ns.name)), 'đ', 'd'), ns.unit_code, i.criterion_no,
                     list_transform(string_split(i.indicator_code, '.'), lambda x: try_cast(x AS INTEGER))""",
        [
            *communes_params,
            *one_params,
            filters.set_id,
            filters.period,
            filters.set_id,
            filters.period,
            filters.set_id,
            filters.set_id,
        ],
    ).df()
