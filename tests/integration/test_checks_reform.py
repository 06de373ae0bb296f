"""`ntm check` after the 2025 reform: valid post-reform data passes, each warning of the reform's rules
names its file, row and column in vi and en (tests/fixtures/warnings/), and data made before the reform's
columns existed still loads and checks clean. The reform's errors are broken fixtures (test_checks.py)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from ntm.sample import write_sample
from ntm.store.checks import check_data_dir
from ntm.store.database import open_store
from tests.fixtures.materialise import FIXTURES, materialise

WARNING_CASES = sorted(p for p in (FIXTURES / "warnings").iterdir() if p.is_dir())

# What a data set made before the reform's contract did not have.
NEW_FILES = ("commune_groups", "programme_targets")
NEW_COLUMNS = ("threshold_basis", "commune_group", "recognised_year")


def _expected(case: Path) -> dict[str, str]:
    lines = case.joinpath("expected.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split(": ", 1) for line in lines if line)


def test_post_reform_data_with_groups_targets_and_a_group_set_checks_clean(tmp_path):
    # tests/fixtures/reform: districts end on 30/06/2025, merged xã reuse codes without a district, set S2
    # keys thresholds by commune group and every xã it assesses has a group for 2026.
    problems = check_data_dir(materialise(tmp_path / "data", FIXTURES / "reform"))
    assert [p.render("en") for p in problems] == []


def test_there_is_a_warning_fixture_for_every_warning_of_the_reform():
    assert {case.name for case in WARNING_CASES} == {
        "group_for_non_commune",
        "recognised_year_after_decision",
        "recognised_year_long_before_decision",
        "target_unknown_scope_code",
    }


@pytest.mark.parametrize("case", WARNING_CASES, ids=lambda p: p.name)
def test_warning_fixture_warns_naming_file_column_row_and_reason_without_an_error(case, tmp_path):
    expected = _expected(case)
    problems = check_data_dir(materialise(tmp_path / "data", case))
    assert [p.render("en") for p in problems if p.is_error] == []
    matching = [
        p
        for p in problems
        if p.file == expected["file"]
        and p.column == expected["column"]
        and p.row == int(expected["row"])
        and expected["en"] in p.render("en")
        and expected["vi"] in p.render("vi")
    ]
    assert len(matching) == 1, [p.render("en") for p in problems]
    assert matching[0].render("en").startswith("WARNING ")
    assert matching[0].render("vi").startswith("CẢNH BÁO ")


def _keep_before_reform(data_dir: Path) -> None:
    """Rewrites the sample as data made before the reform: no row from 1/7/2025 on, no set keyed by
    commune group, none of the reform's files or columns."""
    con = duckdb.connect()
    for path in sorted(data_dir.glob("*.parquet")):
        con.execute(f"CREATE TABLE {path.stem} AS SELECT * FROM read_parquet(?)", [str(path)])
    old_sets = (
        "set_id IN (SELECT set_id FROM criteria_sets WHERE coalesce(threshold_basis, 'region') = 'region')"
    )
    before = "DATE '2025-07-01'"
    kept = {
        "criteria_sets": old_sets,
        "criteria": old_sets,
        "indicators": old_sets,
        "thresholds": old_sets,
        "assessments": f"{old_sets} AND period < '2025-H2'",
        "units": f"valid_from < {before}",
        "unit_lineage": f"effective_date < {before}",
        "villages": f"valid_from < {before}",
        "recognitions": f"decision_date < {before}",
        "plans": "subject_code IN (SELECT unit_code FROM units WHERE valid_from < DATE '2025-07-01' "
        "UNION ALL SELECT village_code FROM villages WHERE valid_from < DATE '2025-07-01')",
        "funding": "period < '2025-H2'",
        "activities": "period < '2025-H2'",
    }
    # criteria_sets and units are cut last: the other tables' conditions read them.
    for table in sorted(kept, key=lambda name: name in ("criteria_sets", "units", "villages")):
        con.execute(f"DELETE FROM {table} WHERE NOT ({kept[table]})")
    for path in sorted(data_dir.glob("*.parquet")):
        if path.stem in NEW_FILES:
            path.unlink()
            continue
        frame = con.sql(f"SELECT * FROM {path.stem}").to_arrow_table()
        pq.write_table(frame.drop_columns([c for c in NEW_COLUMNS if c in frame.column_names]), path)
    con.close()


@pytest.fixture(scope="module")
def pre_reform_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("pre-reform") / "data"
    write_sample("province", data)
    _keep_before_reform(data)
    return data


def test_the_pre_reform_sample_has_none_of_the_reform_files_or_columns(pre_reform_sample):
    assert not any((pre_reform_sample / f"{name}.parquet").exists() for name in NEW_FILES)
    columns = {name for path in pre_reform_sample.glob("*.parquet") for name in pq.read_schema(path).names}
    assert columns.isdisjoint(NEW_COLUMNS)
    assert pq.read_metadata(pre_reform_sample / "assessments.parquet").num_rows > 0


def test_data_made_before_the_reform_columns_existed_checks_clean(pre_reform_sample):
    assert [p.render("en") for p in check_data_dir(pre_reform_sample)] == []


def test_data_made_before_the_reform_columns_existed_loads(pre_reform_sample, tmp_path):
    store = open_store(pre_reform_sample, tmp_path / "cache")
    try:
        basis = store.frame("SELECT DISTINCT threshold_basis FROM criteria_sets")
        groups = store.frame("SELECT count(*) AS n FROM commune_groups")
        statuses = store.frame("SELECT count(*) AS n FROM indicator_status")
    finally:
        store.close()
    assert basis["threshold_basis"].isna().all()
    assert groups["n"].iloc[0] == 0
    assert statuses["n"].iloc[0] == pq.read_metadata(pre_reform_sample / "assessments.parquet").num_rows
