"""A former district as an area, on the province sample (Vĩnh Phúc, which became part of Phú Thọ): its xã
before the reform, the xã they merged into after it (hand-listed from the sample's lineage), the
successor shared with another former district; and `python -m ntm export|report --area` on the same."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from ntm import queries
from ntm.filters import Filters
from ntm.queries import criterion as criterion_queries
from ntm.store.database import open_store

ROOT = Path(__file__).resolve().parents[2]

SONG_LO_2024_H2 = {
    "08773", "08776", "08779", "08782", "08800", "08803", "08806", "08809",
    "08818", "08821", "08827", "08830", "08848", "08851", "08854", "08860",
}  # fmt: skip
# xã Yên Lãng, Hải Lựu, Tam Sơn, Sông Lô, and Sơn Đông (which also took in xã of the former Lập Thạch).
SONG_LO_SUCCESSORS = {"08773", "08782", "08824", "08848", "08866"}


@pytest.fixture(scope="module")
def province_sample(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("province-sample")
    subprocess.run(
        [sys.executable, "-m", "ntm", "sample", "--scale", "province", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=240,
        stdin=subprocess.DEVNULL,
    )
    return out


@pytest.fixture(scope="module")
def cursor(province_sample: Path, tmp_path_factory):
    store = open_store(province_sample, tmp_path_factory.mktemp("province-cache"))
    cursor = store.cursor()
    yield cursor
    cursor.close()
    store.close()


def test_before_the_reform_the_area_is_the_district(cursor):
    communes = queries.area_communes(cursor, "26", "253", "2024-H2")
    assert set(communes["unit_code"]) == SONG_LO_2024_H2
    assert all(len(others) == 0 for others in communes["shared_with"])
    district = queries.communes_in_place(cursor, "26", "253", "2024-H2")
    assert set(district["unit_code"]) == SONG_LO_2024_H2


@pytest.mark.parametrize("period", ["2025-H2", "2026-H1"])
def test_after_the_reform_the_area_is_the_successors_and_the_shared_one_says_so(cursor, period):
    communes = queries.area_communes(cursor, "25", "253", period)
    assert set(communes["unit_code"]) == SONG_LO_SUCCESSORS
    shared = {
        code: list(others)
        for code, others in zip(communes["unit_code"], communes["shared_with"], strict=True)
        if len(others)
    }
    assert shared == {"08866": ["Huyện Lập Thạch"]}
    assert (
        set(queries.communes_in_place(cursor, "25", None, period, "253")["unit_code"]) == SONG_LO_SUCCESSORS
    )


def test_the_areas_after_the_reform_are_the_former_districts_with_xa(cursor):
    areas = queries.former_districts(cursor, "25", "2026-H1")
    # Vĩnh Yên and Phúc Yên became phường only: no xã, no area.
    assert areas["district_code"].tolist() == ["246", "247", "248", "249", "251", "252", "253"]
    assert queries.former_districts(cursor, "26", "2024-H2")["district_code"].tolist()[-1] == "253"


def _ntm(sample: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NTM_CACHE_DIR": str(sample.parent / f"{sample.name}-cli-cache")}
    return subprocess.run(
        [sys.executable, "-m", "ntm", *args, "--data", str(sample)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize(
    ("period", "expected"), [("2024-H2", SONG_LO_2024_H2), ("2026-H1", SONG_LO_SUCCESSORS)]
)
def test_export_of_an_area_lists_its_communes_of_the_period(province_sample, tmp_path, period, expected):
    out = tmp_path / "scorecard.csv"
    done = _ntm(
        province_sample,
        "export",
        "scorecard",
        "--area",
        "253",
        "--period",
        period,
        "--raw",
        "--format",
        "csv",
        "-o",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig") as file:
        codes = {row["unit_code"] for row in csv.DictReader(file) if row["unit_code"]}
    assert codes == expected


def test_an_old_district_code_after_the_reform_exports_the_area(province_sample, tmp_path):
    out = tmp_path / "scorecard.csv"
    done = _ntm(
        province_sample,
        "export",
        "scorecard",
        "--district",
        "253",
        "--period",
        "2026-H1",
        "--raw",
        "--format",
        "csv",
        "-o",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig") as file:
        assert {row["unit_code"] for row in csv.DictReader(file) if row["unit_code"]} == SONG_LO_SUCCESSORS


def test_an_unknown_area_is_refused_with_the_valid_ones(province_sample, tmp_path):
    done = _ntm(
        province_sample,
        "export",
        "scorecard",
        "--area",
        "999",
        "--period",
        "2026-H1",
        "--format",
        "csv",
        "-o",
        str(tmp_path / "x.csv"),
    )
    assert done.returncode == 2
    assert "999" in done.stderr and "253" in done.stderr


def test_report_of_an_area_and_of_the_new_province(province_sample, tmp_path):
    area_docx, province_docx = tmp_path / "area.docx", tmp_path / "province.docx"
    done = _ntm(province_sample, "report", "--area", "253", "--period", "2026-H1", "-o", str(area_docx))
    assert done.returncode == 0, done.stderr
    text = "\n".join(p.text for p in Document(str(area_docx)).paragraphs)
    # The province reports on the area: the title says which part; no "huyện" line of a district level.
    assert "nông thôn mới 6 tháng đầu năm 2026 trên địa bàn Khu vực huyện Sông Lô (cũ)" in text
    assert "/5 xã" in text  # the five successors are the base
    done = _ntm(
        province_sample, "report", "--province", "25", "--period", "2026-H1", "-o", str(province_docx)
    )
    assert done.returncode == 0, done.stderr
    document = Document(str(province_docx))
    heading = " ".join(cell.text for row in document.tables[0].rows for cell in row.cells)
    assert "TỈNH PHÚ THỌ" in heading  # the province's own report (UBND tỉnh Phú Thọ)


def test_an_areas_criterion_trend_counts_its_communes_on_both_sides_of_the_reform(cursor):
    # The scope after the reform carries the new province (Phú Thọ); the area's xã before 1/7/2025 were
    # Vĩnh Phúc's. The trend had empty periods up to 2025-H1 when the province also restricted it.
    area = Filters("2026-H1", "NTM-2026", province_code="25", area_code="253")
    communes = dict(
        zip(
            *(
                criterion_queries.criterion_trend(cursor, area, 1)[column]
                for column in ("period", "communes")
            ),
            strict=True,
        )
    )
    assert communes["2024-H2"] == len(SONG_LO_2024_H2)
    assert communes["2025-H2"] == communes["2026-H1"] == len(SONG_LO_SUCCESSORS)
    assert all(count > 0 for count in communes.values())
