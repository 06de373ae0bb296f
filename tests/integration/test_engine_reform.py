"""The engine across the 1/7/2025 reform, against hand-computed values (fixture `tests/fixtures/reform_engine`):
thresholds chosen by the set's basis (region 2016–2025, commune group 2026–2030), no recognition carried
over to a successor that reuses a code, the year a decision recognises kept apart from its date."""

from datetime import date

import duckdb
import pytest

from ntm.store.checks import check_data_dir
from ntm.store.engine import build_derived_tables
from ntm.store.loading import load_tables
from tests.fixtures.materialise import FIXTURES, materialise


@pytest.fixture(scope="module")
def reform_data(tmp_path_factory):
    return materialise(tmp_path_factory.mktemp("reform"), base=FIXTURES / "reform_engine")


@pytest.fixture(scope="module")
def con(reform_data):
    connection = duckdb.connect()
    load_tables(connection, reform_data)
    build_derived_tables(connection)
    yield connection
    connection.close()


def _status(con, set_id, period):
    rows = con.execute(
        "SELECT subject_code, criteria_met, criteria_not_met, criteria_unknown, reaches, recognised "
        "FROM subject_status WHERE set_id = ? AND period = ? ORDER BY subject_code",
        [set_id, period],
    ).fetchall()
    return {row[0]: row[1:] for row in rows}


def test_before_the_reform_the_old_units_keep_their_recognitions(con):
    # 00010: 75 ≥ 70 (DBSH) met, recognised 2019; 00011: 65 < 70; 00013 not assessed, recognised 2020.
    assert _status(con, "O1", "2025-H1") == {
        "00010": (1, 0, 0, True, True),
        "00011": (0, 1, 0, False, False),
        "00013": (0, 0, 1, False, True),
    }


def test_a_successor_reusing_a_code_inherits_no_recognition(con):
    # 2025-H2: 00010 is now An Bình (An Hòa + Bình Minh): 68 < 70, and An Hòa's 2019 decision is not its own.
    # 00012 (successor of 00013) is not assessed: unknown, and 00013's decision stays 00013's.
    assert _status(con, "O1", "2025-H2") == {
        "00010": (0, 1, 0, False, False),
        "00012": (0, 0, 1, False, False),
    }


def test_the_2026_set_picks_thresholds_by_commune_group(con):
    # 00010 is in group 1: 85 < 90 not met; 00012 has no group row: the all-groups 80, met, and its own
    # decision of 20/05/2026 recognises it. The N1 row keyed by region (10) does not apply.
    assert _status(con, "N1", "2026-H1") == {
        "00010": (0, 1, 0, False, False),
        "00012": (1, 0, 0, True, True),
    }
    rows = con.execute(
        "SELECT subject_code, commune_group, threshold_class, threshold_value FROM indicator_status "
        "JOIN subjects USING (set_id, period, subject_code) WHERE set_id = 'N1' ORDER BY subject_code"
    ).fetchall()
    assert rows == [("00010", "1", "1", 90.0), ("00012", None, None, 80.0)]


def test_threshold_at_applies_the_same_rule_for_either_basis(con):
    at = "SELECT threshold_at(?, '1.1', ?, ?, ?)"
    assert con.execute(at, ["N1", "DBSH", "1", 2026]).fetchone()[0] == 90.0
    assert con.execute(at, ["N1", "DBSH", None, 2026]).fetchone()[0] == 80.0
    assert con.execute(at, ["N1", "DBSH", "2", 2026]).fetchone()[0] == 80.0
    assert con.execute(at, ["O1", "DBSH", "1", 2025]).fetchone()[0] == 70.0
    assert con.execute(at, ["O1", "TN", "1", 2025]).fetchone()[0] == 60.0


def test_decisions_belong_to_the_unit_version_of_their_date(con):
    rows = con.execute(
        "SELECT subject_code, decision_no, recognised_year, version_from, version_to "
        "FROM recognitions_in_effect ORDER BY subject_code, decision_date"
    ).fetchall()
    assert rows == [
        # Signed 15/03/2019 for 2018 (the seed report's Quang Yên case): the year it recognises is kept.
        ("00010", "735/QĐ-UBND", 2018, date(2010, 1, 1), date(2025, 6, 30)),
        # 00012 dated 01/01/2024, before 00012 existed: no version, left out (the checks report it).
        ("00012", "88/QĐ-UBND", 2026, date(2025, 7, 1), None),
        ("00013", "12/QĐ-UBND", 2020, date(2010, 1, 1), date(2025, 6, 30)),
    ]


def test_the_checks_report_the_fixtures_deliberate_faults_and_nothing_else(reform_data):
    # A decision dated before its unit existed, a threshold keyed by region in a set keyed by group, and
    # 00012 assessed on that set without a group (the engine falls back on the all-groups row).
    problems = check_data_dir(reform_data)
    assert sorted((p.code, p.file, p.row) for p in problems if p.severity == "error") == [
        ("no_commune_group", "assessments.parquet", 5),
        ("recognition_before_unit", "recognitions.parquet", 3),
        ("threshold_region_in_group_set", "thresholds.parquet", 5),
    ]


def test_the_tier_above_ntm_is_the_one_the_periods_sets_have(con):
    from ntm.queries.advanced import tier_above_ntm

    # The fixture has NTM sets only: nâng cao by default; the sample's 2026-H1 has the pilot (tested there).
    assert tier_above_ntm(con, "2025-H1") == "advanced"
    con.execute(
        "INSERT INTO criteria_sets (set_id, tier, level, name_vi, name_en, valid_from) "
        "VALUES ('P1', 'modern', 'commune', 'Thí điểm', 'Pilot', DATE '2026-02-15')"
    )
    assert tier_above_ntm(con, "2026-H1") == "modern"
    assert tier_above_ntm(con, "2025-H2") == "advanced"
    con.execute("DELETE FROM criteria_sets WHERE set_id = 'P1'")


def test_commune_periods_holds_each_xa_as_it_stood_at_each_periods_end(con):
    # The base of every page's question: the unit version valid at the period's end (00010 is An Hòa of
    # Huyện Một until 30/06/2025, then An Bình of the new province with no district) and its commune group
    # that year (00010's group 1 from 2026 only; 00012 has none).
    rows = con.execute(
        "SELECT period, unit_code, name, district_code, province_code, valid_from, commune_group, period_end "
        "FROM commune_periods ORDER BY period, unit_code"
    ).fetchall()
    old, new = date(2010, 1, 1), date(2025, 7, 1)
    assert rows == [
        ("2025-H1", "00010", "An Hòa", "001", "26", old, None, date(2025, 6, 30)),
        ("2025-H1", "00011", "Bình Minh", "001", "26", old, None, date(2025, 6, 30)),
        ("2025-H1", "00013", "Cát Tiên", "001", "26", old, None, date(2025, 6, 30)),
        ("2025-H2", "00010", "An Bình", None, "25", new, None, date(2025, 12, 31)),
        ("2025-H2", "00012", "Cát Lâm", None, "25", new, None, date(2025, 12, 31)),
        ("2026-H1", "00010", "An Bình", None, "25", new, "1", date(2026, 6, 30)),
        ("2026-H1", "00012", "Cát Lâm", None, "25", new, None, date(2026, 6, 30)),
    ]
