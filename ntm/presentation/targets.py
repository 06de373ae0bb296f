"""Tables and texts of the advanced-NTM and model-village pages, in the reader's language."""

from __future__ import annotations

import pandas as pd

from ntm.charts.targets import BLOCKING_SHOWN
from ntm.commune import as_date
from ntm.i18n import format_date, format_number, t
from ntm.targets import TierSummary


def _count(value: object) -> int | None:
    return None if pd.isna(value) else int(value)


def summary_metrics(summary: TierSummary, criteria_total: int | None, lang: str) -> list[dict]:
    """The four headline figures of the advanced page as `st.metric` arguments."""
    return [
        dict(
            label=t("targets.advanced.kpi_candidates", lang), value=f"{summary.candidates}/{summary.communes}"
        ),
        dict(label=t("targets.advanced.kpi_reaching", lang), value=format_number(summary.reaching, lang)),
        dict(label=t("targets.advanced.kpi_recognised", lang), value=format_number(summary.recognised, lang)),
        dict(
            label=t("targets.advanced.kpi_average", lang),
            value=format_number(summary.average_met, lang, 1),
            help=t("targets.advanced.kpi_average_help", lang, total=criteria_total or "–"),
        ),
    ]


def criteria_total(results: pd.DataFrame) -> int | None:
    """The number of criteria of the tier's set, from `tier_results` (None when not assessed)."""
    totals = results["criteria_total"].dropna()
    return int(totals.max()) if len(totals) else None


def candidate_frame(candidates: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commune, district, criteria met (a number, so the column sorts), out of, lacking data, meets all,
    recognised — one row per candidate of `candidate_table`."""
    yes, no = t("targets.yes", lang), t("targets.no", lang)
    frame = pd.DataFrame(
        {
            t("targets.col_commune", lang): candidates["name"].tolist(),
            t("targets.advanced.col_criteria", lang): pd.array(
                [_count(v) for v in candidates["criteria_met"]], dtype="Int64"
            ),
            t("targets.advanced.col_of", lang): pd.array(
                [_count(v) for v in candidates["criteria_total"]], dtype="Int64"
            ),
            t("targets.advanced.col_unknown", lang): pd.array(
                [_count(v) for v in candidates["criteria_unknown"]], dtype="Int64"
            ),
            t("targets.col_reached", lang): [yes if v else no for v in candidates["reaches"]],
            t("targets.col_recognised", lang): [yes if v else no for v in candidates["recognised"]],
        }
    )
    return _with_district(frame, candidates, lang)


def _with_district(frame: pd.DataFrame, rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The district as second column, only when the rows span several (one is already in the caption)."""
    if rows["district_name"].nunique() > 1:
        frame.insert(1, t("targets.col_district", lang), rows["district_name"].tolist())
    return frame


def others_line(names: list[str], lang: str) -> str:
    """“3 xã chưa được công nhận NTM …: A, B, C” (at most 12 names, then an ellipsis)."""
    shown = ", ".join(names[:12]) + (" …" if len(names) > 12 else "")
    return t("targets.advanced.others", lang, count=format_number(len(names), lang), names=shown)


def recognised_frame(recognised: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commune, district, decision number, date — one row per recognised commune."""
    frame = pd.DataFrame(
        {
            t("targets.col_commune", lang): recognised["name"].tolist(),
            t("targets.col_decision", lang): recognised["decision_no"].tolist(),
            t("targets.col_date", lang): [format_date(as_date(d), lang) for d in recognised["decision_date"]],
        },
        dtype=str,
    )
    return _with_district(frame, recognised, lang)


def plan_frame(plan: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Target year, planned, reached, recognised — one row per target year of `tier_plan`."""
    return pd.DataFrame(
        {
            t("targets.col_year", lang): [str(int(y)) for y in plan["target_year"]],
            t("targets.col_planned", lang): [format_number(v, lang) for v in plan["planned"]],
            t("targets.col_reached", lang): [format_number(v, lang) for v in plan["reached"]],
            t("targets.col_recognised", lang): [format_number(v, lang) for v in plan["recognised"]],
        },
        dtype=str,
    )


def village_frame(
    villages: pd.DataFrame, meeting: pd.DataFrame, totals: dict[str, int], year: int, lang: str
) -> pd.DataFrame:
    """Commune, district (when several), villages, assessed, villages meeting each criterion (TC1 …), meeting all,
    recognised, planned by the period's year, planned — one row per commune and a total row last."""
    by_unit = meeting.set_index("unit_code") if "unit_code" in meeting else pd.DataFrame()
    criteria = [c for c in meeting.columns if isinstance(c, int)]
    frame = pd.DataFrame({t("targets.col_commune", lang): [*villages["name"], t("targets.total", lang)]})
    if villages["district_name"].nunique() > 1:  # one district is already in the caption
        frame[t("targets.col_district", lang)] = [*villages["district_name"], ""]
    frame[t("targets.villages.col_villages", lang)] = [*villages["villages"], totals["villages"]]
    frame[t("targets.villages.col_assessed", lang)] = [*villages["assessed"], totals["assessed"]]
    for no in criteria:
        values = [int(by_unit[no].get(code, 0)) for code in villages["unit_code"]]
        frame[t("targets.villages.col_criterion", lang, no=no)] = [*values, sum(values)]
    frame[t("targets.villages.col_reaching", lang)] = [*villages["reaching"], totals["reaching"]]
    frame[t("targets.col_recognised", lang)] = [*villages["recognised"], totals["recognised"]]
    frame[t("targets.villages.col_planned_by_now", lang, year=year)] = [
        *villages["planned_by_now"],
        totals["planned_by_now"],
    ]
    frame[t("targets.villages.col_planned", lang)] = [*villages["planned"], totals["planned"]]
    return frame


def criteria_names(criteria: pd.DataFrame, lang: str) -> dict[int, str]:
    """criterion_no → name, from `village_criteria` or `tier_criteria`."""
    pairs = (
        criteria[["criterion_no", f"name_{lang}"]].drop_duplicates("criterion_no").sort_values("criterion_no")
    )
    return {int(no): str(name) for no, name in pairs.itertuples(index=False)}


def criteria_legend(names: dict[int, str], lang: str) -> str:
    """“TC = số thôn đạt từng tiêu chí: TC1 Thu nhập; TC2 …”."""
    listed = "; ".join(
        f"{t('targets.villages.col_criterion', lang, no=no)} {name}" for no, name in names.items()
    )
    return t("targets.villages.criteria_legend", lang, names=listed)


def set_name(tier_set: pd.DataFrame, lang: str) -> str | None:
    """The name of the tier's set from `tier_set`, None when no set is assessed."""
    return None if tier_set.empty else str(tier_set[f"name_{lang}"].iloc[0])


def commune_labels(villages: pd.DataFrame, lang: str) -> dict[str, str]:
    """unit_code → “Name (n thôn)” (villages assessed) for the village-grid choice, from `village_results`."""
    return {
        code: t("targets.villages.choice_label", lang, name=name, count=format_number(count, lang))
        for code, name, count in zip(
            villages["unit_code"], villages["name"], villages["assessed"], strict=True
        )
    }


def village_metrics(totals: dict[str, int], year: int, lang: str) -> list[tuple[str, str]]:
    """(label, value) of the villages page's headline figures, from `village_totals`."""
    return [
        (t("targets.villages.kpi_villages", lang), format_number(totals["villages"], lang)),
        (t("targets.villages.kpi_reaching", lang), format_number(totals["reaching"], lang)),
        (t("targets.villages.kpi_recognised", lang), format_number(totals["recognised"], lang)),
        (t("targets.villages.kpi_planned", lang, year=year), format_number(totals["planned_by_now"], lang)),
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


def blocking_note(blocking: pd.DataFrame, waiting: int, lang: str) -> str:
    """How many candidates the blocking chart counts and how many of the criteria it shows."""
    return t(
        "targets.advanced.blocking_note",
        lang,
        count=format_number(waiting, lang),
        shown=min(BLOCKING_SHOWN, len(blocking)),
        total=len(blocking),
    )
