"""Tables of the overview page."""

from __future__ import annotations

import pandas as pd

from ntm.i18n import format_date, t


def commune_table(results: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commune, district, criteria met, lacking data, meets all, recognised, decision — one row per commune."""
    yes, no = t("value.yes", lang), t("value.no", lang)
    decisions = [
        "" if pd.isna(number) else f"{number} ({format_date(pd.Timestamp(day).date(), lang)})"
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
            t("col.criteria_unknown", lang): results["criteria_unknown"],
            t("col.reaches", lang): [yes if v else no for v in results["reaches"]],
            t("col.recognised", lang): [yes if v else no for v in results["recognised"]],
            t("col.decision", lang): decisions,
        }
    )
