"""Tables and labels of the criterion page: translated headers, numbers as `1.234,5`, statuses in words."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from ntm.figures.criterion import met_shares
from ntm.i18n import format_number, format_percent, period_name, t
from ntm.tables.labels import (
    criterion_label,
    number_text,
    status_name,
    threshold_text,
    unit_label,
    value_text,
)
from ntm.tables.typed import INTEGER, PERCENT, TypedTable, with_indicator_figures


def criterion_options(criteria: pd.DataFrame, chosen: Sequence[int], lang: str) -> dict[str, str]:
    """{"10": "10. Thu nhập", …} for `criteria_of_set`, only the criteria of the scope's filter if it has any."""
    wanted = {int(c) for c in chosen}
    return {
        str(int(no)): criterion_label(no, name)
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
                value_text(v, k, lang) for v, k in zip(rows["value"], rows["kind"], strict=True)
            ],
            t("criterion.col.threshold", lang): [
                threshold_text(v, d, k, lang)
                for v, d, k in zip(rows["threshold_value"], rows["direction"], rows["kind"], strict=True)
            ],
            t("criterion.col.gap", lang): [number_text(v, lang) for v in rows["gap"]],
            t("criterion.col.unit", lang): [unit_label(u, lang) for u in rows["unit"]],
            t("criterion.col.status", lang): [status_name(s, lang) for s in rows["indicator_status"]],
            t("criterion.col.indicator_name", lang): rows[f"indicator_name_{lang}"],
            t("criterion.col.unit_code", lang): rows["unit_code"].astype(str),
        }
    )


def failing_values(rows: pd.DataFrame, lang: str) -> TypedTable:
    """`failing_table` for a file: value, threshold and gap as numbers (a yes/no indicator in words), the
    threshold's direction (`≥`) in a column of its own."""
    headers = tuple(t(f"criterion.col.{k}", lang) for k in ("value", "threshold", "gap"))
    return with_indicator_figures(failing_table(rows, lang), rows, headers, lang)


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
            t("label.status.met", lang): [format_number(int(n), lang) for n in trend["met"]],
            t("label.status.not_met", lang): [format_number(int(n), lang) for n in trend["not_met"]],
            t("label.status.unknown", lang): [format_number(int(n), lang) for n in trend["unknown"]],
            t("criterion.col.met_share", lang): [format_percent(s, lang) for s in met_shares(trend)],
        }
    )


def trend_values(trend: pd.DataFrame, lang: str) -> TypedTable:
    """`trend_table` for a file: counts as integers, the share met 0–1 as a percentage."""
    frame = trend_table(trend, lang)
    counts = [
        (t("criterion.col.communes", lang), "communes"),
        (t("label.status.met", lang), "met"),
        (t("label.status.not_met", lang), "not_met"),
        (t("label.status.unknown", lang), "unknown"),
    ]
    for header, column in counts:
        frame[header] = [int(n) for n in trend[column]]
    share = t("criterion.col.met_share", lang)
    frame[share] = met_shares(trend)
    return TypedTable(frame, {**{h: INTEGER for h, _ in counts}, share: PERCENT})
