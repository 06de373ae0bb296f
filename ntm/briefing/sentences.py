"""The briefing's sentences, written from its figures in the style of a district's half-year report."""

from __future__ import annotations

import pandas as pd

from ntm.briefing.facts import Briefing
from ntm.i18n import format_number, format_percent, period_name, t
from ntm.periods import parse_period
from ntm.tables.labels import basis_in_sentence, goal_name
from ntm.tables.slipping import situation_counts_sentence

HARDEST_NAMED = 3  # criteria named in the sentence; the table lists them all


def whole_scope(briefing: Briefing, lang: str) -> str:
    """`toàn huyện` / `toàn tỉnh` / `các xã được chọn`: how the report names the whole of its scope."""
    if briefing.scope.filters.unit_codes:
        return t("briefing.whole.communes", lang)
    return t("briefing.whole.district" if briefing.scope.district else "briefing.whole.province", lang)


def report_period_name(period: str, lang: str) -> str:
    """`2026-H1` → “6 tháng đầu năm 2026”; `2024-H2` → “năm 2024”: a year-end report speaks of the year."""
    parsed = parse_period(period)
    return (
        period_name(period, lang) if parsed.half == 1 else t("briefing.period.year", lang, year=parsed.year)
    )


def _average(value: float | None, lang: str) -> str:
    return format_number(value, lang, 2) if value is not None else "–"


def results_sentence(briefing: Briefing, lang: str) -> str:
    """“Đến hết 6 tháng đầu năm 2019, toàn huyện có 5/16 xã đạt chuẩn NTM (31,3 %), tăng 1 xã so với cùng
    kỳ năm 2018; bình quân đạt 16,25 tiêu chí/xã (cùng kỳ năm 2018: 15,50 tiêu chí/xã).”"""
    now, before = briefing.now, briefing.year_before
    text = t(
        "briefing.sentence.recognised",
        lang,
        period_name=report_period_name(now.period, lang),
        whole=whole_scope(briefing, lang),
        recognised=format_number(now.recognised_ntm, lang),
        communes=format_number(now.communes, lang),
        share=format_percent(now.recognised_share, lang),
    )
    if before is not None:
        change = now.recognised_ntm - before.recognised_ntm
        key = (
            "briefing.sentence.up"
            if change > 0
            else "briefing.sentence.down"
            if change < 0
            else "briefing.sentence.same"
        )
        text += t(key, lang, change=format_number(abs(change), lang), year=parse_period(before.period).year)
    text += t("briefing.sentence.average", lang, average=_average(now.average_criteria_met, lang))
    if before is not None and before.average_criteria_met is not None:
        text += t(
            "briefing.sentence.average_before",
            lang,
            year=parse_period(before.period).year,
            average=_average(before.average_criteria_met, lang),
        )
    return text + "."


def tiers_sentences(briefing: Briefing, lang: str) -> list[str]:
    """Communes that reach every criterion but wait for recognition; each higher tier the period assessed,
    with its share of the NTM communes (“… 1 xã, chiếm 7,1 % số xã đạt chuẩn NTM”); model villages."""
    now = briefing.now
    sentences = []
    if now.reaching_not_recognised_ntm:
        sentences.append(
            t("briefing.sentence.reaching", lang, count=format_number(now.reaching_not_recognised_ntm, lang))
        )
    shares = briefing.shares
    for row in shares[(shares["period"] == now.period) & (shares["tier"] != "ntm")].to_dict("records"):
        sentences.append(
            t(
                "briefing.sentence.tier",
                lang,
                goal=goal_name(row["tier"], lang),
                count=format_number(int(row["numerator"]), lang),
                share="–" if pd.isna(row["share"]) else format_percent(row["share"], lang),
                base=basis_in_sentence(row["basis"], lang),
            )
        )
    if now.villages:
        sentences.append(
            t(
                "briefing.sentence.villages",
                lang,
                villages=format_number(now.recognised_model_village, lang),
                all_villages=format_number(now.villages, lang),
            )
        )
    return sentences


def bin_words(low: int, high: int, lang: str) -> str:
    """`19` → “đạt 19 tiêu chí”; `15–18` → “đạt từ 15 đến 18 tiêu chí”; `< 5` → “đạt dưới 5 tiêu chí”."""
    if low == high:
        return t("briefing.bin.one", lang, low=low)
    if low == 0:
        return t("briefing.bin.under", lang, limit=high + 1)
    return t("briefing.bin.range", lang, low=low, high=high)


def bins_sentence(briefing: Briefing, lang: str) -> str:
    items = [
        t(
            "briefing.bin.count",
            lang,
            what=bin_words(int(row["low"]), int(row["high"]), lang),
            count=format_number(int(row["communes"]), lang),
            share=format_percent(row["share"], lang),
        )
        for row in briefing.bins.to_dict("records")
    ]
    intro = t("briefing.sentence.bins_intro", lang, criteria_total=briefing.now.criteria_total)
    return intro + "; ".join(items) + "."


def criteria_sentences(briefing: Briefing, lang: str) -> list[str]:
    """The hardest criteria by name, and how many results lack data (they count as not met)."""
    tally = briefing.criteria
    if tally.empty:
        return []
    items = [
        t(
            "briefing.criterion_item",
            lang,
            no=int(row["criterion_no"]),
            name=row[f"criterion_{lang}"],
            met=format_number(int(row["met"]), lang),
            communes=format_number(int(row["communes"]), lang),
        )
        for row in tally.head(HARDEST_NAMED).to_dict("records")
    ]
    sentences = [t("briefing.sentence.hardest", lang, items="; ".join(items))]
    if unknown := int(tally["unknown"].sum()):
        sentences.append(t("briefing.sentence.unknown", lang, count=format_number(unknown, lang)))
    return sentences


def nearest_sentence(briefing: Briefing, shown: int, lang: str) -> str:
    ranked = briefing.nearest
    if ranked.empty:
        return t("briefing.sentence.nearest_none", lang)
    one_away = int((ranked["criteria_unmet"] == 1).sum())
    return t("briefing.sentence.nearest", lang, one_away=format_number(one_away, lang), count=shown)


def slipping_sentence(briefing: Briefing, lang: str) -> str:
    """The slipping page's counts in its own words: “Trong 9 xã đã công nhận: 0 xã sụt giảm tiêu chí; 8 xã
    sát ngưỡng; 1 xã thiếu số liệu.”, then what the table lists."""
    summary = briefing.slip_summary
    if not summary.recognised:
        return t("slipping.none_recognised", lang)
    text = situation_counts_sentence(summary, lang)
    if briefing.slipping.empty:
        return text
    return (
        text
        + " "
        + t("briefing.sentence.slipping_rows", lang, rows=format_number(len(briefing.slipping), lang))
    )


def funding_sentence(briefing: Briefing, lang: str) -> str:
    funding = briefing.funding
    if not briefing.funding_total:
        return t("briefing.sentence.funding_none", lang)
    items = [
        t(
            "briefing.funding_item",
            lang,
            source=t(f"commune.funding.{row['source_category']}", lang).lower(),
            amount=format_number(row["amount_mvnd"], lang, 1),
            share=format_percent(row["share"], lang),
        )
        for row in funding.to_dict("records")
        if row["amount_mvnd"]
    ]
    return t(
        "briefing.sentence.funding",
        lang,
        period_name=period_name(briefing.now.period, lang),
        total=format_number(briefing.funding_total, lang, 1),
        items="; ".join(items),
    )


def training_sentence(briefing: Briefing, lang: str) -> str:
    totals = briefing.activities.set_index("kind")
    if not totals["events"].sum():
        return t("briefing.sentence.training_none", lang)
    text = t(
        "briefing.sentence.training",
        lang,
        period_name=period_name(briefing.now.period, lang),
        events=format_number(int(totals.loc["training", "events"]), lang),
        participants=format_number(int(totals.loc["training", "participants"]), lang),
    )
    if totals.loc["communication", "events"]:
        reached = totals.loc["communication", "participants"]
        reached = 0 if pd.isna(reached) else int(reached)
        text += t(
            "briefing.sentence.communication" if reached else "briefing.sentence.communication_events",
            lang,
            events=format_number(int(totals.loc["communication", "events"]), lang),
            participants=format_number(reached, lang),
        )
    return text + "."


def unmet_criteria_names(gaps: pd.DataFrame, lang: str) -> dict[str, str]:
    """unit_code → “1. Thu nhập; 17. Môi trường”: each commune's criteria still lacking, once each."""
    if gaps.empty:
        return {}
    unique = gaps.drop_duplicates(["unit_code", "criterion_no"]).sort_values(["unit_code", "criterion_no"])
    return {
        unit: "; ".join(
            f"{int(no)}. {name}"
            for no, name in zip(rows["criterion_no"], rows[f"criterion_{lang}"], strict=True)
        )
        for unit, rows in unique.groupby("unit_code", sort=False)
    }
