"""Boundary files are checked before they are drawn; communes get the colour class the legend names."""

import io
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from ntm.bins import parse_bins
from ntm.geo import (
    NO_DATA,
    NOT_ASSESSED,
    Shape,
    after_reform_boundaries,
    bin_class,
    category_order,
    choose_layout,
    colour_classes,
    dissolve_along_lineage,
    ends_before_reform,
    grid_layout,
    is_after_reform,
    normalise_code,
    periods_for_small_multiples,
    read_boundaries,
    read_boundary_file,
    ring_area_and_centroid,
    status_class,
    tier_class,
    write_boundaries_atomic,
)

REFERENCE_UNITS = Path(__file__).resolve().parents[2] / "ntm/reference/vinh_phuc_units_2020_2024.csv"


def square(code, x=0.0, y=0.0, key="gso_code", name=None) -> dict:
    ring = [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]
    return {
        "type": "Feature",
        "properties": {key: code, "name": name or f"Xã {code}"},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


def collection(*features) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}).encode()


def test_the_shared_vinh_phuc_outlines_match_every_reference_unit_code(shared_geo):
    known = pd.read_csv(REFERENCE_UNITS, dtype=str)["gso_code"].tolist()
    boundaries = read_boundary_file(shared_geo / "vinh_phuc_communes.geojson", known)
    assert len(boundaries.shapes) == 136
    assert boundaries.problems == () and boundaries.unmatched == ()
    assert boundaries.shapes["08782"].name == "Hải Lựu"
    assert boundaries.is_usable


def test_a_code_stored_as_a_number_gets_its_leading_zero_back():
    assert normalise_code(8782) == "08782"
    assert normalise_code(8782.0) == "08782"
    assert normalise_code(" 08782 ") == "08782"
    assert normalise_code("00001-01") == "00001-01"
    assert normalise_code(None) is None and normalise_code("") is None


def test_unit_code_property_wins_over_gso_code():
    feature = square("99999")
    feature["properties"]["unit_code"] = "00001"
    assert list(read_boundaries(collection(feature)).shapes) == ["00001"]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"{not json", "geo_not_json"),
        (json.dumps({"type": "Feature"}).encode(), "geo_not_collection"),
        (json.dumps([1, 2]).encode(), "geo_not_collection"),
        (collection(), "geo_no_features"),
    ],
)
def test_a_file_that_is_not_a_feature_collection_is_refused(raw, code):
    boundaries = read_boundaries(raw, ["00001"], "ranh_gioi.geojson")
    assert [p.code for p in boundaries.problems] == [code]
    assert not boundaries.is_usable


def test_features_without_code_with_bad_geometry_or_twice_are_named_by_row():
    no_code = square("00001")
    no_code["properties"] = {"name": "Không mã"}
    point = square("00002")
    point["geometry"] = {"type": "Point", "coordinates": [1, 2]}
    boundaries = read_boundaries(
        collection(no_code, point, square("00003"), square("00003")), None, "f.geojson"
    )
    assert [(p.code, p.row) for p in boundaries.problems] == [
        ("geo_no_code", 1),
        ("geo_bad_geometry", 2),
        ("geo_duplicate_code", 4),
    ]
    assert not boundaries.is_usable
    assert "f.geojson" in boundaries.problems[0].render("vi")
    assert "Point" in boundaries.problems[1].render("en")


def test_codes_no_unit_has_are_listed_as_a_warning_and_the_rest_is_used():
    boundaries = read_boundaries(
        collection(square("00001"), square("77777"), square("88888")), ["00001", "00002"]
    )
    assert boundaries.unmatched == ("77777", "88888")
    (problem,) = boundaries.problems
    assert problem.code == "geo_unmatched" and not problem.is_error
    assert "77777, 88888" in problem.render("vi") and "2 mã" in problem.render("vi")
    assert "2 codes match no unit" in problem.render("en")
    assert boundaries.is_usable


def test_a_file_whose_codes_match_no_unit_is_refused():
    boundaries = read_boundaries(collection(square("77777")), ["00001"])
    assert [p.code for p in boundaries.problems] == ["geo_none_matched"]
    assert not boundaries.is_usable


def test_multipolygons_keep_every_part_and_the_label_sits_in_the_largest():
    feature = square("00001")
    small = [[10, 0], [10.1, 0], [10.1, 0.1], [10, 0.1], [10, 0]]
    big = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]
    feature["geometry"] = {"type": "MultiPolygon", "coordinates": [[small], [big]]}
    shape = read_boundaries(collection(feature)).shapes["00001"]
    assert len(shape.rings) == 2
    # latitude 1 is the mean; x shrinks by cos(mean latitude) so the plane keeps distances equal
    assert shape.label_at[1] == pytest.approx(1.0)
    assert shape.label_at[0] < 2


def test_ring_area_and_centroid_by_hand():
    area, centre = ring_area_and_centroid(((0, 0), (2, 0), (2, 1), (0, 1), (0, 0)))
    assert area == pytest.approx(2.0)
    assert centre == pytest.approx((1.0, 0.5))


def test_the_grid_gives_one_square_per_commune_row_by_row():
    grid = grid_layout([(f"0000{i}", f"Xã {i}") for i in range(1, 6)])
    assert grid.is_grid and list(grid.shapes) == ["00001", "00002", "00003", "00004", "00005"]
    # 5 communes → ceil(sqrt(7.5)) = 3 columns: the 4th square starts the second row
    assert grid.shapes["00003"].rings[0][0] == (2, 0)
    assert grid.shapes["00004"].rings[0][0] == (0, -1.0)
    assert grid.shapes["00001"].label_at == (0.46, 0.46)


def test_outlines_name_themselves_for_caches_by_file_version_or_by_the_grid_units(tmp_path):
    units = [("00001", "Xã An"), ("00002", "Xã Bình")]
    assert grid_layout(units).cache_identity == grid_layout(list(units)).cache_identity
    assert (
        grid_layout(units).cache_identity
        != grid_layout([("00001", "Xã An"), ("00002", "Xã Bắc")]).cache_identity
    )
    path = tmp_path / "boundaries.geojson"
    path.write_bytes(collection(square("00001", 0)))
    first = read_boundary_file(path).cache_identity
    assert first.startswith("file:") and read_boundary_file(path).cache_identity == first
    path.write_bytes(collection(square("00001", 0), square("00002", 1)))
    assert read_boundary_file(path).cache_identity != first  # a new file: new figures


def test_the_layout_falls_back_to_the_grid_and_names_communes_without_outline(tmp_path):
    units = pd.DataFrame({"unit_code": ["00001", "00002"], "name": ["An", "Bình"]})
    assert choose_layout(None, units).notice == "map.grid_notice"
    assert choose_layout(None, units).boundaries.is_grid
    broken = read_boundaries(b"nope")
    assert choose_layout(broken, units).notice == "map.unusable_notice"
    elsewhere = read_boundaries(collection(square("55555")))
    assert choose_layout(elsewhere, units).notice == "map.none_in_file"
    partly = choose_layout(read_boundaries(collection(square("00001"))), units)
    assert partly.notice is None and not partly.boundaries.is_grid and partly.missing == ("Bình",)


def unit(code, unit_type="xã", total=3, met=2, unknown=0, reaches=False, **recognised) -> dict:
    row = {
        "unit_code": code,
        "name": f"Xã {code}",
        "unit_type": unit_type,
        "district_name": "Huyện Một",
        "criteria_total": total,
        "criteria_met": met,
        "criteria_unknown": unknown,
        "reaches_ntm": reaches,
    }
    for tier in ("ntm", "advanced", "model_commune"):
        row[f"recognised_{tier}"] = recognised.get(tier, False)
    return row


def test_tier_class_prefers_the_highest_recognition_then_what_the_criteria_say():
    assert tier_class(unit("1", ntm=True, advanced=True)) == "advanced"
    assert tier_class(unit("1", model_commune=True, ntm=True)) == "model_commune"
    assert tier_class(unit("1", reaches=True, met=3)) == "reaching"
    assert tier_class(unit("1")) == "not_yet"
    # a recognised commune is drawn by its tier even without assessments in the period
    assert tier_class(unit("1", total=None, met=None, unknown=None, reaches=None, ntm=True)) == "ntm"


def test_a_commune_with_no_row_or_only_unknown_criteria_has_no_data():
    assert tier_class(unit("1", total=None, met=None, unknown=None, reaches=None)) == NO_DATA
    assert tier_class(unit("1", met=0, unknown=3)) == NO_DATA
    assert tier_class(unit("1", met=1, unknown=2)) == "not_yet"
    assert bin_class(unit("1", met=0, unknown=3), parse_bins("3;0-2")) == NO_DATA


def test_wards_and_towns_are_outside_the_programme():
    assert tier_class(unit("1", unit_type="phường")) == NOT_ASSESSED
    assert bin_class(unit("1", unit_type="thị trấn"), parse_bins("3;0-2")) == NOT_ASSESSED
    assert status_class("phường", "met") == NOT_ASSESSED


def test_criteria_met_falls_into_its_bin():
    bins = parse_bins("3;1-2;0-0")
    assert bin_class(unit("1", met=3), bins) == "3"
    assert bin_class(unit("1", met=2), bins) == "1–2"
    assert bin_class(unit("1", met=0, unknown=1), bins) == "0"


def test_status_class_of_a_criterion_or_an_indicator():
    assert status_class("xã", "met") == "met"
    assert status_class("xã", "not_applicable") == "met"
    assert status_class("xã", "not_met") == "not_met"
    assert status_class("xã", "unknown") == NO_DATA
    assert status_class("xã", None) == NO_DATA
    assert status_class("xã", "unknown", None, numeric=True) == NO_DATA


def test_colour_classes_joins_the_measure_and_leaves_unmeasured_communes_without_data():
    units = pd.DataFrame([unit("00001"), unit("00002"), unit("00004", unit_type="thị trấn")])
    measure = pd.DataFrame(
        {"unit_code": ["00001"], "value": [79.0], "threshold_value": [80.0], "status": ["not_met"]}
    )
    classes = colour_classes(units, "indicator", measure=measure)
    assert classes["category"].tolist() == ["not_met", NO_DATA, NOT_ASSESSED]
    assert classes.loc[0, "value"] == 79.0
    assert colour_classes(units, "criterion", measure=None)["category"].tolist() == [
        NO_DATA,
        NO_DATA,
        NOT_ASSESSED,
    ]


def test_the_legend_lists_no_data_and_wards_last():
    assert category_order("tier") == (
        "model_commune",
        "advanced",
        "ntm",
        "reaching",
        "not_yet",
        NO_DATA,
        NOT_ASSESSED,
    )
    assert category_order("criteria_met", parse_bins("3;0-2")) == ("3", "< 3", NO_DATA, NOT_ASSESSED)
    assert category_order("indicator") == ("met", "not_met", NO_DATA, NOT_ASSESSED)


def test_small_multiples_show_the_end_of_each_year_and_the_chosen_period():
    periods = ["2019-H1", "2019-H2", "2020-H1", "2020-H2", "2021-H1"]
    assert periods_for_small_multiples(periods, "2021-H1") == ["2019-H2", "2020-H2", "2021-H1"]
    assert periods_for_small_multiples(periods, "2020-H1") == ["2019-H2", "2020-H1"]
    assert periods_for_small_multiples(["2019-H1"], "2019-H1") == ["2019-H1"]


def test_the_boundary_file_is_replaced_in_one_step(tmp_path):
    target = tmp_path / "sub" / "boundaries.geojson"
    write_boundaries_atomic(b"first", target)
    write_boundaries_atomic(b"second", target)
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["boundaries.geojson"]


def test_no_file_means_no_boundaries(tmp_path):
    assert read_boundary_file(tmp_path / "absent.geojson") is None


# --- outlines after the 1/7/2025 reform: the new communes dissolved from their predecessors' -------------


def lineage(*rows: str) -> pd.DataFrame:
    """`from,to,yyyy-mm-dd` rows; relation merge."""
    text = "from_code,to_code,effective_date\n" + "\n".join(rows)
    return pd.read_csv(io.StringIO(text), dtype=str).assign(relation="merge")


def area(shape) -> float:
    return sum(ring_area_and_centroid(ring)[0] for ring in shape.rings)


def outlines(*squares: tuple[str, float, float]) -> dict[str, Shape]:
    """Hand-made unit squares in map coordinates, by code: (code, x, y) is the lower-left corner."""
    return {
        code: Shape(
            code, code, (((x, y), (x + 1, y), (x + 1, y + 1), (x, y + 1), (x, y)),), (x + 0.5, y + 0.5)
        )
        for code, x, y in squares
    }


def test_two_unit_squares_merged_become_one_polygon_of_area_two():
    before = outlines(("00001", 0, 0), ("00002", 1, 0))
    [(code, shape)] = dissolve_along_lineage(
        before, lineage("00001,00010,2025-07-01", "00002,00010,2025-07-01")
    ).items()
    assert code == "00010" and len(shape.rings) == 1  # the shared edge is dissolved
    assert area(shape) == pytest.approx(
        2.0 * before["00001"].rings[0][1][0], rel=1e-9
    )  # x is shrunk by cos(lat)
    assert shape.estimated and shape.drawn_from == ("00001", "00002") and shape.missing_from == ()
    assert shape.label_at == pytest.approx((1.0, 0.5))  # inside, where the click lands


def test_squares_sharing_only_a_vertex_stay_two_pieces_of_one_commune():
    before = outlines(("00001", 0, 0), ("00002", 1, 1))
    shape = dissolve_along_lineage(before, lineage("00001,00010,2025-07-01", "00002,00010,2025-07-01"))[
        "00010"
    ]
    assert len(shape.rings) == 2 and shape.estimated
    assert area(shape) == pytest.approx(2.0)


def test_a_predecessor_without_an_outline_leaves_the_successor_drawn_from_the_rest_and_named():
    before = outlines(("00001", 0, 0))
    shape = dissolve_along_lineage(before, lineage("00001,00010,2025-07-01", "00099,00010,2025-07-01"))[
        "00010"
    ]
    assert shape.estimated and shape.drawn_from == ("00001",) and shape.missing_from == ("00099",)
    assert area(shape) == pytest.approx(area(before["00001"]))


def test_a_successor_with_no_predecessor_outline_has_no_shape():
    assert dissolve_along_lineage(outlines(("00001", 0, 0)), lineage("00099,00010,2025-07-01")) == {}


def test_a_predecessor_split_among_successors_is_left_out_of_each_and_named():
    before = outlines(("00001", 0, 0), ("00002", 1, 0), ("00003", 2, 0))
    shapes = dissolve_along_lineage(
        before,
        lineage(
            "00001,00010,2025-07-01",
            "00002,00010,2025-07-01",
            "00002,00011,2025-07-01",
            "00003,00011,2025-07-01",
        ),
    )
    assert shapes["00010"].drawn_from == ("00001",) and shapes["00010"].missing_from == ("00002",)
    assert shapes["00011"].drawn_from == ("00003",) and shapes["00011"].missing_from == ("00002",)
    assert area(shapes["00010"]) == pytest.approx(area(before["00001"]))  # no two communes over one place


def test_land_a_predecessor_absorbed_earlier_is_followed_back_and_other_dates_are_not_the_reform():
    before = outlines(("08779", 0, 0), ("08782", 1, 0), ("00005", 5, 0))
    shapes = dissolve_along_lineage(
        before,
        lineage("08779,08782,2025-01-01", "08782,08848,2025-07-01", "00005,00006,2020-01-01"),
    )
    assert list(shapes) == ["08848"]
    assert shapes["08848"].drawn_from == ("08782", "08779") and len(shapes["08848"].rings) == 1


def test_a_reused_code_is_drawn_with_its_own_eras_outline():
    """08848 was Đồng Thịnh until 30/6/2025 and is Sông Lô (Đồng Thịnh + Đức Bác) after."""
    before_file = read_boundaries(collection(square("08848", 0), square("08851", 1)))
    after = after_reform_boundaries(before_file, lineage("08848,08848,2025-07-01", "08851,08848,2025-07-01"))
    old_units = pd.DataFrame(
        {"unit_code": ["08848"], "name": ["Đồng Thịnh"], "valid_from": [date(2020, 1, 1)]}
    )
    new_units = pd.DataFrame({"unit_code": ["08848"], "name": ["Sông Lô"], "valid_from": [date(2025, 7, 1)]})
    old_layout = choose_layout(before_file, old_units, after)
    new_layout = choose_layout(before_file, new_units, after)
    assert not old_layout.estimated and area(old_layout.boundaries.shapes["08848"]) == pytest.approx(
        area(before_file.shapes["08848"])
    )
    assert new_layout.estimated and new_layout.notice is None
    assert area(new_layout.boundaries.shapes["08848"]) == pytest.approx(2 * area(before_file.shapes["08848"]))


def test_an_offices_own_outlines_of_the_new_communes_take_precedence_over_the_estimate():
    before_file = read_boundaries(collection(square("00001", 0), square("00002", 1)))
    office = read_boundaries(collection(square("00010", 7)))
    after = after_reform_boundaries(
        before_file,
        lineage("00001,00010,2025-07-01", "00002,00011,2025-07-01"),
        office,
    )
    assert not after.shapes["00010"].estimated and after.shapes["00010"] == office.shapes["00010"]
    assert after.shapes["00011"].estimated
    units = pd.DataFrame({"unit_code": ["00010"], "name": ["Mới"], "valid_from": [date(2025, 7, 1)]})
    assert not choose_layout(before_file, units, after).estimated


def test_new_communes_without_any_outline_file_get_the_grid_and_the_notice():
    units = pd.DataFrame({"unit_code": ["00010"], "name": ["Mới"], "valid_from": [date(2025, 7, 1)]})
    assert after_reform_boundaries(None, lineage("00001,00010,2025-07-01")) is None
    layout = choose_layout(None, units, None)
    assert layout.notice == "map.grid_notice" and layout.boundaries.is_grid


def test_after_reform_outlines_of_a_broken_file_carry_its_problems():
    broken = read_boundaries(b"{not json")
    after = after_reform_boundaries(broken, lineage("00001,00010,2025-07-01"))
    units = pd.DataFrame({"unit_code": ["00010"], "name": ["Mới"], "valid_from": [date(2025, 7, 1)]})
    assert choose_layout(broken, units, after).notice == "map.unusable_notice"


def test_a_half_year_ends_before_the_reform_up_to_2025_h1():
    assert ends_before_reform("2024-H2") and ends_before_reform("2025-H1")
    assert not ends_before_reform("2025-H2") and not ends_before_reform("2026-H1")


def test_is_after_reform_reads_the_unit_version():
    units = pd.DataFrame({"valid_from": [date(2010, 1, 1), date(2025, 7, 1), None]})
    assert is_after_reform(units).tolist() == [False, True, False]
    assert is_after_reform(pd.DataFrame({"unit_code": ["1"]})).tolist() == [False]


def test_former_districts_are_dissolved_from_the_outlines_of_before():
    from dataclasses import replace as _replace

    from ntm.geo import former_district_outlines, grid_layout

    before = _replace(
        grid_layout([(f"{i:05d}", f"Xã {i}") for i in range(1, 9)]), is_grid=False, identity="f"
    )
    units = pd.DataFrame({"unit_code": [f"{i:05d}" for i in range(1, 9)],
                          "district_name": ["Huyện Sông Lô"] * 4 + ["Huyện Lập Thạch"] * 4})  # fmt: skip
    outlines = former_district_outlines(before, units)
    assert sorted(outlines.shapes) == ["Huyện Lập Thạch", "Huyện Sông Lô"]
    assert outlines.cache_identity.startswith("districts:f|")
    # One district, no outlines of before, nothing to dissolve: no district lines.
    assert former_district_outlines(before, units.assign(district_name="Huyện Sông Lô")) is None
    assert former_district_outlines(None, units) is None
    assert former_district_outlines(before, units.iloc[0:0]) is None
