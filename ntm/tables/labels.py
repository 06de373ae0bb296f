"""The shared vocabulary of every table, chart, export and the briefing: how a tier, a criterion, a
place in a sentence, a gap and a threshold are written, in one place."""

from __future__ import annotations

from ntm.i18n import t
from ntm.tables.criterion import format_threshold, format_value

# A place name inside a sentence starts lower case in Vietnamese ("của huyện Sông Lô").
_ADMINISTRATIVE_WORDS = ("Huyện ", "Tỉnh ", "Thị xã ", "Thành phố ", "Quận ")


def place_in_sentence(place: str, lang: str) -> str:
    if lang == "vi" and place.startswith(_ADMINISTRATIVE_WORDS):
        return place[0].lower() + place[1:]
    return place


def tier_label(tier, lang: str) -> str:
    return t(f"label.tier.{tier}", lang) if isinstance(tier, str) and tier else t("label.tier.none", lang)


def criterion_text(no, name: str) -> str:
    return f"{int(no)}. {name}"


def gap_text(gap, kind: str, status: str, lang: str) -> str:
    """A numeric gap as `1,5`; a yes/no indicator or a missing value says so in words."""
    if status == "unknown":
        return t("label.gap.no_data", lang)
    if kind == "bool":
        return t("label.gap.bool", lang)
    return format_value(gap, lang)


def threshold_text(value, direction, kind: str, lang: str) -> str:
    return t("label.value.yes", lang) if kind == "bool" else format_threshold(value, direction, lang)
