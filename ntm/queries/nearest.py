"""Questions of the Gần đạt page: each commune's next tier, and the indicators it still lacks for it."""

from __future__ import annotations

import duckdb
import pandas as pd

from ntm.filters import Filters
from ntm.queries.shared import (
    BY_NAME,
    COMMUNE_TIER_LIST,
    INDICATOR_COLUMNS,
    INDICATOR_JOINS,
    INDICATOR_ORDER,
    tier_standing,
)


def next_tier_communes(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_name, recognised_tier, next_tier, set_id, criteria_total, criteria_met,
    criteria_unmet, reaches — every xã of the scope: its highest commune tier recognised at the period's
    end (none: null), the tier after it (null after model), that tier's set assessed in the period (null
    when none is) and its standing on it; by name."""
    common, params = tier_standing(filters)
    return con.execute(
        f"""WITH {common},
            c AS (
                SELECT su.*, nt.tier_rank, {COMMUNE_TIER_LIST}[nt.tier_rank] AS recognised_tier, nt.next_tier
                FROM scope_units su JOIN next_tiers nt USING (unit_code, period)
            )
            SELECT c.unit_code, c.name, c.district_name, c.recognised_tier, c.next_tier, sp.set_id,
                   ss.criteria_total, ss.criteria_met,
                   ss.criteria_total - ss.criteria_met AS criteria_unmet, ss.reaches
            FROM c
            LEFT JOIN sets_by_period sp ON sp.period = c.period AND sp.tier = c.next_tier
            LEFT JOIN subject_status ss
              ON ss.set_id = sp.set_id AND ss.period = c.period AND ss.subject_code = c.unit_code
            ORDER BY {BY_NAME}""",
        params,
    ).df()


def next_tier_gaps(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_name, next_tier, set_id, criterion_no, criterion_vi, criterion_en,
    criterion_status, indicator_code, indicator_vi, indicator_en, kind, unit, direction, value,
    threshold_value, gap, indicator_status — one row per indicator not met or unknown of each criterion
    not met or unknown of each commune's next-tier set in the period; by commune, criterion, indicator."""
    common, params = tier_standing(filters)
    return con.execute(
        f"""WITH {common},
            c AS (
                SELECT su.*, sp.tier AS next_tier, sp.set_id
                FROM scope_units su
                JOIN next_tiers nt USING (unit_code, period)
                JOIN sets_by_period sp ON sp.period = su.period AND sp.tier = nt.next_tier
            )
            SELECT c.next_tier, {INDICATOR_COLUMNS}
            FROM c {INDICATOR_JOINS}
            WHERE cs.status <> 'met' AND (i.indicator_code IS NULL OR coalesce(s.status, 'unknown') IN ('not_met', 'unknown'))
            ORDER BY {BY_NAME}, cs.criterion_no, {INDICATOR_ORDER}""",
        params,
    ).df()
