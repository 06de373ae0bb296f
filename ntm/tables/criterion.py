"""Tables and labels of the criterion page: translated headers, numbers as `1.234,5`, statuses in words."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from ntm.figures.criterion import Distribution, met_shares
from ntm.i18n import format_number, format_percent, period_name, t
from ntm.tables.labels import (
    commune_group_name,
    criterion_label,
    drop_empty_district,
    number_text,
    status_name,
    threshold_class_name,
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
    table = pd.DataFrame(
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
    table = drop_empty_district(table, t("criterion.col.district_name", lang), rows["district_name"])
    if "commune_group" in rows.columns and rows["commune_group"].notna().any():
        # 2026–2030: the threshold depends on the xã's group, so the group stands beside the threshold.
        table.insert(
            table.columns.get_loc(t("criterion.col.threshold", lang)),
            t("criterion.col.commune_group", lang),
            [commune_group_name(g, lang) for g in rows["commune_group"]],
        )
    return table


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
            t("criterion.col.set", lang): trend["set_years"],
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


def thresholds_applied(distribution: Distribution, indicators: pd.DataFrame, code: str, lang: str) -> str:
    """Which threshold applied to whom: `Ngưỡng theo nhóm xã: nhóm 1: ≥ 90 % (12 xã); nhóm 2: ≥ 85 % (20 xã).`
    for a set keyed by commune group; for one keyed by region, the note that thresholds differ by region
    (empty when there is one threshold); `indicators`: `numeric_indicators`, `code`: the indicator shown."""
    lines = distribution.thresholds
    indicator = indicators[indicators["indicator_code"].astype(str) == code].iloc[0]
    kind, direction, unit = indicator["kind"], indicator["direction"], indicator["unit"]
    if distribution.basis != "commune_group":
        return t("criterion.thresholds_differ", lang) if len(lines) > 1 else ""
    parts = [
        t(
            "criterion.threshold_of_groups",
            lang,
            groups=", ".join(
                threshold_class_name(c, distribution.basis, lang) for c in row.classes.split(", ")
            )
            if row.classes
            else t("criterion.every_group", lang),
            threshold=threshold_text(row.threshold_value, direction, kind, lang, unit),
            communes=format_number(int(row.communes), lang),
        )
        for row in lines.itertuples(index=False)
    ]
    return t("criterion.thresholds_by_group", lang, thresholds="; ".join(parts))
