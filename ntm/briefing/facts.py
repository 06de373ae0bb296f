"""Every number of the briefing and its annex, gathered once from the queries and metrics the pages use."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import duckdb
import pandas as pd

from ntm.charts.static import data_until
from ntm.export import ExportScope
from ntm.figures.nearest import nearest_ranking
from ntm.figures.overview import bin_table, criteria_tally, plan_line, set_bins
from ntm.figures.pace import tier_shares
from ntm.figures.slipping import SlipSummary, at_risk_margin, slip_summary, slipping_rows
from ntm.filters import Filters
from ntm.periods import parse_period
from ntm.queries import (
    commune_results,
    criteria_of_set,
    criterion_matrix,
    dataset_metadata,
    plan_targets,
    scope_series,
)
from ntm.queries.export import scope_activities, scope_funding, scope_recognitions
from ntm.queries.nearest import next_tier_communes, next_tier_gaps
from ntm.queries.overview import tiers_by_period
from ntm.queries.slipping import recognised_commune_indicators

FUNDING_SOURCES = ("central", "local", "integrated", "credit", "enterprise", "community")
ACTIVITY_KINDS = ("training", "communication")


@dataclass(frozen=True)
class Standing:
    """The headline counts of one period (`scope_series`)."""

    period: str
    communes: int
    recognised_ntm: int
    reaching_not_recognised_ntm: int
    recognised_advanced: int
    recognised_model_commune: int
    villages: int
    recognised_model_village: int
    average_criteria_met: float | None
    criteria_total: int

    @property
    def recognised_share(self) -> float | None:
        return self.recognised_ntm / self.communes if self.communes else None


@dataclass(frozen=True)
class Briefing:
    """What the report says about one scope and period."""

    scope: ExportScope
    is_sample: bool
    data_until: date  # the last day the figures speak for (the period's end, or the data's as_of)
    series: pd.DataFrame  # scope_series up to the period
    plan: pd.DataFrame  # plan_line of the NTM tier
    now: Standing
    year_before: Standing | None  # the same half-year a year earlier (cùng kỳ), when the data have it
    results: pd.DataFrame  # commune_results
    bins: pd.DataFrame  # bin_table
    matrix: pd.DataFrame  # criterion_matrix
    criteria: pd.DataFrame  # criteria_tally, hardest first
    nearest: pd.DataFrame  # nearest_ranking
    gaps: pd.DataFrame  # next_tier_gaps
    slipping: pd.DataFrame  # slipping_rows
    slip_summary: SlipSummary  # slip_summary of those rows: the counts the slipping page shows
    funding: pd.DataFrame  # funding_by_source
    funding_rows: pd.DataFrame  # scope_funding
    activities: pd.DataFrame  # activity_totals
    activity_rows: pd.DataFrame  # scope_activities
    recognitions: pd.DataFrame  # scope_recognitions
    shares: pd.DataFrame  # tier_shares up to the period: each tier on its official base

    @property
    def funding_total(self) -> float:
        return float(self.funding["amount_mvnd"].sum())


def standing_at(series: pd.DataFrame, period: str) -> Standing | None:
    """The row of `scope_series` for `period` as a `Standing`; None when the series lacks it."""
    rows = series[series["period"] == period]
    if rows.empty:
        return None
    row = rows.iloc[0]
    communes = int(row["communes"])
    return Standing(
        period=period,
        communes=communes,
        recognised_ntm=int(row["recognised_ntm"]),
        reaching_not_recognised_ntm=int(row["reaching_not_recognised_ntm"]),
        recognised_advanced=int(row["recognised_advanced"]),
        recognised_model_commune=int(row["recognised_model_commune"]),
        villages=int(row["villages"]),
        recognised_model_village=int(row["recognised_model_village"]),
        # An unknown criterion counts as not met, as on the overview page.
        average_criteria_met=float(row["criteria_met_sum"]) / communes if communes else None,
        criteria_total=int(row["criteria_total"]),
    )


def funding_by_source(rows: pd.DataFrame) -> pd.DataFrame:
    """source_category, amount_mvnd, share — `scope_funding` summed per source in the programme's order
    (every source, 0 when none), share of the total (None when the total is 0)."""
    sums = rows.groupby("source_category")["amount_mvnd"].sum() if len(rows) else pd.Series(dtype=float)
    amounts = [float(sums.get(source, 0.0)) for source in FUNDING_SOURCES]
    total = sum(amounts)
    return pd.DataFrame(
        {
            "source_category": list(FUNDING_SOURCES),
            "amount_mvnd": amounts,
            "share": [(a / total) if total else None for a in amounts],
        }
    )


def activity_totals(rows: pd.DataFrame) -> pd.DataFrame:
    """kind, events, participants — `scope_activities` summed per kind (every kind; 0 when it has no row;
    participants None when its rows never recorded them, so a report never says "0 people")."""
    totals = []
    for kind in ACTIVITY_KINDS:
        of_kind = rows[rows["kind"] == kind] if len(rows) else rows.iloc[0:0]
        recorded = of_kind["participants"].dropna() if len(of_kind) else pd.Series(dtype="Int64")
        never_recorded = len(of_kind) > 0 and recorded.empty
        totals.append(
            {
                "kind": kind,
                "events": int(of_kind["events"].sum()) if len(of_kind) else 0,
                "participants": None if never_recorded else int(recorded.sum()),
            }
        )
    return pd.DataFrame(totals, columns=["kind", "events", "participants"]).astype({"participants": object})


def same_period_last_year(period: str) -> str:
    return parse_period(period).same_period_last_year().label


def briefing_facts(con: duckdb.DuckDBPyConnection, scope: ExportScope) -> Briefing:
    """Every figure of the briefing for the scope; the criteria chosen on screen are ignored, since a
    report speaks of the whole set."""
    filters: Filters = replace(scope.filters, criteria=())
    series = scope_series(con, filters)
    now = standing_at(series, filters.period)
    if now is None:  # no xã in scope: a report of zeros, not a crash
        now = Standing(filters.period, 0, 0, 0, 0, 0, 0, 0, None, 0)
    results = commune_results(con, filters)
    matrix = criterion_matrix(con, filters)
    communes = next_tier_communes(con, filters)
    gaps = next_tier_gaps(con, filters)
    funding_rows = scope_funding(con, filters)
    activity_rows = scope_activities(con, filters)
    slipping = slipping_rows(recognised_commune_indicators(con, filters), at_risk_margin())
    metadata = dataset_metadata(con)
    first_recognised = int(series["recognised_ntm"].iloc[0]) if len(series) else 0
    return Briefing(
        scope=replace(scope, filters=filters, criteria=()),
        is_sample=metadata.get("is_sample", "").lower() == "true",
        data_until=data_until(filters.period, metadata.get("as_of")),
        series=series,
        plan=plan_line(plan_targets(con, filters, "ntm"), first_recognised),
        now=now,
        year_before=standing_at(series, same_period_last_year(filters.period)),
        results=results,
        bins=bin_table(results, set_bins(criteria_of_set(con, filters.set_id))),
        matrix=matrix,
        criteria=criteria_tally(matrix),
        nearest=nearest_ranking(communes, gaps),
        gaps=gaps,
        slipping=slipping,
        slip_summary=slip_summary(communes, slipping),
        funding=funding_by_source(funding_rows),
        funding_rows=funding_rows,
        activities=activity_totals(activity_rows),
        activity_rows=activity_rows,
        recognitions=scope_recognitions(con, filters),
        shares=tier_shares(series, tiers_by_period(con)),
    )
