"""SQL written once: fragments that several pages' questions share, each with its parameters.

"A tier's set in a period" is the commune-level set of that tier assessed then, the one in force at
the period's end first, else the newest; criterion numbers are compared across the sets of one tier.
"""

from __future__ import annotations

from typing import Literal

from ntm.filters import Filters, identifier, scope_clause
from ntm.store.schema import COMMUNE_TIERS

# A unit row "as it stood" in a period: valid at the period's end.
UNIT_VALID_AT = "u.valid_from <= pc.period_end AND (u.valid_to IS NULL OR u.valid_to >= pc.period_end)"


def _texts(values: tuple[str, ...]) -> str:
    # Built only from the schema's own constants, never from input; each is checked to need no escaping.
    return ", ".join(f"'{identifier(value)}'" for value in values)


# The commune tiers in rank order, as a SQL list (for list_position and indexing: 1 NTM … 3 model)
# and as an IN list.
COMMUNE_TIER_LIST = f"[{_texts(COMMUNE_TIERS)}]"
COMMUNE_TIER_IN = f"({_texts(COMMUNE_TIERS)})"

# The periods `communes_in_scope` lists the communes for.
Periods = Literal["scope", "until_scope", "every"]
_PERIOD_CONDITION = {"scope": "u.period = ?", "until_scope": "u.period <= ?", "every": "true"}


def communes_in_scope(filters: Filters, alias: str = "u", periods: Periods = "scope") -> tuple[str, list]:
    """`(sql, params)`: the relation `(SELECT …) AS alias` of the xã of the scope valid at each period's end,
    one row per xã and period: unit_code, name, unit_type, district_code, district_name, province_code,
    province_name, region, period, year, half, period_end, valid_from (of the unit version), commune_group
    (that year's, null when none) — for the scope's period, every period up to
    it, or every period."""
    scope_sql, scope_params = scope_clause(filters)
    period_params = [] if periods == "every" else [filters.period]
    sql = f"""(
        SELECT u.unit_code, u.name, u.unit_type, u.district_code, u.district_name, u.province_code,
               u.province_name, u.region, u.period, u.year, u.half, u.period_end, u.valid_from,
               u.commune_group
        FROM commune_periods u
        WHERE {_PERIOD_CONDITION[periods]} AND {scope_sql}
    ) AS {identifier(alias)}"""
    return sql, [*period_params, *scope_params]


# The commune tiers each period has (period, tier): those of the sets in force at its end or assessed in
# it — nâng cao and kiểu mẫu until 2025, hiện đại from 2026. The data decides, in one place.
PERIOD_TIERS = f"""
    SELECT pc.period, cs.tier
    FROM criteria_sets cs JOIN period_calendar pc
      ON cs.valid_from <= pc.period_end AND (cs.valid_to IS NULL OR cs.valid_to >= pc.period_end)
    WHERE cs.level = 'commune' AND cs.tier IN {COMMUNE_TIER_IN}
    UNION
    SELECT a.period, cs.tier
    FROM assessed_sets a JOIN criteria_sets cs USING (set_id)
    WHERE cs.level = 'commune' AND cs.tier IN {COMMUNE_TIER_IN}"""


# The scope's xã at the period's end, the highest commune tier recognised then (0 none, 1 NTM,
# 2 advanced, 3 model, 4 modern), the set of each tier assessed in each period and the tier each xã works
# towards next. Parameters: the scope's communes.
TIER_STANDING = f"""
    scope_units AS (
        SELECT su.unit_code, su.name, su.district_name, su.region, su.commune_group, su.period, su.year,
               su.period_end
        FROM {{communes}}
    ),
    recognised AS (
        SELECT su.unit_code,
               max(list_position({COMMUNE_TIER_LIST}, r.tier)) AS tier_rank
        FROM scope_units su
        JOIN recognitions_in_effect r
          ON r.subject_code = su.unit_code AND r.tier IN {COMMUNE_TIER_IN}
         AND {{in_force}}
        GROUP BY su.unit_code
    ),
    sets_by_period AS (
        SELECT pc.period, cs.tier, cs.set_id
        FROM assessed_sets sp
        JOIN criteria_sets cs USING (set_id)
        JOIN period_calendar pc USING (period)
        WHERE cs.level = 'commune' AND cs.tier IN {COMMUNE_TIER_IN}
        QUALIFY row_number() OVER (
            PARTITION BY pc.period, cs.tier
            ORDER BY (cs.valid_from <= pc.period_end AND (cs.valid_to IS NULL OR cs.valid_to >= pc.period_end)) DESC,
                     cs.valid_from DESC, cs.set_id
        ) = 1
    ),
    -- The tier each xã works towards next: the lowest tier above the one it holds among the sets in force at
    -- the period's end or assessed in it (after NTM: nâng cao until 2025, the pilot hiện đại from 2026; the
    -- data decides which tiers a period has).
    ladder AS ({PERIOD_TIERS}),
    next_tiers AS (
        SELECT su.unit_code, su.period, coalesce(rc.tier_rank, 0) AS tier_rank,
               arg_min(l.tier, list_position({COMMUNE_TIER_LIST}, l.tier)) AS next_tier
        FROM scope_units su
        LEFT JOIN recognised rc USING (unit_code)
        LEFT JOIN ladder l
          ON l.period = su.period AND list_position({COMMUNE_TIER_LIST}, l.tier) > coalesce(rc.tier_rank, 0)
        GROUP BY ALL
    )"""


# Each indicator's threshold for the commune's region or group and year when it has no assessment row:
# the engine's own rule, through its macro.
THRESHOLD_FOR_MISSING_ROW = "threshold_at(i.set_id, i.indicator_code, c.region, c.commune_group, c.year)"


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
    communes, params = communes_in_scope(filters, "su")
    return TIER_STANDING.format(communes=communes, in_force=IN_FORCE.format(at="su.period_end")), params


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

# A decision of `recognitions_in_effect r` in force at a date `at`: dated on or before it, not revoked by
# then, and made for the unit version that exists then (a merged commune reusing a code inherits nothing).
IN_FORCE = (
    "r.decision_date <= {at} AND (r.revoked_date IS NULL OR r.revoked_date > {at})"
    " AND (r.version_to IS NULL OR r.version_to >= {at})"
)


# A plan (alias p) of the unit version u: plans are keyed by code, so a successor reusing a code sees only
# plans for years from its own start, never its predecessor's.
PLAN_OF_VERSION = "p.target_year >= year(u.valid_from)"
