"""`python -m ntm export summary` on the mini fixture with the targets overlay, in a subprocess; expected rows
by hand (tests/integration/test_queries_summary.py names the facts).

2020-H1, province 01: 2 of its 3 xã recognised NTM at 30/06/2020 (An, Cát; Bình revoked), 1 of those 2
advanced (An). Province 01 plans NTM 100 % by 2021 and 2 advanced xã by 2022.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests.fixtures.materialise import FIXTURES, materialise

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def targets(mini_data) -> Path:
    return mini_data("targets")


def _export(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NTM_CACHE_DIR": str(data.parent / "cache")}  # one build per data folder
    return subprocess.run(
        [sys.executable, "-m", "ntm", "export", "summary", *args, "--data", str(data)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_raw_summary_gives_codes_iso_dates_and_the_shares_bases(targets, tmp_path):
    out = tmp_path / "summary.csv"
    done = _export(targets, "--raw", "--period", "2020-H1", "--format", "csv", "-o", str(out))
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns) == [
        "measure",
        "numerator",
        "denominator",
        "basis",
        "share",
        "as_of",
        "target_year",
        "target_share",
        "target_count",
        "target_basis",
    ]
    assert frame.drop(columns="share").values.tolist() == [
        ["ntm", "2", "3", "all_communes", "2020-06-30", "2021", "100.0", "", "all_communes"],
        ["advanced", "1", "2", "ntm_communes", "2020-06-30", "2022", "", "2", "ntm_communes"],
    ]
    assert [float(s) for s in frame["share"]] == pytest.approx([200 / 3, 50.0])


def test_display_summary_xlsx_labels_columns_and_keeps_numbers_and_dates(targets, tmp_path):
    out = tmp_path / "summary.xlsx"
    done = _export(targets, "--period", "2020-H1", "--format", "xlsx", "-o", str(out))
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    assert book.sheetnames == ["Chỉ tiêu tổng hợp", "Bộ lọc"]
    header, *rows = [list(r) for r in sheet.values]
    assert header == [
        "Chỉ tiêu",
        "Tử số",
        "Mẫu số",
        "Cơ sở tính",
        "Tỷ lệ",
        "Tính đến ngày",
        "Năm mục tiêu",
        "Mục tiêu (tỷ lệ)",
        "Mục tiêu (số xã)",
        "Cơ sở tính mục tiêu",
    ]
    all_communes, ntm_communes, as_of = "Tổng số xã", "Số xã đạt chuẩn NTM", datetime(2020, 6, 30)
    assert rows == [
        ["Đạt chuẩn NTM", 2, 3, all_communes, 0.667, as_of, 2021, 1, None, all_communes],
        ["NTM nâng cao", 1, 2, ntm_communes, 0.5, as_of, 2022, None, 2, ntm_communes],
    ]
    assert sheet["F2"].number_format == "dd/mm/yyyy"
    # Shares are fractions with a % format (66,7 % in a Vietnamese spreadsheet), the target's too.
    assert sheet["E2"].number_format == "0.0%" and sheet["H2"].number_format == "0.0%"
    assert sheet["B2"].number_format == "#,##0"


def test_english_summary_of_one_district_has_no_provincial_target(targets, tmp_path):
    out = tmp_path / "summary.csv"
    args = ["--period", "2019-H2", "--district", "001", "--lang", "en", "--format", "csv", "-o", str(out)]
    done = _export(targets, *args)
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    # 31/12/2019: An, Bình, Cũ in district 001; Bình NTM (revoked only in 2020), none advanced.
    assert frame.iloc[:, :6].values.tolist() == [
        ["NTM", "1", "3", "All communes", "0.333", "2019-12-31"],
        ["Advanced NTM", "0", "1", "Communes recognised NTM", "0.0", "2019-12-31"],
    ]
    assert (frame["Target year"] == "").all()


def test_summary_covers_the_whole_province_when_the_data_names_a_default_district(tmp_path):
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "metadata.csv").write_text(
        "key,value\nis_sample,false\ndefault_province,01\ndefault_district,001\n", encoding="utf-8"
    )
    data = materialise(tmp_path / "data", FIXTURES / "targets", overlay)
    summary = tmp_path / "summary.csv"
    done = _export(data, "--raw", "--period", "2020-H1", "--format", "csv", "-o", str(summary))
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(summary, encoding="utf-8-sig", dtype=str)
    assert frame[["measure", "numerator", "denominator"]].values.tolist() == [
        ["ntm", "2", "3"],  # An, Bình and Cát: the whole province, not district 001 (An, Bình)
        ["advanced", "1", "2"],
    ]
    assert frame["target_year"].tolist() == ["2021", "2022"]  # the province's targets
