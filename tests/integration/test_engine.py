"""The status engine in DuckDB, against hand-computed values and against the pure rules of ntm.store.status_rules."""

import random
from collections import defaultdict
from datetime import date

import duckdb
import pandas as pd
import pytest

from ntm.periods import parse_period
from ntm.store.engine import build_derived_tables
from ntm.store.loading import load_tables
from ntm.store.status_rules import (
    ThresholdRow,
    criterion_status,
    indicator_status,
    is_recognised,
    threshold_for,
)
from ntm.store.tables_io import write_table
from tests.fixtures.materialise import materialise


@pytest.fixture(scope="module")
def mini_con(tmp_path_factory):
    data = materialise(tmp_path_factory.mktemp("mini"))
    con = duckdb.connect()
    load_tables(con, data)
    build_derived_tables(con)
    yield con
    con.close()


def _status(con, set_id, period):
    frame = con.execute(
        "SELECT subject_code, criteria_met, criteria_not_met, criteria_unknown, reaches, recognised "
        "FROM subject_status WHERE set_id = ? AND period = ? ORDER BY subject_code",
        [set_id, period],
    ).df()
    return {row.subject_code: tuple(row)[1:] for row in frame.itertuples(index=False)}


def test_commune_results_2020_h1_by_hand(mini_con):
    # 00001: income 46 ≥ 45 (DBSH 2020), water 85 ≥ 80, both bools met → 3/3, decided 01/03/2020.
    # 00002: income 44 < 45 → criterion 1 not met; burial not applicable counts as met → 2; revoked 01/02/2020.
    # 00003: TDMNPB uses the all-regions 35 → income met; water has no value, electricity no row → unknown.
    # 00005 was merged away at the end of 2019; 00004 is a town: neither is assessed.
    assert _status(mini_con, "S1", "2020-H1") == {
        "00001": (3, 0, 0, True, True),
        "00002": (2, 1, 0, False, False),
        "00003": (1, 0, 2, False, False),
    }


def test_commune_results_2019_h2_by_hand(mini_con):
    # 00001: income 41 ≥ 40 (DBSH 2019) met, water 79 < 80 not met → 2; recognised only in 2020.
    # 00002: no assessment at all → every criterion unknown, yet still recognised (revoked later).
    assert _status(mini_con, "S1", "2019-H2") == {
        "00001": (2, 1, 0, False, False),
        "00002": (0, 0, 3, False, True),
        "00003": (0, 0, 3, False, False),
        "00005": (3, 0, 0, True, False),
    }


def test_village_level_set_by_hand(mini_con):
    assert _status(mini_con, "V1", "2020-H1") == {
        "00001-01": (1, 0, 0, True, True),  # decided on the period's last day: recognised
        "00001-02": (0, 1, 0, False, False),
        "00002-01": (0, 0, 1, False, False),
    }


def test_indicator_rows_carry_the_threshold_in_force_and_the_gap(mini_con):
    rows = mini_con.execute(
        "SELECT subject_code, period, threshold_value, status, gap FROM indicator_status "
        "WHERE indicator_code = '1.1' AND set_id = 'S1' ORDER BY period, subject_code"
    ).fetchall()
    assert rows == [
        ("00001", "2019-H2", 40.0, "met", 0.0),
        ("00005", "2019-H2", 40.0, "met", 0.0),
        ("00001", "2020-H1", 45.0, "met", 0.0),
        ("00002", "2020-H1", 45.0, "not_met", 1.0),
        ("00003", "2020-H1", 35.0, "met", 0.0),
    ]


def _random_data(seed: int) -> dict[str, pd.DataFrame]:
    rng = random.Random(seed)
    regions = ["DBSH", "TDMNPB", "TN"]
    units = pd.DataFrame(
        {
            "unit_code": [f"{i:05d}" for i in range(30)],
            "name": [f"Xã {i}" for i in range(30)],
            "unit_type": ["xã"] * 30,
            "district_code": ["001"] * 30,
            "district_name": ["Huyện"] * 30,
            "province_code": ["01"] * 30,
            "province_name": ["Tỉnh"] * 30,
            "region": [rng.choice(regions) for _ in range(30)],
            "valid_from": [date(2010, 1, 1)] * 30,
            "valid_to": [None] * 30,
        }
    )
    criteria, indicators, thresholds = [], [], []
    for criterion in range(1, 7):
        criteria.append(
            {"set_id": "R", "criterion_no": criterion, "group_no": 1, "name_vi": "c", "name_en": "c"}
        )
        for k in range(rng.randint(1, 4)):
            kind = rng.choice(["bool", "percent", "number"])
            code = f"{criterion}.{k + 1}"
            direction = "=" if kind == "bool" else rng.choice([">=", "<=", "="])
            indicators.append(
                {
                    "set_id": "R",
                    "indicator_code": code,
                    "criterion_no": criterion,
                    "name_vi": "i",
                    "name_en": "i",
                    "unit": "",
                    "kind": kind,
                    "direction": direction,
                }
            )
            if kind != "bool":
                for region in [None, *rng.sample(regions, rng.randint(0, 2))]:
                    start = rng.choice([2016, 2018, 2019])
                    thresholds.append(
                        {
                            "set_id": "R",
                            "indicator_code": code,
                            "region": region,
                            "year_from": start,
                            "year_to": rng.choice([None, start + 1, 2020]),
                            "threshold_value": float(rng.randint(40, 60)),
                            "source": "t",
                        }
                    )
    assessments = []
    for unit in units["unit_code"]:
        for period in ["2018-H2", "2019-H1", "2019-H2", "2020-H2"]:
            for indicator in indicators:
                if rng.random() < 0.1:
                    continue
                value = rng.choice([None, float(rng.randint(35, 65)), 50.0])
                status = rng.choice([None, "met", "not_met", "unknown", "not_applicable"])
                assessments.append(
                    {
                        "subject_code": unit,
                        "period": period,
                        "set_id": "R",
                        "indicator_code": indicator["indicator_code"],
                        "value": value,
                        "status": status,
                        "source": "",
                        "note": "",
                    }
                )
    recognitions = [
        {
            "subject_code": u,
            "tier": "ntm",
            "decision_no": "1",
            "decision_date": date(2019, rng.randint(1, 12), 1),
            "revoked_date": rng.choice([None, date(2020, 1, 1)]),
        }
        for u in rng.sample(list(units["unit_code"]), 10)
    ]
    return {
        "units": units,
        "criteria_sets": pd.DataFrame(
            [
                {
                    "set_id": "R",
                    "tier": "ntm",
                    "level": "commune",
                    "name_vi": "R",
                    "name_en": "R",
                    "legal_basis": "",
                    "valid_from": date(2016, 1, 1),
                    "valid_to": None,
                }
            ]
        ),
        "criteria": pd.DataFrame(criteria),
        "indicators": pd.DataFrame(indicators),
        "thresholds": pd.DataFrame(thresholds).drop_duplicates(["indicator_code", "region", "year_from"]),
        "assessments": pd.DataFrame(assessments),
        "recognitions": pd.DataFrame(recognitions).drop_duplicates(["subject_code"]),
    }


def _expected_by_pure_rules(tables):
    units = tables["units"].set_index("unit_code")
    indicators = tables["indicators"]
    threshold_rows = defaultdict(list)
    for row in tables["thresholds"].itertuples():
        region = None if pd.isna(row.region) else row.region
        year_to = None if pd.isna(row.year_to) else int(row.year_to)
        threshold_rows[row.indicator_code].append(
            ThresholdRow(region, int(row.year_from), year_to, row.threshold_value)
        )
    recorded = {(a.subject_code, a.period, a.indicator_code): a for a in tables["assessments"].itertuples()}
    recognitions = {r.subject_code: r for r in tables["recognitions"].itertuples()}
    expected = {}
    for period in sorted(tables["assessments"]["period"].unique()):
        p = parse_period(period)
        for unit in units.index:
            statuses = defaultdict(list)
            for indicator in indicators.itertuples():
                row = recorded.get((unit, period, indicator.indicator_code))
                threshold = threshold_for(
                    threshold_rows[indicator.indicator_code], units.loc[unit, "region"], p.year
                )
                if row is None:
                    status = "unknown"
                else:
                    value = None if pd.isna(row.value) else row.value
                    status = indicator_status(
                        value, threshold, indicator.direction, None if pd.isna(row.status) else row.status
                    )
                statuses[indicator.criterion_no].append(status)
            per_criterion = [criterion_status(statuses[c]) for c in range(1, 7)]
            r = recognitions.get(unit)
            recognised = r is not None and is_recognised(
                r.decision_date, None if pd.isna(r.revoked_date) else r.revoked_date, p.end
            )
            expected[(unit, period)] = (
                per_criterion.count("met"),
                per_criterion.count("not_met"),
                per_criterion.count("unknown"),
                per_criterion.count("met") == 6,
                recognised,
            )
    return expected


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_agrees_with_the_pure_rules_on_generated_data(seed, tmp_path):
    tables = _random_data(seed)
    for name, frame in tables.items():
        write_table(name, frame, tmp_path)
    con = duckdb.connect()
    load_tables(con, tmp_path)
    build_derived_tables(con)
    rows = con.execute(
        "SELECT subject_code, period, criteria_met, criteria_not_met, criteria_unknown, reaches, recognised FROM subject_status"
    ).fetchall()
    actual = {(r[0], r[1]): tuple(r[2:]) for r in rows}
    assert actual == _expected_by_pure_rules(tables)


def test_threshold_at_applies_the_region_rule_of_the_engine(mini_con):
    assert mini_con.execute("SELECT threshold_at('S1', '1.1', 'DBSH', NULL, 2019)").fetchone()[0] == 40.0
    assert mini_con.execute("SELECT threshold_at('S1', '1.1', 'DBSH', NULL, 2020)").fetchone()[0] == 45.0
    assert mini_con.execute("SELECT threshold_at('S1', '1.1', 'TDMNPB', NULL, 2020)").fetchone()[0] == 35.0
    assert mini_con.execute("SELECT threshold_at('S1', '2.2', 'DBSH', NULL, 2020)").fetchone()[0] is None
    disagreements = mini_con.execute(
        "SELECT count(*) FROM indicator_status s JOIN subjects USING (set_id, period, subject_code) "
        "WHERE s.threshold_value IS DISTINCT FROM threshold_at(s.set_id, s.indicator_code, subjects.region, subjects.commune_group, subjects.year)"
    ).fetchone()[0]
    assert disagreements == 0


def test_assessed_sets_are_the_sets_of_each_period_with_a_subject(mini_con):
    rows = mini_con.execute("SELECT set_id, period FROM assessed_sets ORDER BY ALL").fetchall()
    assert rows == mini_con.execute("SELECT DISTINCT set_id, period FROM subjects ORDER BY ALL").fetchall()
    assert ("S1", "2020-H1") in rows and len(rows) == len(set(rows))
