"""`python -m ntm report` on the mini fixture, in a subprocess: the files it writes and the values it refuses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from docx import Document

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def mini(mini_data) -> Path:
    return mini_data()


def _report(mini: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NTM_CACHE_DIR": str(mini.parent / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "ntm", "report", "--data", str(mini), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def test_writes_the_word_briefing_with_charts_and_the_annex(mini, tmp_path):
    docx, xlsx = tmp_path / "bao-cao.docx", tmp_path / "phu-luc.xlsx"
    done = _report(mini, "--period", "2020-H1", "--district", "001", "-o", str(docx), "--annex", str(xlsx))
    assert done.returncode == 0, done.stderr
    document = Document(str(docx))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Đến hết 6 tháng đầu năm 2020, toàn huyện có 1/2 xã đạt chuẩn NTM (50,0 % số xã)" in text
    assert len(document.inline_shapes) == 3
    assert openpyxl.load_workbook(xlsx).sheetnames[-1] == "Bộ lọc"


def test_province_scope_in_english_without_annex(mini, tmp_path):
    docx = tmp_path / "report.docx"
    done = _report(mini, "--period", "2020-H1", "--province", "01", "--lang", "en", "-o", str(docx))
    assert done.returncode == 0, done.stderr
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "the province had 1 of 3 communes recognised" in text
    assert not list(tmp_path.glob("*.xlsx"))


@pytest.mark.parametrize(
    ("args", "named", "choices"),
    [
        (("--period", "2019-H1", "--district", "001"), "kỳ '2019-H1'", "2019-H2, 2020-H1"),
        (("--period", "2020-H1", "--district", "009"), "huyện '009'", "001, 002"),
        (("--period", "2020-H1", "--province", "99"), "tỉnh '99'", "01"),
    ],
)
def test_unknown_values_are_named_with_the_valid_choices_and_exit_2(mini, tmp_path, args, named, choices):
    out = tmp_path / "x.docx"
    done = _report(mini, *args, "-o", str(out))
    assert done.returncode == 2
    assert named in done.stderr and choices in done.stderr
    assert not out.exists()


def test_district_and_province_together_are_refused_by_the_parser(mini, tmp_path):
    done = _report(
        mini, "--period", "2020-H1", "--district", "001", "--province", "01", "-o", str(tmp_path / "x")
    )
    assert done.returncode == 2 and "not allowed with argument" in done.stderr
