"""The place of a scope carried across a change of units (the reform of 1/7/2025): from a period's units to
another period's, along the lineage, forward to the successors or back to the predecessors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date

import pandas as pd

from ntm.periods import parse_period
from ntm.store.schema import REFORM_DATE


def after_reform(period: str) -> bool:
    """Whether a period (`2025-H2`) ends on or after the reform of 1/7/2025: its units have no district."""
    return parse_period(period).end >= REFORM_DATE


def lineage_edge_list(edges: pd.DataFrame) -> list[tuple[str, str, date]]:
    """`lineage_edges` as the `(from_code, to_code, effective_date)` tuples `follow_lineage` walks."""
    return list(
        zip(
            edges["from_code"].tolist(),
            edges["to_code"].tolist(),
            pd.to_datetime(edges["effective_date"]).dt.date.tolist(),
            strict=True,
        )
    )


def follow_lineage(
    codes: Iterable[str], edges: Iterable[tuple[str, str, date]], start: date, end: date
) -> list[str]:
    """The units that `codes` (as they stood at `start`) became by `end` — or, when `end` is earlier,
    came from — along the lineage edges `(from_code, to_code, effective_date)` effective in between.
    A code an edge does not touch stays itself; a unit that continues carries its own edge (X → X).
    Each code once, in order of first reach."""
    forward = start <= end
    low, high = min(start, end), max(start, end)
    steps: dict[date, dict[str, list[str]]] = {}
    for from_code, to_code, effective in edges:
        if low < effective <= high:
            origin, target = (from_code, to_code) if forward else (to_code, from_code)
            steps.setdefault(effective, {}).setdefault(origin, []).append(target)
    current = list(dict.fromkeys(codes))
    for effective in sorted(steps, reverse=not forward):
        moves = steps[effective]
        current = list(dict.fromkeys(target for code in current for target in moves.get(code, [code])))
    return current


def main_province(codes: Iterable[str], province_of: Mapping[str, str]) -> str | None:
    """The province most of `codes` lie in (the first reached on a tie); None when none is known."""
    counted = Counter(province_of[code] for code in codes if code in province_of)
    return counted.most_common(1)[0][0] if counted else None
