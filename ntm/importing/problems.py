"""One line of an import's validation report: file, sheet, row (as Excel numbers it), column, value, why."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pandas as pd

from ntm.export import neutralise
from ntm.i18n import t


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
        return t(f"datain.problem.{self.code}", lang, value=self.value or "", **self.details)

    def render(self, lang: str) -> str:
        place = [self.file]
        if self.sheet and not self.file.startswith(f"{self.sheet}."):
            place.append(f"{t('datain.report.col.sheet', lang)} {self.sheet}")
        if self.row is not None:
            place.append(f"{t('datain.report.col.row', lang)} {self.row}")
        if self.column:
            place.append(f"{t('datain.report.col.column', lang)} {self.column}")
        return f"{t('problem.severity.error', lang)} {', '.join(place)}: {self.message(lang)}"

    def render_bilingual(self) -> str:
        return f"{self.render('vi')} | {self.render('en')}"


def report_frame(problems: list[ImportProblem], lang: str) -> pd.DataFrame:
    """The report as a table: one problem per row, the reason in Vietnamese and in English."""
    columns = ("file", "sheet", "row", "column", "value", "problem_vi", "problem_en")
    rows = [
        (p.file, p.sheet or "", p.row, p.column or "", p.value or "", p.message("vi"), p.message("en"))
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
