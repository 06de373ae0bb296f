"""The briefing's Excel annex: the report's standard tables, one per sheet, then the scope."""

from __future__ import annotations

import pandas as pd

from ntm.briefing.facts import Briefing
from ntm.export import Sheet, criteria_frame, filter_rows, scorecard_frame, to_workbook_bytes
from ntm.i18n import period_name, t
from ntm.periods import parse_period
from ntm.store.schema import REFORM_DATE
from ntm.tables.labels import tier_name


def _col(key: str, lang: str) -> str:
    return t(f"briefing.col.{key}", lang)


def bins_sheet_frame(briefing: Briefing, lang: str) -> pd.DataFrame:
    """Group, communes, share, and a total row."""
    bins = briefing.bins
    rows = [[b, int(n), s] for b, n, s in zip(bins["bin"], bins["communes"], bins["share"], strict=True)]
    total = int(bins["communes"].sum())
    rows.append([t("briefing.total", lang), total, 1.0 if total else None])
    return pd.DataFrame(rows, columns=[_col("group", lang), _col("communes", lang), _col("share", lang)])


def funding_sheet_frame(briefing: Briefing, lang: str) -> pd.DataFrame:
    """Source, amount (million VND), share, and a total row."""
    funding = briefing.funding
    rows = [
        [t(f"commune.funding.{s}", lang), float(a), share]
        for s, a, share in zip(
            funding["source_category"], funding["amount_mvnd"], funding["share"], strict=True
        )
    ]
    total = briefing.funding_total
    rows.append([t("briefing.total", lang), total, 1.0 if total else None])
    return pd.DataFrame(rows, columns=[_col("source", lang), _col("amount", lang), _col("share", lang)])


def _count(value) -> int | None:
    return None if pd.isna(value) else int(value)


def activities_sheet_frame(briefing: Briefing, lang: str) -> pd.DataFrame:
    """Commune (or district-wide), activity, events, participants: every row, then a total per kind."""
    rows = [
        [
            t("briefing.district_wide", lang) if pd.isna(r["unit_code"]) else r["name"],
            t(f"briefing.kind.{r['kind']}", lang),
            _count(r["events"]),
            _count(r["participants"]),
        ]
        for r in briefing.activity_rows.to_dict("records")
    ]
    rows += [
        [
            t("briefing.total", lang),
            t(f"briefing.kind.{r['kind']}", lang),
            int(r["events"]),
            _count(r["participants"]),
        ]
        for r in briefing.activities.to_dict("records")
    ]
    columns = [_col("commune", lang), _col("kind", lang), _col("events", lang), _col("participants", lang)]
    return pd.DataFrame(rows, columns=columns)


def recognitions_sheet_frame(briefing: Briefing, lang: str) -> pd.DataFrame:
    """Code, commune, village, tier, decision number and date, revoked date."""
    rows = briefing.recognitions
    return pd.DataFrame(
        {
            _col("unit_code", lang): rows["unit_code"].astype(str),
            _col("commune", lang): rows["name"],
            _col("village", lang): [None if pd.isna(v) else v for v in rows["village_name"]],
            t("label.col.tier", lang): [tier_name(tier, lang) for tier in rows["tier"]],
            _col("decision_no", lang): rows["decision_no"],
            _col("decision_date", lang): [
                None if pd.isna(d) else pd.Timestamp(d).date() for d in rows["decision_date"]
            ],
            _col("revoked_date", lang): [
                None if pd.isna(d) else pd.Timestamp(d).date() for d in rows["revoked_date"]
            ],
        }
    )


# The matrix's code and commune columns are printed on every page, so a page of criteria names its rows.
MATRIX_NAME_COLUMNS = 2


def after_reform(briefing: Briefing) -> bool:
    """Whether the report's period starts on or after 1/7/2025, when districts were abolished."""
    return parse_period(briefing.scope.filters.period).start >= REFORM_DATE


def matrix_sheet_frame(briefing: Briefing, lang: str) -> pd.DataFrame:
    """The scorecard as on screen, without the district column after the reform: no commune has one."""
    matrix = scorecard_frame(briefing.matrix, lang, "name")
    if after_reform(briefing):
        matrix = matrix.drop(columns=[t("export.col.district_name", lang)])
    return matrix


def annex_filter_rows(briefing: Briefing, lang: str) -> list[tuple[str, str]]:
    """The filters sheet's rows; after the reform without the district row, which would only say
    "Huyện: Toàn tỉnh" of a province that has none."""
    rows = filter_rows(briefing.scope, "briefing_annex", lang)
    if after_reform(briefing):
        district = t("export.filters.district", lang)
        rows = [(name, value) for name, value in rows if name != district]
    return rows


def annex_sheets(briefing: Briefing, lang: str) -> list[Sheet]:
    """The six tables in the report's order: the commune × criterion matrix with its totals, communes per
    criteria-met bin, communes per criterion (by number), recognitions, funding by source, activities;
    each under a title row (what — place — period)."""
    share = _col("share", lang)
    criteria = criteria_frame(briefing.criteria.sort_values("criterion_no"), lang)
    when = period_name(briefing.scope.filters.period, lang)

    def title(sheet_key: str) -> str:
        what = t(f"briefing.sheet.{sheet_key}", lang)
        return t("export.title", lang, what=what, place=briefing.scope.place, period=when)

    def sheet(sheet_key: str, frame: pd.DataFrame, percent: tuple[str, ...] = (), **options) -> Sheet:
        return Sheet(
            t(f"briefing.sheet.{sheet_key}", lang), frame, percent, title=title(sheet_key), **options
        )

    return [
        sheet("matrix", matrix_sheet_frame(briefing, lang), repeat_columns=MATRIX_NAME_COLUMNS),
        sheet("bins", bins_sheet_frame(briefing, lang), (share,)),
        sheet("criteria", criteria.frame, criteria.percent_columns),
        sheet("recognitions", recognitions_sheet_frame(briefing, lang)),
        sheet("funding", funding_sheet_frame(briefing, lang), (share,)),
        sheet("activities", activities_sheet_frame(briefing, lang)),
    ]


def annex_xlsx(briefing: Briefing, lang: str) -> bytes:
    """The annex workbook; its last sheet names the scope, the data version and when it was built."""
    return to_workbook_bytes(annex_sheets(briefing, lang), annex_filter_rows(briefing, lang), lang)
