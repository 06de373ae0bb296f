"""The meeting briefing on the mini fixture; every expected value is computed by hand from tests/fixtures/mini.

District 001 (Huyện Một) in 2020-H1, set S1 (criteria 1–3): its xã then are An 00001 and Bình 00002 (Đông is a
thị trấn, Cũ ended on 31/12/2019). An meets 3/3 (income 46 ≥ 45) and was recognised on 01/03/2020; Bình meets
2/3 (income 44 < 45) and its 2019 decision was revoked on 01/02/2020. So 1/2 recognised (50 %), average
(3 + 2) / 2 = 2.5. Villages: Thôn Một, Thôn Hai (An), Thôn Ba (Bình); Thôn Một recognised model 30/06/2020.
Funding: An central 1 200.5 + community 300 = 1 500.5. Training: district-wide 3 classes / 120 people + An
2 / 80 = 5 / 200. 2019-H1 was never assessed, so there is no same-period-last-year comparison.
"""

from __future__ import annotations

import argparse
import io
from dataclasses import replace
from datetime import datetime

import openpyxl
import pandas as pd
import pytest
from docx import Document
from docx.enum.text import WD_TAB_LEADER

from ntm.briefing import sentences
from ntm.briefing.annex import annex_sheets, annex_xlsx
from ntm.briefing.charts import key_charts, key_figures
from ntm.briefing.document import briefing_docx, issuing_level, tasks_period_name
from ntm.briefing.facts import Standing
from ntm.charts.static import PNG_SIGNATURE
from ntm.cli.report import build_briefing
from ntm.export import VIETNAM_TIME

MOMENT = datetime(2026, 11, 27, 9, 30, tzinfo=VIETNAM_TIME)


@pytest.fixture(scope="module")
def store(mini_store):
    return mini_store()


def _briefing(store, **args):
    cursor = store.cursor()
    try:
        values = {"period": "2020-H1", "district": None, "province": None, "lang": "vi", **args}
        return build_briefing(cursor, argparse.Namespace(**values), store.version)
    finally:
        cursor.close()


@pytest.fixture(scope="module")
def district(store):
    return _briefing(store, district="001")


def test_standing_counts_communes_recognitions_and_the_average(district):
    now = district.now
    assert (now.communes, now.recognised_ntm, now.reaching_not_recognised_ntm) == (2, 1, 0)
    assert now.recognised_share == 0.5
    assert now.average_criteria_met == 2.5
    assert (now.villages, now.recognised_model_village) == (3, 1)
    assert district.year_before is None


def test_the_whole_province_adds_cat_and_its_unknown_criteria(store):
    province = _briefing(store, province="01")
    assert province.scope.district is None
    assert (province.now.communes, province.now.recognised_ntm) == (3, 1)
    assert province.now.average_criteria_met == 2.0  # (3 + 2 + 1) / 3: Cát's two unknowns count as not met
    assert int(province.criteria["unknown"].sum()) == 2


def test_bins_criteria_funding_and_activities_are_hand_computed(district):
    # the fixture's set has 3 criteria, so its bins are 3 · 2 · 1 · 0: one commune meets 3, one meets 2
    assert district.bins["communes"].tolist() == [1, 1, 0, 0]
    by_no = district.criteria.set_index("criterion_no")
    assert by_no["met"].to_dict() == {1: 1, 2: 2, 3: 2}
    assert district.criteria["criterion_no"].iloc[0] == 1  # income is the hardest
    funding = district.funding.set_index("source_category")["amount_mvnd"].to_dict()
    assert funding == {
        "central": 1200.5,
        "local": 0.0,
        "integrated": 0.0,
        "credit": 0.0,
        "enterprise": 0.0,
        "community": 300.0,
    }
    assert district.funding_total == 1500.5
    activities = district.activities.set_index("kind")
    assert activities.loc["training"].tolist() == [5, 200]
    assert activities.loc["communication"].tolist() == [0, 0]


def test_recognitions_list_every_decision_up_to_the_period_end_oldest_first(district):
    rows = district.recognitions
    assert rows["decision_no"].tolist() == ["5/QĐ-UBND", "10/QĐ-UBND", "11/QĐ-UBND"]
    assert rows["tier"].tolist() == ["ntm", "ntm", "model_village"]
    assert rows["village_name"].isna().tolist() == [True, True, False]
    assert rows["revoked_date"].notna().tolist() == [True, False, False]


def test_results_sentence_in_administrative_vietnamese(district):
    assert sentences.results_sentence(district, "vi") == (
        # The share names its base, every xã ("số xã"); it read "(50,0 %)".
        "Đến hết 6 tháng đầu năm 2020, toàn huyện có 1/2 xã đạt chuẩn NTM (50,0 % số xã); bình quân đạt 2,50 tiêu chí/xã."
    )
    assert sentences.results_sentence(district, "en") == (
        "By the end of the first half of 2020, the district had 1 of 2 communes recognised as meeting the NTM "
        "standard (50.0% of all communes); on average 2.50 criteria were met per commune."
    )


@pytest.mark.parametrize(
    ("recognised_before", "average_before", "expected"),
    [
        (
            0,
            1.5,
            ", tăng 1 xã so với cùng kỳ năm 2019; bình quân đạt 2,50 tiêu chí/xã (cùng kỳ năm 2019: 1,50 tiêu chí/xã).",
        ),
        (
            3,
            2.5,
            ", giảm 2 xã so với cùng kỳ năm 2019; bình quân đạt 2,50 tiêu chí/xã (cùng kỳ năm 2019: 2,50 tiêu chí/xã).",
        ),
        (1, None, ", không thay đổi so với cùng kỳ năm 2019; bình quân đạt 2,50 tiêu chí/xã."),
    ],
)
def test_results_sentence_compares_with_the_same_half_year_before(
    district, recognised_before, average_before, expected
):
    before = Standing("2019-H1", 2, recognised_before, 0, 0, 0, 3, 0, average_before, 3)
    text = sentences.results_sentence(replace(district, year_before=before), "vi")
    assert (
        text == "Đến hết 6 tháng đầu năm 2020, toàn huyện có 1/2 xã đạt chuẩn NTM (50,0 % số xã)" + expected
    )


def test_a_higher_tier_is_a_share_of_the_ntm_communes_in_the_briefing(district):
    # 1 nâng cao among 14 NTM xã = 7,1 %; the mini fixture assesses no nâng cao set, so the row is made here.
    shares = pd.DataFrame(
        {
            "period": ["2020-H1", "2020-H1"],
            "tier": ["ntm", "advanced"],
            "numerator": [14, 1],
            "denominator": [20, 14],
            "basis": ["all_communes", "ntm_communes"],
            "share": [0.7, 1 / 14],
        }
    )
    said = sentences.tiers_sentences(replace(district, shares=shares), "vi")
    assert "Số xã đạt chuẩn NTM nâng cao: 1 xã, chiếm 7,1 % số xã đạt chuẩn NTM." in said
    assert not any("nâng cao" in sentence for sentence in sentences.tiers_sentences(district, "vi"))


def test_other_sentences_say_the_hand_computed_figures(district):
    assert sentences.funding_sentence(district, "vi") == (
        "Tổng nguồn vốn huy động thực hiện Chương trình 6 tháng đầu năm 2020 là 1.500,5 triệu đồng, trong đó: "
        "ngân sách trung ương 1.200,5 triệu đồng (80,0 %); cộng đồng / người dân 300,0 triệu đồng (20,0 %)."
    )
    assert sentences.training_sentence(district, "vi") == (
        "Trong 6 tháng đầu năm 2020, tổ chức được 5 lớp tập huấn với 200 lượt người tham dự."
    )
    assert sentences.criteria_sentences(district, "vi")[0].startswith(
        "Các tiêu chí có ít xã đạt nhất: tiêu chí số 1 – Thu nhập (1/2 xã)"
    )
    assert "1/3 thôn" in sentences.tiers_sentences(district, "vi")[-1]
    assert sentences.whole_scope(district, "vi") == "toàn huyện"


@pytest.mark.parametrize(
    ("low", "high", "words"),
    [(19, 19, "đạt 19 tiêu chí"), (15, 18, "đạt từ 15 đến 18 tiêu chí"), (0, 4, "đạt dưới 5 tiêu chí")],
)
def test_bins_read_as_words(low, high, words):
    assert sentences.bin_words(low, high, "vi") == words


def _docx_text(content: bytes) -> tuple[str, list]:
    document = Document(io.BytesIO(content))
    return "\n".join(p.text for p in document.paragraphs), document


def _lines(cell) -> list[str]:
    """The non-empty lines of a table cell."""
    return [p.text for p in cell.paragraphs if p.text.strip()]


def _has_rule(cell_or_document) -> bool:
    """Whether a paragraph draws a line under it (the short rules of the heading block)."""
    return any(p._p.xpath("./w:pPr/w:pBdr/w:bottom") for p in cell_or_document.paragraphs)


def _dotted_lines(document) -> int:
    """Blank lines to fill: a paragraph holding only a tab whose stop is led by dots."""
    return sum(
        1
        for p in document.paragraphs
        if p.text == "\t" and any(stop.leader == WD_TAB_LEADER.DOTS for stop in p.paragraph_format.tab_stops)
    )


def test_word_document_has_the_report_shape_and_the_sentences(district):
    text, document = _docx_text(briefing_docx(district, "vi", moment=MOMENT))
    for expected in (
        "BÁO CÁO",
        "Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới 6 tháng đầu năm 2020",
        sentences.results_sentence(district, "vi"),
        "1. Kết quả chung",
        "7. Công tác đào tạo, tập huấn, tuyên truyền",
        "Bảng 1. Số xã theo số tiêu chí đạt",
    ):
        assert expected in text
    heading = document.tables[0].rows
    assert _lines(heading[0].cells[0]) == ["ỦY BAN NHÂN DÂN", "HUYỆN MỘT"]
    assert _lines(heading[0].cells[1]) == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    # Number and date are left for the office that issues the report; the year is the drafting year.
    assert _lines(heading[1].cells[0]) == ["Số: …/BC-UBND"]
    assert _lines(heading[1].cells[1]) == ["Một, ngày … tháng … năm 2026"]
    bins_table = document.tables[1]
    assert [c.text for c in bins_table.rows[-1].cells] == ["Tổng cộng", "2", "100,0 %"]
    funding_rows = [[c.text for c in r.cells] for r in document.tables[-3].rows]
    assert funding_rows[1] == ["Ngân sách trung ương", "1.200,5", "80,0 %"]
    assert funding_rows[-1] == ["Tổng cộng", "1.500,5", "100,0 %"]
    assert not document.inline_shapes  # no chart painter: no pictures


def test_word_document_is_in_the_form_of_decree_30(district):
    """Nghị định 30/2020/NĐ-CP: body and motto bold with a rule under them, the date in italics, the summary
    with a rule under it, no scope line of the dashboard, parts I–III, recipients and signature."""
    text, document = _docx_text(briefing_docx(district, "vi", moment=MOMENT))
    body, nation = document.tables[0].rows[0].cells
    assert all(run.bold for p in body.paragraphs + nation.paragraphs for run in p.runs)
    assert _has_rule(body) and _has_rule(nation) and _has_rule(document)
    assert all(run.italic for run in document.tables[0].rows[1].cells[1].paragraphs[0].runs)
    paragraphs = [p.text for p in document.paragraphs]
    title = paragraphs.index(
        "Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới 6 tháng đầu năm 2020"
    )
    assert paragraphs[title - 1] == "BÁO CÁO"
    assert "Phạm vi:" not in text and "Bộ tiêu chí: " not in text  # the dashboard's line is gone
    parts = [
        "I. KẾT QUẢ THỰC HIỆN",
        "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        "1. Tồn tại, hạn chế",
        "2. Nguyên nhân",
        "III. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2020",
        "1. Nhiệm vụ",
        "2. Giải pháp",
    ]
    positions = [paragraphs.index(part) for part in parts]
    assert positions == sorted(positions)
    assert positions[0] < paragraphs.index("1. Kết quả chung") < positions[1]
    assert _dotted_lines(document) == 12  # three lines to fill under each heading of parts II and III
    assert all(paragraphs[i + 1] == "\t" for i in positions[2:4] + positions[5:])
    recipients, signature = document.tables[-1].rows[0].cells
    assert _lines(recipients) == ["Nơi nhận:", "- ……;", "- ……;", "- Lưu: VT, …."]
    assert recipients.paragraphs[0].runs[0].bold and recipients.paragraphs[0].runs[0].italic
    assert _lines(signature) == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "(Ký, ghi rõ họ tên, đóng dấu)",
        "……",
    ]
    # The data's source, now with the criteria set the report speaks of, closes part I.
    assert "Số liệu trích từ Bảng điều hành NTM (Bộ thử), phiên bản dữ liệu" in text
    assert text.index("Số liệu trích từ") < text.index("II. TỒN TẠI")


@pytest.mark.parametrize(
    ("period", "lang", "report", "tasks"),
    [
        ("2026-H1", "vi", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026"),
        ("2024-H2", "vi", "năm 2024", "năm 2025"),
        ("2024-H2", "en", "year 2024", "year 2025"),
        ("2025-H1", "en", "first half of 2025", "second half of 2025"),
    ],
)
def test_a_year_end_report_speaks_of_the_year_and_part_iii_of_what_follows(period, lang, report, tasks):
    assert sentences.report_period_name(period, lang) == report
    assert tasks_period_name(period, lang) == tasks


def test_a_year_end_report_is_titled_and_written_for_the_year(district):
    year_end = replace(
        district, scope=replace(district.scope, filters=replace(district.scope.filters, period="2019-H2"))
    )
    year_end = replace(year_end, now=replace(district.now, period="2019-H2"))
    text, _ = _docx_text(briefing_docx(year_end, "vi", moment=MOMENT))
    assert "Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2019" in text.splitlines()
    assert sentences.results_sentence(year_end, "vi").startswith("Đến hết năm 2019, toàn huyện có")
    assert "III. NHIỆM VỤ, GIẢI PHÁP NĂM 2020" in text.splitlines()
    assert "6 tháng cuối năm 2019" not in text.split("Bảng 1.")[0]  # not in the title, nor in the results


def test_one_commune_is_the_report_of_its_peoples_committee(district):
    scope = district.scope
    one = replace(
        district,
        scope=replace(scope, communes=("An",), filters=replace(scope.filters, unit_codes=("00001",))),
    )
    assert issuing_level(one) == "commune"
    _, document = _docx_text(briefing_docx(one, "vi", moment=MOMENT))
    heading = document.tables[0].rows
    assert _lines(heading[0].cells[0]) == ["ỦY BAN NHÂN DÂN", "XÃ AN"]
    assert _lines(heading[1].cells[1]) == ["An, ngày … tháng … năm 2026"]
    two = replace(
        district,
        scope=replace(
            scope, communes=("An", "Bình"), filters=replace(scope.filters, unit_codes=("00001", "00002"))
        ),
    )
    assert issuing_level(two) == "province"  # several communes: the province's committee reports on them
    assert issuing_level(district) == "district"


def test_word_document_speaks_english(district):
    text, _ = _docx_text(briefing_docx(district, "en", moment=MOMENT))
    assert "REPORT" in text and sentences.results_sentence(district, "en") in text
    assert "tiêu chí" not in text.replace("Bộ thử", "")


def test_word_document_carries_the_key_charts_as_pictures(district):
    pictures = key_charts(district, "vi")
    # Each caption is its chart's own title (the trend was captioned "…theo kỳ" under "…theo mức công nhận").
    assert [title for title, _ in pictures] == [
        "Tỷ lệ xã được công nhận theo mức công nhận",  # shares on their official bases, as on the overview
        "Số xã theo số tiêu chí đạt",
        "Số xã đạt từng tiêu chí",
    ]
    assert all(png.startswith(PNG_SIGNATURE) for _, png in pictures)
    text, document = _docx_text(briefing_docx(district, "vi", charts=lambda b, lang: pictures, moment=MOMENT))
    assert len(document.inline_shapes) == 3
    assert "Biểu đồ 3. Số xã đạt từng tiêu chí" in text


def test_key_charts_are_captioned_by_their_titles_and_name_periods_in_words(district):
    for caption, figure, _ in key_figures(district, "vi"):
        assert figure.layout.title.text == f"<b>{caption}</b>"
    trend = key_figures(district, "vi")[0][1]
    # 2019-H2 and 2020-H1 assessed, the plan reaching 2021-H2: every period by its name, never "2020-H1".
    assert list(trend.layout.xaxis.ticktext) == [
        "6 tháng<br>cuối năm<br>2019",
        "6 tháng<br>đầu năm<br>2020",
        "6 tháng<br>cuối năm<br>2021",
    ]
    english = key_figures(district, "en")[0][1]
    assert list(english.layout.xaxis.ticktext)[:2] == ["second half<br>of 2019", "first half<br>of 2020"]


def _table_rows(sheet) -> list[tuple]:
    """The header and the rows of an annex sheet, under its title row."""
    return list(sheet.values)[1:]


def test_annex_has_one_sheet_per_standard_table_then_the_filters(district):
    book = openpyxl.load_workbook(io.BytesIO(annex_xlsx(district, "vi")))
    assert book.sheetnames == [
        "Kết quả tiêu chí theo xã",
        "Nhóm xã theo tiêu chí đạt",
        "Số xã đạt từng tiêu chí",
        "Công nhận",
        "Nguồn vốn",
        "Đào tạo, tuyên truyền",
        "Bộ lọc",
    ]
    matrix = _table_rows(book["Kết quả tiêu chí theo xã"])
    assert matrix[1][:4] == ("00001", "An", "Huyện Một", 3)
    assert matrix[-1][4:] == (1, 2, 2)  # communes meeting criteria 1, 2, 3
    criteria = _table_rows(book["Số xã đạt từng tiêu chí"])
    assert [row[1] for row in criteria[1:]] == [1, 2, 2]  # by number, not hardest first
    funding = _table_rows(book["Nguồn vốn"])
    assert funding[-1] == ("Tổng cộng", 1500.5, 1)
    activities = _table_rows(book["Đào tạo, tuyên truyền"])
    assert activities[1] == ("Cấp huyện", "Đào tạo, tập huấn", 3, 120)
    assert ("Tổng cộng", "Đào tạo, tập huấn", 5, 200) in activities
    recognitions = _table_rows(book["Công nhận"])
    assert [r[4] for r in recognitions[1:]] == ["5/QĐ-UBND", "10/QĐ-UBND", "11/QĐ-UBND"]
    filters = dict(list(book["Bộ lọc"].values)[1:])
    assert filters["Huyện"] == "Huyện Một" and filters["Bảng"] == "Phụ lục báo cáo"


def test_annex_sheets_have_a_title_row_and_print_landscape_one_page_wide(district):
    book = openpyxl.load_workbook(io.BytesIO(annex_xlsx(district, "vi")))
    for sheet in book.worksheets[:-1]:
        title = sheet["A1"].value
        assert title.startswith(sheet.title + " — Huyện Một — "), title
        assert sheet["A1"].font.bold
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.print_title_rows == "$1:$2"  # the title and the header on every page
        assert sheet.auto_filter.ref.startswith("A2:")
    for sheet in book.worksheets[1:-1]:
        # fitToWidth left out of the file is its default, 1 (ECMA-376); fitToHeight 0 = as many as needed.
        assert (sheet.page_setup.fitToWidth or 1) == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
    matrix = book["Kết quả tiêu chí theo xã"]
    # The matrix prints at full size across pages, the code and the commune's name on every page.
    assert matrix.print_title_cols == "$A:$B"
    assert not matrix.sheet_properties.pageSetUpPr or not matrix.sheet_properties.pageSetUpPr.fitToPage
    assert matrix.freeze_panes == "C3"
    # Numbers stay numbers: criteria met, the totals, the share of the funding.
    assert matrix["D3"].data_type == "n" and matrix["D3"].value == 3
    funding = book["Nguồn vốn"]
    assert funding.cell(funding.max_row, 3).number_format == "0.0%"
    recognitions = book["Công nhận"]
    decision_dates = [c for c in recognitions["F"][2:] if c.value is not None]
    assert decision_dates and all(c.is_date and c.number_format == "dd/mm/yyyy" for c in decision_dates)


def test_annex_sheets_speak_english(district):
    names = [sheet.name for sheet in annex_sheets(district, "en")]
    assert names[0] == "Criteria by commune" and names[-1] == "Activities"


def test_a_province_briefing_names_each_listed_commune_with_its_district(store):
    province = _briefing(store, province="01")
    _, document = _docx_text(briefing_docx(province, "vi", moment=MOMENT))
    assert _lines(document.tables[0].rows[0].cells[0]) == ["ỦY BAN NHÂN DÂN", "TỈNH THỬ"]
    assert _lines(document.tables[0].rows[1].cells[1]) == ["Thử, ngày … tháng … năm 2026"]
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    assert "Bình (Huyện Một)" in cells


# --- after 1/7/2025 (tests/fixtures/reform over the mini fixture) -------------------------------------
# Province 01 in 2026-H1, set S2 (criteria 1 Thu nhập, 2 Hạ tầng): xã An Bình 00001, Cát Đông 00003, Đồi
# 00008, Suối 00009, none with a district (phường Đông Phong is not a xã). An Bình meets 2/2 and was
# recognised on 15/05/2026; Cát Đông 1 (income 58 < 60 of group 2), Đồi 1 (infrastructure not met), Suối 0
# (no assessment): 1/4 recognised, average (2 + 1 + 1 + 0) / 4 = 1.


@pytest.fixture(scope="module")
def reform_store(mini_store):
    return mini_store("reform")


@pytest.fixture(scope="module")
def province_2026(reform_store):
    return _briefing(reform_store, period="2026-H1", province="01")


def _every_text(document) -> str:
    """Every paragraph and table cell of the document."""
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_after_the_reform_the_province_reports_without_any_district(province_2026):
    assert (province_2026.now.communes, province_2026.now.recognised_ntm) == (4, 1)
    assert issuing_level(province_2026) == "province"
    text, document = _docx_text(briefing_docx(province_2026, "vi", moment=MOMENT))
    heading = document.tables[0].rows
    assert " ".join(_lines(heading[0].cells[0])) == "ỦY BAN NHÂN DÂN TỈNH THỬ"
    assert _lines(heading[1].cells[1]) == ["Thử, ngày … tháng … năm 2026"]
    assert "Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới 6 tháng đầu năm 2026" in text
    assert "Đến hết 6 tháng đầu năm 2026, toàn tỉnh có 1/4 xã đạt chuẩn NTM (25,0 % số xã)" in text
    assert "III. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2026" in text
    assert "huyện" not in _every_text(document).lower()
    nearest = next(t for t in document.tables if t.rows[0].cells[1].text == "Xã")
    assert [r.cells[1].text for r in nearest.rows[1:]] == ["Cát Đông", "Đồi", "Suối"]  # no "(None)"
    english = _every_text(Document(io.BytesIO(briefing_docx(province_2026, "en", moment=MOMENT))))
    assert "district" not in english.lower() and "huyện" not in english.lower()


def test_after_the_reform_the_annex_has_the_new_criteria_and_no_district(province_2026):
    book = openpyxl.load_workbook(io.BytesIO(annex_xlsx(province_2026, "vi")))
    header, *rows = _table_rows(book["Kết quả tiêu chí theo xã"])
    assert header == ("Mã xã", "Xã", "Số tiêu chí đạt", "1. Thu nhập", "2. Hạ tầng")
    assert [r[:3] for r in rows[:-1]] == [
        ("00001", "An Bình", 2),
        ("00003", "Cát Đông", 1),
        ("00008", "Đồi", 1),
        ("00009", "Suối", 0),
    ]
    every_cell = [str(v) for sheet in book.worksheets for row in sheet.values for v in row if v is not None]
    # No district level: only the filter of a former district's area may name one ("Khu vực (huyện cũ)").
    assert not [v for v in every_cell if "huyện" in v.lower().replace("(huyện cũ)", "")]
    filters = dict(list(book["Bộ lọc"].values)[1:])
    assert filters["Tỉnh"] == "Tỉnh Thử" and "Huyện" not in filters


def test_before_the_reform_the_same_data_give_the_district_report(reform_store):
    before = _briefing(reform_store, period="2020-H1", district="001")
    _, document = _docx_text(briefing_docx(before, "vi", moment=MOMENT))
    assert _lines(document.tables[0].rows[0].cells[0]) == ["ỦY BAN NHÂN DÂN", "HUYỆN MỘT"]
    book = openpyxl.load_workbook(io.BytesIO(annex_xlsx(before, "vi")))
    assert _table_rows(book["Kết quả tiêu chí theo xã"])[0][2] == "Huyện"
