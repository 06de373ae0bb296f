"""Every command reads the data version viewers are shown: after an import is published, the briefing
(`python -m ntm report`) and the exported table (`python -m ntm export`) quote its figures, and agree.

The mini fixture funds commune 00001 (An) in 2020-H1 with 1.200,5 million VND from the central budget
and 300 from the community; the import below changes the central amount to 4.321,5, so the total
becomes 4.621,5 (central 93,5 %).
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
from docx import Document

from ntm.store.versions import current_id, list_versions
from tests.fixtures.materialise import materialise

ROOT = Path(__file__).resolve().parents[2]


def _ntm(cache: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ntm", *args],
        cwd=ROOT,
        env={**os.environ, "NTM_CACHE_DIR": str(cache)},
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def _exported_central(cache: Path, root: Path, out: Path) -> float:
    done = _ntm(
        cache,
        "export",
        "funding",
        "--data",
        str(root),
        "--period",
        "2020-H1",
        "--district",
        "001",
        "--format",
        "csv",
        "--raw",
        "-o",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig") as file:
        rows = {(r["unit_code"], r["source_category"]): float(r["amount_mvnd"]) for r in csv.DictReader(file)}
    assert rows[("00001", "community")] == 300.0
    return rows[("00001", "central")]


def test_report_and_export_both_read_the_version_an_import_published(tmp_path):
    root, cache = materialise(tmp_path / "data"), tmp_path / "cache"
    assert _exported_central(cache, root, tmp_path / "before.csv") == 1200.5

    change = tmp_path / "funding.csv"
    change.write_text("unit_code,period,source_category,amount_mvnd\n00001,2020-H1,central,4321.5\n")
    published = _ntm(cache, "import", str(change), "--data", str(root))
    assert published.returncode == 0, published.stdout + published.stderr
    versions = list_versions(root)
    assert len(versions) == 2 and versions[0].is_current and current_id(root) == versions[0].id

    exported = _exported_central(cache, root, tmp_path / "after.csv")

    docx, xlsx = tmp_path / "bao-cao.docx", tmp_path / "phu-luc.xlsx"
    reported = _ntm(
        cache,
        "report",
        "--data",
        str(root),
        "--period",
        "2020-H1",
        "--district",
        "001",
        "-o",
        str(docx),
        "--annex",
        str(xlsx),
    )
    assert reported.returncode == 0, reported.stderr
    funding = {
        row[0]: row[1] for row in openpyxl.load_workbook(xlsx)["Nguồn vốn"].iter_rows(values_only=True)
    }
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)

    assert exported == funding["Ngân sách trung ương"] == 4321.5
    assert funding["Tổng cộng"] == 4621.5
    assert "là 4.621,5 triệu đồng, trong đó: ngân sách trung ương 4.321,5 triệu đồng (93,5 %)" in text
    assert "1.200,5" not in text


def test_every_command_refuses_a_missing_data_folder_in_both_languages(tmp_path):
    missing, cache = tmp_path / "nowhere", tmp_path / "cache"
    commands = [
        ("check", str(missing)),
        ("export", "funding", "--format", "csv", "--data", str(missing)),
        (
            "report",
            "--period",
            "2020-H1",
            "--district",
            "001",
            "-o",
            str(tmp_path / "r.docx"),
            "--data",
            str(missing),
        ),
        ("versions", "--data", str(missing)),
        (
            "template",
            "funding",
            "--district",
            "001",
            "--period",
            "2020-H1",
            "-o",
            str(tmp_path / "t.xlsx"),
            "--data",
            str(missing),
        ),
    ]
    for command in commands:
        done = _ntm(cache, *command)
        assert done.returncode == 2, command
        assert done.stderr.strip() == f"LỖI / ERROR: không có thư mục / no such folder: {missing}", command

    no_file = _ntm(cache, "import", str(missing / "funding.csv"), "--data", str(tmp_path))
    assert no_file.returncode == 2
    assert no_file.stderr.strip() == f"LỖI / ERROR: không có tệp / no such file: {missing / 'funding.csv'}"
