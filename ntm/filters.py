"""The scope a page shows, as one frozen value (hashable: it keys the caches), and its SQL fragments.

Each builder returns `(sql, params)`: values are bound, never inlined; the identifiers they name come
from the calling code and must be plain (`alias.column`), anything else is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$")


@dataclass(frozen=True)
class Filters:
    period: str
    set_id: str
    province_code: str | None = None
    district_code: str | None = None
    # A former district as an area (its code): its xã before 1/7/2025, the xã they merged into after it.
    area_code: str | None = None
    unit_codes: tuple[str, ...] = ()
    criteria: tuple[int, ...] = ()

    def any_period(self) -> Filters:
        """The same scope and set for a question asked of every period at once (cached across periods)."""
        return replace(self, period="")


def identifier(name: str) -> str:
    """`name` when it is a plain (optionally qualified) lower-case SQL identifier; ValueError otherwise."""
    if not _IDENTIFIER.match(name):
        raise ValueError(f"not a plain SQL identifier: {name!r}")
    return name


# A unit of a former district's area (parameters: the district code, twice): a unit of the district
# itself, or a unit without a district (after the reform) that a lineage edge into a district-less
# version links to a unit of the district as it stood on the eve of that edge. An edge into a unit that
# still had a district (a merger of 2019–2020) is not the reform's and does not count; the edge must be
# effective by the unit version's start, so a code reused by a successor never pulls in its old version.
AREA_CONDITION = """({alias}.district_code = ? OR ({alias}.district_code IS NULL AND EXISTS (
        SELECT 1 FROM unit_lineage l JOIN units p ON p.unit_code = l.from_code
        WHERE l.to_code = {alias}.unit_code AND l.effective_date <= {alias}.valid_from
          AND p.district_code = ? AND p.valid_from < l.effective_date
          AND (p.valid_to IS NULL OR p.valid_to >= l.effective_date - 1)
          AND NOT EXISTS (
              SELECT 1 FROM units v WHERE v.unit_code = l.to_code AND v.district_code IS NOT NULL
                AND v.valid_from <= l.effective_date AND (v.valid_to IS NULL OR v.valid_to >= l.effective_date)))))"""


def scope_clause(filters: Filters, alias: str = "u") -> tuple[str, list]:
    """`(sql, params)` restricting a units table alias to the scope's place."""
    alias = identifier(alias)
    conditions, params = [], []
    # A former district's area pins its place on both sides of the reform (district codes are national):
    # the province would keep only one side (Vĩnh Phúc's xã before 1/7/2025, Phú Thọ's after it), and a
    # trend over every period of the area would show empty periods on the other side.
    if filters.province_code and not filters.area_code:
        conditions.append(f"{alias}.province_code = ?")
        params.append(filters.province_code)
    if filters.district_code:
        conditions.append(f"{alias}.district_code = ?")
        params.append(filters.district_code)
    if filters.area_code:
        conditions.append(AREA_CONDITION.format(alias=alias))
        params.extend([filters.area_code, filters.area_code])
    if filters.unit_codes:
        conditions.append(f"list_contains(?, {alias}.unit_code)")
        params.append(list(filters.unit_codes))
    return (" AND ".join(conditions) or "true"), params


def criteria_clause(filters: Filters, column: str = "criterion_no") -> tuple[str, list]:
    """`(sql, params)` keeping the scope's chosen criteria in `column`; none chosen keeps every criterion."""
    column = identifier(column)
    if not filters.criteria:
        return "true", []
    # int(): numbers from a URL or a frame (numpy) bind as one list type; anything else is refused here.
    return f"list_contains(?, {column})", [[int(number) for number in filters.criteria]]
