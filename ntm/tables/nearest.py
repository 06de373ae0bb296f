"""Sentences and tables of the Gần đạt page: the roll-up a leader reads aloud, the nearest communes and
their missing indicators."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from ntm.figures.nearest import Rollup
from ntm.i18n import format_number, format_percent, t
from ntm.tables.labels import (
    criterion_label,
    drop_empty_district,
    gap_text,
    goal_name,
    place_in_sentence,
    status_name,
    threshold_text,
    tier_name,
    unit_label,
    value_text,
)
from ntm.tables.typed import INTEGER, NUMBER, TypedTable, number_or_none, with_indicator_figures

NAMES_IN_SENTENCE = 5  # communes a sentence names before "và N xã khác": a leader reads it aloud


def names_in_sentence(names: tuple[str, ...], lang: str) -> str:
    """“ (Tứ Yên)”, “ (A, B, C, D, E và 2 xã khác)”: the communes after their count; "" when unnamed."""
    if not names:
        return ""
    shown = ", ".join(names[:NAMES_IN_SENTENCE])
    if len(names) <= NAMES_IN_SENTENCE:
        return t("nearest.rollup.names", lang, names=shown)
    return t(
        "nearest.rollup.names_more",
        lang,
        names=shown,
        more=format_number(len(names) - NAMES_IN_SENTENCE, lang),
    )


def rollup_sentence(rollup: Rollup, place: str, lang: str) -> str:
    """The roll-up of one tier, read aloud: who is one criterion away, what blocks them most, and the
    share of communes at the tier now and once they close it."""
    goal = goal_name(rollup.tier, lang)
    where = place_in_sentence(place, lang)
    now, after = format_percent(rollup.share_now, lang), format_percent(rollup.share_after, lang)
    parts = []
    if rollup.one_away:
        key = "nearest.rollup.one_away_single" if rollup.one_away == 1 else "nearest.rollup.one_away"
        names = names_in_sentence(rollup.one_away_names, lang)
        parts.append(t(key, lang, count=format_number(rollup.one_away, lang), names=names, goal=goal))
    elif rollup.nearest_unmet is not None:
        parts.append(t("nearest.rollup.none_one_away", lang, goal=goal, nearest=rollup.nearest_unmet))
    if rollup.blocker_no is not None and (rollup.one_away or rollup.nearest_unmet is not None):
        name = rollup.blocker_vi if lang == "vi" else rollup.blocker_en
        parts.append(t("nearest.rollup.blocker", lang, no=rollup.blocker_no, name=name))
    if rollup.one_away:
        key = "nearest.rollup.rise_single" if rollup.one_away == 1 else "nearest.rollup.rise"
        parts.append(t(key, lang, goal=goal, place=where, now=now, after=after))
    else:
        parts.append(t("nearest.rollup.share", lang, goal=goal, place=where, now=now))
    sentence = "; ".join(parts) + "."
    sentence = sentence[0].upper() + sentence[1:]
    if rollup.awaiting:
        key = "nearest.rollup.awaiting_single" if rollup.awaiting == 1 else "nearest.rollup.awaiting"
        sentence += " " + t(key, lang, count=format_number(rollup.awaiting, lang), goal=goal)
    return sentence


def ranking_table(
    ranked: pd.DataFrame, gaps: pd.DataFrame, lang: str, set_names: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Rank, commune, district, recognised, next tier, criteria met (n/N of the next tier's set), not met,
    the unmet criteria, relative gap, the set's name (`set_names`: set_id → name; the set_id without it),
    code — one row per row of `nearest_ranking`, in its order. The set is named because the overview
    counts the same commune against another set (19/19 for NTM, 15/19 for advanced)."""
    set_names = set_names or {}
    missing: dict[str, list[str]] = {}
    for unit, no in gaps[["unit_code", "criterion_no"]].drop_duplicates().itertuples(index=False):
        missing.setdefault(unit, []).append(str(int(no)))
    table = pd.DataFrame(
        {
            t("label.col.rank", lang): [int(r) for r in ranked["rank"]],
            t("label.col.name", lang): ranked["name"],
            t("label.col.district", lang): ranked["district_name"],
            t("label.col.recognised", lang): [tier_name(x, lang) for x in ranked["recognised_tier"]],
            t("label.col.next_tier", lang): [tier_name(x, lang) for x in ranked["next_tier"]],
            t("nearest.col.met", lang): [
                f"{int(m)}/{int(n)}"
                for m, n in zip(ranked["criteria_met"], ranked["criteria_total"], strict=True)
            ],
            t("label.col.unmet", lang): [int(n) for n in ranked["criteria_unmet"]],
            t("label.col.unmet_list", lang): [", ".join(missing.get(u, [])) for u in ranked["unit_code"]],
            t("label.col.relative_gap", lang): [format_number(g, lang, 2) for g in ranked["relative_gap"]],
            t("nearest.col.set", lang): [set_names.get(s, str(s)) for s in ranked["set_id"]],
            t("label.col.code", lang): ranked["unit_code"].astype(str),
        }
    )
    return drop_empty_district(table, t("label.col.district", lang), ranked["district_name"])


def gaps_table(gaps: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commune, next tier, criterion, indicator code, value, threshold, gap, unit, status, indicator name,
    code — one row per row of `next_tier_gaps`, in its order. The long indicator name goes last, so the
    figures stay in sight on a projector."""
    name = f"criterion_{lang}"
    return pd.DataFrame(
        {
            t("label.col.name", lang): gaps["name"],
            t("label.col.next_tier", lang): [tier_name(x, lang) for x in gaps["next_tier"]],
            t("label.col.criterion", lang): [
                criterion_label(no, n) for no, n in zip(gaps["criterion_no"], gaps[name], strict=True)
            ],
            t("label.col.indicator", lang): ["–" if pd.isna(c) else str(c) for c in gaps["indicator_code"]],
            t("label.col.value", lang): [
                value_text(v, k, lang) for v, k in zip(gaps["value"], gaps["kind"], strict=True)
            ],
            t("label.col.threshold", lang): [
                threshold_text(v, d, k, lang)
                for v, d, k in zip(gaps["threshold_value"], gaps["direction"], gaps["kind"], strict=True)
            ],
            t("label.col.gap", lang): [
                gap_text(g, k, s, lang)
                for g, k, s in zip(gaps["gap"], gaps["kind"], gaps["indicator_status"], strict=True)
            ],
            t("label.col.unit", lang): [unit_label(u, lang) for u in gaps["unit"]],
            t("label.col.status", lang): [status_name(s, lang) for s in gaps["indicator_status"]],
            t("label.col.indicator_name", lang): [
                "" if pd.isna(n) else str(n) for n in gaps[f"indicator_{lang}"]
            ],
            t("label.col.code", lang): gaps["unit_code"].astype(str),
        }
    )


# Widths (px) the gap and unit need for their longest words ("chưa có số liệu", "triệu đồng/người/năm"): the
# grid sizes a column by its first rows, so a later longer value was cut at 1366×768.
GAP_COLUMN_WIDTHS = {"label.col.gap": 120, "label.col.unit": 165}


def gaps_columns(lang: str) -> dict[str, dict]:
    """Column settings of `gaps_table`: the gap and the unit wide enough for their longest words."""
    return {t(key, lang): {"width": width} for key, width in GAP_COLUMN_WIDTHS.items()}


def set_names(sets: pd.DataFrame, lang: str) -> dict[str, str]:
    """set_id → the set's name in `lang`, from `criteria_sets`."""
    return dict(zip(sets["set_id"], sets[f"name_{lang}"], strict=True))


def no_set_names(communes: pd.DataFrame) -> list[str]:
    """Names of the communes of `next_tier_communes` with a next tier but no set of it assessed."""
    return communes[communes["next_tier"].notna() & communes["set_id"].isna()]["name"].tolist()


def model_done(communes: pd.DataFrame) -> int:
    """Communes of `next_tier_communes` recognised model NTM (no next tier)."""
    return int((communes["recognised_tier"] == "model_commune").sum())


def ranking_values(
    ranked: pd.DataFrame, gaps: pd.DataFrame, lang: str, set_names: Mapping[str, str] | None = None
) -> TypedTable:
    """`ranking_table` for a file: criteria met as a number with the set's total in a column of its own
    (not the text `19/19`), the relative gap as a number."""
    frame = ranking_table(ranked, gaps, lang, set_names)
    met, gap = t("nearest.col.met", lang), t("label.col.relative_gap", lang)
    total = t("export.col.criteria_total", lang)
    frame[met] = [int(m) for m in ranked["criteria_met"]]
    frame.insert(frame.columns.get_loc(met) + 1, total, [int(n) for n in ranked["criteria_total"]])
    frame[gap] = [number_or_none(g) for g in ranked["relative_gap"]]
    rank, unmet = t("label.col.rank", lang), t("label.col.unmet", lang)
    return TypedTable(frame, {rank: INTEGER, met: INTEGER, total: INTEGER, unmet: INTEGER, gap: NUMBER})


def gaps_values(gaps: pd.DataFrame, lang: str) -> TypedTable:
    """`gaps_table` for a file: value, threshold and gap as numbers (a yes/no indicator or a missing value
    in words, as on screen), the threshold's direction (`≥`) in a column of its own."""
    display = gaps_table(gaps, lang)
    headers = tuple(t(f"label.col.{k}", lang) for k in ("value", "threshold", "gap"))
    shown_gaps = [
        number_or_none(g) if k != "bool" and s != "unknown" else shown
        for g, k, s, shown in zip(
            gaps["gap"], gaps["kind"], gaps["indicator_status"], display[headers[2]], strict=True
        )
    ]
    return with_indicator_figures(display, gaps, headers, lang, shown_gaps)


def model_done_note(count: int, lang: str) -> str:
    """`3 communes are model NTM already …`; one is "1 commune is …", never "1 communes"."""
    if count == 1:
        return t("nearest.model_done_single", lang)
    return t("nearest.model_done", lang, count=format_number(count, lang))


def no_set_note(names: list[str], lang: str) -> str:
    """The communes whose next tier has no set assessed in the period, named (as given: markdown-escaped)."""
    key = "nearest.no_set_single" if len(names) == 1 else "nearest.no_set"
    return t(key, lang, count=format_number(len(names), lang), names=", ".join(names))
