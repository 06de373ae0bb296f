"""The figures of the Sụt giảm tiêu chí page: which recognised communes fail, lack data on, or are
about to fail (the margin rule) their tier's criteria."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from ntm.figures.values import number_or_none
from ntm.settings import SETTINGS, setting
from ntm.store.schema import COMMUNE_TIERS

DEFAULT_AT_RISK_MARGIN = float(SETTINGS["NTM_AT_RISK_MARGIN"].default)


def at_risk_margin() -> float:
    """NTM_AT_RISK_MARGIN (a share of the threshold, default 0.05); a bad or negative value gives the default."""
    try:
        value = float(setting("NTM_AT_RISK_MARGIN"))
    except ValueError:
        return DEFAULT_AT_RISK_MARGIN
    return value if value >= 0 and not math.isnan(value) else DEFAULT_AT_RISK_MARGIN


def is_at_risk(value, threshold, direction: str, kind: str, margin: float) -> bool:
    """A met indicator within `margin` × |threshold| of failing, on the failing side's approach:
    `>= 45` with margin 0.05 is at risk from 45 up to 47.25; `<= 10` from 9.5 up to 10. A share at the end
    of its scale (100 % for `>=`, 0 % for `<=`) is met in full: not at risk."""
    value, threshold = number_or_none(value), number_or_none(threshold)
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
    value, threshold = number_or_none(value), number_or_none(threshold)
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
        room / abs(number_or_none(threshold)) if room is not None and number_or_none(threshold) else 0.0
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

    def communes_by_situation(self) -> dict[str, int]:
        """Communes per situation in the order a leader reads them out (failing, near a threshold, lacking
        data): the one source of the page's, the slide's and the briefing's counts."""
        return {"failing": self.slipping, "at_risk": self.at_risk, "no_data": self.no_data}


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
    table["tier_order"] = [COMMUNE_TIERS.index(tier) for tier in table["tier"]]
    table = table.sort_values(
        ["failing", "no_data", "at_risk", "tier_order", "criterion_no"],
        ascending=[False, False, False, True, True],
    )
    return table.drop(columns="tier_order").reset_index(drop=True)
