"""`python -m ntm export` on the mini fixture, in a subprocess; expected rows by hand from tests/fixtures/mini.

2020-H1, set S1 (criteria 1–3), province 01 (no default district in the metadata: the whole province):
An 00001 meets 3/3 and was recognised on 01/03/2020; Bình 00002 meets 2 (income 44 < 45) and its 2019
decision was revoked on 01/02/2020; Cát 00003 meets 1 (2.1 has no value, 3.1 no row: 2 unknown). Đông
00004 is a thị trấn and Cũ 00005 ended on 31/12/2019, so neither is a commune of 2020-H1. No advanced
set is assessed: reaching advanced is empty, recognised advanced false.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def mini(mini_data) -> Path:
    return mini_data()


def _export(mini: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NTM_CACHE_DIR": str(mini.parent / "cache")}  # one build for the module
    return subprocess.run(
        [sys.executable, "-m", "ntm", "export", *args, "--data", str(mini)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_raw_units_csv_has_the_data_model_columns_and_one_row_per_commune(mini, tmp_path):
    out = tmp_path / "units.csv"
    done = _export(mini, tmp_path, "units", "--raw", "--format", "csv", "-o", str(out))
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    columns = [
        "unit_code",
        "name",
        "district_code",
        "period",
        "criteria_met",
        "reaches_ntm",
        "recognised_ntm",
        "reaches_advanced",
        "recognised_advanced",
    ]
    assert set(columns) <= set(frame.columns)
    assert frame[columns].values.tolist() == [
        ["00001", "An", "001", "2020-H1", "3", "True", "True", "", "False"],
        ["00002", "Bình", "001", "2020-H1", "2", "False", "False", "", "False"],
        ["00003", "Cát", "002", "2020-H1", "1", "False", "False", "", "False"],
    ]
    assert frame["commune_group"].tolist() == ["", "", ""]  # no commune groups before 2026


def test_raw_units_of_an_earlier_period_and_one_district(mini, tmp_path):
    out = tmp_path / "units.xlsx"
    args = ["units", "--raw", "--period", "2019-H2", "--district", "001", "--format", "xlsx", "-o", str(out)]
    done = _export(mini, tmp_path, *args)
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(out)
    header, *rows = list(book.worksheets[0].values)
    table = pd.DataFrame(rows, columns=list(header))
    # Bình still recognised at 31/12/2019 (revoked 01/02/2020); Cũ meets all three, not recognised.
    assert table[["unit_code", "criteria_met", "reaches_ntm", "recognised_ntm"]].values.tolist() == [
        ["00001", 2, False, False],
        ["00002", 0, False, True],
        ["00005", 3, True, False],
    ]
    scope = dict(list(book["Bộ lọc"].values)[1:])
    assert scope["Huyện"] == "Huyện Một"
    assert scope["Kỳ báo cáo"] == "6 tháng cuối năm 2019 (2019-H2)"


@pytest.fixture(scope="module")
def reform(mini_data) -> Path:
    return mini_data("reform")


def test_raw_units_after_the_reform_list_the_province_communes_with_their_group(reform, tmp_path):
    # tests/fixtures/reform: from 1/7/2025 province 01 has xã An Bình 00001 (group 1), Cát Đông 00003
    # (group 2), Đồi 00008 (group 3) and Suối 00009 (no group: it has no assessment), and phường Đông Phong 00007
    # (no commune); none has a district. 2026-H1 is assessed against S2.
    out = tmp_path / "units.csv"
    args = ["units", "--raw", "--period", "2026-H1", "--province", "01", "--format", "csv", "-o", str(out)]
    done = _export(reform, tmp_path, *args)
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    columns = ["unit_code", "name", "district_code", "district_name", "commune_group", "period", "set_id"]
    assert frame[columns].values.tolist() == [
        ["00001", "An Bình", "", "", "1", "2026-H1", "S2"],
        ["00003", "Cát Đông", "", "", "2", "2026-H1", "S2"],
        ["00008", "Đồi", "", "", "3", "2026-H1", "S2"],
        ["00009", "Suối", "", "", "", "2026-H1", "S2"],
    ]


def test_raw_units_before_the_reform_still_list_a_district_without_groups(reform, tmp_path):
    # The same data in 2020-H1: district 001 holds An and Bình (Cũ ended on 31/12/2019), set S1 by region.
    out = tmp_path / "units.csv"
    args = ["units", "--raw", "--period", "2020-H1", "--district", "001", "--format", "csv", "-o", str(out)]
    done = _export(reform, tmp_path, *args)
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    columns = ["unit_code", "name", "district_code", "commune_group", "period", "criteria_met"]
    assert frame[columns].values.tolist() == [
        ["00001", "An", "001", "", "2020-H1", "3"],
        ["00002", "Bình", "001", "", "2020-H1", "2"],
    ]


def test_display_criteria_xlsx_in_english_has_percent_shares(mini, tmp_path):
    out = tmp_path / "criteria.xlsx"
    done = _export(mini, tmp_path, "criteria", "--lang", "en", "--format", "xlsx", "-o", str(out))
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    assert book.sheetnames == ["Criteria", "Filters"]
    rows = [list(r) for r in book["Criteria"].values]
    # Hardest first: income (An, Cát meet; Bình not), environment (An, Bình; Cát unknown), electricity.
    assert rows[0] == [
        "Criterion",
        "Communes meeting",
        "Communes not meeting",
        "Communes lacking data",
        "Communes",
        "Share meeting",
    ]
    assert rows[1:] == [
        ["1. Income", 2, 1, 0, 3, pytest.approx(2 / 3)],
        ["2. Environment", 2, 0, 1, 3, pytest.approx(2 / 3)],
        ["3. Electricity", 2, 0, 1, 3, pytest.approx(2 / 3)],
    ]
    assert book["Criteria"]["F2"].number_format == "0.0%"


def test_indicators_of_one_commune_and_the_refusal_without_one(mini, tmp_path):
    out = tmp_path / "ind.csv"
    done = _export(
        mini, tmp_path, "indicators", "--unit", "00002", "--criterion", "1", "--format", "csv", "-o", str(out)
    )
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str)
    # As the commune page's download: value, threshold and gap as plain numbers, the direction and the unit
    # in columns of their own.
    assert frame.columns[:8].tolist() == [
        "Mã", "Chỉ tiêu", "Giá trị", "Điều kiện", "Ngưỡng", "Còn thiếu", "Đơn vị", "Kết quả",
    ]  # fmt: skip
    assert frame[
        ["Mã", "Giá trị", "Điều kiện", "Ngưỡng", "Còn thiếu", "Đơn vị", "Kết quả"]
    ].values.tolist() == [["1.1", "44.0", "≥", "45.0", "1.0", "triệu đồng", "Chưa đạt"]]
    refused = _export(mini, tmp_path, "indicators", "--format", "csv", "-o", str(out))
    assert refused.returncode == 2
    assert "00001 (An), 00002 (Bình), 00003 (Cát)" in refused.stderr


def test_unknown_period_exits_2_naming_it_and_the_valid_periods(mini, tmp_path):
    out = tmp_path / "x.csv"
    done = _export(mini, tmp_path, "units", "--period", "2030-H1", "--format", "csv", "-o", str(out))
    assert done.returncode == 2
    assert "2030-H1" in done.stderr and "2019-H2, 2020-H1" in done.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "named", "choices"),
    [
        (["--province", "99"], "99", "01"),
        (["--district", "009"], "009", "001, 002"),
        (["--unit", "00004"], "00004", "00001, 00002, 00003"),  # a thị trấn is no commune
        (["--set", "V1"], "V1", "S1"),  # a village-level set
        (["--criterion", "7"], "7", "1, 2, 3"),
    ],
)
def test_unknown_codes_exit_2_with_the_valid_choices(mini, tmp_path, args, named, choices):
    done = _export(
        mini, tmp_path, "units", *args, "--lang", "en", "--format", "csv", "-o", str(tmp_path / "x.csv")
    )
    assert done.returncode == 2
    assert f"'{named}' is not in the data" in done.stderr
    assert f"Valid choices: {choices}" in done.stderr


def _raw_csv(mini, tmp_path, table: str) -> pd.DataFrame:
    out = tmp_path / f"{table}.csv"
    done = _export(mini, tmp_path, table, "--raw", "--format", "csv", "-o", str(out))
    assert done.returncode == 0, done.stderr
    return pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)


def test_raw_next_tier_ranks_binh_one_criterion_away_before_cat(mini, tmp_path):
    frame = _raw_csv(mini, tmp_path, "next_tier")
    # Bình misses income only (44 for 45: 1/45 short); Cát misses environment and electricity (no data).
    assert frame[["rank", "unit_code", "next_tier", "criteria_met", "criteria_unmet"]].values.tolist() == [
        ["1", "00002", "ntm", "2", "1"],
        ["2", "00003", "ntm", "1", "2"],
    ]
    assert float(frame["relative_gap"].iloc[0]) == pytest.approx(1 / 45)


def test_raw_at_risk_lists_an_income_one_above_its_threshold(mini, tmp_path):
    frame = _raw_csv(mini, tmp_path, "at_risk")
    # An (recognised NTM on 01/03/2020) has an income of 46 against 45: met, with 1 to spare.
    assert frame[
        ["unit_code", "tier", "indicator_code", "value", "threshold_value", "situation"]
    ].values.tolist() == [["00001", "ntm", "1.1", "46.0", "45.0", "at_risk"]]
    assert float(frame["headroom"].iloc[0]) == 1.0


def test_raw_villages_count_an_villages_and_its_model_village(mini, tmp_path):
    frame = _raw_csv(mini, tmp_path, "villages").set_index("unit_code")
    # An: Thôn Một (75, recognised 30/06/2020) and Thôn Hai (60, not met); Cát has no village.
    assert frame.loc["00001", ["villages", "reaching", "recognised"]].tolist() == ["2", "1", "1"]
    assert frame.loc["00003", ["villages", "reaching", "recognised"]].tolist() == ["0", "0", "0"]
