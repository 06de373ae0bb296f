"""`python -m ntm import | versions | rollback | template | hash-password` (trusted local access)."""

import subprocess
import sys
from pathlib import Path

from ntm.store.admin import verify_password
from ntm.store.versions import current_id, list_versions
from tests.fixtures.materialise import FIXTURES, materialise

ROOT = Path(__file__).resolve().parents[2]


def _ntm(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ntm", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


def test_import_versions_and_rollback_from_the_command_line(tmp_path):
    root = materialise(tmp_path / "data")
    file = tmp_path / "assessments.csv"
    file.write_text("subject_code,period,set_id,indicator_code,value,status\n00001,2020-H1,S1,1.1,47,\n")

    published = _ntm("import", str(file), "--data", str(root), "--admin", "Lan")
    assert published.returncode == 0, published.stdout + published.stderr
    assert "Published version" in published.stdout and "Đã xuất bản" in published.stdout

    listed = _ntm("versions", "--data", str(root))
    new, initial = [v.id for v in list_versions(root)]
    assert listed.stdout.splitlines()[0].startswith(f"* {new}")
    assert "initial" in listed.stdout

    assert _ntm("rollback", initial, "--data", str(root)).returncode == 0
    assert current_id(root) == initial
    unknown = _ntm("rollback", "nope", "--data", str(root))
    assert unknown.returncode == 2 and new in unknown.stderr


def test_a_broken_file_exits_one_with_the_report_and_publishes_nothing(tmp_path):
    root = materialise(tmp_path / "data")
    broken = FIXTURES / "broken" / "import" / "assessments_malformed_period.csv"
    result = _ntm("import", str(broken), "--data", str(root))
    assert result.returncode == 1
    assert "Row 3, Column period" in result.stdout and "Dòng 3, Cột period" in result.stdout
    assert list_versions(root) == []


def test_replace_refuses_until_the_removals_are_confirmed_and_lists_them(tmp_path):
    root = materialise(tmp_path / "data")
    file = tmp_path / "assessments.csv"
    file.write_text("subject_code,period,set_id,indicator_code,value,status\n00001,2020-H1,S1,1.1,47,\n")

    merged = _ntm("import", str(file), "--data", str(root), "--dry-run")
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert "An (00001): thêm 0, sửa 1, xoá 0 / 0 added, 1 changed, 0 removed" in merged.stdout
    assert "  Sửa / Change · 2020-H1 · 1.1: 46 → 47" in merged.stdout

    refused = _ntm("import", str(file), "--data", str(root), "--replace")
    assert refused.returncode == 1 and list_versions(root) == []
    assert "An (00001): thêm 0, sửa 1, xoá 3 / 0 added, 1 changed, 3 removed" in refused.stdout
    assert "  Xoá / Remove · 2020-H1 · 2.1: 85 · Đạt" in refused.stdout
    assert "--replace --confirm-removals 3" in refused.stderr
    assert _ntm("import", str(file), "--data", str(root), "--confirm-removals", "3").returncode == 2

    confirmed = _ntm("import", str(file), "--data", str(root), "--replace", "--confirm-removals", "3")
    assert confirmed.returncode == 0, confirmed.stdout + confirmed.stderr
    assert list_versions(root)[0].summary["assessments"] == {"added": 0, "changed": 1, "removed": 3}


def test_template_writes_a_workbook_and_refuses_an_unknown_district(tmp_path):
    root = materialise(tmp_path / "data")
    out = tmp_path / "mau.xlsx"
    written = _ntm(
        "template", "funding", "--district", "001", "--period", "2020-H1", "-o", str(out), "--data", str(root)
    )
    assert written.returncode == 0, written.stderr
    assert out.read_bytes()[:2] == b"PK"
    refused = _ntm(
        "template", "funding", "--district", "999", "--period", "2020-H1", "-o", str(out), "--data", str(root)
    )
    assert refused.returncode == 2 and "001" in refused.stderr


def test_hash_password_prints_a_hash_of_the_password_read_from_stdin():
    result = _ntm("hash-password", "--stdin", stdin="bí mật\n")
    assert result.returncode == 0
    assert verify_password("bí mật", result.stdout.strip())
