"""Questions of the progress pages: each commune's next tier and its gaps (Gần đạt); recognised communes
that fail, or nearly fail, their tier's criteria (Sụt giảm tiêu chí).

"A tier's set in a period" is the commune-level set of that tier assessed then, the one in force at
the period's end first, else the newest; criterion numbers are compared across the sets of one tier.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from ntm.filters import Filters, scope_clause
from ntm.queries.scope import UNIT_VALID_AT

COMMUNE_TIERS = ("ntm", "advanced", "model_commune")

# The scope's xã at the period's end, the highest commune tier recognised then (0 none, 1 NTM,
# 2 advanced, 3 model) and the set of each tier assessed in each period. Parameters: period, scope.
_COMMON = f"""
    scope_units AS (
        SELECT u.unit_code, u.name, u.district_name, u.region, pc.period, pc.year, pc.period_end
        FROM units u JOIN period_calendar pc ON pc.period = ?
        WHERE {UNIT_VALID_AT} AND u.unit_type = 'xã' AND {{scope_sql}}
    ),
    recognised AS (
        SELECT su.unit_code,
               max(list_position(['ntm', 'advanced', 'model_commune'], r.tier)) AS tier_rank
        FROM scope_units su
        JOIN recognitions r
          ON r.subject_code = su.unit_code AND r.tier IN ('ntm', 'advanced', 'model_commune')
         AND r.decision_date <= su.period_end
         AND (r.revoked_date IS NULL OR r.revoked_date > su.period_end)
        GROUP BY su.unit_code
    ),
    sets_by_period AS (
        SELECT pc.period, cs.tier, cs.set_id
        FROM assessed_sets sp
        JOIN criteria_sets cs USING (set_id)
        JOIN period_calendar pc USING (period)
        WHERE cs.level = 'commune' AND cs.tier IN ('ntm', 'advanced', 'model_commune')
        QUALIFY row_number() OVER (
            PARTITION BY pc.period, cs.tier
            ORDER BY (cs.valid_from <= pc.period_end AND (cs.valid_to IS NULL OR cs.valid_to >= pc.period_end)) DESC,
                     cs.valid_from DESC, cs.set_id
        ) = 1
    )"""

# Each indicator's threshold for the commune's region and year when it has no assessment row: the
# engine's own rule, through its macro.
_THRESHOLD_FOR_MISSING_ROW = "threshold_at(i.set_id, i.indicator_code, c.region, c.year)"

_INDICATOR_ORDER = "list_transform(string_split(i.indicator_code, '.'), lambda x: try_cast(x AS INTEGER))"
_BY_NAME = "replace(strip_accents(lower(c.name)), 'đ', 'd'), c.unit_code"

# One row per commune (alias c) and indicator of the given criteria (alias cs): value, threshold,
# gap, status (no assessment row: unknown).
_INDICATOR_COLUMNS = f"""
    c.unit_code, c.name, c.district_name, c.set_id, cs.criterion_no,
    cr.name_vi AS criterion_vi, cr.name_en AS criterion_en, cs.status AS criterion_status,
    i.indicator_code, i.name_vi AS indicator_vi, i.name_en AS indicator_en, i.kind, i.unit, i.direction,
    CASE WHEN isnan(s.value) THEN NULL ELSE s.value END AS value,
    CASE WHEN s.subject_code IS NULL THEN {_THRESHOLD_FOR_MISSING_ROW} ELSE s.threshold_value END
        AS threshold_value,
    s.gap, coalesce(s.status, 'unknown') AS indicator_status"""

_INDICATOR_JOINS = """
    JOIN criterion_status cs ON cs.set_id = c.set_id AND cs.period = c.period AND cs.subject_code = c.unit_code
    JOIN criteria cr ON cr.set_id = cs.set_id AND cr.criterion_no = cs.criterion_no
    LEFT JOIN indicators i ON i.set_id = cs.set_id AND i.criterion_no = cs.criterion_no
    LEFT JOIN indicator_status s
      ON s.set_id = c.set_id AND s.period = c.period AND s.subject_code = c.unit_code
     AND s.indicator_code = i.indicator_code"""


def _common(filters: Filters) -> tuple[str, list]:
    scope_sql, scope_params = scope_clause(filters)
    return _COMMON.format(scope_sql=scope_sql), [filters.period, *scope_params]


def next_tier_communes(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_name, recognised_tier, next_tier, set_id, criteria_total, criteria_met,
    criteria_unmet, reaches — every xã of the scope: its highest commune tier recognised at the period's
    end (none: null), the tier after it (null after model), that tier's set assessed in the period (null
    when none is) and its standing on it; by name."""
    common, params = _common(filters)
    return con.execute(
        f"""WITH {common},
            c AS (
                SELECT su.*, coalesce(rc.tier_rank, 0) AS tier_rank,
                       ['ntm', 'advanced', 'model_commune'][coalesce(rc.tier_rank, 0)] AS recognised_tier,
                       ['ntm', 'advanced', 'model_commune'][coalesce(rc.tier_rank, 0) + 1] AS next_tier
                FROM scope_units su LEFT JOIN recognised rc USING (unit_code)
            )
            SELECT c.unit_code, c.name, c.district_name, c.recognised_tier, c.next_tier, sp.set_id,
                   ss.criteria_total, ss.criteria_met,
                   ss.criteria_total - ss.criteria_met AS criteria_unmet, ss.reaches
            FROM c
            LEFT JOIN sets_by_period sp ON sp.period = c.period AND sp.tier = c.next_tier
            LEFT JOIN subject_status ss
              ON ss.set_id = sp.set_id AND ss.period = c.period AND ss.subject_code = c.unit_code
            ORDER BY {_BY_NAME}""",
        params,
    ).df()


def next_tier_gaps(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_name, next_tier, set_id, criterion_no, criterion_vi, criterion_en,
    criterion_status, indicator_code, indicator_vi, indicator_en, kind, unit, direction, value,
    threshold_value, gap, indicator_status — one row per indicator not met or unknown of each criterion
    not met or unknown of each commune's next-tier set in the period; by commune, criterion, indicator."""
    common, params = _common(filters)
    return con.execute(
        f"""WITH {common},
            c AS (
                SELECT su.*, sp.tier AS next_tier, sp.set_id
                FROM scope_units su
                LEFT JOIN recognised rc USING (unit_code)
                JOIN sets_by_period sp
                  ON sp.period = su.period
                 AND sp.tier = ['ntm', 'advanced', 'model_commune'][coalesce(rc.tier_rank, 0) + 1]
            )
            SELECT c.next_tier, {_INDICATOR_COLUMNS}
            FROM c {_INDICATOR_JOINS}
            WHERE cs.status <> 'met' AND (i.indicator_code IS NULL OR coalesce(s.status, 'unknown') IN ('not_met', 'unknown'))
            ORDER BY {_BY_NAME}, cs.criterion_no, {_INDICATOR_ORDER}""",
        params,
    ).df()


def recognised_commune_indicators(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_name, tier, set_id, criterion_no, criterion_vi, criterion_en,
    criterion_status, indicator_code, indicator_vi, indicator_en, kind, unit, direction, value,
    threshold_value, gap, indicator_status, last_met_period — for each xã of the scope recognised at the
    period's end, on its highest tier's set in the period: every indicator not met or unknown, and every
    met one with a numeric threshold it must stay above or below (the candidates of the margin rule);
    last_met_period is the latest earlier period in which the criterion was met on a set of that tier
    (null: never)."""
    common, params = _common(filters)
    return con.execute(
        f"""WITH {common},
            c AS (
                SELECT su.*, sp.tier, sp.set_id
                FROM scope_units su
                JOIN recognised rc USING (unit_code)
                JOIN sets_by_period sp
                  ON sp.period = su.period AND sp.tier = ['ntm', 'advanced', 'model_commune'][rc.tier_rank]
            ),
            last_met AS (
                SELECT c.unit_code, cst.criterion_no, max(cst.period) AS last_met_period
                FROM c
                JOIN sets_by_period sp ON sp.tier = c.tier AND sp.period < c.period
                JOIN criterion_status cst
                  ON cst.set_id = sp.set_id AND cst.period = sp.period AND cst.subject_code = c.unit_code
                WHERE cst.status = 'met'
                GROUP BY ALL
            )
            SELECT c.tier, {_INDICATOR_COLUMNS}, lm.last_met_period
            FROM c {_INDICATOR_JOINS}
            LEFT JOIN last_met lm ON lm.unit_code = c.unit_code AND lm.criterion_no = cs.criterion_no
            WHERE i.indicator_code IS NULL
               OR coalesce(s.status, 'unknown') IN ('not_met', 'unknown')
               OR (s.status = 'met' AND s.threshold_value IS NOT NULL AND i.direction IN ('>=', '<=')
                   AND s.value IS NOT NULL AND NOT isnan(s.value))
            ORDER BY {_BY_NAME}, cs.criterion_no, {_INDICATOR_ORDER}""",
        params,
    ).df()
