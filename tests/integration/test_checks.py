"""`python -m ntm check` on the valid fixture and on every broken fixture of tests/fixtures/broken/."""

import subprocess
import sys
from pathlib import Path

import pytest

from ntm.store.checks import check_data_dir
from tests.fixtures.materialise import FIXTURES, materialise

# broken/import/ holds files for `ntm import` (tests/integration/test_import_broken.py), not data folders.
BROKEN_CASES = sorted(p for p in (FIXTURES / "broken").iterdir() if p.is_dir() and p.name != "import")


def _expected(case: Path) -> dict[str, str]:
    lines = case.joinpath("expected.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split(": ", 1) for line in lines if line)


def _run_check(data_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ntm", "check", str(data_dir), *extra],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )


def test_valid_fixture_passes_check_with_exit_zero(tmp_path):
    result = _run_check(materialise(tmp_path / "data"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Data is valid" in result.stdout
    assert "Dữ liệu hợp lệ" in result.stdout


def test_there_are_broken_fixtures_for_every_promised_problem():
    names = {case.name for case in BROKEN_CASES}
    promised = {
        "missing_column",
        "wrong_type",
        "unknown_unit_code",
        "duplicate_key",
        "percent_120",
        "malformed_period",
        # the rules of the 2025 reform
        "threshold_group_in_region_set",
        "threshold_region_in_group_set",
        "commune_group_unknown_unit",
        "commune_group_overlap",
        "commune_group_years_reversed",
        "assessed_without_commune_group",
        "recognition_before_unit",
        "recognition_after_unit",
        "unit_district_after_reform",
        "target_share_out_of_range",
        "target_without_share_or_count",
        "target_with_share_and_count",
        "target_national_with_scope_code",
        "target_without_scope_code",
    }
    assert promised <= names


@pytest.mark.parametrize("case", BROKEN_CASES, ids=lambda p: p.name)
def test_broken_fixture_fails_check_naming_file_column_row_and_reason(case, tmp_path):
    expected = _expected(case)
    result = _run_check(materialise(tmp_path / "data", case))
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    matching = [
        line
        for line in lines
        if expected["file"] in line
        and expected["en"] in line
        and expected["vi"] in line
        and ("column" not in expected or f"column {expected['column']}" in line)
        and ("row" not in expected or f"row {expected['row']}," in line)
    ]
    assert matching, f"no line names {expected} in:\n{result.stdout}"


def test_each_broken_fixture_reports_only_its_own_kind_of_error(tmp_path):
    # A fixture that trips unrelated checks would hide which message is promised for it.
    for case in BROKEN_CASES:
        problems = [p for p in check_data_dir(materialise(tmp_path / case.name, case)) if p.is_error]
        files = {p.file for p in problems}
        assert files <= {_expected(case)["file"]}, (case.name, [p.render("en") for p in problems])


def test_check_of_a_missing_folder_exits_two(tmp_path):
    result = _run_check(tmp_path / "nowhere")
    assert result.returncode == 2
    assert "no such folder" in result.stderr


def test_check_lists_at_most_twenty_rows_per_problem_and_counts_the_rest(tmp_path):
    import pandas as pd

    data = materialise(tmp_path / "data")
    from ntm.store.tables_io import write_table

    funding = pd.DataFrame(
        {
            "unit_code": ["00001"] * 25,
            "period": [f"{2000 + i}-H1" for i in range(25)],
            "source_category": ["central"] * 25,
            "amount_mvnd": [-1.0] * 25,
        }
    )
    write_table("funding", funding, data)
    problems = [p for p in check_data_dir(data) if p.file == "funding.parquet"]
    assert len([p for p in problems if p.code == "negative_value"]) == 20
    more = [p for p in problems if p.code == "more"]
    assert len(more) == 1 and more[0].details["count"] == 5
