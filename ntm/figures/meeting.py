"""Meeting mode (Trình chiếu): the slides in their order, which one a link asks for, and the figures that only
the slides show (the rest come from `ntm.figures.overview` and `ntm.figures.nearest` and `ntm.figures.slipping`, as on the pages)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import pandas as pd

from ntm.figures.commune import funding_by_source
from ntm.i18n import format_date, t

SLIDES = ("kpis", "bins", "hardest", "nearest", "slipping", "map", "funding")
ALL = "all"  # every slide one after another: what browser print turns into one slide per page
HARDEST_SHOWN = 6
NEAREST_SHOWN = 8


def slide_number(raw: object, count: int = len(SLIDES)) -> int | None:
    """The 1-based slide a link asks for (`slide=N`), kept within 1…count; None for `slide=all`; 1 when the
    value is missing or not a number."""
    if raw == ALL:
        return None
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), count)


def neighbours(number: int, count: int = len(SLIDES)) -> tuple[int | None, int | None]:
    """The previous and next slide numbers (None at either end: the deck does not wrap round)."""
    return (number - 1 if number > 1 else None, number + 1 if number < count else None)


def criteria_some_commune_fails(tally: pd.DataFrame, shown: int = HARDEST_SHOWN) -> pd.DataFrame:
    """The `shown` hardest rows of `criteria_tally` that some commune does not meet (a criterion every
    commune meets is no news on the hardest-criteria slide)."""
    return tally[tally["met"] < tally["communes"]].head(shown)


def scope_funding_by_source(funding: pd.DataFrame) -> tuple[pd.DataFrame, float, int]:
    """From `ntm.queries.export.scope_funding`: the six sources summed over the scope's communes (fixed order,
    share of the total), the total in million VND and how many communes reported any funding."""
    summed = (
        funding.groupby("source_category", as_index=False)["amount_mvnd"].sum()
        if not funding.empty
        else pd.DataFrame({"source_category": [], "amount_mvnd": []})
    )
    by_source = funding_by_source(summed)
    total = math.fsum(by_source["amount_mvnd"])
    communes = int(funding.loc[funding["amount_mvnd"] > 0, "unit_code"].nunique()) if not funding.empty else 0
    return by_source, total, communes


@dataclass(frozen=True)
class SlideStamp:
    """What every slide carries: where, when, the data's date and whether it is sample data."""

    place: str
    period_label: str
    data_until: date
    is_sample: bool


def stamp_text(stamp: SlideStamp, lang: str) -> str:
    """`Huyện Sông Lô · 6 tháng cuối năm 2024 · Số liệu đến ngày 31/12/2024 · DỮ LIỆU MẪU`."""
    parts = [
        stamp.place,
        stamp.period_label,
        t("meeting.data_until", lang, date=format_date(stamp.data_until, lang)),
    ]
    if stamp.is_sample:
        parts.append(t("meeting.sample", lang))
    return " · ".join(part for part in parts if part)
