"""Every user-visible string, in Vietnamese (first) and English, looked up by key; number and date formats."""

from __future__ import annotations

import math
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ntm.texts import load_texts

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

CATALOGUE: dict[str, dict[str, str]] = load_texts()


class MissingTranslation(KeyError):
    pass


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **values: object) -> str:
    try:
        template = CATALOGUE[key][lang if lang in LANGUAGES else DEFAULT_LANGUAGE]
    except KeyError as error:
        raise MissingTranslation(key) from error
    return template.format(**values) if values else template


def format_number(value: float | int | None, lang: str = DEFAULT_LANGUAGE, decimals: int = 0) -> str:
    """`1.234,5` in Vietnamese, `1,234.5` in English; an empty value shows as an en dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    # Half-up, as people round by hand: 41,25 → 41,3 (binary floats would give 41,2).
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"
    if lang == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_percent(share: float | None, lang: str = DEFAULT_LANGUAGE, decimals: int = 1) -> str:
    """A share (0–1) as a percentage: `41,2 %` in Vietnamese, `41.2%` in English."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    number = format_number(share * 100, lang, decimals)
    return f"{number} %" if lang == "vi" else f"{number}%"


def period_choice(label: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A period as an item of a list, starting with a capital: `Second half of 2024` (inside a sentence
    `period_name` keeps it lower case: "since the second half of 2024")."""
    name = period_name(label, lang)
    return name[:1].upper() + name[1:]


def format_date(value: date | None, lang: str = DEFAULT_LANGUAGE) -> str:
    if value is None:
        return "–"
    return value.strftime("%d/%m/%Y") if lang == "vi" else value.strftime("%d %b %Y")


def period_name(label: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """`2019-H1` → `6 tháng đầu năm 2019` / `first half of 2019`."""
    year, half = label[:4], label[-1]
    return t("period.name" if half == "1" else "period.name_h2", lang, year=year)
