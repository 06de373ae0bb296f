"""Tables of the page comparing the new criteria set with the old: one row per commune, in words."""

from __future__ import annotations

import pandas as pd

from ntm.i18n import period_name, t
from ntm.tables.typed import INTEGER, TypedTable


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


def set_change_values(summary: pd.DataFrame, lang: str) -> TypedTable:
    """`set_change_table` for a file: the criteria met by each set as numbers, each set's total in a column
    of its own after them (not the text `17/19`)."""
    frame = set_change_table(summary, lang)
    kinds: dict[str, str] = {}
    for era in ("old", "new"):
        met, total = t(f"set_change.col.{era}", lang), t(f"set_change.col.{era}_total", lang)
        frame[met] = pd.array([int(m) for m in summary[f"{era}_criteria_met"]], dtype="Int64")
        totals = pd.array([int(n) for n in summary[f"{era}_criteria_total"]], dtype="Int64")
        frame.insert(frame.columns.get_loc(met) + 1, total, totals)
        kinds |= {met: INTEGER, total: INTEGER}
    return TypedTable(frame, kinds)


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
