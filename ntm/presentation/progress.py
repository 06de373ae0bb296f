"""Sentences and tables of the progress pages: the roll-up a leader reads aloud, the nearest communes,
their missing indicators, the recognised communes slipping."""

from __future__ import annotations

import pandas as pd

from ntm.i18n import format_number, format_percent, period_name, t
from ntm.presentation.criterion import format_threshold, format_value, indicator_value, unit_label
from ntm.progress import Rollup

# A place name inside a sentence starts lower case in Vietnamese ("của huyện Sông Lô").
_ADMINISTRATIVE_WORDS = ("Huyện ", "Tỉnh ", "Thị xã ", "Thành phố ", "Quận ")


def place_in_sentence(place: str, lang: str) -> str:
    if lang == "vi" and place.startswith(_ADMINISTRATIVE_WORDS):
        return place[0].lower() + place[1:]
    return place


def rollup_sentence(rollup: Rollup, place: str, lang: str) -> str:
    """The roll-up of one tier, read aloud: who is one criterion away, what blocks them most, and the
    share of communes at the tier now and once they close it."""
    goal = t(f"progress.goal.{rollup.tier}", lang)
    where = place_in_sentence(place, lang)
    now, after = format_percent(rollup.share_now, lang), format_percent(rollup.share_after, lang)
    parts = []
    if rollup.one_away:
        key = "progress.rollup.one_away_single" if rollup.one_away == 1 else "progress.rollup.one_away"
        parts.append(t(key, lang, count=format_number(rollup.one_away, lang), goal=goal))
    elif rollup.nearest_unmet is not None:
        parts.append(t("progress.rollup.none_one_away", lang, goal=goal, nearest=rollup.nearest_unmet))
    if rollup.blocker_no is not None and (rollup.one_away or rollup.nearest_unmet is not None):
        name = rollup.blocker_vi if lang == "vi" else rollup.blocker_en
        parts.append(t("progress.rollup.blocker", lang, no=rollup.blocker_no, name=name))
    if rollup.one_away:
        key = "progress.rollup.rise_single" if rollup.one_away == 1 else "progress.rollup.rise"
        parts.append(t(key, lang, goal=goal, place=where, now=now, after=after))
    else:
        parts.append(t("progress.rollup.share", lang, goal=goal, place=where, now=now))
    sentence = "; ".join(parts) + "."
    sentence = sentence[0].upper() + sentence[1:]
    if rollup.awaiting:
        key = "progress.rollup.awaiting_single" if rollup.awaiting == 1 else "progress.rollup.awaiting"
        sentence += " " + t(key, lang, count=format_number(rollup.awaiting, lang), goal=goal)
    return sentence


def tier_label(tier, lang: str) -> str:
    return (
        t(f"progress.tier.{tier}", lang) if isinstance(tier, str) and tier else t("progress.tier.none", lang)
    )


def criterion_text(no, name: str) -> str:
    return f"{int(no)}. {name}"


def _gap_text(gap, kind: str, status: str, lang: str) -> str:
    """A numeric gap as `1,5`; a yes/no indicator or a missing value says so in words."""
    if status == "unknown":
        return t("progress.gap.no_data", lang)
    if kind == "bool":
        return t("progress.gap.bool", lang)
    return format_value(gap, lang)


def _threshold_text(value, direction, kind: str, lang: str) -> str:
    return t("progress.value.yes", lang) if kind == "bool" else format_threshold(value, direction, lang)


def ranking_table(ranked: pd.DataFrame, gaps: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Rank, commune, district, recognised, next tier, criteria met (n/N), not met, the unmet criteria,
    relative gap, code — one row per row of `nearest_ranking`, in its order."""
    missing: dict[str, list[str]] = {}
    for unit, no in gaps[["unit_code", "criterion_no"]].drop_duplicates().itertuples(index=False):
        missing.setdefault(unit, []).append(str(int(no)))
    return pd.DataFrame(
        {
            t("progress.col.rank", lang): [int(r) for r in ranked["rank"]],
            t("progress.col.name", lang): ranked["name"],
            t("progress.col.district", lang): ranked["district_name"],
            t("progress.col.recognised", lang): [tier_label(x, lang) for x in ranked["recognised_tier"]],
            t("progress.col.next_tier", lang): [tier_label(x, lang) for x in ranked["next_tier"]],
            t("progress.col.met", lang): [
                f"{int(m)}/{int(n)}"
                for m, n in zip(ranked["criteria_met"], ranked["criteria_total"], strict=True)
            ],
            t("progress.col.unmet", lang): [int(n) for n in ranked["criteria_unmet"]],
            t("progress.col.unmet_list", lang): [", ".join(missing.get(u, [])) for u in ranked["unit_code"]],
            t("progress.col.relative_gap", lang): [format_number(g, lang, 2) for g in ranked["relative_gap"]],
            t("progress.col.code", lang): ranked["unit_code"].astype(str),
        }
    )


def gaps_table(gaps: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commune, next tier, criterion, indicator code, value, threshold, gap, unit, status, indicator name,
    code — one row per row of `next_tier_gaps`, in its order. The long indicator name goes last, so the
    figures stay in sight on a projector."""
    name = f"criterion_{lang}"
    return pd.DataFrame(
        {
            t("progress.col.name", lang): gaps["name"],
            t("progress.col.next_tier", lang): [tier_label(x, lang) for x in gaps["next_tier"]],
            t("progress.col.criterion", lang): [
                criterion_text(no, n) for no, n in zip(gaps["criterion_no"], gaps[name], strict=True)
            ],
            t("progress.col.indicator", lang): [
                "–" if pd.isna(c) else str(c) for c in gaps["indicator_code"]
            ],
            t("progress.col.value", lang): [
                indicator_value(v, k, lang) for v, k in zip(gaps["value"], gaps["kind"], strict=True)
            ],
            t("progress.col.threshold", lang): [
                _threshold_text(v, d, k, lang)
                for v, d, k in zip(gaps["threshold_value"], gaps["direction"], gaps["kind"], strict=True)
            ],
            t("progress.col.gap", lang): [
                _gap_text(g, k, s, lang)
                for g, k, s in zip(gaps["gap"], gaps["kind"], gaps["indicator_status"], strict=True)
            ],
            t("progress.col.unit", lang): [unit_label(u, lang) for u in gaps["unit"]],
            t("progress.col.status", lang): [
                t(f"progress.status.{s}", lang) for s in gaps["indicator_status"]
            ],
            t("progress.col.indicator_name", lang): [
                "" if pd.isna(n) else str(n) for n in gaps[f"indicator_{lang}"]
            ],
            t("progress.col.code", lang): gaps["unit_code"].astype(str),
        }
    )


def _last_met_text(period, situation: str, lang: str) -> str:
    if situation == "at_risk":
        return t("progress.met_now", lang)
    return t("progress.never_met", lang) if pd.isna(period) else period_name(str(period), lang)


def slipping_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commune, criterion, indicator code, situation, value, threshold, gap / headroom, last met, tier,
    unit, indicator name, code — one row per row of `slipping_rows`, in its order."""
    gap_or_room = [
        format_value(room, lang) if situation == "at_risk" else _gap_text(gap, kind, status, lang)
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
            t("progress.col.name", lang): rows["name"],
            t("progress.col.criterion", lang): [
                criterion_text(no, n)
                for no, n in zip(rows["criterion_no"], rows[f"criterion_{lang}"], strict=True)
            ],
            t("progress.col.indicator", lang): [
                "–" if pd.isna(c) else str(c) for c in rows["indicator_code"]
            ],
            t("progress.col.status", lang): [t(f"progress.situation.{s}", lang) for s in rows["situation"]],
            t("progress.col.value", lang): [
                indicator_value(v, k, lang) for v, k in zip(rows["value"], rows["kind"], strict=True)
            ],
            t("progress.col.threshold", lang): [
                _threshold_text(v, d, k, lang)
                for v, d, k in zip(rows["threshold_value"], rows["direction"], rows["kind"], strict=True)
            ],
            t("progress.col.gap_margin", lang): gap_or_room,
            t("progress.col.last_met", lang): [
                _last_met_text(p, s, lang)
                for p, s in zip(rows["last_met_period"], rows["situation"], strict=True)
            ],
            t("progress.col.tier", lang): [tier_label(x, lang) for x in rows["tier"]],
            t("progress.col.unit", lang): [unit_label(u, lang) for u in rows["unit"]],
            t("progress.col.indicator_name", lang): [
                "" if pd.isna(n) else str(n) for n in rows[f"indicator_{lang}"]
            ],
            t("progress.col.code", lang): rows["unit_code"].astype(str),
        }
    )


def no_set_names(communes: pd.DataFrame) -> list[str]:
    """Names of the communes of `next_tier_communes` with a next tier but no set of it assessed."""
    return communes[communes["next_tier"].notna() & communes["set_id"].isna()]["name"].tolist()


def model_done(communes: pd.DataFrame) -> int:
    """Communes of `next_tier_communes` recognised model NTM (no next tier)."""
    return int((communes["recognised_tier"] == "model_commune").sum())
