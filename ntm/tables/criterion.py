"""Tables and labels of the criterion page: translated headers, numbers as `1.234,5`, statuses in words."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd

from ntm.figures.criterion import met_shares
from ntm.i18n import format_number, format_percent, period_name, t

# Units of the catalogue that have a translation; any other unit is shown as the data spells it.
_UNIT_KEYS = {
    "%": "criterion.unit.percent",
    "triệu đồng/người/năm": "criterion.unit.mvnd_person_year",
    "triệu đồng": "criterion.unit.mvnd",
    "sản phẩm": "criterion.unit.products",
    "thôn": "criterion.unit.villages",
}
_DIRECTION_SIGNS = {">=": "≥", "<=": "≤", "=": "="}


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def format_value(value: float | None, lang: str) -> str:
    """An indicator value as people write it: `44`, `6,1`, `1.234,56` (at most two decimals, no trailing zeros)."""
    if _missing(value):
        return "–"
    text = format_number(float(value), lang, 2)
    decimal_mark = "," if lang == "vi" else "."
    return text.rstrip("0").rstrip(decimal_mark) if decimal_mark in text else text


def indicator_value(value: float | None, kind: str, lang: str) -> str:
    """A value as read in a table: `Có` / `Không` for a yes/no indicator (recorded 1 / 0), else `format_value`."""
    if kind == "bool" and not _missing(value) and float(value) in (0.0, 1.0):
        return t("criterion.value.yes" if float(value) == 1.0 else "criterion.value.no", lang)
    return format_value(value, lang)


def format_threshold(value: float | None, direction: str | None, lang: str) -> str:
    """`≥ 45`, `≤ 13,9`; an en dash when there is no numeric threshold."""
    if _missing(value):
        return "–"
    sign = _DIRECTION_SIGNS.get(direction or "", "")
    return f"{sign} {format_value(value, lang)}".strip()


def unit_label(unit: str | None, lang: str) -> str:
    if _missing(unit) or not unit:
        return ""
    key = _UNIT_KEYS.get(unit)
    return t(key, lang) if key else unit


def criterion_label(criterion_no: int, name: str, lang: str) -> str:
    return t("criterion.label", lang, no=int(criterion_no), name=name)


def criterion_options(criteria: pd.DataFrame, chosen: Sequence[int], lang: str) -> dict[str, str]:
    """{"10": "10. Thu nhập", …} for `criteria_of_set`, only the criteria of the scope's filter if it has any."""
    wanted = {int(c) for c in chosen}
    return {
        str(int(no)): criterion_label(no, name, lang)
        for no, name in zip(criteria["criterion_no"], criteria[f"name_{lang}"], strict=True)
        if not wanted or int(no) in wanted
    }


def indicator_options(indicators: pd.DataFrame, lang: str) -> dict[str, str]:
    """{"2.1": "2.1. Tỷ lệ hộ dùng nước sạch (%)", …} for `numeric_indicators`."""
    options = {}
    for code, name, unit in zip(
        indicators["indicator_code"], indicators[f"name_{lang}"], indicators["unit"], strict=True
    ):
        shown_unit = unit_label(unit, lang)
        options[str(code)] = f"{code}. {name}" + (f" ({shown_unit})" if shown_unit else "")
    return options


def indicator_units(indicators: pd.DataFrame, lang: str) -> dict[str, str]:
    """{"2.1": "%", "10": "triệu đồng/người/năm", …} for `numeric_indicators`."""
    return {
        str(c): unit_label(u, lang)
        for c, u in zip(indicators["indicator_code"], indicators["unit"], strict=True)
    }


def status_label(status: str, lang: str) -> str:
    return t(f"criterion.status.{status}", lang)


def short_period(period: str, lang: str) -> str:
    """`2019-H1` → `6T đầu<br>2019` / `H1<br>2019`: a chart's axis label."""
    key = "criterion.period_h1" if period.endswith("1") else "criterion.period_h2"
    return t(key, lang, year=period[:4])


def failing_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commune, district, indicator, value, threshold, gap, unit, status, indicator name, code — one row per
    row of `failing_indicators`, in its order (so a selected row's position finds its commune). The long
    indicator name goes last, so the figures stay in sight on a narrow screen."""
    return pd.DataFrame(
        {
            t("criterion.col.name", lang): rows["name"],
            t("criterion.col.district_name", lang): rows["district_name"],
            t("criterion.col.indicator", lang): rows["indicator_code"].astype(str),
            t("criterion.col.value", lang): [
                indicator_value(v, k, lang) for v, k in zip(rows["value"], rows["kind"], strict=True)
            ],
            # A yes/no indicator is met by a yes.
            t("criterion.col.threshold", lang): [
                t("criterion.value.yes", lang) if k == "bool" else format_threshold(v, d, lang)
                for v, d, k in zip(rows["threshold_value"], rows["direction"], rows["kind"], strict=True)
            ],
            t("criterion.col.gap", lang): [format_value(v, lang) for v in rows["gap"]],
            t("criterion.col.unit", lang): [unit_label(u, lang) for u in rows["unit"]],
            t("criterion.col.status", lang): [status_label(s, lang) for s in rows["indicator_status"]],
            t("criterion.col.indicator_name", lang): rows[f"indicator_name_{lang}"],
            t("criterion.col.unit_code", lang): rows["unit_code"].astype(str),
        }
    )


def failing_columns(lang: str) -> dict[str, dict]:
    """Column settings of `failing_table`: figures right-aligned."""
    figures = ("criterion.col.value", "criterion.col.threshold", "criterion.col.gap")
    return {t(key, lang): {"alignment": "right"} for key in figures}


def trend_table(trend: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Period, set, communes, met, not met, no data, share met — one row per row of `criterion_trend`."""
    return pd.DataFrame(
        {
            t("criterion.col.period", lang): [period_name(p, lang) for p in trend["period"]],
            t("criterion.col.set", lang): trend["set_id"],
            t("criterion.col.communes", lang): [format_number(int(n), lang) for n in trend["communes"]],
            t("criterion.status.met", lang): [format_number(int(n), lang) for n in trend["met"]],
            t("criterion.status.not_met", lang): [format_number(int(n), lang) for n in trend["not_met"]],
            t("criterion.status.unknown", lang): [format_number(int(n), lang) for n in trend["unknown"]],
            t("criterion.col.met_share", lang): [format_percent(s, lang) for s in met_shares(trend)],
        }
    )
