"""A problem found in the data: which file, row and column, what kind, and its message in vi and en."""

from __future__ import annotations

from dataclasses import dataclass, field

from ntm.i18n import t


@dataclass(frozen=True)
class Problem:
    code: str
    file: str
    column: str | None = None
    row: int | None = None
    severity: str = "error"
    details: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def location(self, lang: str) -> str:
        if self.row is not None and self.column:
            return t("problem.location", lang, file=self.file, row=self.row, column=self.column)
        if self.column:
            return t("problem.location_column", lang, file=self.file, column=self.column)
        return t("problem.location_file", lang, file=self.file)

    def message(self, lang: str) -> str:
        values = {
            k: (t(v, lang) if isinstance(v, str) and v.startswith("type.") else v)
            for k, v in self.details.items()
        }
        return t(f"problem.{self.code}", lang, **values)

    def render(self, lang: str) -> str:
        return f"{t(f'problem.severity.{self.severity}', lang)} {self.location(lang)}: {self.message(lang)}"

    def render_bilingual(self) -> str:
        return f"{self.render('vi')} | {self.render('en')}"


class DataError(Exception):
    """The data directory cannot be loaded; `problems` says why, file by file."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(p.render("en") for p in problems if p.is_error))
