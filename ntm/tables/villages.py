"""The tables of the Thôn kiểu mẫu page about villages."""

from __future__ import annotations

import pandas as pd

from ntm.figures.advanced import TierSummary
from ntm.i18n import format_number, t


def village_frame(
    villages: pd.DataFrame, meeting: pd.DataFrame, totals: dict[str, int], year: int, lang: str
) -> pd.DataFrame:
    """Commune, district (when several), villages, assessed, villages meeting each criterion (TC1 …), meeting all,
    recognised, planned by the period's year, planned — one row per commune and a total row last."""
    by_unit = meeting.set_index("unit_code") if "unit_code" in meeting else pd.DataFrame()
    criteria = [c for c in meeting.columns if isinstance(c, int)]
    frame = pd.DataFrame({t("advanced.col_commune", lang): [*villages["name"], t("advanced.total", lang)]})
    if villages["district_name"].nunique() > 1:  # one district is already in the caption
        frame[t("advanced.col_district", lang)] = [*villages["district_name"], ""]
    frame[t("villages.col_villages", lang)] = [*villages["villages"], totals["villages"]]
    frame[t("villages.col_assessed", lang)] = [*villages["assessed"], totals["assessed"]]
    for no in criteria:
        values = [int(by_unit[no].get(code, 0)) for code in villages["unit_code"]]
        frame[t("villages.col_criterion", lang, no=no)] = [*values, sum(values)]
    frame[t("villages.col_reaching", lang)] = [*villages["reaching"], totals["reaching"]]
    frame[t("advanced.col_recognised", lang)] = [*villages["recognised"], totals["recognised"]]
    frame[t("villages.col_planned_by_now", lang, year=year)] = [
        *villages["planned_by_now"],
        totals["planned_by_now"],
    ]
    frame[t("villages.col_planned", lang)] = [*villages["planned"], totals["planned"]]
    return frame


def criteria_names(criteria: pd.DataFrame, lang: str) -> dict[int, str]:
    """criterion_no → name, from `village_criteria` or `tier_criteria`."""
    pairs = (
        criteria[["criterion_no", f"name_{lang}"]].drop_duplicates("criterion_no").sort_values("criterion_no")
    )
    return {int(no): str(name) for no, name in pairs.itertuples(index=False)}


def criteria_legend(names: dict[int, str], lang: str) -> str:
    """“TC = số thôn đạt từng tiêu chí: TC1 Thu nhập; TC2 …”."""
    listed = "; ".join(f"{t('villages.col_criterion', lang, no=no)} {name}" for no, name in names.items())
    return t("villages.criteria_legend", lang, names=listed)


def commune_labels(villages: pd.DataFrame, lang: str) -> dict[str, str]:
    """unit_code → “Name (n thôn)” (villages assessed) for the village-grid choice, from `village_results`."""
    return {
        code: t("villages.choice_label", lang, name=name, count=format_number(count, lang))
        for code, name, count in zip(
            villages["unit_code"], villages["name"], villages["assessed"], strict=True
        )
    }


def village_metrics(totals: dict[str, int], year: int, lang: str) -> list[tuple[str, str]]:
    """(label, value) of the villages page's headline figures, from `village_totals`."""
    return [
        (t("villages.kpi_villages", lang), format_number(totals["villages"], lang)),
        (t("villages.kpi_reaching", lang), format_number(totals["reaching"], lang)),
        (t("villages.kpi_recognised", lang), format_number(totals["recognised"], lang)),
        (t("villages.kpi_planned", lang, year=year), format_number(totals["planned_by_now"], lang)),
    ]


def default_commune(villages: pd.DataFrame) -> str:
    """The grid's first commune: the first with an assessed village, else the first of the scope."""
    assessed = villages.loc[villages["assessed"] > 0, "unit_code"]
    return str(assessed.iloc[0] if len(assessed) else villages["unit_code"].iloc[0])


def model_counts(summary: TierSummary, lang: str) -> dict[str, str]:
    return {
        "candidates": format_number(summary.candidates, lang),
        "reaching": format_number(summary.reaching, lang),
        "recognised": format_number(summary.recognised, lang),
    }


def commune_name(villages: pd.DataFrame, unit_code: str) -> str:
    """The name of a commune of `village_results`."""
    return str(villages.loc[villages["unit_code"] == unit_code, "name"].iloc[0])
