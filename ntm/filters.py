"""The scope a page shows, as one frozen value (hashable: it keys the caches), and its SQL fragment."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Filters:
    period: str
    set_id: str
    province_code: str | None = None
    district_code: str | None = None
    unit_codes: tuple[str, ...] = ()
    criteria: tuple[int, ...] = ()

    def any_period(self) -> Filters:
        """The same scope and set for a question asked of every period at once (cached across periods)."""
        return replace(self, period="")


def scope_clause(filters: Filters, alias: str = "u") -> tuple[str, list]:
    """`(sql, params)` restricting a units table alias to the scope; values are bound, never inlined."""
    conditions, params = [], []
    if filters.province_code:
        conditions.append(f"{alias}.province_code = ?")
        params.append(filters.province_code)
    if filters.district_code:
        conditions.append(f"{alias}.district_code = ?")
        params.append(filters.district_code)
    if filters.unit_codes:
        conditions.append(f"list_contains(?, {alias}.unit_code)")
        params.append(list(filters.unit_codes))
    return (" AND ".join(conditions) or "true"), params
