"""The tables and sentences of the page of the commune tier above NTM (nâng cao, hiện đại) (the Thôn kiểu
mẫu page's model-commune part uses them too)."""

from __future__ import annotations

import pandas as pd

from ntm.figures.advanced import BLOCKING_SHOWN, TierSummary
from ntm.figures.commune import as_date
from ntm.i18n import format_date, format_number, t
from ntm.tables.typed import DATE, TypedTable


def _count(value: object) -> int | None:
    return None if pd.isna(value) else int(value)


def tier_goal(tier: str, lang: str) -> str:
    """The tier as it reads inside the page's sentences: "NTM nâng cao", "NTM hiện đại"."""
    return t(f"label.goal.{tier}", lang)


def summary_metrics(summary: TierSummary, criteria_total: int | None, tier: str, lang: str) -> list[dict]:
    """The four headline figures of the page of a tier above NTM as `st.metric` arguments."""
    goal = tier_goal(tier, lang)
    return [
        dict(
            label=t("advanced.kpi_candidates", lang, goal=goal),
            value=f"{summary.candidates}/{summary.communes}",
        ),
        dict(label=t("advanced.kpi_reaching", lang, goal=goal), value=format_number(summary.reaching, lang)),
        dict(
            label=t("advanced.kpi_recognised", lang, goal=goal), value=format_number(summary.recognised, lang)
        ),
        dict(
            label=t("advanced.kpi_average", lang),
            value=format_number(summary.average_met, lang, 1),
            help=t("advanced.kpi_average_help", lang, total=criteria_total or "–", goal=goal),
        ),
    ]


def criteria_total(results: pd.DataFrame) -> int | None:
    """The number of criteria of the tier's set, from `tier_results` (None when not assessed)."""
    totals = results["criteria_total"].dropna()
    return int(totals.max()) if len(totals) else None


def candidate_frame(candidates: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commune, district, criteria met (a number, so the column sorts), out of, lacking data, meets all,
    recognised — one row per candidate of `candidate_table`."""
    yes, no = t("label.value.yes", lang), t("advanced.not_yet", lang)
    frame = pd.DataFrame(
        {
            t("advanced.col_commune", lang): candidates["name"].tolist(),
            t("advanced.col_criteria", lang): pd.array(
                [_count(v) for v in candidates["criteria_met"]], dtype="Int64"
            ),
            t("advanced.col_of", lang): pd.array(
                [_count(v) for v in candidates["criteria_total"]], dtype="Int64"
            ),
            t("label.status.unknown", lang): pd.array(
                [_count(v) for v in candidates["criteria_unknown"]], dtype="Int64"
            ),
            t("advanced.col_reached", lang): [yes if v else no for v in candidates["reaches"]],
            t("advanced.col_recognised", lang): [yes if v else no for v in candidates["recognised"]],
        }
    )
    return _with_district(frame, candidates, lang)


def _with_district(frame: pd.DataFrame, rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The district as second column, only when the rows span several (one is already in the caption)."""
    if rows["district_name"].nunique() > 1:
        frame.insert(1, t("advanced.col_district", lang), rows["district_name"].tolist())
    return frame


def others_line(names: list[str], tier: str, lang: str) -> str:
    """“3 xã chưa được công nhận NTM …: A, B, C” (at most 12 names, then an ellipsis)."""
    shown = ", ".join(names[:12]) + (" …" if len(names) > 12 else "")
    goal = tier_goal(tier, lang)
    key = "advanced.others_single" if len(names) == 1 else "advanced.others"  # "1 commune", not "1 communes"
    return t(key, lang, count=format_number(len(names), lang), names=shown, goal=goal)


def recognised_frame(recognised: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commune, district, decision number, date — one row per recognised commune."""
    frame = pd.DataFrame(
        {
            t("advanced.col_commune", lang): recognised["name"].tolist(),
            t("advanced.col_decision", lang): recognised["decision_no"].tolist(),
            t("advanced.col_date", lang): [
                format_date(as_date(d), lang) for d in recognised["decision_date"]
            ],
        },
        dtype=str,
    )
    return _with_district(frame, recognised, lang)


def recognised_values(recognised: pd.DataFrame, lang: str) -> TypedTable:
    """`recognised_frame` for a file: the decision's date as a date."""
    frame = recognised_frame(recognised, lang)
    day = t("advanced.col_date", lang)
    frame[day] = [as_date(d) for d in recognised["decision_date"]]
    return TypedTable(frame, {day: DATE})


def plan_frame(plan: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Target year, planned, reached, recognised — one row per target year of `tier_plan`."""
    return pd.DataFrame(
        {
            t("advanced.col_year", lang): [str(int(y)) for y in plan["target_year"]],
            t("advanced.col_planned", lang): [format_number(v, lang) for v in plan["planned"]],
            t("advanced.col_reached", lang): [format_number(v, lang) for v in plan["reached"]],
            t("advanced.col_recognised", lang): [format_number(v, lang) for v in plan["recognised"]],
        },
        dtype=str,
    )


def set_name(tier_set: pd.DataFrame, lang: str) -> str | None:
    """The name of the tier's set from `tier_set`, None when no set is assessed."""
    return None if tier_set.empty else str(tier_set[f"name_{lang}"].iloc[0])


def blocking_note(blocking: pd.DataFrame, waiting: int, tier: str, lang: str) -> str:
    """How many candidates the blocking chart counts and how many of the criteria it shows."""
    return t(
        "advanced.blocking_note",
        lang,
        goal=tier_goal(tier, lang),
        count=format_number(waiting, lang),
        shown=min(BLOCKING_SHOWN, len(blocking)),
        total=len(blocking),
    )
