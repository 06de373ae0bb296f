"""Questions of the Thôn kiểu mẫu page about villages: each commune's villages and their criteria."""

from __future__ import annotations

import duckdb
import pandas as pd

from ntm.filters import Filters
from ntm.queries.shared import IN_FORCE, TIER_SETS, communes_in_scope


def village_results(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, name, district_name, villages, assessed, reaching, recognised, planned, planned_by_now —
    per xã of the scope at the period's end: its villages then, those assessed on the model-village set,
    those meeting every criterion, those recognised model villages at the period's end, those planned
    (any year) and planned for the period's year or earlier."""
    communes, communes_params = communes_in_scope(filters)
    return con.execute(
        f"""WITH {TIER_SETS}
            SELECT u.unit_code, u.name, u.district_name,
                   CAST(count(DISTINCT v.village_code) AS INTEGER) AS villages,
                   CAST(count(DISTINCT ss.subject_code) AS INTEGER) AS assessed,
                   CAST(count(DISTINCT ss.subject_code) FILTER (WHERE ss.reaches) AS INTEGER) AS reaching,
                   CAST(count(DISTINCT r.subject_code) AS INTEGER) AS recognised,
                   CAST(count(DISTINCT p.subject_code) AS INTEGER) AS planned,
                   CAST(count(DISTINCT p.subject_code) FILTER (WHERE p.target_year <= u.year) AS INTEGER)
                       AS planned_by_now
            FROM {communes}
            LEFT JOIN villages v ON v.unit_code = u.unit_code AND v.valid_from <= u.period_end
             AND (v.valid_to IS NULL OR v.valid_to >= u.period_end)
            LEFT JOIN tier_sets ts ON ts.period = u.period
            LEFT JOIN subject_status ss
              ON ss.set_id = ts.set_id AND ss.period = u.period AND ss.subject_code = v.village_code
            LEFT JOIN recognitions_in_effect r ON r.subject_code = v.village_code AND r.tier = 'model_village'
             AND {IN_FORCE.format(at="u.period_end")}
            LEFT JOIN plans p ON p.subject_code = v.village_code AND p.tier = 'model_village'
            GROUP BY ALL ORDER BY u.name, u.unit_code""",
        ["model_village", *communes_params],
    ).df()


def village_criteria(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """unit_code, village_code, village_name, criterion_no, name_vi, name_en, status — every village of
    the scope's xã × criterion of the model-village set in the period (empty when it is not assessed)."""
    communes, communes_params = communes_in_scope(filters)
    return con.execute(
        f"""WITH {TIER_SETS}
            SELECT u.unit_code, v.village_code, v.name AS village_name, cs.criterion_no,
                   c.name_vi, c.name_en, cs.status
            FROM tier_sets ts
            JOIN criterion_status cs ON cs.set_id = ts.set_id AND cs.period = ts.period
            JOIN criteria c ON c.set_id = cs.set_id AND c.criterion_no = cs.criterion_no
            JOIN villages v ON v.village_code = cs.subject_code
            JOIN {communes} ON u.unit_code = v.unit_code AND u.period = ts.period
            ORDER BY u.unit_code, v.village_code, cs.criterion_no""",
        ["model_village", *communes_params],
    ).df()


def village_series(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """period, villages, reaching, recognised — per period up to the scope's, the villages of the scope's
    xã then, those meeting every criterion of the model-village set and those recognised model villages."""
    communes, communes_params = communes_in_scope(filters, periods="until_scope")
    return con.execute(
        f"""WITH {TIER_SETS},
            scope_villages AS (
                SELECT u.period, u.period_end, v.village_code
                FROM {communes}
                JOIN villages v ON v.unit_code = u.unit_code AND v.valid_from <= u.period_end
                 AND (v.valid_to IS NULL OR v.valid_to >= u.period_end)
            ),
            held AS (
                SELECT DISTINCT sv.period, sv.village_code
                FROM scope_villages sv JOIN recognitions_in_effect r ON r.subject_code = sv.village_code
                 AND r.tier = 'model_village' AND {IN_FORCE.format(at="sv.period_end")}
            )
            SELECT sv.period, CAST(count(*) AS INTEGER) AS villages,
                   CAST(count(*) FILTER (WHERE ss.reaches) AS INTEGER) AS reaching,
                   CAST(count(h.village_code) AS INTEGER) AS recognised
            FROM scope_villages sv
            LEFT JOIN tier_sets ts ON ts.period = sv.period
            LEFT JOIN subject_status ss
              ON ss.set_id = ts.set_id AND ss.period = sv.period AND ss.subject_code = sv.village_code
            LEFT JOIN held h ON h.period = sv.period AND h.village_code = sv.village_code
            GROUP BY sv.period ORDER BY sv.period""",
        ["model_village", *communes_params],
    ).df()
