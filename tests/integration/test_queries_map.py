"""Map queries over the mini fixture, expectations computed by hand from tests/fixtures/mini."""

import datetime
import json

import pandas as pd
import pytest

from ntm.bins import parse_bins
from ntm.figures.meeting import scope_funding_by_source
from ntm.filters import Filters
from ntm.geo import (
    after_reform_boundaries,
    choose_layout,
    colour_classes,
    read_boundaries,
    ring_area_and_centroid,
)
from ntm.queries import map as map_queries
from ntm.queries.criterion import indicator_values
from ntm.queries.export import scope_funding
from ntm.store.schema import REFORM_DATE


def by_code(frame, column):
    return dict(zip(frame["unit_code"], frame[column], strict=True))


def test_map_units_lists_every_unit_type_valid_at_the_period_end(cursor):
    units = map_queries.map_units(cursor, Filters("2019-H2", "S1", "01"))
    assert sorted(units["unit_code"]) == ["00001", "00002", "00003", "00004", "00005"]
    assert by_code(units, "unit_type")["00004"] == "thị trấn"
    later = map_queries.map_units(cursor, Filters("2020-H1", "S1", "01"))
    assert "00005" not in set(later["unit_code"])  # Cũ ended on 31/12/2019


def test_map_units_criteria_and_recognitions_by_hand(cursor):
    units = map_queries.map_units(cursor, Filters("2020-H1", "S1", "01"))
    met = by_code(units, "criteria_met")
    assert {code: met[code] for code in ("00001", "00002", "00003")} == {"00001": 3, "00002": 2, "00003": 1}
    assert pd.isna(met["00004"])  # a thị trấn is not assessed
    assert by_code(units, "recognised_ntm") == {"00001": True, "00002": False, "00003": False, "00004": False}
    assert by_code(units, "reaches_ntm")["00001"]


def test_tier_colours_of_the_mini_fixture_by_hand(cursor):
    before = colour_classes(map_queries.map_units(cursor, Filters("2019-H2", "S1", "01")), "tier")
    assert by_code(before, "category") == {
        "00001": "not_yet",  # 2 of 3 criteria
        "00002": "ntm",  # recognised 10/01/2019, revoked only on 01/02/2020
        "00003": "no_data",  # assessed in 2019-H2 but every criterion unknown
        "00004": "not_assessed",  # thị trấn
        "00005": "reaching",  # all 3 criteria, never recognised
    }
    after = colour_classes(map_queries.map_units(cursor, Filters("2020-H1", "S1", "01")), "tier")
    assert by_code(after, "category") == {
        "00001": "ntm",
        "00002": "not_yet",  # 44 < 45 (DBSH 2020 income threshold) and the recognition was revoked
        "00003": "not_yet",  # criterion 1 met, the others unknown: some data, not reaching
        "00004": "not_assessed",
    }


def test_scope_restricts_the_map_to_a_district(cursor):
    units = map_queries.map_units(cursor, Filters("2020-H1", "S1", "01", district_code="002"))
    assert units["unit_code"].tolist() == ["00003"]


def test_criterion_status_and_indicator_colours_by_hand(cursor):
    filters = Filters("2019-H2", "S1", "01")
    units = map_queries.map_units(cursor, filters)
    criterion = colour_classes(
        units, "criterion", measure=map_queries.map_criterion_status(cursor, filters, 2)
    )
    assert by_code(criterion, "category") == {
        "00001": "not_met",  # clean water 79 < 80
        "00002": "no_data",
        "00003": "no_data",
        "00004": "not_assessed",
        "00005": "met",
    }
    indicator = colour_classes(units, "indicator", measure=indicator_values(cursor, filters, "2.1"))
    assert by_code(indicator, "category")["00001"] == "not_met"
    assert by_code(indicator, "value")["00001"] == 79.0
    assert by_code(indicator, "threshold_value")["00005"] == 80.0
    assert by_code(indicator, "category")["00002"] == "no_data"


def test_criteria_met_colours_use_the_bins(cursor):
    units = map_queries.map_units(cursor, Filters("2020-H1", "S1", "01"))
    classes = colour_classes(units, "criteria_met", parse_bins("3;2-2;0-1"))
    assert by_code(classes, "category") == {
        "00001": "3",
        "00002": "2",
        "00003": "< 2",
        "00004": "not_assessed",
    }


def test_known_unit_codes_and_indicators_of_a_set(cursor):
    assert map_queries.known_unit_codes(cursor) == ["00001", "00002", "00003", "00004", "00005"]
    assert map_queries.set_indicators(cursor, "S1")["indicator_code"].tolist() == ["1.1", "2.1", "2.2", "3.1"]


def test_the_funding_slide_sums_the_mini_fixture_by_hand(cursor):
    by_source, total, communes = scope_funding_by_source(
        scope_funding(cursor, Filters("2020-H1", "S1", "01"))
    )
    assert total == 1500.5  # 1200,5 central + 300 community, An only
    assert communes == 1
    assert by_source.set_index("source_category").loc["central", "amount_mvnd"] == 1200.5


def unit_square(code: str, x: float) -> dict:
    ring = [[105 + x, 21], [106 + x, 21], [106 + x, 22], [105 + x, 22], [105 + x, 21]]
    return {
        "type": "Feature",
        "properties": {"gso_code": code},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


def test_across_the_reform_each_unit_is_drawn_with_its_own_eras_outline(mini_store):
    """tests/fixtures/reform: An (00001) + Bình (00002) → An Bình, which reuses 00001; Cát + Đông → Cát Đông
    (00003); Đông Phong, Đồi, Suối have no lineage, so no estimate. The old file: one 1°×1° square each."""
    cursor = mini_store("reform").cursor()
    old_file = read_boundaries(
        json.dumps({"type": "FeatureCollection", "features": [unit_square(c, i) for i, c in enumerate(
            ["00001", "00002", "00003", "00004"])]}).encode()
    )  # fmt: skip
    lineage = map_queries.unit_lineage(cursor)
    assert len(lineage) == 5 and set(lineage.columns) == {
        "from_code",
        "to_code",
        "relation",
        "effective_date",
    }
    assert map_queries.unit_codes_from(cursor, REFORM_DATE) == ["00001", "00003", "00007", "00008", "00009"]
    after = after_reform_boundaries(old_file, lineage)

    before_units = map_queries.map_units(cursor, Filters("2020-H1", "S1", "01"))
    before = choose_layout(old_file, before_units, after)
    assert not before.estimated and before.boundaries.shapes["00001"] == old_file.shapes["00001"]

    new_units = map_queries.map_units(cursor, Filters("2026-H1", "S2", "01"))
    assert set(new_units["valid_from"].astype(str)) == {"2025-07-01"}
    layout = choose_layout(old_file, new_units, after)
    assert layout.estimated and layout.notice is None
    shapes = layout.boundaries.shapes
    assert shapes["00001"].drawn_from == ("00001", "00002") and len(shapes["00001"].rings) == 1
    square = ring_area_and_centroid(old_file.shapes["00001"].rings[0])[0]
    assert ring_area_and_centroid(shapes["00001"].rings[0])[0] == pytest.approx(2 * square)
    assert shapes["00003"].drawn_from == ("00003", "00004")
    assert sorted(layout.missing) == ["Suối", "Đông Phong", "Đồi"]  # named under the map


def test_predecessors_of_a_scope_after_the_reform_follow_the_lineage_back(mini_store):
    cursor = mini_store("reform").cursor()
    assert map_queries.predecessor_codes(cursor, Filters("2026-H1", "S2", "01", unit_codes=("00001",))) == [
        "00001",  # An, whose code An Bình reuses
        "00002",
        "00005",  # Cũ, merged into An on 01/01/2020
    ]
    assert map_queries.predecessor_codes(cursor, Filters("2026-H1", "S2", "01", unit_codes=("00008",))) == []


def test_the_former_districts_of_a_province_after_the_reform_are_its_predecessors_districts(mini_store):
    cursor = mini_store("reform").cursor()
    codes = map_queries.predecessor_codes(cursor, Filters("2026-H1", "S2", "01"))
    eve = REFORM_DATE - datetime.timedelta(days=1)
    units = map_queries.former_district_units(cursor, codes, eve)
    assert set(units["district_name"]) == {"Huyện Một", "Huyện Hai"}
    assert "00005" not in set(units["unit_code"])  # Cũ had merged into An before the eve of the reform
    assert map_queries.former_district_units(cursor, [], eve).empty
