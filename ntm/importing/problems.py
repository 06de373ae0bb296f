"""One line of an import's validation report: file, sheet, row (as Excel numbers it), column, value, why."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pandas as pd

from ntm.export import neutralise
from ntm.i18n import CATALOGUE, t
from ntm.store.schema import STATUSES


def column_label(sheet: str | None, column: str, lang: str) -> str:
    """A column as the template's header names it ("Mã xã / thôn"), else its registry name."""
    key = f"datain.col.{sheet}.{column}"
    return t(key, lang) if key in CATALOGUE else column


def reference_name(tables: str, lang: str) -> str:
    """`units / villages` → "danh mục xã / danh mục thôn" (the lists a code is looked up in)."""
    words = [
        t(key, lang) if (key := f"datain.reference.{name.strip()}") in CATALOGUE else name.strip()
        for name in tables.split("/")
    ]
    return " / ".join(words)


def status_word(value: str | None, lang: str) -> str:
    """A status code as the clerk writes it ("not_met" → "Chưa đạt"); other text as it is."""
    return t(f"label.status.{value}", lang) if value in STATUSES else value or ""


@dataclass(frozen=True)
class ImportProblem:
    code: str
    file: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    details: dict = field(default_factory=dict, compare=False, hash=False)

    def message(self, lang: str) -> str:
        details = dict(self.details)
        hint = details.pop("leading_zero", None)
        if self.code == "unknown_code" and "expected" in details:
            details["expected"] = reference_name(details["expected"], lang)
        if self.column == "status" and "expected" in details:  # the statuses allowed or the one expected
            details["expected"] = ", ".join(
                status_word(v.strip(), lang) for v in details["expected"].split(",")
            )
        value = status_word(self.value, lang) if self.column == "status" else self.value or ""
        text = t(f"datain.problem.{self.code}", lang, value=value, **details)
        return f"{text} ({t('datain.problem.leading_zero', lang, code=hint)})" if hint else text

    def column_label(self, lang: str) -> str:
        return column_label(self.sheet, self.column, lang) if self.column else ""

    def render(self, lang: str) -> str:
        place = [self.file]
        if self.sheet and not self.file.startswith(f"{self.sheet}."):
            place.append(f"{t('datain.report.col.sheet', lang)} {self.sheet}")
        if self.row is not None:
            place.append(f"{t('datain.report.col.row', lang)} {self.row}")
        if self.column:
            place.append(f"{t('datain.report.col.column', lang)} {self.column_label(lang)}")
        return f"{t('problem.severity.error', lang)} {', '.join(place)}: {self.message(lang)}"

    def render_bilingual(self) -> str:
        return f"{self.render('vi')} | {self.render('en')}"


def report_frame(problems: list[ImportProblem], lang: str) -> pd.DataFrame:
    """The report as a table: one problem per row, the reason in Vietnamese and in English."""
    columns = ("file", "sheet", "row", "column", "value", "problem_vi", "problem_en")
    rows = [
        (p.file, p.sheet or "", p.row, p.column_label(lang), p.value or "", p.message("vi"), p.message("en"))
        for p in problems
    ]
    frame = pd.DataFrame(rows, columns=list(columns))
    frame["row"] = frame["row"].astype("Int64")
    return frame.rename(columns={c: t(f"datain.report.col.{c}", lang) for c in columns})


def report_xlsx(problems: list[ImportProblem], lang: str) -> bytes:
    frame = report_frame(problems, lang)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter") as writer:
        safe = frame.map(neutralise) if not frame.empty else frame
        safe.to_excel(writer, sheet_name=t("datain.report.sheet", lang)[:31], index=False)
        sheet = writer.sheets[t("datain.report.sheet", lang)[:31]]
        sheet.freeze_panes(1, 0)
        for index, width in enumerate((22, 14, 7, 18, 20, 60, 60)):
            sheet.set_column(index, index, width)
    return buffer.getvalue()
