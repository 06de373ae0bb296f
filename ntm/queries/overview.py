"""Questions of the overview page: where the communes of a scope stand."""

from __future__ import annotations

import duckdb
import pandas as pd

from ntm.filters import Filters, scope_clause
from ntm.queries.scope import UNIT_VALID_AT


def commune_results(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_code, district_name, criteria_total, criteria_met, criteria_not_met,
    criteria_unknown, reaches, recognised, decision_no, decision_date — one row per commune in scope."""
    scope_sql, scope_params = scope_clause(filters)
    return con.execute(
        f"""SELECT ss.unit_code, u.name, u.district_code, u.district_name,
                   ss.criteria_total, ss.criteria_met, ss.criteria_not_met, ss.criteria_unknown,
                   ss.reaches, ss.recognised, ss.decision_no, ss.decision_date
            FROM subject_status ss
            JOIN period_calendar pc ON pc.period = ss.period
            JOIN units u ON u.unit_code = ss.unit_code AND {UNIT_VALID_AT}
            WHERE ss.set_id = ? AND ss.period = ? AND ss.level = 'commune' AND {scope_sql}
            ORDER BY ss.criteria_met DESC, u.name, ss.unit_code""",
        [filters.set_id, filters.period, *scope_params],
    ).df()
