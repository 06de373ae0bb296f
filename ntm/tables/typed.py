"""The typed view of a display table, for files: the same rows and headers with numbers, shares and dates
as values and each column's kind, so an export never holds the screen's formatted text (`19/19`, `+1`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from ntm.figures.commune import as_date
from ntm.figures.values import is_missing
from ntm.i18n import t
from ntm.tables.labels import DIRECTION_SIGNS, yes_no

# Column kinds a file formats (ntm/export.py gives each its number format); other columns are written as
# they are (text, or a number formatted by its value).
INTEGER, NUMBER, PERCENT, CHANGE, DATE = "integer", "number", "percent", "change", "date"
YEAR = "year"  # a number without a thousands mark: 2030, never 2.030
KINDS = (INTEGER, NUMBER, PERCENT, CHANGE, DATE, YEAR)


@dataclass(frozen=True)
class TypedTable:
    """A table's rows as values, and the kind of each column that needs a number format."""

    frame: pd.DataFrame
    kinds: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = {c: k for c, k in self.kinds.items() if k not in KINDS or c not in self.frame.columns}
        if unknown:
            raise ValueError(f"column kinds not of the table or unknown: {unknown}")


def number_or_none(value: object) -> float | None:
    return None if is_missing(value) else float(value)


def integer_or_none(value: object) -> int | None:
    return None if is_missing(value) else int(value)


def with_indicator_figures(
    display: pd.DataFrame,
    rows: pd.DataFrame,
    headers: tuple[str, str, str],
    lang: str,
    gaps: list | None = None,
) -> TypedTable:
    """A display table of indicators for a file: its value, threshold and gap columns (`headers`) as
    numbers, a yes/no indicator in words as on screen; the threshold's direction (`≥`) in a column of its
    own before the threshold. `gaps` replaces the gap column's values (default: the rows' `gap`)."""
    value, threshold, gap = headers
    kinds = rows["kind"].tolist()
    frame = display.copy()
    frame[value] = [
        yes_no(float(v) >= 0.5, lang) if k == "bool" and not is_missing(v) else number_or_none(v)
        for v, k in zip(rows["value"], kinds, strict=True)
    ]
    frame[threshold] = [
        t("label.value.yes", lang) if k == "bool" else number_or_none(v)
        for v, k in zip(rows["threshold_value"], kinds, strict=True)
    ]
    frame[gap] = [number_or_none(g) for g in rows["gap"]] if gaps is None else list(gaps)
    frame.insert(
        frame.columns.get_loc(threshold),
        t("export.col.direction", lang),
        [
            DIRECTION_SIGNS.get(d, "") if isinstance(d, str) and k != "bool" else ""
            for d, k in zip(rows["direction"], kinds, strict=True)
        ],
    )
    return TypedTable(frame, {value: NUMBER, threshold: NUMBER, gap: NUMBER})


def with_decision_date(
    frame: pd.DataFrame, header: str, numbers: list, days: list, lang: str
) -> dict[str, str]:
    """Replaces a decision column in words (`735/QĐ-UBND (15/03/2019)`) by the decision's number, and puts
    its date as a date in a column of its own after it (blank both when there is none); the new column's kind."""
    frame[header] = [None if is_missing(n) else str(n) for n in numbers]
    day = t("export.col.decision_date", lang)
    frame.insert(
        frame.columns.get_loc(header) + 1,
        day,
        [None if is_missing(n) or is_missing(d) else as_date(d) for n, d in zip(numbers, days, strict=True)],
    )
    return {day: DATE}
