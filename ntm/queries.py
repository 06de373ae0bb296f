"""One function per question the pages ask; each takes a cursor (and a `Filters`) and returns a frame.

SQL lives here, with values as bound parameters only.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from ntm.filters import Filters, scope_clause

# A unit row "as it stood" in a period: valid at the period's end.
_UNIT_VALID_AT = "u.valid_from <= pc.period_end AND (u.valid_to IS NULL OR u.valid_to >= pc.period_end)"


def available_periods(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Assessed periods, oldest first."""
    return [row[0] for row in con.execute("SELECT period FROM period_calendar ORDER BY period").fetchall()]


def criteria_sets(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """set_id, tier, level, name_vi, name_en, legal_basis, valid_from, valid_to, criteria_count."""
    return con.execute(
        """SELECT s.set_id, s.tier, s.level, s.name_vi, s.name_en, s.legal_basis, s.valid_from, s.valid_to,
                  (SELECT count(*) FROM criteria c WHERE c.set_id = s.set_id) AS criteria_count
           FROM criteria_sets s ORDER BY s.tier, s.valid_from"""
    ).df()


def sets_assessed_in(con: duckdb.DuckDBPyConnection, period: str, tier: str | None = None) -> list[str]:
    """The criteria sets with assessments in a period (of one tier, if given), newest first."""
    rows = con.execute(
        """SELECT DISTINCT s.set_id, s.valid_from FROM subjects sub JOIN criteria_sets s USING (set_id)
           WHERE sub.period = ? AND (CAST(? AS VARCHAR) IS NULL OR s.tier = ?)
           ORDER BY s.valid_from DESC, s.set_id""",
        [period, tier, tier],
    ).fetchall()
    return [row[0] for row in rows]


def provinces(con: duckdb.DuckDBPyConnection, period: str) -> pd.DataFrame:
    """province_code, province_name of the units valid in the period."""
    return con.execute(
        f"""SELECT DISTINCT u.province_code, u.province_name
            FROM units u JOIN period_calendar pc ON pc.period = ?
            WHERE {_UNIT_VALID_AT} ORDER BY u.province_name""",
        [period],
    ).df()


def districts(con: duckdb.DuckDBPyConnection, province_code: str, period: str) -> pd.DataFrame:
    """district_code, district_name of a province's units valid in the period."""
    return con.execute(
        f"""SELECT DISTINCT u.district_code, u.district_name
            FROM units u JOIN period_calendar pc ON pc.period = ?
            WHERE {_UNIT_VALID_AT} AND u.province_code = ? AND u.district_code IS NOT NULL
            ORDER BY u.district_code""",
        [period, province_code],
    ).df()


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
            JOIN units u ON u.unit_code = ss.unit_code AND {_UNIT_VALID_AT}
            WHERE ss.set_id = ? AND ss.period = ? AND ss.level = 'commune' AND {scope_sql}
            ORDER BY ss.criteria_met DESC, u.name, ss.unit_code""",
        [filters.set_id, filters.period, *scope_params],
    ).df()


def dataset_metadata(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The data set's key/value facts (is_sample, as_of, …)."""
    return dict(con.execute("SELECT key, value FROM metadata").fetchall())


def commune_sets_assessed_in(con: duckdb.DuckDBPyConnection, period: str) -> pd.DataFrame:
    """set_id, tier, name_vi, name_en of commune-level sets assessed in a period, NTM first, newest first."""
    return con.execute(
        """SELECT s.set_id, s.tier, s.name_vi, s.name_en
           FROM criteria_sets s
           WHERE s.level = 'commune' AND EXISTS (SELECT 1 FROM subjects sub WHERE sub.set_id = s.set_id AND sub.period = ?)
           ORDER BY list_position(['ntm', 'advanced', 'model_commune'], s.tier), s.valid_from DESC, s.set_id""",
        [period],
    ).df()
