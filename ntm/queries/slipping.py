"""Questions of the Sụt giảm tiêu chí page: recognised communes that fail, or nearly fail, their tier's
criteria."""

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


def recognised_commune_indicators(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_name, tier, set_id, criterion_no, criterion_vi, criterion_en,
    criterion_status, indicator_code, indicator_vi, indicator_en, kind, unit, direction, value,
    threshold_value, gap, indicator_status, last_met_period — for each xã of the scope recognised at the
    period's end, on its highest tier's set in the period: every indicator not met or unknown, and every
    met one with a numeric threshold it must stay above or below (the candidates of the margin rule);
    last_met_period is the latest earlier period in which the criterion was met on a set of that tier
    (null: never)."""
    common, params = tier_standing(filters)
    return con.execute(
        f"""WITH {common},
            c AS (
                SELECT su.*, sp.tier, sp.set_id
                FROM scope_units su
                JOIN recognised rc USING (unit_code)
                JOIN sets_by_period sp
                  ON sp.period = su.period AND sp.tier = {COMMUNE_TIER_LIST}[rc.tier_rank]
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
            SELECT c.tier, {INDICATOR_COLUMNS}, lm.last_met_period
            FROM c {INDICATOR_JOINS}
            LEFT JOIN last_met lm ON lm.unit_code = c.unit_code AND lm.criterion_no = cs.criterion_no
            WHERE i.indicator_code IS NULL
               OR coalesce(s.status, 'unknown') IN ('not_met', 'unknown')
               OR (s.status = 'met' AND s.threshold_value IS NOT NULL AND i.direction IN ('>=', '<=')
                   AND s.value IS NOT NULL AND NOT isnan(s.value))
            ORDER BY {BY_NAME}, cs.criterion_no, {INDICATOR_ORDER}""",
        params,
    ).df()
