"""Questions of the map (Bản đồ): every unit of a scope with what it is coloured by."""

from __future__ import annotations

import duckdb
import pandas as pd

from ntm.filters import Filters, scope_clause
from ntm.queries.scope import UNIT_VALID_AT

_RECOGNISED = """EXISTS (SELECT 1 FROM recognitions r WHERE r.subject_code = u.unit_code AND r.tier = '{tier}'
    AND r.decision_date <= pc.period_end AND (r.revoked_date IS NULL OR r.revoked_date > pc.period_end))"""

# Reaching NTM is read from the newest NTM set assessed in the period, whatever set the scope shows.
_NEWEST_NTM_SET = """(SELECT arg_max(cs.set_id, cs.valid_from) FROM criteria_sets cs
    WHERE cs.tier = 'ntm' AND cs.level = 'commune'
      AND EXISTS (SELECT 1 FROM subjects sub WHERE sub.set_id = cs.set_id AND sub.period = pc.period))"""


def map_units(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, unit_type, district_name, criteria_total, criteria_met, criteria_unknown,
    reaches_ntm, recognised_ntm, recognised_advanced, recognised_model_commune — every unit (xã, phường,
    thị trấn) in scope valid at the period's end; criteria of the scope's set, NULL when not assessed."""
    scope_sql, scope_params = scope_clause(filters)
    return con.execute(
        f"""SELECT u.unit_code, u.name, u.unit_type, u.district_name,
                   ss.criteria_total, ss.criteria_met, ss.criteria_unknown,
                   n.reaches AS reaches_ntm,
                   {_RECOGNISED.format(tier="ntm")} AS recognised_ntm,
                   {_RECOGNISED.format(tier="advanced")} AS recognised_advanced,
                   {_RECOGNISED.format(tier="model_commune")} AS recognised_model_commune
            FROM period_calendar pc
            JOIN units u ON {UNIT_VALID_AT}
            LEFT JOIN subject_status ss ON ss.period = pc.period AND ss.unit_code = u.unit_code
             AND ss.level = 'commune' AND ss.set_id = ?
            LEFT JOIN subject_status n ON n.period = pc.period AND n.unit_code = u.unit_code
             AND n.level = 'commune' AND n.set_id = {_NEWEST_NTM_SET}
            WHERE pc.period = ? AND {scope_sql}
            ORDER BY u.district_name, u.name, u.unit_code""",
        [filters.set_id, filters.period, *scope_params],
    ).df()


def map_criterion_status(con: duckdb.DuckDBPyConnection, filters: Filters, criterion_no: int) -> pd.DataFrame:
    """unit_code, status — one criterion of the scope's set for each xã in scope assessed in the period."""
    scope_sql, scope_params = scope_clause(filters)
    return con.execute(
        f"""SELECT cs.subject_code AS unit_code, cs.status
            FROM criterion_status cs
            JOIN period_calendar pc ON pc.period = cs.period
            JOIN units u ON u.unit_code = cs.subject_code AND {UNIT_VALID_AT}
            WHERE cs.set_id = ? AND cs.period = ? AND cs.criterion_no = ? AND {scope_sql}
            ORDER BY cs.subject_code""",
        [filters.set_id, filters.period, int(criterion_no), *scope_params],
    ).df()


def set_indicators(con: duckdb.DuckDBPyConnection, set_id: str) -> pd.DataFrame:
    """indicator_code, criterion_no, name_vi, name_en, unit, kind, direction — the indicators of a set, in order."""
    return con.execute(
        """SELECT indicator_code, criterion_no, name_vi, name_en, unit, kind, direction
           FROM indicators WHERE set_id = ? ORDER BY criterion_no, indicator_code""",
        [set_id],
    ).df()


def known_unit_codes(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every unit code of the data (any validity): what a boundary file's codes are checked against."""
    return [row[0] for row in con.execute("SELECT DISTINCT unit_code FROM units ORDER BY 1").fetchall()]
