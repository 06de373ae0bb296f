"""Questions of the criterion page: one criterion across periods, the communes failing it, one indicator's values."""

from __future__ import annotations

import duckdb
import pandas as pd

from ntm.filters import Filters
from ntm.queries.shared import communes_in_scope


# Vietnamese alphabetical order without a collation: diacritics stripped, Đ sorted with D.
def _by_name(alias: str) -> str:
    return f"replace(strip_accents(lower({alias}.name)), 'đ', 'd'), {alias}.unit_code"


# Indicator codes in numeric order: 2.1 < 2.2 < 10 < 17.1 (text order would put 10 before 2).
_INDICATOR_ORDER = "list_transform(string_split(i.indicator_code, '.'), lambda x: try_cast(x AS INTEGER))"
# The threshold in force for indicators with no assessment row (indicator_status holds only rows
# present): the engine's own rule, through its macro.
_THRESHOLD_FOR_MISSING_ROW = "threshold_at(i.set_id, i.indicator_code, su.region, su.commune_group, su.year)"


def numeric_indicators(con: duckdb.DuckDBPyConnection, set_id: str, criterion_no: int) -> pd.DataFrame:
    """indicator_code, name_vi, name_en, kind, unit, direction — the criterion's percent and number indicators."""
    return con.execute(
        f"""SELECT i.indicator_code, i.name_vi, i.name_en, i.kind, i.unit, i.direction
            FROM indicators i
            WHERE i.set_id = ? AND i.criterion_no = ? AND i.kind IN ('percent', 'number')
            ORDER BY {_INDICATOR_ORDER}""",
        [set_id, criterion_no],
    ).df()


def criterion_trend(con: duckdb.DuckDBPyConnection, filters: Filters, criterion_no: int) -> pd.DataFrame:
    """period, set_id, set_years, communes, met, not_met, unknown — every period in which a set of the chosen set's
    tier is assessed (the chosen set where it is, else the newest), communes of the scope valid then; set_years
    names the set by its period ("2021–2025"), as people do, not by its code."""
    communes, communes_params = communes_in_scope(filters, periods="every")
    return con.execute(
        f"""WITH chosen AS (SELECT tier, level FROM criteria_sets WHERE set_id = ?),
            candidates AS (
                SELECT DISTINCT sub.period, sub.set_id, cs.valid_from
                FROM assessed_sets sub
                JOIN criteria_sets cs USING (set_id)
                JOIN chosen ON chosen.tier = cs.tier AND chosen.level = cs.level
            ),
            picked AS (
                SELECT period, set_id FROM candidates
                QUALIFY row_number() OVER (
                    PARTITION BY period ORDER BY set_id = ? DESC, valid_from DESC, set_id
                ) = 1
            ),
            tallies AS (
                SELECT p.period,
                       count(*) AS communes,
                       count(*) FILTER (WHERE cs.status = 'met') AS met,
                       count(*) FILTER (WHERE cs.status = 'not_met') AS not_met,
                       count(*) FILTER (WHERE cs.status = 'unknown') AS unknown
                FROM picked p
                JOIN criterion_status cs
                  ON cs.set_id = p.set_id AND cs.period = p.period AND cs.criterion_no = ?
                JOIN {communes} ON u.unit_code = cs.subject_code AND u.period = p.period
                GROUP BY p.period
            )
            SELECT p.period, p.set_id,
                   year(cs.valid_from)::VARCHAR
                       || '–' || coalesce(year(cs.valid_to)::VARCHAR, '') AS set_years,
                   coalesce(t.communes, 0) AS communes, coalesce(t.met, 0) AS met,
                   coalesce(t.not_met, 0) AS not_met, coalesce(t.unknown, 0) AS unknown
            FROM picked p LEFT JOIN tallies t USING (period) JOIN criteria_sets cs ON cs.set_id = p.set_id
            ORDER BY p.period""",
        [filters.set_id, filters.set_id, criterion_no, *communes_params],
    ).df()


def failing_indicators(
    con: duckdb.DuckDBPyConnection, filters: Filters, criterion_no: int, criterion_status: str
) -> pd.DataFrame:
    """unit_code, name, district_name, commune_group, criterion_status, indicator_code, indicator_name_vi,
    indicator_name_en, kind, unit, direction, value, threshold_value, gap, indicator_status — one row per
    indicator not met or unknown of each commune in scope whose criterion has that status (not_met /
    unknown) in the period, communes in alphabetical order."""
    communes, communes_params = communes_in_scope(filters)
    return con.execute(
        f"""WITH su AS (
                SELECT cs.set_id, cs.period, cs.subject_code, cs.status AS criterion_status,
                       u.unit_code, u.name, u.district_name, u.region, u.commune_group, u.year
                FROM criterion_status cs
                JOIN {communes} ON u.unit_code = cs.subject_code AND u.period = cs.period
                WHERE cs.set_id = ? AND cs.period = ? AND cs.criterion_no = ? AND cs.status = ?
            )
            SELECT su.unit_code, su.name, su.district_name, su.commune_group, su.criterion_status,
                   i.indicator_code, i.name_vi AS indicator_name_vi, i.name_en AS indicator_name_en,
                   i.kind, i.unit, i.direction, s.value,
                   CASE WHEN s.subject_code IS NULL THEN {_THRESHOLD_FOR_MISSING_ROW}
                        ELSE s.threshold_value END AS threshold_value,
                   s.gap,
                   coalesce(s.status, 'unknown') AS indicator_status
            FROM su
            JOIN indicators i ON i.set_id = su.set_id AND i.criterion_no = ?
            LEFT JOIN indicator_status s
              ON s.set_id = su.set_id AND s.period = su.period
             AND s.subject_code = su.subject_code AND s.indicator_code = i.indicator_code
            WHERE coalesce(s.status, 'unknown') IN ('not_met', 'unknown')
            ORDER BY {_by_name("su")},
                     {_INDICATOR_ORDER}""",
        [*communes_params, filters.set_id, filters.period, criterion_no, criterion_status, criterion_no],
    ).df()


def indicator_values(con: duckdb.DuckDBPyConnection, filters: Filters, indicator_code: str) -> pd.DataFrame:
    """unit_code, name, region, commune_group, threshold_basis, threshold_class, kind, direction, value,
    threshold_value, status — one indicator for every commune in scope assessed in the period (no assessment
    row: no value, status unknown), lowest value first; threshold_class: the region or the commune group
    whose threshold applied, as the set's threshold_basis says."""
    communes, communes_params = communes_in_scope(filters)
    return con.execute(
        f"""WITH su AS (
                SELECT sub.set_id, sub.period, sub.subject_code, sub.region, sub.commune_group, sub.year,
                       sub.threshold_class, u.unit_code, u.name
                FROM subjects sub
                JOIN {communes} ON u.unit_code = sub.unit_code AND u.period = sub.period
                WHERE sub.set_id = ? AND sub.period = ? AND sub.level = 'commune'
            )
            SELECT su.unit_code, su.name, su.region, su.commune_group,
                   coalesce(cs.threshold_basis, 'region') AS threshold_basis, su.threshold_class,
                   i.kind, i.direction,
                   CASE WHEN isnan(s.value) THEN NULL ELSE s.value END AS value,
                   CASE WHEN s.subject_code IS NULL THEN {_THRESHOLD_FOR_MISSING_ROW}
                        ELSE s.threshold_value END AS threshold_value,
                   coalesce(s.status, 'unknown') AS status
            FROM su
            JOIN indicators i ON i.set_id = su.set_id AND i.indicator_code = ?
            JOIN criteria_sets cs ON cs.set_id = su.set_id
            LEFT JOIN indicator_status s
              ON s.set_id = su.set_id AND s.period = su.period
             AND s.subject_code = su.subject_code AND s.indicator_code = i.indicator_code
            ORDER BY s.value NULLS LAST, {_by_name("su")}""",
        [*communes_params, filters.set_id, filters.period, indicator_code],
    ).df()
