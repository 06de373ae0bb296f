"""The briefing on the district sample, on both sides of 1/7/2025: the year-end report of Huyện Sông Lô for
2024 (before the reform) and the report of UBND tỉnh Phú Thọ for the first half of 2026 (after it, the
communes Sông Lô merged into, assessed on the 2026–2030 set of ten criteria)."""

from __future__ import annotations

import argparse
import io
from datetime import datetime

import openpyxl
import pytest
from docx import Document

from ntm import queries
from ntm.briefing.annex import annex_xlsx
from ntm.briefing.charts import key_figures
from ntm.briefing.document import briefing_docx
from ntm.cli.report import build_briefing
from ntm.export import VIETNAM_TIME
from ntm.store.database import Store

MOMENT = datetime(2026, 12, 2, 9, 0, tzinfo=VIETNAM_TIME)


@pytest.fixture(scope="module")
def cursor(sample_data_dir, tmp_path_factory):
    store = Store(sample_data_dir, tmp_path_factory.mktemp("briefing-sample-cache"))
    cursor = store.cursor()
    yield cursor
    cursor.close()
    store.close()


def _briefing(cursor, period: str, **where):
    values = {"period": period, "district": None, "province": None, "lang": "vi", **where}
    return build_briefing(cursor, argparse.Namespace(**values), "test-version")


def _document(briefing, lang: str = "vi") -> Document:
    return Document(io.BytesIO(briefing_docx(briefing, lang, moment=MOMENT)))


def _paragraphs(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def _heading(document) -> list[str]:
    """The heading table's four cells, each as one line."""
    return [" ".join(c.text.split()) for row in document.tables[0].rows for c in row.cells]


def _every_text(document) -> str:
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    return "\n".join(_paragraphs(document) + cells)


@pytest.fixture(scope="module")
def song_lo_2024(cursor):
    return _briefing(cursor, "2024-H2", district="253")


@pytest.fixture(scope="module")
def phu_tho_2026(cursor):
    return _briefing(cursor, "2026-H1", province="25")


def test_the_year_end_district_report_speaks_of_the_year_2024(song_lo_2024):
    document = _document(song_lo_2024)
    assert _heading(document) == [
        "ỦY BAN NHÂN DÂN HUYỆN SÔNG LÔ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
        "Số: …/BC-UBND",
        "Sông Lô, ngày … tháng … năm 2026",
    ]
    paragraphs = _paragraphs(document)
    assert "Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2024" in paragraphs
    assert any(p.startswith("Đến hết năm 2024, toàn huyện có ") for p in paragraphs)
    assert "III. NHIỆM VỤ, GIẢI PHÁP NĂM 2025" in paragraphs
    # Neither the title nor the results call the year its second half.
    assert "6 tháng cuối năm 2024" not in "\n".join(paragraphs[: paragraphs.index("1. Kết quả chung") + 2])


def test_the_2026_province_report_is_the_peoples_committees_of_phu_tho_without_huyen(phu_tho_2026):
    document = _document(phu_tho_2026)
    heading = _heading(document)
    assert heading[0] == "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"
    assert heading[2:] == ["Số: …/BC-UBND", "Phú Thọ, ngày … tháng … năm 2026"]
    paragraphs = _paragraphs(document)
    assert "Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới 6 tháng đầu năm 2026" in paragraphs
    assert any(p.startswith("Đến hết 6 tháng đầu năm 2026, toàn tỉnh có ") for p in paragraphs)
    assert "III. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2026" in paragraphs
    assert "huyện" not in _every_text(document).lower()
    signature = [c.text for c in document.tables[-1].rows[0].cells]
    assert signature[0].startswith("Nơi nhận:") and signature[1].startswith("TM. ỦY BAN NHÂN DÂN")


def test_the_2026_report_and_annex_use_the_ten_criteria_of_2026_2030(cursor, phu_tho_2026):
    assert phu_tho_2026.scope.filters.set_id == "NTM-2026"
    official = queries.criteria_of_set(cursor, "NTM-2026")
    expected = [
        f"{int(n)}. {name}" for n, name in zip(official["criterion_no"], official["name_vi"], strict=True)
    ]
    assert len(expected) == 10
    book = openpyxl.load_workbook(io.BytesIO(annex_xlsx(phu_tho_2026, "vi")))
    header = list(book["Kết quả tiêu chí theo xã"].values)[1]
    assert list(header) == ["Mã xã", "Xã", "Số tiêu chí đạt", *expected]
    criteria_table = next(t for t in _document(phu_tho_2026).tables if t.rows[0].cells[1].text == "Tiêu chí")
    assert len(criteria_table.rows) == 11  # the header and the ten criteria
    assert "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030" in "\n".join(
        _paragraphs(_document(phu_tho_2026))
    )


@pytest.mark.parametrize("name", ["song_lo_2024", "phu_tho_2026"])
def test_chart_axes_name_the_periods_in_vietnamese(request, name):
    briefing = request.getfixturevalue(name)
    axis = key_figures(briefing, "vi")[0][1].layout.xaxis
    assert axis.ticktext and not [text for text in axis.ticktext if "-H" in text]
    if name == "phu_tho_2026":  # few periods: each by its name
        assert "6 tháng<br>đầu năm<br>2026" in axis.ticktext
    else:  # 2016 to 2024: each year once, the axis says what a year's two periods are
        assert axis.title.text == "Mỗi năm hai kỳ: 6 tháng đầu năm, 6 tháng cuối năm"


def test_the_2026_bins_are_those_of_ten_criteria_and_count_every_xa(phu_tho_2026):
    bins = phu_tho_2026.bins
    assert bins["bin"].tolist() == ["10", "8–9", "5–7", "3–4", "< 3"]
    assert bins["communes"].sum() == phu_tho_2026.now.communes == len(phu_tho_2026.results) > 0


def test_the_2024_bins_stay_those_of_nineteen_criteria(song_lo_2024):
    assert song_lo_2024.bins["bin"].tolist() == ["19", "15–18", "10–14", "5–9", "< 5"]
    assert song_lo_2024.bins["communes"].sum() == song_lo_2024.now.communes > 0
