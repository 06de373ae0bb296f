"""Questions about what can be chosen: periods, places, criteria sets, the data set's metadata."""

from __future__ import annotations

import duckdb
import pandas as pd

from ntm.filters import Filters
from ntm.queries.shared import COMMUNE_TIER_LIST, UNIT_VALID_AT, communes_in_scope


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
        """SELECT DISTINCT s.set_id, s.valid_from FROM assessed_sets sub JOIN criteria_sets s USING (set_id)
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
            WHERE {UNIT_VALID_AT} ORDER BY u.province_name""",
        [period],
    ).df()


def districts(con: duckdb.DuckDBPyConnection, province_code: str, period: str) -> pd.DataFrame:
    """district_code, district_name of a province's units valid in the period."""
    return con.execute(
        f"""SELECT DISTINCT u.district_code, u.district_name
            FROM units u JOIN period_calendar pc ON pc.period = ?
            WHERE {UNIT_VALID_AT} AND u.province_code = ? AND u.district_code IS NOT NULL
            ORDER BY u.district_code""",
        [period, province_code],
    ).df()


def coverage_note(metadata: dict[str, str], province_code: str | None, lang: str) -> str | None:
    """What a data set holds of a province when it is not the whole (metadata `coverage.<code>.<lang>`, e.g.
    the sample's Phú Thọ after 1/7/2025: only the part that was Vĩnh Phúc); None when it says nothing."""
    if not province_code:
        return None
    return metadata.get(f"coverage.{province_code}.{lang}") or metadata.get(f"coverage.{province_code}.vi")


def dataset_metadata(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The data set's key/value facts (is_sample, as_of, …)."""
    return dict(con.execute("SELECT key, value FROM metadata").fetchall())


def commune_sets_assessed_in(con: duckdb.DuckDBPyConnection, period: str) -> pd.DataFrame:
    """set_id, tier, name_vi, name_en of commune-level sets assessed in a period, NTM first, newest first."""
    return con.execute(
        f"""SELECT s.set_id, s.tier, s.name_vi, s.name_en
           FROM criteria_sets s
           WHERE s.level = 'commune' AND EXISTS (SELECT 1 FROM assessed_sets sub WHERE sub.set_id = s.set_id AND sub.period = ?)
           ORDER BY list_position({COMMUNE_TIER_LIST}, s.tier), s.valid_from DESC, s.set_id""",
        [period],
    ).df()


def communes_in_place(
    con: duckdb.DuckDBPyConnection,
    province_code: str,
    district_code: str | None,
    period: str,
    area_code: str | None = None,
) -> pd.DataFrame:
    """unit_code, name, district_name of the xã of a province (or one district, or a former district's
    area) valid in the period."""
    communes, params = communes_in_scope(Filters(period, "", province_code, district_code, area_code))
    return con.execute(
        f"""SELECT u.unit_code, u.name, u.district_name FROM {communes}
            ORDER BY u.name, u.unit_code""",
        params,
    ).df()


def criteria_of_set(con: duckdb.DuckDBPyConnection, set_id: str) -> pd.DataFrame:
    """criterion_no, group_no, name_vi, name_en of a criteria set, in order."""
    return con.execute(
        "SELECT criterion_no, group_no, name_vi, name_en FROM criteria WHERE set_id = ? ORDER BY criterion_no",
        [set_id],
    ).df()


# The reform edges (into a unit version without a district) and each edge's predecessor as it stood on
# the eve of the edge: the same conditions as the area in `filters.AREA_CONDITION`.
_REFORM_EDGES = """
    SELECT l.from_code, l.to_code, l.effective_date, p.district_code, p.district_name, p.province_code
    FROM unit_lineage l JOIN units p ON p.unit_code = l.from_code
    WHERE p.district_code IS NOT NULL AND p.valid_from < l.effective_date
      AND (p.valid_to IS NULL OR p.valid_to >= l.effective_date - 1)
      AND NOT EXISTS (
          SELECT 1 FROM units v WHERE v.unit_code = l.to_code AND v.district_code IS NOT NULL
            AND v.valid_from <= l.effective_date AND (v.valid_to IS NULL OR v.valid_to >= l.effective_date))"""


def former_districts(con: duckdb.DuckDBPyConnection, province_code: str, period: str) -> pd.DataFrame:
    """district_code, district_name of the areas a province's xã of the period belong to: its districts
    before the reform, the former districts its xã's predecessors belonged to after it."""
    communes, params = communes_in_scope(Filters(period, "", province_code))
    return con.execute(
        f"""WITH scope_units AS (SELECT u.unit_code, u.district_code, u.district_name, u.valid_from FROM {communes})
            SELECT DISTINCT district_code, district_name FROM (
                SELECT su.district_code, su.district_name FROM scope_units su WHERE su.district_code IS NOT NULL
                UNION ALL
                SELECT e.district_code, e.district_name
                FROM scope_units su JOIN ({_REFORM_EDGES}) e
                  ON e.to_code = su.unit_code AND e.effective_date <= su.valid_from
                WHERE su.district_code IS NULL
            ) ORDER BY district_code""",
        params,
    ).df()


def area_communes(
    con: duckdb.DuckDBPyConnection, province_code: str | None, area_code: str, period: str
) -> pd.DataFrame:
    """unit_code, name, shared_with (the names of the other former districts whose xã also merged into
    it, a list, empty when none) of the xã of a former district's area valid in the period, by name."""
    communes, params = communes_in_scope(Filters(period, "", province_code, area_code=area_code))
    return con.execute(
        f"""WITH scope_units AS (SELECT u.unit_code, u.name, u.district_code, u.valid_from FROM {communes})
            SELECT su.unit_code, su.name,
                   coalesce(list_sort(list_distinct(list(e.district_name) FILTER (
                       WHERE e.district_code <> ?))), []) AS shared_with
            FROM scope_units su
            LEFT JOIN ({_REFORM_EDGES}) e
              ON su.district_code IS NULL AND e.to_code = su.unit_code AND e.effective_date <= su.valid_from
            GROUP BY su.unit_code, su.name
            ORDER BY su.name, su.unit_code""",
        [*params, area_code],
    ).df()


def lineage_edges(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """from_code, to_code, effective_date of every lineage edge, oldest first."""
    return con.execute(
        "SELECT from_code, to_code, effective_date FROM unit_lineage ORDER BY effective_date, from_code, to_code"
    ).df()


def unit_provinces(con: duckdb.DuckDBPyConnection, period: str) -> pd.DataFrame:
    """unit_code, province_code of every unit valid in the period."""
    return con.execute(
        f"""SELECT u.unit_code, u.province_code FROM units u JOIN period_calendar pc ON pc.period = ?
            WHERE {UNIT_VALID_AT} ORDER BY u.unit_code""",
        [period],
    ).df()
