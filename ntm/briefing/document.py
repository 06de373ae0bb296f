"""The briefing as a Word document in the form of a People's Committee's report (Nghị định 30/2020/NĐ-CP,
Phụ lục I): the heading block, part I with the results in sentences, the standard tables and the key charts,
parts II and III headed with blank lines to fill, the recipients and the signature block.

The issuing body fits the scope: one commune → UBND xã; a district (before 1/7/2025) → UBND huyện; a province
or several of its communes → UBND tỉnh. After the reform no scope has a district, so no report says "huyện"."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import datetime

import pandas as pd
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ntm.briefing import sentences
from ntm.briefing.facts import Briefing
from ntm.export import VIETNAM_TIME, exported_at_text
from ntm.i18n import format_number, format_percent, period_name, t
from ntm.periods import Period, parse_period
from ntm.tables.labels import tier_name

FONT_NAME, FONT_SIZE = "Times New Roman", 13  # the font and size of Vietnamese administrative papers
LIST_ROWS = 10  # rows of the nearest and slipping lists; the dashboard and the annex hold the rest
TEXT_WIDTH_CM = 16  # A4 less the margins of Nghị định 30 (left 3 cm, right 2 cm)
CHART_WIDTH = Cm(TEXT_WIDTH_CM)
# The heading block's two columns: the issuing body and number (left), the nation and the date (right). It
# reaches 0,4 cm into the left margin, as drafts commonly do, so the nation's name stays on one line at 12 pt.
HEADING_WIDTHS_CM = (6.0, 10.8)
HEADING_INDENT_CM = -0.4
# The closing block's two columns: the recipients (left), the signature (right).
CLOSING_WIDTHS_CM = (7.0, 9.0)
BLANK_LINES = 3  # dotted lines under each heading of parts II and III
_ADMINISTRATIVE_WORD = re.compile(r"^(?:Tỉnh|Thành phố|Huyện|Thị xã|Quận|Xã|Phường|Thị trấn) ", re.IGNORECASE)

ChartPainter = Callable[[Briefing, str], list[tuple[str, bytes]]]


def short_place(place: str) -> str:
    """`Huyện Sông Lô` → `Sông Lô`: how the date line names the place."""
    return _ADMINISTRATIVE_WORD.sub("", place)


def _font(run, size: float = FONT_SIZE, bold: bool = False, italic: bool = False) -> None:
    run.font.name = FONT_NAME
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic


def _paragraph(
    container, text: str = "", align=None, size: float = FONT_SIZE, bold=False, italic=False, indent=True
):
    paragraph = container.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    elif indent:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Cm(1)
    paragraph.paragraph_format.space_after = Pt(6)
    if text:
        _font(paragraph.add_run(text), size, bold, italic)
    return paragraph


# Word refuses a file whose property elements are out of the schema's order (ECMA-376 CT_TblPr, CT_PPr):
# each element goes before the first of those that must follow it.
_AFTER_TABLE_INDENT = ("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption")
_AFTER_TABLE_BORDERS = _AFTER_TABLE_INDENT[1:]
_AFTER_PARAGRAPH_BORDERS = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
    "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.insert_element_before(borders, *_AFTER_TABLE_BORDERS)


def _indent_table(table, indent_cm: float) -> None:
    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), str(Cm(indent_cm).twips))
    indent.set(qn("w:type"), "dxa")
    table._tbl.tblPr.insert_element_before(indent, *_AFTER_TABLE_INDENT)


def _rule(container, length_cm: float, column_cm: float) -> None:
    """A short centred line under a heading (the body's name, the motto, the summary): the bottom border of an
    empty paragraph narrowed by its indents, which Word and LibreOffice both draw."""
    paragraph = container.add_paragraph()
    margin = Cm(max(column_cm - length_cm, 0) / 2)
    form = paragraph.paragraph_format
    form.left_indent, form.right_indent = margin, margin
    form.space_before, form.space_after = Pt(0), Pt(6)
    form.line_spacing = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(name), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_PARAGRAPH_BORDERS)


def _cell_lines(cell, lines: list[tuple[str, float, bool, bool]]) -> None:
    """Centred lines (text, size, bold, italic) in a table cell, the first in the cell's own paragraph."""
    for number, (text, size, bold, italic) in enumerate(lines):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
        _font(paragraph.add_run(text), size, bold=bold, italic=italic)


def _block(document, widths_cm: tuple[float, float], rows: int = 1):
    """A borderless two-column table of fixed widths (Word reads them per cell, LibreOffice per column)."""
    block = document.add_table(rows=rows, cols=2)
    _no_borders(block)
    block.autofit = False
    for column, width in zip(block.columns, widths_cm, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    return block


def issuing_level(briefing: Briefing) -> str:
    """`commune`, `district` or `province`: the People's Committee whose report the scope is."""
    scope = briefing.scope
    if len(scope.communes) == 1:
        return "commune"
    return "district" if scope.district and not scope.filters.unit_codes else "province"


def issuing_place(briefing: Briefing, lang: str) -> str:
    """`Tỉnh Phú Thọ`, `Huyện Sông Lô` or `Xã Sông Lô`: the place the issuing committee governs."""
    scope = briefing.scope
    level = issuing_level(briefing)
    if level == "commune":
        return t("briefing.issuer_commune", lang, name=scope.communes[0])
    return scope.district if level == "district" else scope.province


def _heading_block(document, briefing: Briefing, lang: str, moment: datetime) -> None:
    place = issuing_place(briefing, lang)
    left_cm, right_cm = HEADING_WIDTHS_CM
    block = _block(document, HEADING_WIDTHS_CM, rows=2)
    _indent_table(block, HEADING_INDENT_CM)
    body, nation = block.rows[0].cells
    _cell_lines(
        body,
        [
            (t("briefing.issuer", lang), FONT_SIZE - 1, True, False),
            (place.upper(), FONT_SIZE - 1, True, False),
        ],
    )
    _rule(body, 2.5, left_cm)
    _cell_lines(
        nation,
        [
            (t("briefing.nation", lang), FONT_SIZE - 1, True, False),
            (t("briefing.motto", lang), FONT_SIZE, True, False),
        ],
    )
    _rule(nation, 5.6, right_cm)
    number, dated = block.rows[1].cells
    _cell_lines(number, [(t("briefing.number", lang), FONT_SIZE, False, False)])
    year = moment.astimezone(VIETNAM_TIME).year
    _cell_lines(
        dated, [(t("briefing.dated", lang, place=short_place(place), year=year), FONT_SIZE, False, True)]
    )
    _paragraph(document, indent=False)


def _blank_lines(document, count: int = BLANK_LINES) -> None:
    """Dotted lines across the text width, for the drafting office to write what the data cannot."""
    for _ in range(count):
        paragraph = _paragraph(document, indent=False)
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        _font(paragraph.add_run("\t"))


def following_period(period: str) -> Period:
    """The half-year after `period`: what part III plans for."""
    parsed = parse_period(period)
    return Period(parsed.year, 2) if parsed.half == 1 else Period(parsed.year + 1, 1)


def tasks_period_name(period: str, lang: str) -> str:
    """After `2026-H1`, “6 tháng cuối năm 2026”; after a year-end report (`2024-H2`), “năm 2025”."""
    following = following_period(period)
    if following.half == 2:
        return period_name(following.label, lang)
    return sentences.report_period_name(Period(following.year, 2).label, lang)


def _closing_block(document, lang: str) -> None:
    """“Nơi nhận:” with placeholder recipients, and the signature of the committee with blanks for the signer."""
    block = _block(document, CLOSING_WIDTHS_CM)
    recipients, signature = block.rows[0].cells
    heading = recipients.paragraphs[0]
    heading.paragraph_format.space_after = Pt(0)
    _font(heading.add_run(t("briefing.recipients", lang)), FONT_SIZE - 1, bold=True, italic=True)
    for key in ("briefing.recipient_blank", "briefing.recipient_blank", "briefing.recipient_archive"):
        line = recipients.add_paragraph()
        line.paragraph_format.space_after = Pt(0)
        _font(line.add_run(t(key, lang)), FONT_SIZE - 2)
    bold = [
        (t(f"briefing.sign.{k}", lang), FONT_SIZE, True, False) for k in ("on_behalf", "for_chair", "title")
    ]
    _cell_lines(
        signature,
        [
            *bold,
            (t("briefing.sign.placeholder", lang), FONT_SIZE, False, True),
            *[("", FONT_SIZE, False, False)] * 3,  # room for the signature and the seal
            (t("briefing.sign.name", lang), FONT_SIZE, True, False),
        ],
    )


def _table(
    document,
    number: int,
    title: str,
    frame: pd.DataFrame,
    lang: str,
    widths_cm: tuple[float, ...],
    bold_last_row: bool = False,
) -> None:
    caption = _paragraph(document, align=WD_ALIGN_PARAGRAPH.CENTER)
    _font(caption.add_run(t("briefing.table", lang, no=number, title=title)), FONT_SIZE - 1, bold=True)
    table = document.add_table(rows=1, cols=len(frame.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, name in zip(table.rows[0].cells, frame.columns, strict=True):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(cell.paragraphs[0].add_run(str(name)), FONT_SIZE - 1, bold=True)
    last = len(frame) - 1
    for index, values in enumerate(frame.itertuples(index=False)):
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
            numeric = bool(re.fullmatch(r"[\d.,\s%–-]+", text))
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT if numeric else WD_ALIGN_PARAGRAPH.LEFT
            _font(cell.paragraphs[0].add_run(text), FONT_SIZE - 1, bold=bold_last_row and index == last)
    # Word reads widths per cell, LibreOffice per column: set both, or long names wrap letter by letter.
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    _paragraph(document, indent=False)


def _figure(document, number: int, title: str, png: bytes, lang: str) -> None:
    picture = _paragraph(document, align=WD_ALIGN_PARAGRAPH.CENTER)
    picture.add_run().add_picture(io.BytesIO(png), width=CHART_WIDTH)
    _paragraph(
        document,
        t("briefing.figure", lang, no=number, title=title),
        align=WD_ALIGN_PARAGRAPH.CENTER,
        italic=True,
    )


def _section(document, key: str, lang: str) -> None:
    _heading(document, t(key, lang), indent=True)


def _heading(document, text: str, indent: bool = False) -> None:
    """A part's or a section's heading, kept on the page of what follows it."""
    _paragraph(document, text, bold=True, indent=indent).paragraph_format.keep_with_next = True


def bins_table(briefing: Briefing, lang: str) -> pd.DataFrame:
    bins = briefing.bins
    rows = [
        [
            sentences.bin_words(int(lo), int(hi), lang).capitalize(),
            format_number(int(n), lang),
            format_percent(s, lang),
        ]
        for lo, hi, n, s in zip(bins["low"], bins["high"], bins["communes"], bins["share"], strict=True)
    ]
    total = int(bins["communes"].sum())
    rows.append(
        [t("briefing.total", lang), format_number(total, lang), format_percent(1.0 if total else None, lang)]
    )
    return pd.DataFrame(rows, columns=[t(f"briefing.col.{c}", lang) for c in ("group", "communes", "share")])


def criteria_table(briefing: Briefing, lang: str) -> pd.DataFrame:
    tally = briefing.criteria.sort_values("criterion_no")
    return pd.DataFrame(
        {
            t("briefing.col.no", lang): [str(int(n)) for n in tally["criterion_no"]],
            t("briefing.col.criterion", lang): tally[f"criterion_{lang}"],
            t("briefing.col.met", lang): [format_number(int(n), lang) for n in tally["met"]],
            t("briefing.col.share", lang): [format_percent(s, lang) for s in tally["share_met"]],
            t("label.status.not_met", lang): [format_number(int(n), lang) for n in tally["not_met"]],
            t("label.status.unknown", lang): [format_number(int(n), lang) for n in tally["unknown"]],
        }
    )


def nearest_table(briefing: Briefing, lang: str) -> pd.DataFrame:
    ranked = briefing.nearest.head(LIST_ROWS)
    lacking = sentences.unmet_criteria_names(briefing.gaps, lang)
    return pd.DataFrame(
        {
            t("briefing.col.no", lang): [str(int(r)) for r in ranked["rank"]],
            # A province's list names each commune's district, since names repeat across districts; after
            # 1/7/2025 a commune has no district and its name is the province's own.
            t("briefing.col.commune", lang): ranked["name"]
            if briefing.scope.district
            else [
                n if pd.isna(d) else f"{n} ({d})"
                for n, d in zip(ranked["name"], ranked["district_name"], strict=True)
            ],
            t("label.col.next_tier", lang): [tier_name(x, lang) for x in ranked["next_tier"]],
            t("briefing.col.lacking", lang): [
                lacking.get(u) or t("label.reaching", lang) for u in ranked["unit_code"]
            ],
        }
    )


def slipping_table(briefing: Briefing, lang: str) -> pd.DataFrame:
    from ntm.tables.slipping import slipping_table as on_screen

    shown = ("name", "criterion", "indicator", "status", "value", "threshold", "gap_margin")
    return on_screen(briefing.slipping.head(LIST_ROWS), lang)[[t(f"label.col.{c}", lang) for c in shown]]


def funding_table(briefing: Briefing, lang: str) -> pd.DataFrame:
    funding = briefing.funding
    rows = [
        [t(f"commune.funding.{s}", lang), format_number(a, lang, 1), format_percent(share, lang)]
        for s, a, share in zip(
            funding["source_category"], funding["amount_mvnd"], funding["share"], strict=True
        )
    ]
    total = briefing.funding_total
    rows.append(
        [
            t("briefing.total", lang),
            format_number(total, lang, 1),
            format_percent(1.0 if total else None, lang),
        ]
    )
    return pd.DataFrame(rows, columns=[t(f"briefing.col.{c}", lang) for c in ("source", "amount", "share")])


def training_table(briefing: Briefing, lang: str) -> pd.DataFrame:
    totals = briefing.activities
    return pd.DataFrame(
        {
            t("briefing.col.kind", lang): [t(f"briefing.kind.{k}", lang) for k in totals["kind"]],
            t("briefing.col.events", lang): [format_number(int(n), lang) for n in totals["events"]],
            t("briefing.col.participants", lang): [
                "–" if pd.isna(n) else format_number(int(n), lang) for n in totals["participants"]
            ],
        }
    )


def briefing_docx(
    briefing: Briefing, lang: str, charts: ChartPainter | None = None, moment: datetime | None = None
) -> bytes:
    """The Word document; `charts` draws (title, PNG) pairs for the results section (None: no pictures)."""
    moment = moment or datetime.now(VIETNAM_TIME)
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21)  # A4, as every Vietnamese paper
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    style = document.styles["Normal"]
    style.font.name, style.font.size = FONT_NAME, Pt(FONT_SIZE)

    scope = briefing.scope
    _heading_block(document, briefing, lang, moment)
    _paragraph(
        document, t("briefing.kind", lang), align=WD_ALIGN_PARAGRAPH.CENTER, size=FONT_SIZE + 1, bold=True
    )
    when = sentences.report_period_name(scope.filters.period, lang)
    title_text = t("briefing.title", lang, period_name=when)
    if scope.area and issuing_level(briefing) == "province":
        # A former district's area is reported by the province: the title says which part it covers.
        title_text = t("briefing.title_in_area", lang, title=title_text, area=scope.area)
    title = _paragraph(document, title_text, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    title.paragraph_format.space_after = Pt(0)
    _rule(document, 5, TEXT_WIDTH_CM)
    if briefing.is_sample:
        _paragraph(
            document, t("briefing.sample", lang), align=WD_ALIGN_PARAGRAPH.CENTER, italic=True, bold=True
        )

    pictures = charts(briefing, lang) if charts else []
    figure_no, table_no = iter(range(1, 100)), iter(range(1, 100))

    def figure(index: int) -> None:
        if index < len(pictures):
            _figure(document, next(figure_no), *pictures[index], lang)

    _heading(document, "I. " + t("briefing.part_results", lang))
    _section(document, "briefing.section.overall", lang)
    _paragraph(document, sentences.results_sentence(briefing, lang))
    for sentence in sentences.tiers_sentences(briefing, lang):
        _paragraph(document, sentence)
    figure(0)

    def table(
        key: str, frame: pd.DataFrame, widths_cm: tuple[float, ...], bold_last_row: bool = False
    ) -> None:
        _table(document, next(table_no), t(key, lang), frame, lang, widths_cm, bold_last_row)

    _section(document, "briefing.section.bins", lang)
    _paragraph(document, sentences.bins_sentence(briefing, lang))
    table("briefing.chart.bins", bins_table(briefing, lang), (8, 4, 4), bold_last_row=True)
    figure(1)

    _section(document, "briefing.section.criteria", lang)
    for sentence in sentences.criteria_sentences(briefing, lang):
        _paragraph(document, sentence)
    table("briefing.chart.hardest", criteria_table(briefing, lang), (1.1, 6.8, 1.9, 2.4, 1.9, 1.9))
    figure(2)

    _section(document, "briefing.section.nearest", lang)
    shown = min(LIST_ROWS, len(briefing.nearest))
    _paragraph(document, sentences.nearest_sentence(briefing, shown, lang))
    if shown:
        table("briefing.table.nearest", nearest_table(briefing, lang), (1.1, 3.5, 3, 8.4))
        if len(briefing.nearest) > shown:
            _paragraph(document, t("briefing.list_cut", lang, total=len(briefing.nearest)), italic=True)

    _section(document, "briefing.section.slipping", lang)
    _paragraph(document, sentences.slipping_sentence(briefing, lang))
    if not briefing.slipping.empty:
        # Titled as the slipping page titles the same table.
        title = t("slipping.table_heading", lang, period_name=period_name(scope.filters.period, lang))
        _table(
            document,
            next(table_no),
            title,
            slipping_table(briefing, lang),
            lang,
            (2.6, 4.4, 1.4, 2.2, 1.6, 1.8, 2),
        )
        if len(briefing.slipping) > LIST_ROWS:
            _paragraph(document, t("briefing.list_cut", lang, total=len(briefing.slipping)), italic=True)

    _section(document, "briefing.section.funding", lang)
    _paragraph(document, sentences.funding_sentence(briefing, lang))
    if briefing.funding_total:
        table("briefing.table.funding", funding_table(briefing, lang), (8, 4.5, 3.5), bold_last_row=True)

    _section(document, "briefing.section.training", lang)
    _paragraph(document, sentences.training_sentence(briefing, lang))
    if briefing.activities["events"].sum():
        table("briefing.table.training", training_table(briefing, lang), (8, 4, 4))

    note = t(
        "briefing.source_note",
        lang,
        set_name=scope.set_name,
        version=scope.data_version,
        moment=exported_at_text(moment, lang),
    )
    _paragraph(document, note, italic=True, size=FONT_SIZE - 2, indent=False)

    _heading(document, "II. " + t("briefing.part_problems", lang))
    for key in ("briefing.section.shortcomings", "briefing.section.causes"):
        _section(document, key, lang)
        _blank_lines(document)

    tasks = t("briefing.part_tasks", lang, period_name=tasks_period_name(scope.filters.period, lang))
    _heading(document, "III. " + tasks.upper())
    for key in ("briefing.section.tasks", "briefing.section.measures"):
        _section(document, key, lang)
        _blank_lines(document)

    _paragraph(document, indent=False)
    _closing_block(document, lang)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
