"""Downloading every kind of file from the running app in Chromium (district sample, Sông Lô, second half of
2024): tables as xlsx and csv, a chart as PNG, the meeting briefing (Word) and its annex (xlsx)."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
from docx import Document
from playwright.sync_api import Page

from ntm.charts.static import PNG_SIGNATURE, png_size
from tests.browser.helpers import SCREENSHOT_DIR, AppServer, screenshot, wait_for_app, wait_for_charts
from tests.browser.selectors import DOWNLOAD_BUTTON


def _download(page: Page, label: str, index: int):
    """The file behind the index-th button with this label (summary, bins, scorecard, ranking on the overview)."""
    button = page.locator(DOWNLOAD_BUTTON).filter(has_text=label).nth(index)
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=90_000) as info:  # a Word briefing draws charts: seconds
        button.click()
    download = info.value
    return download.suggested_filename, open(download.path(), "rb").read()


def test_overview_ranking_downloads_as_xlsx_and_scorecard_as_csv(app_server: AppServer, page: Page) -> None:
    page.goto(app_server.url + "/?period=2024-H2")
    wait_for_app(page)
    wait_for_charts(page)
    buttons = page.locator(DOWNLOAD_BUTTON)
    assert buttons.filter(has_text="Tải Excel").count() + buttons.filter(has_text="Tải CSV").count() == 8

    name, content = _download(page, "Tải Excel", 3)
    screenshot(page, "overview-ranking-downloads")
    assert name == "ntm_xep-hang-xa_song-lo_2024-H2.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Xếp hạng xã", "Bộ lọc"]
    title, header, *rows = [list(r) for r in book["Xếp hạng xã"].values]
    assert title[0] == "Xếp hạng xã — Huyện Sông Lô — 6 tháng cuối năm 2024"
    assert header[:4] == ["Hạng", "Mã xã", "Xã", "Huyện"]
    assert len(rows) == 16  # the 16 xã of Sông Lô
    assert rows[0][0] == 1 and isinstance(rows[0][0], int)  # a rank is a number
    assert all("Sông Lô" in row[3] for row in rows)
    # Criteria met and the set's total are numbers in columns of their own; the change a signed number.
    met, total, change = (header.index(h) for h in ("Tiêu chí đạt", "Tổng số tiêu chí", "Thay đổi"))
    assert all(isinstance(row[met], int) and row[total] == 19 for row in rows)
    sheet = book["Xếp hạng xã"]
    changes = [c for c in sheet[chr(ord("A") + change)][2:] if c.value is not None]
    assert changes and all(c.data_type == "n" and c.number_format == '+0;-0;"±0"' for c in changes)
    assert all(float(c.value).is_integer() for c in changes)
    assert all(c.data_type == "n" and c.number_format == "#,##0" for c in sheet[chr(ord("A") + met)][2:])
    # The recognition decision's number, then its date as a date.
    day = header.index("Ngày quyết định")
    assert header[day - 1] == "Quyết định công nhận"
    days = [c for c in sheet[chr(ord("A") + day)][2:] if c.value is not None]
    assert days and all(c.is_date and c.number_format == "dd/mm/yyyy" for c in days)
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$2"
    scope = dict([list(r) for r in book["Bộ lọc"].values][1:])
    assert "Sông Lô" in scope["Huyện"]
    assert scope["Kỳ báo cáo"] == "6 tháng cuối năm 2024 (2024-H2)"
    assert scope["Xã"] == "Tất cả các xã"

    name, content = _download(page, "Tải CSV", 2)
    assert name == "ntm_bang-diem_song-lo_2024-H2.csv"
    assert content.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(content), encoding="utf-8-sig", dtype={"Mã xã": str})
    assert frame.columns[:5].tolist() == ["Mã xã", "Xã", "Huyện", "Số tiêu chí đạt", "Tổng số tiêu chí"]
    assert len(frame.columns) == 5 + 19  # one column per criterion of the NTM set assessed then
    assert len(frame) == 16 + 1  # the communes, then the totals per criterion
    assert frame.iloc[-1, 0] == "Tổng số xã đạt"
    communes = frame.iloc[:-1]
    assert set(communes.iloc[:, 5:].stack()) <= {"Đạt", "Chưa đạt", "Chưa có số liệu"}
    # Each commune's count is the number of “Đạt” in its row, out of the set's 19, both plain numbers.
    assert (
        communes["Số tiêu chí đạt"].astype(int).tolist()
        == (communes.iloc[:, 5:] == "Đạt").sum(axis=1).tolist()
    )
    assert communes["Tổng số tiêu chí"].astype(int).eq(19).all()


def test_the_headline_figures_download_from_the_overview_after_the_reform_as_numbers(
    app_server: AppServer, page: Page
) -> None:
    """The default view (Phú Thọ, first half of 2026): the official shares under the KPI row as an Excel
    table of numbers — counts, shares 0–1 with a % format, the date as a date; the filters name the province,
    never a district."""
    page.goto(app_server.url + "/")
    wait_for_app(page)
    wait_for_charts(page)
    name, content = _download(page, "Tải Excel", 0)
    screenshot(page, "overview-summary-downloads")
    (SCREENSHOT_DIR / name).write_bytes(content)  # to open in LibreOffice
    assert name == "ntm_chi-tieu-tong-hop_phu-tho_2026-H1.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Chỉ tiêu tổng hợp", "Bộ lọc"]
    sheet = book["Chỉ tiêu tổng hợp"]
    title, header, *rows = [list(r) for r in sheet.values]
    assert title[0] == "Chỉ tiêu tổng hợp — Tỉnh Phú Thọ — 6 tháng đầu năm 2026"
    assert header[:6] == ["Chỉ tiêu", "Tử số", "Mẫu số", "Cơ sở tính", "Tỷ lệ", "Tính đến ngày"]
    assert sheet.auto_filter.ref.startswith("A2:") and sheet.freeze_panes == "A3"
    assert rows and rows[0][0] == "Đạt chuẩn NTM" and rows[0][3] == "Tổng số xã"
    for cells in sheet.iter_rows(min_row=3):
        numerator, denominator, share, as_of = cells[1], cells[2], cells[4], cells[5]
        assert numerator.data_type == "n" and denominator.data_type == "n"
        if share.value is not None:  # the share is the numerator over the denominator, rounded as published
            assert share.data_type == "n" and share.number_format == "0.0%"
            assert share.value == round(numerator.value / denominator.value, 3)
        assert as_of.is_date and as_of.number_format == "dd/mm/yyyy"
    scope = dict([list(r) for r in book["Bộ lọc"].values][1:])
    assert scope["Tỉnh"] == "Tỉnh Phú Thọ" and scope["Khu vực"] == "Toàn tỉnh Phú Thọ"
    assert "Huyện" not in scope

    name, content = _download(page, "Tải CSV", 0)
    assert name == "ntm_chi-tieu-tong-hop_phu-tho_2026-H1.csv"
    frame = pd.read_csv(io.BytesIO(content), encoding="utf-8-sig")
    assert pd.api.types.is_integer_dtype(frame["Tử số"]) and frame["Tỷ lệ"].dropna().between(0, 1).all()

    # The ranking after the reform: no district column, criteria met of the 10 criteria of 2026–2030.
    name, content = _download(page, "Tải Excel", 3)
    assert name == "ntm_xep-hang-xa_phu-tho_2026-H1.xlsx"
    header = [c.value for c in openpyxl.load_workbook(io.BytesIO(content)).worksheets[0][2]]
    assert "Huyện" not in header and header[:3] == ["Hạng", "Mã xã", "Xã"]


def test_a_chart_downloads_as_a_presentation_png_with_its_scope(app_server: AppServer, page: Page) -> None:
    page.goto(app_server.url + "/?period=2024-H2")
    wait_for_app(page)
    wait_for_charts(page)
    page.set_viewport_size({"width": 1400, "height": 1800})
    screenshot(page, "overview-png-buttons")
    name, content = _download(page, "Tải ảnh PNG", 0)
    assert name == "ntm_bieu-do-nhom-tieu-chi-dat_song-lo_2024-H2.png"
    assert content.startswith(PNG_SIGNATURE)
    assert png_size(content) == (1600, 900)
    (SCREENSHOT_DIR / "downloaded-bins-chart.png").write_bytes(content)


SONG_LO_2024 = "/?lang=vi&period=2024-H2&province=26&district=253&units=&set=NTM-2021&criteria="


def test_the_meeting_briefing_and_its_annex_download_from_the_overview(
    app_server: AppServer, page: Page
) -> None:
    page.goto(app_server.url + SONG_LO_2024)
    wait_for_app(page)
    wait_for_charts(page)
    screenshot(page, "overview-briefing-buttons")

    name, content = _download(page, "Tải báo cáo họp (Word)", 0)
    assert name == "ntm_bao-cao-hop_song-lo_2024-H2.docx"
    document = Document(io.BytesIO(content))
    text = "\n".join(p.text for p in document.paragraphs)
    # A year-end report speaks of the year (Nghị định 30 form: heading table, parts I–III, signature).
    assert "Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2024" in text
    assert "Đến hết năm 2024, toàn huyện có " in text
    assert "/16 xã đạt chuẩn NTM" in text
    assert " ".join(document.tables[0].rows[0].cells[0].text.split()) == "ỦY BAN NHÂN DÂN HUYỆN SÔNG LÔ"
    assert "III. NHIỆM VỤ, GIẢI PHÁP NĂM 2025" in text
    assert len(document.inline_shapes) == 3  # the key charts

    name, content = _download(page, "Tải phụ lục (Excel)", 0)
    assert name == "ntm_phu-luc-bao-cao_song-lo_2024-H2.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert len(book.sheetnames) == 7 and book.sheetnames[-1] == "Bộ lọc"
    title, *matrix = [list(r) for r in book[book.sheetnames[0]].values]
    assert title[0] == "Kết quả tiêu chí theo xã — Huyện Sông Lô — 6 tháng cuối năm 2024"
    assert len(matrix) == 1 + 16 + 1  # header, the 16 xã, the totals row
    assert book[book.sheetnames[0]].print_title_cols == "$A:$B"  # code and commune on every page


def test_the_default_view_downloads_the_2026_report_of_the_province(
    app_server: AppServer, page: Page
) -> None:
    """The default view is after the reform (Phú Thọ, first half of 2026): UBND tỉnh reports, on the ten
    criteria of 2026–2030, and nothing in the report says "huyện"."""
    page.goto(app_server.url + "/")
    wait_for_app(page)
    wait_for_charts(page)
    name, content = _download(page, "Tải báo cáo họp (Word)", 0)
    assert name == "ntm_bao-cao-hop_phu-tho_2026-H1.docx"
    document = Document(io.BytesIO(content))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    assert " ".join(cells[0].split()) == "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"
    assert "Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới 6 tháng đầu năm 2026" in paragraphs
    assert "huyện" not in "\n".join(paragraphs + cells).lower()
    assert len(document.inline_shapes) == 3

    name, content = _download(page, "Tải phụ lục (Excel)", 0)
    header = list(openpyxl.load_workbook(io.BytesIO(content)).worksheets[0].values)[1]
    assert header[:3] == ("Mã xã", "Xã", "Số tiêu chí đạt") and len(header) == 3 + 10


def test_tables_of_the_nearest_page_download_as_xlsx(app_server: AppServer, page: Page) -> None:
    page.goto(app_server.url + "/gan-dat?period=2024-H2")
    wait_for_app(page)
    wait_for_charts(page)
    name, content = _download(page, "Tải Excel", 0)
    screenshot(page, "nearest-downloads")
    assert name == "ntm_xep-hang-gan-dat_song-lo_2024-H2.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Xếp hạng gần đạt", "Bộ lọc"]
    title, header, *rows = [list(r) for r in book["Xếp hạng gần đạt"].values]
    assert rows and all(isinstance(r[0], int) for r in rows)  # ranks stay numbers
    assert title[0] == "Xếp hạng gần đạt — Huyện Sông Lô — 6 tháng cuối năm 2024"
    met, total = header.index("Tiêu chí đạt (bộ của mức kế tiếp)"), header.index("Tổng số tiêu chí")
    # A xã meeting every criterion of its next tier but not yet recognised ranks first (met = total).
    assert all(isinstance(r[met], int) and isinstance(r[total], int) and r[met] <= r[total] for r in rows)
    _assert_numeric_cells(
        book["Xếp hạng gần đạt"], ("Hạng", "Tiêu chí đạt (bộ của mức kế tiếp)", "Tổng số tiêu chí")
    )

    name, content = _download(page, "Tải Excel", 1)
    assert name == "ntm_tieu-chi-con-thieu_song-lo_2024-H2.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(content))["Tiêu chí còn thiếu"]
    _assert_numeric_cells(sheet, ("Ngưỡng",))  # every threshold of a numeric indicator is a number


def _assert_numeric_cells(sheet, headers: tuple[str, ...]) -> None:
    """Under the title and header rows, every cell of these columns that is not blank or words of a yes/no
    indicator is a number (openpyxl data type "n"), never digits as text."""
    header = [c.value for c in sheet[2]]
    for name in headers:
        cells = [row[header.index(name)] for row in sheet.iter_rows(min_row=3)]
        numbers = [c for c in cells if c.data_type == "n" and c.value is not None]
        assert numbers, name
        assert not [c.value for c in cells if c.data_type == "s" and c.value[:1].isdigit()], name


def test_tables_of_the_criterion_page_download_with_numbers_and_the_criterion_named(
    app_server: AppServer, page: Page
) -> None:
    # Criterion 17 (environment): in the sample, Cao Phong and Tứ Yên fail it in 2024-H2, with percentages
    # (91 % against ≥ 98 %) and a yes/no indicator.
    page.goto(app_server.url + "/tieu-chi?criterion=17&period=2024-H2")
    wait_for_app(page)
    wait_for_charts(page)
    page.get_by_text("Số liệu theo kỳ").click()  # the expander holding the figures by period
    name, content = _download(page, "Tải Excel", 1)  # the communes not meeting criterion 17
    screenshot(page, "criterion-downloads")
    assert name == "ntm_xa-chua-dat-tieu-chi-17_song-lo_2024-H2.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(content))
    sheet = book["Xã chưa đạt tiêu chí"]
    assert sheet["A1"].value == (
        "Xã chưa đạt tiêu chí 17. Môi trường và an toàn thực phẩm — Huyện Sông Lô — 6 tháng cuối năm 2024"
    )
    _assert_numeric_cells(sheet, ("Giá trị", "Ngưỡng", "Còn thiếu"))
    scope = dict([list(r) for r in book["Bộ lọc"].values][1:])
    assert scope["Tiêu chí đang xem"] == "17. Môi trường và an toàn thực phẩm"

    name, content = _download(page, "Tải CSV", 0)  # the criterion period by period, in the expander
    assert name == "ntm_tieu-chi-theo-ky-17_song-lo_2024-H2.csv"
    frame = pd.read_csv(io.BytesIO(content), encoding="utf-8-sig")
    assert pd.api.types.is_integer_dtype(frame["Số xã"]) and pd.api.types.is_float_dtype(frame["Tỷ lệ đạt"])
    # A district has no xã after 1/7/2025: those periods have no share (blank), never a number out of range.
    assert frame["Tỷ lệ đạt"].dropna().between(0, 1).all() and frame["Tỷ lệ đạt"].notna().sum() >= 18


def test_a_chart_of_one_commune_is_named_after_the_commune(app_server: AppServer, page: Page) -> None:
    page.goto(app_server.url + "/xa?unit=08776&period=2024-H2")
    wait_for_app(page)
    wait_for_charts(page)
    name, content = _download(page, "Tải ảnh PNG", 0)
    assert name == "ntm_bieu-do-tieu-chi-dat-theo-ky_quang-yen_2024-H2.png"
    assert png_size(content) == (1600, 900)
    (SCREENSHOT_DIR / "downloaded-commune-chart.png").write_bytes(content)
