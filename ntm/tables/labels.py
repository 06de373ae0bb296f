"""The shared vocabulary of every table, chart, export, slide and the briefing: how a tier, a status, a
unit, a value, a threshold, a gap, a criterion, a decision and a place in a sentence are written, once."""

from __future__ import annotations

import pandas as pd

from ntm.figures.commune import as_date
from ntm.figures.values import is_missing
from ntm.i18n import CATALOGUE, format_date, format_number, t
from ntm.store.schema import TARGET_BASES

# A place name inside a sentence starts lower case in Vietnamese ("của huyện Sông Lô").
_ADMINISTRATIVE_WORDS = ("Huyện ", "Tỉnh ", "Thị xã ", "Thành phố ", "Quận ")
DIRECTION_SIGNS = {">=": "≥", "<=": "≤", "=": "="}
# Units as the data writes them (Vietnamese) → their `label.unit.*` key, so the English view translates
# them; any other unit is shown as the data spells it.
UNIT_KEYS = {
    "%": "percent",
    "triệu đồng": "million_vnd",
    "triệu đồng/người/năm": "million_vnd_per_person_year",
    "sản phẩm": "products",
    "thôn": "villages",
}
# The allowed suffixes of the f-string keys built here (tests/unit/test_vocabulary.py checks each exists).
TIER_NAMES = ("ntm", "advanced", "model_commune", "modern", "model_village", "none")
GOAL_NAMES = ("ntm", "advanced", "model_commune", "modern")
BASIS_NAMES = TARGET_BASES
STATUS_NAMES = ("met", "not_met", "unknown", "not_applicable")
MARKED_STATUSES = ("met", "not_met", "unknown")


def place_in_sentence(place: str, lang: str) -> str:
    if lang == "vi" and place.startswith(_ADMINISTRATIVE_WORDS):
        return place[0].lower() + place[1:]
    return place


def tier_name(tier: object, lang: str) -> str:
    """A tier as a short label (`NTM nâng cao`); no tier reads "not recognised"."""
    return t(f"label.tier.{tier}", lang) if isinstance(tier, str) and tier else t("label.tier.none", lang)


def goal_name(tier: str, lang: str) -> str:
    """A tier as the goal inside a sentence ("còn 1 tiêu chí để đạt chuẩn NTM")."""
    return t(f"label.goal.{tier}", lang)


def basis_name(basis: str, lang: str) -> str:
    """What a share is counted among: every xã of the scope, or the xã recognised NTM."""
    return t(f"label.basis.{basis}", lang)


def basis_in_sentence(basis: str, lang: str) -> str:
    """`basis_name` inside a sentence: `… 7,1 % số xã đạt chuẩn NTM` (first letter small, NTM kept)."""
    name = basis_name(basis, lang)
    return name[:1].lower() + name[1:]


def status_name(status: object, lang: str) -> str:
    """Met / not met / no data / not applicable; a missing status is "no data"."""
    return (
        t(f"label.status.{status}", lang)
        if isinstance(status, str) and status
        else t("label.status.unknown", lang)
    )


def status_mark(status: str, lang: str) -> str:
    """The one-character mark of a status in a grid cell (`Đ`, `✕`, `?`): the grid reads without colour."""
    return t(f"label.mark.{status}", lang)


def yes_no(value: object, lang: str) -> str:
    return t("label.value.yes" if value else "label.value.no", lang)


def criterion_label(no: object, name: str) -> str:
    """`10. Thu nhập`: a criterion everywhere it is named."""
    return f"{int(no)}. {name}"


def unit_label(unit: object, lang: str) -> str:
    if is_missing(unit) or not str(unit).strip():
        return ""
    key = UNIT_KEYS.get(str(unit).strip())
    return t(f"label.unit.{key}", lang) if key else str(unit).strip()


def number_text(value: object, lang: str) -> str:
    """A measured value as people write it: `44`, `6,1`, `1.234,56` (at most two decimals, no trailing
    zeros); an en dash when missing."""
    if is_missing(value):
        return "–"
    text = format_number(float(value), lang, 2)
    decimal_mark = "," if lang == "vi" else "."
    return text.rstrip("0").rstrip(decimal_mark) if decimal_mark in text else text


def with_unit(number: str, unit: object, lang: str) -> str:
    """`85 %` / `85%`, `46 triệu đồng`; the number alone without a unit."""
    label = unit_label(unit, lang)
    if label == "%":
        return f"{number} %" if lang == "vi" else f"{number}%"
    return f"{number} {label}".strip()


def measure_text(value: object, unit: object, lang: str) -> str:
    """A number with its unit (`46 triệu đồng`, `0 %`); an en dash when missing."""
    return "–" if is_missing(value) else with_unit(number_text(value, lang), unit, lang)


def value_text(value: object, kind: str, lang: str, unit: object = None) -> str:
    """An indicator's value: `Có` / `Không` for a yes/no indicator (recorded 1 / 0), else the number
    (and its unit when given)."""
    if kind == "bool" and not is_missing(value):
        return yes_no(float(value) >= 0.5, lang)
    return measure_text(value, unit, lang)


def threshold_text(value: object, direction: object, kind: str, lang: str, unit: object = None) -> str:
    """`≥ 45` (`≥ 45 triệu đồng` with its unit); a yes/no indicator is met by a yes; an en dash when there
    is no numeric threshold."""
    if kind == "bool":
        return t("label.value.yes", lang)
    if is_missing(value):
        return "–"
    sign = DIRECTION_SIGNS.get(direction if isinstance(direction, str) else "", "")
    return f"{sign} {with_unit(number_text(value, lang), unit, lang)}".strip()


def gap_text(gap: object, kind: str, status: str, lang: str, unit: object = None) -> str:
    """What is lacking to reach the threshold (`1,5`, 0 when reached); a yes/no indicator or a missing
    value says so in words."""
    if status == "unknown":
        return t("label.gap.no_data", lang)
    if kind == "bool":
        return t("label.gap.bool", lang)
    if is_missing(gap):
        return "–"
    return with_unit(number_text(gap, lang), unit, lang)


def decision_text(number: object, day: object, lang: str) -> str:
    """`735/QĐ-UBND (15/03/2019)`, or an en dash when there is no decision."""
    if is_missing(number):
        return "–"
    return f"{number} ({format_date(as_date(day), lang)})"


def region_name(region: object, lang: str) -> str:
    """`DBSH` → `Đồng bằng sông Hồng` / `Red River Delta`; a code without a name is shown as it is."""
    if is_missing(region) or not str(region).strip():
        return ""
    key = f"label.region.{str(region).strip().lower()}"
    return t(key, lang) if key in CATALOGUE else str(region)


def commune_group_name(group: object, lang: str) -> str:
    """`1` → `nhóm 1` / `group 1` (the xã groups of QĐ 51/2025/QĐ-TTg); none → empty."""
    return "" if is_missing(group) or not str(group).strip() else t("label.commune_group", lang, group=group)


def threshold_class_name(threshold_class: object, basis: str, lang: str) -> str:
    """The region or the commune group whose threshold applied, as the set's threshold basis says."""
    if basis == "commune_group":
        return commune_group_name(threshold_class, lang)
    return region_name(threshold_class, lang)


def drop_empty_district(table: pd.DataFrame, label: str, districts: pd.Series) -> pd.DataFrame:
    """`table` without its district column when no row has a district (periods after 1/7/2025: no district
    level, so no "Huyện" column of blanks)."""
    if label in table.columns and districts.isna().all():
        return table.drop(columns=label)
    return table
