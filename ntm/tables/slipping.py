"""The table of the Sụt giảm tiêu chí page: the recognised communes slipping, and why."""

from __future__ import annotations

import pandas as pd

from ntm.figures.slipping import SlipSummary
from ntm.i18n import format_number, period_name, t
from ntm.tables.labels import (
    criterion_label,
    gap_text,
    number_text,
    status_name,
    threshold_text,
    tier_name,
    unit_label,
    value_text,
)
from ntm.tables.typed import TypedTable, number_or_none, with_indicator_figures

# The allowed suffixes of `slipping.situation.{…}`; failing and no data are the shared status names.
SITUATION_KEYS = ("at_risk",)
_SITUATION_STATUSES = {"failing": "not_met", "no_data": "unknown"}


def situation_name(situation: str, lang: str) -> str:
    """Not met, no data (the shared status names), or near the threshold."""
    if situation in SITUATION_KEYS:
        return t(f"slipping.situation.{situation}", lang)
    return status_name(_SITUATION_STATUSES.get(situation, "unknown"), lang)


def _communes_word(count: int, lang: str) -> str:
    return t("slipping.commune" if count == 1 else "slipping.communes", lang)


def situation_counts_text(summary: SlipSummary, lang: str) -> str:
    """“0 xã sụt giảm tiêu chí; 8 xã sát ngưỡng; 1 xã thiếu số liệu”: the counts of
    `SlipSummary.communes_by_situation`, as the page, the slide and the briefing all say them."""
    return "; ".join(
        t(
            f"slipping.count.{situation}",
            lang,
            count=format_number(count, lang),
            communes=_communes_word(count, lang),
        )
        for situation, count in summary.communes_by_situation().items()
    )


def situation_counts_sentence(summary: SlipSummary, lang: str) -> str:
    """“Trong 9 xã đã công nhận: 0 xã sụt giảm tiêu chí; 8 xã sát ngưỡng; 1 xã thiếu số liệu.”"""
    return t(
        "slipping.counts",
        lang,
        recognised=format_number(summary.recognised, lang),
        communes=_communes_word(summary.recognised, lang),
        counts=situation_counts_text(summary, lang),
    )


def _last_met_text(period, situation: str, lang: str) -> str:
    if situation == "at_risk":
        return t("slipping.met_now", lang)
    return t("slipping.never_met", lang) if pd.isna(period) else period_name(str(period), lang)


def slipping_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commune, criterion, indicator code, situation, value, threshold, gap / headroom, last met, tier,
    unit, indicator name, code — one row per row of `slipping_rows`, in its order."""
    gap_or_room = [
        number_text(room, lang) if situation == "at_risk" else gap_text(gap, kind, status, lang)
        for situation, room, gap, kind, status in zip(
            rows["situation"],
            rows["headroom"],
            rows["gap"],
            rows["kind"],
            rows["indicator_status"],
            strict=True,
        )
    ]
    return pd.DataFrame(
        {
            t("label.col.name", lang): rows["name"],
            t("label.col.criterion", lang): [
                criterion_label(no, n)
                for no, n in zip(rows["criterion_no"], rows[f"criterion_{lang}"], strict=True)
            ],
            t("label.col.indicator", lang): ["–" if pd.isna(c) else str(c) for c in rows["indicator_code"]],
            t("label.col.status", lang): [situation_name(s, lang) for s in rows["situation"]],
            t("label.col.value", lang): [
                value_text(v, k, lang) for v, k in zip(rows["value"], rows["kind"], strict=True)
            ],
            t("label.col.threshold", lang): [
                threshold_text(v, d, k, lang)
                for v, d, k in zip(rows["threshold_value"], rows["direction"], rows["kind"], strict=True)
            ],
            t("label.col.gap_margin", lang): gap_or_room,
            t("label.col.last_met", lang): [
                _last_met_text(p, s, lang)
                for p, s in zip(rows["last_met_period"], rows["situation"], strict=True)
            ],
            t("label.col.tier", lang): [tier_name(x, lang) for x in rows["tier"]],
            t("label.col.unit", lang): [unit_label(u, lang) for u in rows["unit"]],
            t("label.col.indicator_name", lang): [
                "" if pd.isna(n) else str(n) for n in rows[f"indicator_{lang}"]
            ],
            t("label.col.code", lang): rows["unit_code"].astype(str),
        }
    )


def slipping_values(rows: pd.DataFrame, lang: str) -> TypedTable:
    """`slipping_table` for a file: value, threshold and gap / headroom as numbers (a yes/no indicator or a
    missing value in words, as on screen), the threshold's direction (`≥`) in a column of its own."""
    display = slipping_table(rows, lang)
    headers = (t("label.col.value", lang), t("label.col.threshold", lang), t("label.col.gap_margin", lang))
    shown_gaps = [
        number_or_none(room)
        if situation == "at_risk"
        else (number_or_none(gap) if k != "bool" and s != "unknown" else shown)
        for situation, room, gap, k, s, shown in zip(
            rows["situation"], rows["headroom"], rows["gap"], rows["kind"], rows["indicator_status"],
            display[headers[2]], strict=True,
        )
    ]  # fmt: skip
    return with_indicator_figures(display, rows, headers, lang, shown_gaps)
