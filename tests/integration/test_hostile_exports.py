"""Exports of a place whose names are hostile: formulas neutralised, HTML and Markdown kept as written.

The mini fixture renamed by tests/fixtures/hostile.py: 00001 holds the HTML name, 00002 the formula,
00003 the Markdown; 2020-H1, province 01 (the whole province: 00001–00003 are its communes).
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from ntm.export import neutralise
from tests.fixtures.hostile import FORMULA_NAME, HTML_NAME, MARKDOWN_NAME, hostile_copy

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def hostile(mini_data, tmp_path_factory) -> Path:
    return hostile_copy(mini_data(), tmp_path_factory.mktemp("hostile-export") / "data")


def _export(data: Path, out: Path, table: str, fmt: str) -> None:
    env = {**os.environ, "NTM_CACHE_DIR": str(data.parent / "cache")}
    command = [sys.executable, "-m", "ntm", "export", table, "--data", str(data), "--period", "2020-H1"]
    done = subprocess.run(
        [*command, "--format", fmt, "-o", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def _csv_cells(path: Path) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))) for cell in row]


def _xlsx_cells(path: Path) -> list[str]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return [cell for row in sheet.iter_rows(values_only=True) for cell in row if isinstance(cell, str)]


@pytest.mark.parametrize("table", ["units", "scorecard"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_hostile_names_are_exported_as_inert_text(
    hostile: Path, tmp_path: Path, table: str, fmt: str
) -> None:
    out = tmp_path / f"{table}.{fmt}"
    _export(hostile, out, table, fmt)
    cells = _csv_cells(out) if fmt == "csv" else _xlsx_cells(out)
    assert f"'{FORMULA_NAME} 00002" in cells  # a spreadsheet shows the formula, never runs it
    assert [cell for cell in cells if neutralise(cell) != cell] == []  # nothing left a formula could start
    assert f"{HTML_NAME} 00001" in cells
    assert f"{MARKDOWN_NAME} 00003" in cells
