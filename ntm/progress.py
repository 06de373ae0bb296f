"""The figures of the progress pages as small pure functions: who is nearest to the next tier, the
roll-up a leader reads aloud, and which recognised communes slip or are about to (the margin rule)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from ntm.settings import SETTINGS, setting

TIERS = ("ntm", "advanced", "model_commune")
DEFAULT_AT_RISK_MARGIN = float(SETTINGS["NTM_AT_RISK_MARGIN"].default)


def at_risk_margin() -> float:
    """NTM_AT_RISK_MARGIN (a share of the threshold, default 0.05); a bad or negative value gives the default."""
    try:
        value = float(setting("NTM_AT_RISK_MARGIN"))
    except ValueError:
        return DEFAULT_AT_RISK_MARGIN
    return value if value >= 0 and not math.isnan(value) else DEFAULT_AT_RISK_MARGIN


def _number(value) -> float | None:
    if value is None or value is pd.NA:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def relative_gap(gap, threshold, status: str) -> float:
    """How far an unmet indicator is from its threshold, as a share of it (20 short of 50 → 0.4); an
    indicator without a numeric gap (yes / no, no value, threshold 0) counts as a whole one (1.0)."""
    if status in ("met", "not_applicable"):
        return 0.0
    gap, threshold = _number(gap), _number(threshold)
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
    counted["tier_order"] = [TIERS.index(tier) for tier in counted["next_tier"]]
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

    @property
    def share_now(self) -> float | None:
        return self.at_tier / self.communes if self.communes else None

    @property
    def share_after(self) -> float | None:
        return (self.at_tier + self.one_away) / self.communes if self.communes else None


def rollups(communes: pd.DataFrame, gaps: pd.DataFrame) -> list[Rollup]:
    """One `Rollup` per tier that some commune of `next_tier_communes` is a candidate for (its next tier,
    with that tier's set assessed), lowest tier first. The blocker is the criterion most of the
    one-criterion-away communes lack (of all candidates when none is one away; ties: lowest number)."""
    ranks = {tier: position + 1 for position, tier in enumerate(TIERS)}
    recognised_rank = [
        ranks.get(tier, 0) if isinstance(tier, str) else 0 for tier in communes["recognised_tier"]
    ]
    result = []
    for tier in TIERS:
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
            )
        )
    return result


def is_at_risk(value, threshold, direction: str, kind: str, margin: float) -> bool:
    """A met indicator within `margin` × |threshold| of failing, on the failing side's approach:
    `>= 45` with margin 0.05 is at risk from 45 up to 47.25; `<= 10` from 9.5 up to 10. A share at the end
    of its scale (100 % for `>=`, 0 % for `<=`) is met in full: not at risk."""
    value, threshold = _number(value), _number(threshold)
    if value is None or threshold is None:
        return False
    # A share at the end of its scale (100 % against `>=`, 0 % against `<=`) is met in full, whatever
    # the threshold: flagging every commune with 100 % electricity would drown the real warnings.
    if kind == "percent" and ((direction == ">=" and value >= 100) or (direction == "<=" and value <= 0)):
        return False
    room = margin * abs(threshold) + 1e-9
    if direction == ">=":
        return threshold <= value <= threshold + room
    if direction == "<=":
        return threshold - room <= value <= threshold
    return False


def headroom(value, threshold, direction: str) -> float | None:
    """How far a met value is from its threshold, on the safe side (46 for `>= 45` → 1)."""
    value, threshold = _number(value), _number(threshold)
    if value is None or threshold is None:
        return None
    return value - threshold if direction == ">=" else threshold - value


SLIP_SITUATIONS = ("failing", "no_data", "at_risk")


def slipping_rows(indicators: pd.DataFrame, margin: float) -> pd.DataFrame:
    """The rows of `recognised_commune_indicators` a leader must see, with `situation`: failing (indicator
    not met), no_data (unknown, in a criterion not met or unknown) or at_risk (met, within the margin;
    `headroom` then says by how much); failing first, then no data, then at risk (least headroom first)."""
    situations, rooms = [], []
    for status, criterion_status, value, threshold, direction, kind in zip(
        indicators["indicator_status"],
        indicators["criterion_status"],
        indicators["value"],
        indicators["threshold_value"],
        indicators["direction"],
        indicators["kind"],
        strict=True,
    ):
        if status == "not_met":
            situations.append("failing")
        elif status == "unknown" and criterion_status != "met":
            situations.append("no_data")
        elif status == "met" and is_at_risk(value, threshold, direction, kind, margin):
            situations.append("at_risk")
        else:
            situations.append(None)
        rooms.append(headroom(value, threshold, direction) if situations[-1] == "at_risk" else None)
    rows = indicators.assign(situation=situations, headroom=rooms)
    rows = rows[rows["situation"].notna()].copy()
    rows["kind_order"] = [SLIP_SITUATIONS.index(s) for s in rows["situation"]]
    rows["relative_headroom"] = [
        room / abs(_number(threshold)) if room is not None and _number(threshold) else 0.0
        for room, threshold in zip(rows["headroom"], rows["threshold_value"], strict=True)
    ]
    rows = rows.sort_values(["kind_order", "relative_headroom"], kind="stable")
    return rows.drop(columns=["kind_order", "relative_headroom"]).reset_index(drop=True)


@dataclass(frozen=True)
class SlipSummary:
    recognised: int  # recognised communes checked
    slipping: int  # communes failing at least one criterion
    criteria_failing: int  # (commune, criterion) pairs not met
    no_data: int  # communes with a criterion lacking data (and none failing)
    at_risk: int  # communes with an indicator within the margin (and none failing)


def slip_summary(communes: pd.DataFrame, rows: pd.DataFrame) -> SlipSummary:
    """Counts of `slipping_rows` (`rows`); `recognised` counts the communes of `next_tier_communes`
    recognised at some commune tier."""
    failing = rows[rows["situation"] == "failing"]
    slipping = set(failing["unit_code"])
    no_data = set(rows[rows["situation"] == "no_data"]["unit_code"]) - slipping
    at_risk = set(rows[rows["situation"] == "at_risk"]["unit_code"]) - slipping
    return SlipSummary(
        recognised=int(communes["recognised_tier"].notna().sum()),
        slipping=len(slipping),
        criteria_failing=len(failing[["unit_code", "criterion_no"]].drop_duplicates()),
        no_data=len(no_data),
        at_risk=len(at_risk),
    )


def slips_by_criterion(rows: pd.DataFrame) -> pd.DataFrame:
    """tier, criterion_no, criterion_vi, criterion_en, failing, no_data, at_risk — communes per criterion
    of `slipping_rows`, each counted once, in its worst situation (failing, then no data, then at risk);
    most failing first."""
    columns = ["tier", "criterion_no", "criterion_vi", "criterion_en"]
    if rows.empty:
        return pd.DataFrame(columns=[*columns, *SLIP_SITUATIONS])
    worst = (
        rows.assign(order=[SLIP_SITUATIONS.index(s) for s in rows["situation"]])
        .groupby([*columns, "unit_code"], sort=False)["order"]
        .min()
        .reset_index()
    )
    counted = worst.groupby(columns, sort=False)["order"]
    table = pd.DataFrame(
        {
            situation: counted.apply(lambda orders, k=k: int((orders == k).sum()))
            for k, situation in enumerate(SLIP_SITUATIONS)
        }
    ).reset_index()
    table["tier_order"] = [TIERS.index(tier) for tier in table["tier"]]
    table = table.sort_values(
        ["failing", "no_data", "at_risk", "tier_order", "criterion_no"],
        ascending=[False, False, False, True, True],
    )
    return table.drop(columns="tier_order").reset_index(drop=True)
