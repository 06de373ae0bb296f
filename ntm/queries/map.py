"""Questions of the map (Bản đồ): every unit of a scope with what it is coloured by."""

from __future__ import annotations

import datetime

import duckdb
import pandas as pd

from ntm.filters import Filters, scope_clause
from ntm.queries.shared import UNIT_VALID_AT, communes_in_scope


def map_units(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, unit_type, district_name, valid_from, criteria_total, criteria_met, criteria_unknown,
    reaches_ntm, recognised_ntm, recognised_advanced, recognised_model_commune — every unit (xã, phường,
    thị trấn) in scope valid at the period's end (`valid_from`: its version, which the map's outlines follow); criteria of the scope's set, NULL when not assessed."""
    # Recognitions and the newest NTM set are joined once for the scope, not asked per unit: a correlated
    # EXISTS per row took ~120 ms for a district at national scale (~20 ms so).
    scope_sql, scope_params = scope_clause(filters)
    return con.execute(
        f"""WITH pc AS (SELECT period, period_end FROM period_calendar WHERE period = ?),
        newest_ntm AS (
            SELECT arg_max(cs.set_id, cs.valid_from) AS set_id FROM criteria_sets cs
            WHERE cs.tier = 'ntm' AND cs.level = 'commune'
              AND cs.set_id IN (SELECT sub.set_id FROM assessed_sets sub WHERE sub.period = ?)
        ),
        scope AS (
            SELECT u.unit_code, u.name, u.unit_type, u.district_name, u.valid_from, pc.period, pc.period_end
            FROM pc JOIN units u ON {UNIT_VALID_AT}
            WHERE {scope_sql}
        ),
        recognised AS (
            SELECT r.subject_code AS unit_code,
                   bool_or(r.tier = 'ntm') AS ntm,
                   bool_or(r.tier = 'advanced') AS advanced,
                   bool_or(r.tier = 'model_commune') AS model_commune
            FROM recognitions_in_effect r JOIN scope s ON r.subject_code = s.unit_code
            WHERE r.decision_date <= s.period_end AND (r.revoked_date IS NULL OR r.revoked_date > s.period_end) AND (r.version_to IS NULL OR r.version_to >= s.period_end)
            GROUP BY r.subject_code
        )
        SELECT s.unit_code, s.name, s.unit_type, s.district_name, s.valid_from,
               ss.criteria_total, ss.criteria_met, ss.criteria_unknown,
               n.reaches AS reaches_ntm,
               coalesce(rc.ntm, false) AS recognised_ntm,
               coalesce(rc.advanced, false) AS recognised_advanced,
               coalesce(rc.model_commune, false) AS recognised_model_commune
        FROM scope s
        LEFT JOIN subject_status ss ON ss.period = s.period AND ss.unit_code = s.unit_code
         AND ss.level = 'commune' AND ss.set_id = ?
        LEFT JOIN subject_status n ON n.period = s.period AND n.unit_code = s.unit_code
         AND n.level = 'commune' AND n.set_id = (SELECT set_id FROM newest_ntm)
        LEFT JOIN recognised rc ON rc.unit_code = s.unit_code
        ORDER BY s.district_name, s.name, s.unit_code""",
        [filters.period, filters.period, *scope_params, filters.set_id],
    ).df()


def map_criterion_status(con: duckdb.DuckDBPyConnection, filters: Filters, criterion_no: int) -> pd.DataFrame:
    """unit_code, status — one criterion of the scope's set for each xã in scope assessed in the period."""
    communes, communes_params = communes_in_scope(filters)
    return con.execute(
        f"""SELECT cs.subject_code AS unit_code, cs.status
            FROM criterion_status cs
            JOIN {communes} ON u.unit_code = cs.subject_code AND u.period = cs.period
            WHERE cs.set_id = ? AND cs.period = ? AND cs.criterion_no = ?
            ORDER BY cs.subject_code""",
        [*communes_params, filters.set_id, filters.period, int(criterion_no)],
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


def unit_lineage(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """from_code, to_code, relation, effective_date — every lineage row: what estimated outlines follow."""
    return con.execute(
        """SELECT from_code, to_code, relation, effective_date FROM unit_lineage
           ORDER BY effective_date, to_code, from_code"""
    ).df()


def unit_codes_from(con: duckdb.DuckDBPyConnection, valid_from: datetime.date) -> list[str]:
    """Codes of the unit versions that began on `valid_from` or later: what a file of outlines drawn after
    the reform is checked against."""
    return [
        row[0]
        for row in con.execute(
            "SELECT DISTINCT unit_code FROM units WHERE valid_from >= ? ORDER BY 1", [valid_from]
        ).fetchall()
    ]


def predecessor_codes(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[str]:
    """Codes of every unit that merged, directly or by earlier merges, into a unit of the scope at its period:
    where the scope was before the reform (the map's years tab runs across it)."""
    scope_sql, scope_params = scope_clause(filters)
    return [
        row[0]
        for row in con.execute(
            f"""WITH RECURSIVE pc AS (SELECT period_end FROM period_calendar WHERE period = ?),
            scope AS (SELECT u.unit_code, pc.period_end FROM pc JOIN units u ON {UNIT_VALID_AT} WHERE {scope_sql}),
            back(code, effective) AS (
                SELECT l.from_code, l.effective_date FROM unit_lineage l JOIN scope s ON l.to_code = s.unit_code
                WHERE l.effective_date <= s.period_end
                UNION
                -- strictly earlier each step: a unit that keeps its code (from = to) ends the walk
                SELECT l.from_code, l.effective_date FROM unit_lineage l JOIN back b ON l.to_code = b.code
                WHERE l.effective_date < b.effective
            )
            SELECT DISTINCT code FROM back ORDER BY 1""",
            [filters.period, *scope_params],
        ).fetchall()
    ]


def former_district_units(
    con: duckdb.DuckDBPyConnection, codes: list[str], eve: datetime.date
) -> pd.DataFrame:
    """unit_code, district_name of the units among `codes` valid on `eve` (the day before the reform) that
    belonged to a district: what the former districts' outlines are dissolved from."""
    if not codes:
        return pd.DataFrame({"unit_code": [], "district_name": []})
    return con.execute(
        """SELECT u.unit_code, u.district_name FROM units u
           WHERE u.unit_code IN (SELECT unnest(?::VARCHAR[])) AND u.district_name IS NOT NULL
             AND u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)
           ORDER BY u.unit_code""",
        [list(codes), eve, eve],
    ).df()
