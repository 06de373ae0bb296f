"""SQL written once: fragments that several pages' questions share, each with its parameters.

"A tier's set in a period" is the commune-level set of that tier assessed then, the one in force at
the period's end first, else the newest; criterion numbers are compared across the sets of one tier.
"""

from __future__ import annotations

from ntm.filters import Filters, scope_clause
from ntm.queries.scope import UNIT_VALID_AT

# The scope's xã at the period's end, the highest commune tier recognised then (0 none, 1 NTM,
# 2 advanced, 3 model) and the set of each tier assessed in each period. Parameters: period, scope.
TIER_STANDING = f"""
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
THRESHOLD_FOR_MISSING_ROW = "threshold_at(i.set_id, i.indicator_code, c.region, c.year)"


INDICATOR_ORDER = "list_transform(string_split(i.indicator_code, '.'), lambda x: try_cast(x AS INTEGER))"


BY_NAME = "replace(strip_accents(lower(c.name)), 'đ', 'd'), c.unit_code"


# One row per commune (alias c) and indicator of the given criteria (alias cs): value, threshold,
# gap, status (no assessment row: unknown).
INDICATOR_COLUMNS = f"""
    c.unit_code, c.name, c.district_name, c.set_id, cs.criterion_no,
    cr.name_vi AS criterion_vi, cr.name_en AS criterion_en, cs.status AS criterion_status,
    i.indicator_code, i.name_vi AS indicator_vi, i.name_en AS indicator_en, i.kind, i.unit, i.direction,
    CASE WHEN isnan(s.value) THEN NULL ELSE s.value END AS value,
    CASE WHEN s.subject_code IS NULL THEN {THRESHOLD_FOR_MISSING_ROW} ELSE s.threshold_value END
        AS threshold_value,
    s.gap, coalesce(s.status, 'unknown') AS indicator_status"""


INDICATOR_JOINS = """
    JOIN criterion_status cs ON cs.set_id = c.set_id AND cs.period = c.period AND cs.subject_code = c.unit_code
    JOIN criteria cr ON cr.set_id = cs.set_id AND cr.criterion_no = cs.criterion_no
    LEFT JOIN indicators i ON i.set_id = cs.set_id AND i.criterion_no = cs.criterion_no
    LEFT JOIN indicator_status s
      ON s.set_id = c.set_id AND s.period = c.period AND s.subject_code = c.unit_code
     AND s.indicator_code = i.indicator_code"""


def tier_standing(filters: Filters) -> tuple[str, list]:
    scope_sql, scope_params = scope_clause(filters)
    return TIER_STANDING.format(scope_sql=scope_sql), [filters.period, *scope_params]


# One set per period for the tier bound first: the set valid at the period's end, else the newest.
TIER_SETS = """
    tier_sets AS (
        SELECT sub.period, arg_max(cs.set_id,
               (cs.valid_from <= pc.period_end AND (cs.valid_to IS NULL OR cs.valid_to >= pc.period_end))::INT
               * 100000 + year(cs.valid_from)) AS set_id
        FROM assessed_sets sub
        JOIN criteria_sets cs USING (set_id)
        JOIN period_calendar pc USING (period)
        WHERE cs.tier = ?
        GROUP BY sub.period
    )"""

# In force at a date `at`: dated on or before it and not revoked by then.
IN_FORCE = "r.decision_date <= {at} AND (r.revoked_date IS NULL OR r.revoked_date > {at})"
