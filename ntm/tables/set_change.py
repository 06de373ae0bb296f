"""Tables of the page comparing the new criteria set with the old: one row per commune, in words."""

from __future__ import annotations

import pandas as pd

from ntm.i18n import period_name, t


def set_change_table(summary: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commune, code, criteria met by the old set (and its period), by the new, newly failing and newly
    passing criteria (numbers of the new set) — one row per row of `set_change_summary`, in its order."""
    return pd.DataFrame(
        {
            t("label.col.name", lang): summary["name"],
            t("label.col.code", lang): summary["unit_code"].astype(str),
            t("set_change.col.old", lang): [
                f"{int(met)}/{int(total)}"
                for met, total in zip(summary["old_criteria_met"], summary["old_criteria_total"], strict=True)
            ],
            t("set_change.col.old_period", lang): [period_name(p, lang) for p in summary["old_period"]],
            t("set_change.col.new", lang): [
                f"{int(met)}/{int(total)}"
                for met, total in zip(summary["new_criteria_met"], summary["new_criteria_total"], strict=True)
            ],
            t("set_change.col.newly_failing", lang): [
                ", ".join(map(str, numbers)) or "–" for numbers in summary["newly_failing"]
            ],
            t("set_change.col.newly_passing", lang): [
                ", ".join(map(str, numbers)) or "–" for numbers in summary["newly_passing"]
            ],
        },
        dtype=str,
    )


def set_change_intro(indicators: pd.DataFrame, lang: str) -> str:
    """What the table compares: the two sets by name and the period of the new one."""
    row = indicators.iloc[0]
    return t(
        "set_change.intro",
        lang,
        old_set=row[f"old_set_{lang}"],
        new_set=row[f"new_set_{lang}"],
        period_name=period_name(row["new_period"], lang),
    )
