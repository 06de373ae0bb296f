"""Property-based: on generated data the DuckDB engine (ntm.store.engine) gives what the pure rules of
ntm.store.status_rules give, indicator by indicator and subject by subject.

Values are whole numbers drawn around the thresholds, so the boundary (value = threshold) is common;
thresholds overlap in years and regions (or commune groups, when the set is keyed by them, with stray rows
keyed by the other axis that must not apply); units start at different dates, so some decisions predate
the unit they name; recorded statuses contradict values at random.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ntm.periods import parse_period
from ntm.store.engine import build_derived_tables
from ntm.store.loading import load_tables
from ntm.store.status_rules import (
    ThresholdRow,
    criterion_status,
    indicator_status,
    is_recognised,
    threshold_class,
    threshold_for,
)
from ntm.store.tables_io import write_table

REGIONS = ["DBSH", "TDMNPB", "TN"]
GROUPS = ["1", "2", "3"]
PERIODS = ["2018-H2", "2019-H1", "2019-H2", "2020-H2"]
STATUSES = [None, "met", "not_met", "unknown", "not_applicable"]
# Kept small: each example builds a DuckDB database (~0.2 s); the whole test stays well under 20 s.
PROPERTY_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def _indicator(draw, criterion_no: int, k: int) -> dict:
    kind = draw(st.sampled_from(["bool", "percent", "number"]))
    direction = "=" if kind == "bool" else draw(st.sampled_from([">=", "<=", "="]))
    return {
        "set_id": "R",
        "indicator_code": f"{criterion_no}.{k}",
        "criterion_no": criterion_no,
        "name_vi": "i",
        "name_en": "i",
        "unit": "",
        "kind": kind,
        "direction": direction,
    }


def _thresholds(draw, code: str, basis: str) -> list[dict]:
    rows = {}
    for _ in range(draw(st.integers(0, 3))):
        own = draw(st.sampled_from([None, *(GROUPS if basis == "commune_group" else REGIONS)]))
        stray = draw(st.sampled_from([None, None, None, *(REGIONS if basis == "commune_group" else GROUPS)]))
        region, group = (stray, own) if basis == "commune_group" else (own, stray)
        start = draw(st.integers(2016, 2020))
        rows[(region, group, start)] = {
            "set_id": "R",
            "indicator_code": code,
            "region": region,
            "commune_group": group,
            "year_from": start,
            "year_to": draw(st.sampled_from([None, start, start + 1, 2020])),
            "threshold_value": float(draw(st.integers(48, 52))),
            "source": "t",
        }
    return list(rows.values())


@st.composite
def datasets(draw) -> dict[str, pd.DataFrame]:
    codes = [f"{i:05d}" for i in range(draw(st.integers(1, 4)))]
    units = pd.DataFrame(
        {
            "unit_code": codes,
            "name": [f"Xã {c}" for c in codes],
            "unit_type": ["xã"] * len(codes),
            "district_code": ["001"] * len(codes),
            "district_name": ["Huyện"] * len(codes),
            "province_code": ["01"] * len(codes),
            "province_name": ["Tỉnh"] * len(codes),
            "region": [draw(st.sampled_from(REGIONS)) for _ in codes],
            "valid_from": [draw(st.sampled_from([date(2010, 1, 1), date(2019, 7, 1)])) for _ in codes],
            "valid_to": [None] * len(codes),
        }
    )
    basis = draw(st.sampled_from(["region", "commune_group"]))
    commune_groups = [
        {"unit_code": code, "commune_group": draw(st.sampled_from(GROUPS)), "year_from": start,
         "year_to": None, "source": ""}
        for code in codes
        for start in draw(st.lists(st.sampled_from([2016, 2019, 2020]), max_size=2, unique=True))
    ]  # fmt: skip
    criteria, indicators, thresholds = [], [], []
    for no in range(1, draw(st.integers(1, 3)) + 1):
        criteria.append({"set_id": "R", "criterion_no": no, "group_no": 1, "name_vi": "c", "name_en": "c"})
        for k in range(1, draw(st.integers(1, 3)) + 1):
            indicator = _indicator(draw, no, k)
            indicators.append(indicator)
            if indicator["kind"] != "bool":
                thresholds.extend(_thresholds(draw, indicator["indicator_code"], basis))
    periods = draw(st.lists(st.sampled_from(PERIODS), min_size=1, max_size=2, unique=True))
    assessments = [
        {
            "subject_code": code,
            "period": period,
            "set_id": "R",
            "indicator_code": indicator["indicator_code"],
            "value": draw(st.one_of(st.none(), st.integers(47, 53).map(float))),
            "status": draw(st.sampled_from(STATUSES)),
            "source": "",
            "note": "",
        }
        for code in codes
        for period in periods
        for indicator in indicators
        if draw(st.booleans()) or draw(st.booleans())  # about a quarter of the rows missing
    ]
    if not assessments:  # a set with no assessment is never assessed: nothing to compare
        assessments.append(
            {"subject_code": codes[0], "period": periods[0], "set_id": "R", "value": None, "status": None,
             "indicator_code": indicators[0]["indicator_code"], "source": "", "note": ""}
        )  # fmt: skip
    recognitions = []
    for code in codes:
        if draw(st.booleans()):
            decided = date(draw(st.integers(2018, 2020)), draw(st.sampled_from([1, 6, 7, 12])), 30 if draw(st.booleans()) else 1)  # fmt: skip
            revoked = draw(st.sampled_from([None, date(2019, 6, 30), date(2019, 7, 1), date(2020, 12, 31)]))
            recognitions.append(
                {"subject_code": code, "tier": "ntm", "decision_no": "1", "decision_date": decided,
                 "revoked_date": revoked}
            )  # fmt: skip
    criteria_set = {
        "set_id": "R", "tier": "ntm", "level": "commune", "name_vi": "R", "name_en": "R",
        "legal_basis": "", "valid_from": date(2016, 1, 1), "valid_to": None, "threshold_basis": basis,
    }  # fmt: skip
    return {
        "units": units,
        "criteria_sets": pd.DataFrame([criteria_set]),
        "criteria": pd.DataFrame(criteria),
        "indicators": pd.DataFrame(indicators),
        "thresholds": pd.DataFrame(
            thresholds,
            columns=[
                "set_id",
                "indicator_code",
                "region",
                "commune_group",
                "year_from",
                "year_to",
                "threshold_value",
                "source",
            ],
        ),
        "assessments": pd.DataFrame(assessments),
        "commune_groups": pd.DataFrame(
            commune_groups, columns=["unit_code", "commune_group", "year_from", "year_to", "source"]
        ),
        "recognitions": pd.DataFrame(
            recognitions, columns=["subject_code", "tier", "decision_no", "decision_date", "revoked_date"]
        ),
    }


def _none(value):
    return None if pd.isna(value) else value


def _by_pure_rules(tables: dict[str, pd.DataFrame]) -> tuple[dict, dict]:
    """(indicator statuses with their thresholds, subject results) by ntm.store.status_rules, row by row."""
    regions = dict(zip(tables["units"]["unit_code"], tables["units"]["region"], strict=True))
    starts = dict(zip(tables["units"]["unit_code"], tables["units"]["valid_from"], strict=True))
    basis = tables["criteria_sets"]["threshold_basis"].iloc[0]
    groups = defaultdict(list)
    for row in tables["commune_groups"].itertuples():
        groups[row.unit_code].append((row.year_from, row.commune_group))
    rows_by_code = defaultdict(list)
    for row in tables["thresholds"].itertuples():
        region, group = _none(row.region), _none(row.commune_group)
        if (region if basis == "commune_group" else group) is not None:
            continue  # keyed by the axis the set does not use
        rows_by_code[row.indicator_code].append(
            ThresholdRow(threshold_class(basis, region, group), int(row.year_from), _none(row.year_to) and int(row.year_to), row.threshold_value)
        )  # fmt: skip
    recorded = {(a.subject_code, a.period, a.indicator_code): a for a in tables["assessments"].itertuples()}
    recognitions = {r.subject_code: r for r in tables["recognitions"].itertuples()}
    criteria = sorted(tables["criteria"]["criterion_no"])
    indicators, subjects = {}, {}
    for period in sorted(tables["assessments"]["period"].unique()):
        end = parse_period(period)
        for unit, region in regions.items():
            if starts[unit] > end.end:
                continue  # not yet a unit: not assessed
            group = max((g for g in groups[unit] if g[0] <= end.year), default=(None, None))[1]
            by_criterion = defaultdict(list)
            for indicator in tables["indicators"].itertuples():
                threshold = threshold_for(
                    rows_by_code[indicator.indicator_code], threshold_class(basis, region, group), end.year
                )
                row = recorded.get((unit, period, indicator.indicator_code))
                if row is None:  # no row: unknown for the criterion, no indicator row in the engine
                    by_criterion[indicator.criterion_no].append("unknown")
                    continue
                status = indicator_status(_none(row.value), threshold, indicator.direction, _none(row.status))
                indicators[(unit, period, indicator.indicator_code)] = (status, threshold)
                by_criterion[indicator.criterion_no].append(status)
            statuses = [criterion_status(by_criterion[no]) for no in criteria]
            decision = recognitions.get(unit)
            recognised = decision is not None and is_recognised(
                decision.decision_date, _none(decision.revoked_date), end.end, version_from=starts[unit]
            )
            subjects[(unit, period)] = (
                statuses.count("met"),
                statuses.count("not_met"),
                statuses.count("unknown"),
                statuses.count("met") == len(criteria),
                recognised,
            )
    return indicators, subjects


def _by_engine(tables: dict[str, pd.DataFrame]) -> tuple[dict, dict]:
    with tempfile.TemporaryDirectory() as folder:
        for name, frame in tables.items():
            write_table(name, frame, Path(folder))
        con = duckdb.connect()
        try:
            load_tables(con, Path(folder))
            build_derived_tables(con)
            indicator_rows = con.execute(
                "SELECT subject_code, period, indicator_code, status, threshold_value FROM indicator_status"
            ).fetchall()
            subject_rows = con.execute(
                "SELECT subject_code, period, criteria_met, criteria_not_met, criteria_unknown, reaches, "
                "recognised FROM subject_status"
            ).fetchall()
        finally:
            con.close()
    indicators = {(r[0], r[1], r[2]): (r[3], r[4]) for r in indicator_rows}
    subjects = {(r[0], r[1]): tuple(r[2:]) for r in subject_rows}
    return indicators, subjects


@PROPERTY_SETTINGS
@given(datasets())
def test_the_engine_gives_what_the_pure_rules_give(tables) -> None:
    expected_indicators, expected_subjects = _by_pure_rules(tables)
    actual_indicators, actual_subjects = _by_engine(tables)
    assert actual_indicators == expected_indicators
    assert actual_subjects == expected_subjects
