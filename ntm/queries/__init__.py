"""One function per question the pages ask; each takes a cursor (and a `Filters`) and returns a frame.

SQL lives in these modules only, with values as bound parameters. One module per page's questions.
"""

from ntm.queries.overview import (
    commune_results,
    commune_results_before,
    criterion_matrix,
    plan_targets,
    scope_series,
    scope_series_every_period,
)
from ntm.queries.scope import (
    UNIT_VALID_AT,
    area_communes,
    available_periods,
    commune_sets_assessed_in,
    communes_in_place,
    coverage_note,
    criteria_of_set,
    criteria_sets,
    dataset_metadata,
    districts,
    former_districts,
    lineage_edges,
    provinces,
    sets_assessed_in,
    unit_provinces,
)

__all__ = [
    "UNIT_VALID_AT",
    "area_communes",
    "available_periods",
    "commune_results",
    "commune_results_before",
    "criterion_matrix",
    "plan_targets",
    "scope_series",
    "scope_series_every_period",
    "commune_sets_assessed_in",
    "communes_in_place",
    "coverage_note",
    "criteria_of_set",
    "criteria_sets",
    "dataset_metadata",
    "districts",
    "former_districts",
    "lineage_edges",
    "provinces",
    "sets_assessed_in",
    "unit_provinces",
]
