"""The figures of the Gần đạt page: who is nearest to the next tier, what blocks them, and the roll-up
a leader reads aloud."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ntm.figures.values import number_or_none
from ntm.store.schema import COMMUNE_TIERS


def relative_gap(gap, threshold, status: str) -> float:
    """How far an unmet indicator is from its threshold, as a share of it (20 short of 50 → 0.4); an
    indicator without a numeric gap (yes / no, no value, threshold 0) counts as a whole one (1.0)."""
    if status in ("met", "not_applicable"):
        return 0.0
    gap, threshold = number_or_none(gap), number_or_none(threshold)
    if gap is None or threshold is None or threshold == 0:
        return 1.0
    return gap / abs(threshold)


def nearest_ranking(communes: pd.DataFrame, gaps: pd.DataFrame) -> pd.DataFrame:
    """The rows of `next_tier_communes` that have a next-tier set, with relative_gap (the sum over
    `next_tier_gaps`' indicators of `relative_gap`), ranked by criteria unmet, then relative gap, then
    name; rank counts from 1."""
    ranked = communes[communes["set_id"].notna() & communes["criteria_total"].notna()].copy()
    sums: dict[str, float] = {}
    for unit, gap, threshold, status in zip(
        gaps["unit_code"], gaps["gap"], gaps["threshold_value"], gaps["indicator_status"], strict=True
    ):
        sums[unit] = sums.get(unit, 0.0) + relative_gap(gap, threshold, status)
    ranked["criteria_unmet"] = [int(n) for n in ranked["criteria_unmet"]]
    ranked["relative_gap"] = [round(sums.get(unit, 0.0), 9) for unit in ranked["unit_code"]]
    ranked = ranked.sort_values(["criteria_unmet", "relative_gap", "name"], kind="stable").reset_index(
        drop=True
    )
    ranked.insert(0, "rank", range(1, len(ranked) + 1))
    return ranked


def still_lacking(ranked: pd.DataFrame) -> pd.DataFrame:
    """The communes of `nearest_ranking` that lack at least one criterion of their next tier, in its order.
    Those lacking none only await a decision: the rollup sentence counts them, a bar of 0 would show nothing."""
    return ranked[ranked["criteria_unmet"] > 0]


def gaps_in_ranking_order(gaps: pd.DataFrame, ranked: pd.DataFrame) -> pd.DataFrame:
    """The rows of `next_tier_gaps` with the communes in the order of `nearest_ranking` (nearest first),
    each commune's rows kept in the query's criterion and indicator order; a commune the ranking leaves out
    goes last."""
    rank_of = dict(zip(ranked["unit_code"], ranked["rank"], strict=True))
    last = max(rank_of.values(), default=0) + 1
    order = [rank_of.get(unit, last) for unit in gaps["unit_code"]]
    return (
        gaps.assign(_rank=order)
        .sort_values("_rank", kind="stable")
        .drop(columns="_rank")
        .reset_index(drop=True)
    )


def unmet_criteria(gaps: pd.DataFrame) -> pd.DataFrame:
    """unit_code, next_tier, set_id, criterion_no, criterion_vi, criterion_en — each commune's unmet
    criteria, once each, from `next_tier_gaps`."""
    columns = ["unit_code", "next_tier", "set_id", "criterion_no", "criterion_vi", "criterion_en"]
    return gaps[columns].drop_duplicates().reset_index(drop=True)


def blockers(gaps: pd.DataFrame, units: list[str] | None = None) -> pd.DataFrame:
    """next_tier, set_id, criterion_no, criterion_vi, criterion_en, communes — how many communes (of
    `units`, else all) miss each criterion of their next tier; most communes first, then tier, number."""
    rows = unmet_criteria(gaps)
    if units is not None:
        rows = rows[rows["unit_code"].isin(units)]
    keys = ["next_tier", "set_id", "criterion_no", "criterion_vi", "criterion_en"]
    counted = rows.groupby(keys, sort=False).size().reset_index(name="communes")
    counted["tier_order"] = [COMMUNE_TIERS.index(tier) for tier in counted["next_tier"]]
    counted = counted.sort_values(["communes", "tier_order", "criterion_no"], ascending=[False, True, True])
    return counted.drop(columns="tier_order").reset_index(drop=True)


@dataclass(frozen=True)
class Rollup:
    """One tier's roll-up: `one_away` communes lack a single criterion; `at_tier` communes of the scope
    are recognised at this tier (or higher) or meet every criterion of its set; closing the one
    criterion would bring `at_tier + one_away` of `communes`."""

    tier: str
    communes: int
    candidates: int
    one_away: int
    awaiting: int  # meet every criterion of the tier's set, not recognised
    nearest_unmet: int | None  # fewest criteria any candidate still lacks
    at_tier: int
    blocker_no: int | None
    blocker_vi: str | None
    blocker_en: str | None
    blocker_communes: int
    one_away_names: tuple[str, ...] = ()  # the `one_away` communes, nearest first (`nearest_ranking`)

    @property
    def share_now(self) -> float | None:
        return self.at_tier / self.communes if self.communes else None

    @property
    def share_after(self) -> float | None:
        return (self.at_tier + self.one_away) / self.communes if self.communes else None


def rollups(communes: pd.DataFrame, gaps: pd.DataFrame) -> list[Rollup]:
    """One `Rollup` per tier that some commune of `next_tier_communes` is a candidate for (its next tier,
    with that tier's set assessed), lowest tier first. The blocker is the criterion most of the
    one-criterion-away communes lack (of all candidates when none is one away; ties: lowest number); the
    one-away communes are named in ranking order."""
    ranks = {tier: position + 1 for position, tier in enumerate(COMMUNE_TIERS)}
    recognised_rank = [
        ranks.get(tier, 0) if isinstance(tier, str) else 0 for tier in communes["recognised_tier"]
    ]
    ranked_names = nearest_ranking(communes, gaps)[["unit_code", "name"]]
    result = []
    for tier in COMMUNE_TIERS:
        candidates = communes[(communes["next_tier"] == tier) & communes["set_id"].notna()]
        if candidates.empty:
            continue
        unmet = [int(n) for n in candidates["criteria_unmet"]]
        one_away = [u for u, n in zip(candidates["unit_code"], unmet, strict=True) if n == 1]
        awaiting = sum(1 for n in unmet if n == 0)
        recognised = sum(1 for rank in recognised_rank if rank >= ranks[tier])
        tier_gaps = gaps[gaps["next_tier"] == tier]
        counted = blockers(tier_gaps, one_away or candidates["unit_code"].tolist())
        top = counted.iloc[0] if len(counted) else None
        result.append(
            Rollup(
                tier=tier,
                communes=len(communes),
                candidates=len(candidates),
                one_away=len(one_away),
                awaiting=awaiting,
                nearest_unmet=min((n for n in unmet if n > 0), default=None),
                at_tier=recognised + awaiting,
                blocker_no=None if top is None else int(top["criterion_no"]),
                blocker_vi=None if top is None else str(top["criterion_vi"]),
                blocker_en=None if top is None else str(top["criterion_en"]),
                blocker_communes=0 if top is None else int(top["communes"]),
                one_away_names=tuple(ranked_names[ranked_names["unit_code"].isin(one_away)]["name"]),
            )
        )
    return result
