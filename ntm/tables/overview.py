"""Tables of the overview page."""

from __future__ import annotations

import pandas as pd

from ntm.figures.overview import VILLAGES, Kpi
from ntm.figures.values import is_missing
from ntm.i18n import format_number, format_percent, t
from ntm.tables.labels import basis_name, decision_text, drop_empty_district, yes_no
from ntm.tables.typed import CHANGE, INTEGER, TypedTable, integer_or_none, with_decision_date


def commune_table(results: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commune, district, criteria met, lacking data, meets all, recognised, decision — one row per commune."""
    decisions = [
        "" if is_missing(number) else decision_text(number, day, lang)
        for number, day in zip(results["decision_no"], results["decision_date"], strict=True)
    ]
    return pd.DataFrame(
        {
            t("col.unit_code", lang): results["unit_code"],
            t("col.name", lang): results["name"],
            t("col.district_name", lang): results["district_name"],
            t("col.criteria_met", lang): [
                f"{met}/{total}"
                for met, total in zip(results["criteria_met"], results["criteria_total"], strict=True)
            ],
            t("label.status.unknown", lang): results["criteria_unknown"],
            t("col.reaches", lang): [yes_no(v, lang) for v in results["reaches"]],
            t("col.recognised", lang): [yes_no(v, lang) for v in results["recognised"]],
            t("col.decision", lang): decisions,
        }
    )


def signed(value: float | None, lang: str, decimals: int = 0) -> str | None:
    """`+2`, `−1`, `±0` (None when there is nothing to compare with)."""
    if value is None:
        return None
    if round(value, decimals) == 0:
        return "±" + format_number(0, lang, decimals)
    text = format_number(abs(value), lang, decimals)
    return ("+" if value > 0 else "-") + text


def kpi_base(kpi: Kpi, lang: str) -> str:
    """What the N of a headline figure counts, in a few words: `xã`, `xã NTM`, `thôn`."""
    return t("label.unit.villages" if kpi.basis == VILLAGES else f"kpi.base.{kpi.basis}", lang)


def kpi_value(kpi: Kpi, lang: str) -> str:
    """`5/16 xã · 31,3 %` (a share of every xã), `1/14 xã NTM · 7,1 %` (a share of the NTM xã), `17,3` for
    an average; `0/0 xã NTM · –` when there is nothing to count among."""
    if kpi.value is None:
        return "–"
    if kpi.total is None:
        return format_number(kpi.value, lang, 1)
    share = "–" if kpi.share is None else format_percent(kpi.share, lang)
    count = f"{format_number(kpi.value, lang)}/{format_number(kpi.total, lang)}"
    return f"{count} {kpi_base(kpi, lang)} · {share}"


NO_BREAK_SPACE = "\u00a0"


def kpi_value_on_screen(kpi: Kpi, lang: str) -> str:
    """`kpi_value` with no-break spaces where a narrow column must not break the line: inside `14,3 %` and
    before `·`, so it wraps as `2/14 xã NTM ·` / `14,3 %`, never with the `%` alone (1280×720)."""
    text = kpi_value(kpi, lang)
    return text.replace(" %", NO_BREAK_SPACE + "%").replace(" · ", NO_BREAK_SPACE + "· ")


# Headline figures named by a concept of the shared vocabulary; the others are named `kpi.{key}`.
_KPI_VOCABULARY = {
    "reaching_not_recognised_ntm": "label.reaching",
    "recognised_model_village": "label.tier.model_village",
}


def kpi_label(kpi: Kpi, lang: str) -> str:
    return t(_KPI_VOCABULARY.get(kpi.key, f"kpi.{kpi.key}"), lang)


def kpi_base_name(kpi: Kpi, lang: str) -> str:
    """The denominator of a share named in full: `Số xã đạt chuẩn NTM`, `Tổng số xã`, `Tổng số thôn`."""
    return t("kpi.base_name.villages", lang) if kpi.basis == VILLAGES else basis_name(kpi.basis, lang)


def kpi_help(kpi: Kpi, compared: str, lang: str) -> str:
    """The tooltip: numerator and denominator of a share by name and number, then what the change compares."""
    if kpi.total is None or kpi.value is None:
        return compared
    return t(
        "kpi.help.share",
        lang,
        numerator=kpi_label(kpi, lang),
        value=format_number(kpi.value, lang),
        denominator=kpi_base_name(kpi, lang),
        total=format_number(kpi.total, lang),
        compared=compared,
    )


def kpi_delta(kpi: Kpi, lang: str) -> str | None:
    """`+2`, `-0,8`, `±0`; in words why there is none when the two periods cannot be compared."""
    if kpi.no_change is not None:
        return t(f"kpi.no_change.{kpi.no_change}", lang)
    return signed(kpi.change, lang, 1 if kpi.total is None else 0)


# Figures where a rise is bad news: their change is drawn red when it goes up.
RISE_IS_BAD = ("under_15",)
# Figures whose change is no verdict, drawn grey either way: more xã meeting every criterion but not yet
# recognised is progress (they reached it), fewer is progress too (they were recognised).
CHANGE_IS_NEUTRAL = ("reaching_not_recognised_ntm",)


def kpi_delta_colour(kpi: Kpi) -> str:
    """Streamlit's delta colour: grey when nothing changed or the change is no verdict, red for a rise of a
    figure that should fall."""
    if not kpi.change or kpi.key in CHANGE_IS_NEUTRAL:
        return "off"
    return "inverse" if kpi.key in RISE_IS_BAD else "normal"


def kpi_delta_arrow(kpi: Kpi) -> str:
    """No arrow beside words saying why there is no change, nor beside ±0 (Streamlit would draw one up)."""
    return "off" if kpi.no_change is not None or not kpi.change else "auto"


def ranking_table(ranked: pd.DataFrame, results: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Rank, code, commune, district, criteria met (n/N), previous, change, improvement rank, recognition."""
    # Columns aligned on the ranking once, then read as lists: a lookup per commune and column
    # (`.at`) was a tenth of the overview's rerun at national scale.
    details = results.set_index("unit_code").reindex(ranked["unit_code"])
    totals = [int(total) for total in details["criteria_total"].tolist()]
    decisions = [
        "" if is_missing(number) else decision_text(number, date, lang)
        for number, date in zip(
            details["decision_no"].tolist(), details["decision_date"].tolist(), strict=True
        )
    ]
    return pd.DataFrame(
        {
            t("col.rank", lang): ranked["rank"].astype("Int64"),
            t("col.unit_code", lang): ranked["unit_code"],
            t("col.name", lang): ranked["name"],
            t("col.district_name", lang): ranked["district_name"],
            t("col.criteria_met", lang): [
                f"{met}/{total}" for met, total in zip(ranked["criteria_met"], totals, strict=True)
            ],
            t("col.previous", lang): ranked["previous_criteria_met"],
            t("col.change", lang): [None if pd.isna(c) else signed(int(c), lang) for c in ranked["change"]],
            t("col.change_rank", lang): ranked["change_rank"],
            t("col.decision", lang): decisions,
        }
    )


def ranking_values(ranked: pd.DataFrame, results: pd.DataFrame, lang: str) -> TypedTable:
    """`ranking_table` for a file: criteria met as a number with the set's total in a column of its own
    (not the text `19/19`), the change as a signed number (not the text `+1`), the decision's number and
    its date in columns of their own; no district column after the reform (no commune has one)."""
    frame = ranking_table(ranked, results, lang)
    details = results.set_index("unit_code")
    met, total, change = (
        t("col.criteria_met", lang),
        t("export.col.criteria_total", lang),
        t("col.change", lang),
    )
    frame[met] = [int(m) for m in ranked["criteria_met"]]
    frame.insert(
        frame.columns.get_loc(met) + 1,
        total,
        [int(details.at[code, "criteria_total"]) for code in ranked["unit_code"]],
    )
    frame[change] = [integer_or_none(c) for c in ranked["change"]]
    previous, change_rank = t("col.previous", lang), t("col.change_rank", lang)
    frame[previous] = [integer_or_none(p) for p in ranked["previous_criteria_met"]]
    frame[change_rank] = [integer_or_none(r) for r in ranked["change_rank"]]
    decided = [details.at[code, "decision_no"] for code in ranked["unit_code"]]
    days = [details.at[code, "decision_date"] for code in ranked["unit_code"]]
    decision_kinds = with_decision_date(frame, t("col.decision", lang), decided, days, lang)
    frame = drop_empty_district(frame, t("col.district_name", lang), ranked["district_name"])
    kinds = {t("col.rank", lang): INTEGER, met: INTEGER, total: INTEGER, previous: INTEGER}
    return TypedTable(frame, {**kinds, change: CHANGE, change_rank: INTEGER, **decision_kinds})
