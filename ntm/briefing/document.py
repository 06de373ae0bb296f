"""The briefing as a Word document in the shape of a district's half-year report: the heading block of an
administrative paper, the results in sentences, the standard tables and the key charts."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import datetime

import pandas as pd
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ntm.briefing import sentences
from ntm.briefing.facts import Briefing
from ntm.export import VIETNAM_TIME, exported_at_text
from ntm.i18n import format_number, format_percent, period_name, t
from ntm.tables.labels import tier_name

FONT_NAME, FONT_SIZE = "Times New Roman", 13  # the font and size of Vietnamese administrative papers
LIST_ROWS = 10  # rows of the nearest and slipping lists; the dashboard and the annex hold the rest
CHART_WIDTH = Cm(16)
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


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _heading_block(document, briefing: Briefing, lang: str, moment: datetime) -> None:
    scope = briefing.scope
    place = scope.district or scope.province
    block = document.add_table(rows=1, cols=2)
    _no_borders(block)
    block.autofit = False
    left, right = block.rows[0].cells
    for cell, width in ((left, Cm(6.3)), (right, Cm(10.2))):
        cell.width = width
        block.columns[0 if cell is left else 1].width = width
    for cell, lines in (
        (
            left,
            [
                (t("briefing.issuer", lang, place=place.upper()), False),
                (t("briefing.issuer_office", lang), True),
            ],
        ),
        (right, [(t("briefing.nation", lang), True), (t("briefing.motto", lang), True)]),
    ):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for number, (text, bold) in enumerate(lines):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(paragraph.add_run(text), FONT_SIZE - 1.5, bold=bold)
    local = moment.astimezone(VIETNAM_TIME)
    dated = t(
        "briefing.dated", lang, place=short_place(place), day=local.day, month=local.month, year=local.year
    )
    _paragraph(document, dated, align=WD_ALIGN_PARAGRAPH.RIGHT, italic=True)


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
    _paragraph(document, t(key, lang), bold=True)


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
            # A province's list names each commune's district: names repeat across districts.
            t("briefing.col.commune", lang): ranked["name"]
            if briefing.scope.district
            else [f"{n} ({d})" for n, d in zip(ranked["name"], ranked["district_name"], strict=True)],
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
    _paragraph(document, t("briefing.kind", lang), align=WD_ALIGN_PARAGRAPH.CENTER, size=15, bold=True)
    title = t("briefing.title", lang, period_name=period_name(scope.filters.period, lang))
    _paragraph(document, title, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, bold=True)
    scope_line = t("briefing.scope_line", lang, place=scope.place, set_name=scope.set_name)
    _paragraph(document, scope_line, align=WD_ALIGN_PARAGRAPH.CENTER, italic=True, size=FONT_SIZE - 1)
    if briefing.is_sample:
        _paragraph(
            document, t("briefing.sample", lang), align=WD_ALIGN_PARAGRAPH.CENTER, italic=True, bold=True
        )

    pictures = charts(briefing, lang) if charts else []
    figure_no, table_no = iter(range(1, 100)), iter(range(1, 100))

    def figure(index: int) -> None:
        if index < len(pictures):
            _figure(document, next(figure_no), *pictures[index], lang)

    _paragraph(document, "I. " + t("briefing.part_results", lang), bold=True, indent=False)
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

    note = t("briefing.source_note", lang, version=scope.data_version, moment=exported_at_text(moment, lang))
    _paragraph(document, note, italic=True, size=FONT_SIZE - 2, indent=False)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
