"""The map's geometry and colours: read and check a GeoJSON of commune outlines (or lay communes out on a
schematic grid when there is none), estimate the outlines of the communes formed on 1/7/2025 from their
predecessors', and put each commune in the colour class the map draws it with.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pandas as pd
from shapely import MultiPolygon, Polygon, unary_union

from ntm.bins import Bin
from ntm.store.problems import Problem
from ntm.store.schema import REFORM_DATE
from ntm.store.tables_io import write_atomically

# Property names a feature's unit code is read from, in this order (`gso_code`: the shared outlines).
CODE_PROPERTIES = ("unit_code", "gso_code", "ma_xa", "code")
NAME_PROPERTIES = ("name", "ten", "full_name")
GRID_FILE = "grid"

Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Shape:
    unit_code: str
    name: str
    rings: tuple[Ring, ...]  # outer rings in map coordinates (x east, y north, equal scales)
    label_at: tuple[float, float]
    # Dissolved from the predecessors' outlines (`drawn_from`), not drawn by an office: "ranh giới ước tính".
    estimated: bool = False
    drawn_from: tuple[str, ...] = ()
    missing_from: tuple[str, ...] = ()  # predecessors without an outline: their land is not in the estimate


@dataclass(frozen=True)
class Boundaries:
    shapes: dict[str, Shape] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    unmatched: tuple[str, ...] = ()  # codes in the file that no known unit has
    is_grid: bool = False
    # Names these outlines for caches (the file and its version, or the grid's units): hashing every
    # point of a province's outlines on each rerun would cost more than drawing them.
    identity: str = field(default="", compare=False)

    @property
    def cache_identity(self) -> str:
        return self.identity

    @property
    def is_usable(self) -> bool:
        return bool(self.shapes) and not any(p.is_error for p in self.problems)


def normalise_code(value: object) -> str | None:
    """GSO codes are 5-digit text: a code stored as a number (8782) gets its leading zero back."""
    if value is None or isinstance(value, bool):
        return None
    text = str(int(value)) if isinstance(value, (int, float)) and float(value).is_integer() else str(value)
    text = text.strip()
    if not text:
        return None
    return text.zfill(5) if text.isdigit() and len(text) < 5 else text


def _outer_rings(geometry: dict) -> list[list]:
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if kind == "Polygon" and isinstance(coordinates, list) and coordinates:
        return [coordinates[0]]
    if kind == "MultiPolygon" and isinstance(coordinates, list):
        return [polygon[0] for polygon in coordinates if isinstance(polygon, list) and polygon]
    return []


def _is_ring(ring: object) -> bool:
    return (
        isinstance(ring, list)
        and len(ring) >= 3
        and all(
            isinstance(p, list) and len(p) >= 2 and all(isinstance(c, (int, float)) for c in p[:2])
            for p in ring
        )
    )


def ring_area_and_centroid(ring: Ring) -> tuple[float, tuple[float, float]]:
    """Unsigned area and centroid of a closed ring (shoelace); a degenerate ring's centroid is its mean point."""
    area2 = cx = cy = 0.0
    points = list(ring)
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area2 += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area2) < 1e-15:
        xs, ys = zip(*points, strict=True)
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return abs(area2) / 2, (cx / (3 * area2), cy / (3 * area2))


def _first(properties: dict, names: Iterable[str]) -> object:
    return next((properties[n] for n in names if properties.get(n) not in (None, "")), None)


def read_boundaries(
    raw: bytes, known_codes: Iterable[str] | None = None, file_name: str = "boundaries"
) -> Boundaries:
    """Checks a GeoJSON file (valid JSON, a FeatureCollection of (Multi)Polygons each with a unit code,
    codes unique and known) and projects its outer rings for drawing. Unknown codes are listed."""
    try:
        document = json.loads(raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return Boundaries(
            problems=(Problem("geo_not_json", file_name, details={"reason": str(error)[:120]}),)
        )
    features = document.get("features") if isinstance(document, dict) else None
    if (
        not isinstance(document, dict)
        or document.get("type") != "FeatureCollection"
        or not isinstance(features, list)
    ):
        return Boundaries(problems=(Problem("geo_not_collection", file_name),))

    problems: list[Problem] = []
    raw_shapes: dict[str, tuple[str, list[list]]] = {}
    for row, feature in enumerate(features, start=1):
        properties = (feature or {}).get("properties") or {} if isinstance(feature, dict) else {}
        geometry = (feature or {}).get("geometry") or {} if isinstance(feature, dict) else {}
        code = normalise_code(_first(properties, CODE_PROPERTIES))
        if code is None:
            problems.append(Problem("geo_no_code", file_name, row=row, column="properties",
                                    details={"names": ", ".join(CODE_PROPERTIES)}))  # fmt: skip
            continue
        rings = [ring for ring in _outer_rings(geometry) if _is_ring(ring)]
        if not rings:
            problems.append(Problem("geo_bad_geometry", file_name, row=row, column="geometry",
                                    details={"code": code, "kind": str(geometry.get("type"))[:30]}))  # fmt: skip
            continue
        if code in raw_shapes:
            problems.append(Problem("geo_duplicate_code", file_name, row=row, column="properties",
                                    details={"code": code}))  # fmt: skip
            continue
        raw_shapes[code] = (str(_first(properties, NAME_PROPERTIES) or code), rings)

    if not raw_shapes and not problems:
        problems.append(Problem("geo_no_features", file_name))
    unmatched: tuple[str, ...] = ()
    if known_codes is not None and raw_shapes:
        known = set(known_codes)
        unmatched = tuple(sorted(code for code in raw_shapes if code not in known))
        if len(unmatched) == len(raw_shapes):
            problems.append(Problem("geo_none_matched", file_name, details={"count": len(unmatched)}))
        elif unmatched:
            shown = ", ".join(unmatched[:20]) + (" …" if len(unmatched) > 20 else "")
            problems.append(Problem("geo_unmatched", file_name, severity="warning",
                                    details={"count": len(unmatched), "codes": shown}))  # fmt: skip
    return Boundaries(_project(raw_shapes), tuple(problems), unmatched)


def _project(raw_shapes: dict[str, tuple[str, list[list]]]) -> dict[str, Shape]:
    """Lon/lat to an equal-scale plane around the file's mean latitude (ample at district scale)."""
    latitudes = [p[1] for _, rings in raw_shapes.values() for ring in rings for p in ring]
    if not latitudes:
        return {}
    shrink = math.cos(math.radians(sum(latitudes) / len(latitudes)))
    shapes = {}
    for code, (name, rings) in raw_shapes.items():
        projected = tuple(tuple((float(p[0]) * shrink, float(p[1])) for p in ring) for ring in rings)
        largest = max(projected, key=lambda ring: ring_area_and_centroid(ring)[0])
        shapes[code] = Shape(code, name, projected, ring_area_and_centroid(largest)[1])
    return shapes


def read_boundary_file(path: Path, known_codes: Iterable[str] | None = None) -> Boundaries | None:
    """The checked outlines of a file; None when there is no file (the page then draws the grid)."""
    path = Path(path)
    if not path.is_file():
        return None
    stat = path.stat()
    identity = f"file:{path.resolve()}|{stat.st_mtime_ns}|{stat.st_size}"
    return replace(read_boundaries(path.read_bytes(), known_codes, path.name), identity=identity)


def write_boundaries_atomic(raw: bytes, path: Path) -> None:
    """Replaces the boundary file in one step: a reader sees the old file or the new one, never half."""
    write_atomically(path, lambda temporary: temporary.write_bytes(raw))


def grid_layout(units: list[tuple[str, str]]) -> Boundaries:
    """One unit square per (code, name), in the given order, row by row, about 3:2 wide."""
    columns = max(1, math.ceil(math.sqrt(len(units) * 1.5)))
    shapes = {}
    for position, (code, name) in enumerate(units):
        x, y = position % columns, -(position // columns) * 1.0
        ring = ((x, y), (x + 0.92, y), (x + 0.92, y + 0.92), (x, y + 0.92), (x, y))
        shapes[code] = Shape(code, name, (ring,), (x + 0.46, y + 0.46))
    drawn = hashlib.blake2b("\n".join(f"{code}\t{name}" for code, name in units).encode(), digest_size=16)
    return Boundaries(shapes, is_grid=True, identity=f"grid:{drawn.hexdigest()}")


# --- outlines after the 1/7/2025 reform ----------------------------------------------------------------


def _as_date(value: object) -> date | None:
    if value is None or (not isinstance(value, date) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date()


def _dissolved(code: str, parts: list[Shape]) -> Shape | None:
    """One shape of the union of `parts`' rings; holes are dropped like a file's (outer rings are drawn),
    which also drops the slivers coarse outlines leave between neighbours."""
    polygons = [Polygon(ring).buffer(0) for part in parts for ring in part.rings if len(ring) >= 3]
    merged = unary_union([p for p in polygons if not p.is_empty])
    pieces = list(merged.geoms) if isinstance(merged, MultiPolygon) else [merged]
    pieces = [p for p in pieces if isinstance(p, Polygon) and p.area > 0]
    if not pieces:
        return None
    rings = tuple(tuple((float(x), float(y)) for x, y in p.exterior.coords) for p in pieces)
    largest = max(pieces, key=lambda p: p.area)
    # The dot that carries the hover and the click must lie inside: a merged commune is often concave.
    point = largest.centroid if largest.contains(largest.centroid) else largest.representative_point()
    return Shape(code, code, rings, (float(point.x), float(point.y)))


def district_outlines(boundaries: Boundaries, districts: Mapping[str, str]) -> dict[str, Shape]:
    """Each district's outline (by its name) dissolved from its communes' (`districts`: unit_code → district
    name, the map's units); none for a grid, nor when the units lie in fewer than two districts."""
    groups: dict[str, list[Shape]] = {}
    for code, district in districts.items():
        if district and isinstance(district, str) and code in boundaries.shapes:
            groups.setdefault(district, []).append(boundaries.shapes[code])
    if boundaries.is_grid or len(groups) < 2:
        return {}
    outlines = {name: _dissolved(name, parts) for name, parts in groups.items()}
    return {name: shape for name, shape in outlines.items() if shape is not None}


def former_district_outlines(before: Boundaries | None, units: pd.DataFrame) -> Boundaries | None:
    """After the reform: the outlines of the former districts (`units`: unit_code, district_name of the units
    on the eve of 1/7/2025 that merged into the scope's), dissolved from the outlines of before; None
    without them or for fewer than two districts. Named for caches by the file and the districts' units."""
    if before is None or not before.is_usable or units.empty:
        return None
    shapes = district_outlines(before, dict(zip(units["unit_code"], units["district_name"], strict=True)))
    if not shapes:
        return None
    which = hashlib.blake2b("\n".join(sorted(units["unit_code"])).encode(), digest_size=16).hexdigest()
    return Boundaries(shapes, identity=f"districts:{before.identity}|{which}")


def dissolve_along_lineage(
    before: Mapping[str, Shape], lineage: pd.DataFrame, reform_date: date = REFORM_DATE
) -> dict[str, Shape]:
    """The outline of each unit formed on `reform_date`, by its code: the union of its predecessors' outlines
    (`before`, by old code; `lineage`: from_code, to_code, effective_date), flagged `estimated`.

    A predecessor's own earlier merges (01/01/2025) are followed back, so the land it absorbed is drawn too.
    A predecessor split among several successors is left out of each: its land cannot be divided without
    data, and drawing it whole in each would lay two communes' colours over one place. Predecessors left
    out or without an outline are named in `missing_from`; a successor with no predecessor drawn has no shape.
    """
    effective = [_as_date(value) for value in lineage["effective_date"]]
    rows = list(zip(lineage["from_code"], lineage["to_code"], effective, strict=True))
    at_reform = [(source, target) for source, target, when in rows if when == reform_date]
    absorbed: dict[str, list[tuple[str, date]]] = {}
    for source, target, when in rows:
        if when is not None and when < reform_date and source != target:
            absorbed.setdefault(target, []).append((source, when))
    successors: dict[str, set[str]] = {}
    for source, target in at_reform:
        successors.setdefault(source, set()).add(target)
    split = {source for source, targets in successors.items() if len(targets) > 1}

    def land_of(code: str, before_date: date, seen: set) -> list[str]:
        """`code` and, recursively, the units it absorbed before `before_date`."""
        found = [code]
        for source, when in absorbed.get(code, ()):
            if when < before_date and (source, when) not in seen:
                seen.add((source, when))
                found += land_of(source, when, seen)
        return found

    predecessors: dict[str, list[str]] = {}
    for source, target in at_reform:
        predecessors.setdefault(target, []).append(source)
    shapes: dict[str, Shape] = {}
    for successor in sorted(predecessors):
        whole = sorted(set(predecessors[successor]) - split)
        parts = list(dict.fromkeys(code for p in whole for code in land_of(p, reform_date, set())))
        drawn = tuple(code for code in parts if code in before)
        left_out = sorted(set(predecessors[successor]) & split)
        missing = tuple(code for code in parts if code not in before) + tuple(left_out)
        shape = _dissolved(successor, [before[code] for code in drawn]) if drawn else None
        if shape is not None:
            shapes[successor] = replace(shape, estimated=True, drawn_from=drawn, missing_from=missing)
    return shapes


def after_reform_boundaries(
    before: Boundaries | None, lineage: pd.DataFrame, drawn_by_office: Boundaries | None = None
) -> Boundaries | None:
    """The outlines of the units formed on 1/7/2025: an office's own file of them where it has a unit's
    outline, else estimated from the outlines of before along the lineage. None without either file.

    Named for caches by the two files only: callers cache it per data version, which covers the lineage."""
    if before is None and drawn_by_office is None:
        return None
    usable_before = before is not None and before.is_usable
    estimated = dissolve_along_lineage(before.shapes, lineage) if usable_before else {}
    own = drawn_by_office.shapes if drawn_by_office is not None and drawn_by_office.is_usable else {}
    problems = before.problems if before is not None and not usable_before and not own else ()
    identity = "after-reform:" + "|".join(b.identity if b else "" for b in (before, drawn_by_office))
    return Boundaries({**estimated, **own}, problems, identity=identity)


def ends_before_reform(period: str) -> bool:
    """Whether a half-year (`2025-H1`) ended before the 1/7/2025 reform."""
    year, half = int(period[:4]), period[-2:]
    return (date(year, 6, 30) if half == "H1" else date(year, 12, 31)) < REFORM_DATE


def is_after_reform(units: pd.DataFrame) -> pd.Series:
    """Whether each unit version (`valid_from`) began with the 1/7/2025 reform or later."""
    if "valid_from" not in units.columns:
        return pd.Series(False, index=units.index)
    return pd.to_datetime(units["valid_from"]).ge(pd.Timestamp(REFORM_DATE)).fillna(False).astype(bool)


def _outlines_for(
    units: pd.DataFrame, before: Boundaries | None, after: Boundaries | None
) -> Boundaries | None:
    """The outlines of each unit's own era: a code reused on 1/7/2025 (08848, Đồng Thịnh then Sông Lô)
    must not be drawn with its former unit's outline."""
    after_reform = is_after_reform(units)
    if not after_reform.any():
        return before
    if after_reform.all():
        return after
    # A scope of both eras (unusual: at a period's end every unit is of one era) takes each from its own.
    old_codes, new_codes = (
        set(units.loc[~after_reform, "unit_code"]),
        set(units.loc[after_reform, "unit_code"]),
    )
    shapes = {c: s for c, s in (before.shapes if before else {}).items() if c in old_codes}
    shapes.update({c: s for c, s in (after.shapes if after else {}).items() if c in new_codes})
    which = hashlib.blake2b("\n".join(sorted(new_codes)).encode(), digest_size=16).hexdigest()
    identity = "both-eras:" + "|".join(b.identity if b else "" for b in (before, after)) + f"|{which}"
    return Boundaries(shapes, identity=identity)


# --- colour classes --------------------------------------------------------------------------------

NO_DATA = "no_data"
NOT_ASSESSED = "not_assessed"  # phường / thị trấn: outside the NTM commune programme
TIER_CLASSES = ("model_commune", "advanced", "ntm", "reaching", "not_yet")
STATUS_CLASSES = ("met", "not_met")
COLOUR_BY = ("tier", "criteria_met", "criterion", "indicator")


def _is_true(value: object) -> bool:
    return value is not None and not pd.isna(value) and bool(value)


def _has_data(row) -> bool:
    total, unknown = row.get("criteria_total"), row.get("criteria_unknown")
    return not pd.isna(total) and not pd.isna(unknown) and int(unknown) < int(total)


def tier_class(row) -> str:
    """The highest tier recognised at the period's end, else whether it meets every NTM criterion."""
    if row.get("unit_type") != "xã":
        return NOT_ASSESSED
    for tier in ("model_commune", "advanced", "ntm"):
        if _is_true(row.get(f"recognised_{tier}")):
            return tier
    reaches, total = row.get("reaches_ntm"), row.get("criteria_total")
    # Assessed in the period but nothing known (every criterion unknown) is no data too.
    if (
        reaches is None
        or pd.isna(reaches)
        or (total is not None and not pd.isna(total) and not _has_data(row))
    ):
        return NO_DATA
    return "reaching" if _is_true(row.get("reaches_ntm")) else "not_yet"


def bin_class(row, bins: tuple[Bin, ...]) -> str:
    if row.get("unit_type") != "xã":
        return NOT_ASSESSED
    if not _has_data(row):
        return NO_DATA
    met = int(row["criteria_met"])
    return next((b.label for b in bins if b.contains(met)), NO_DATA)


def status_class(unit_type: str, status: object, value: object = None, numeric: bool = False) -> str:
    """Met / not met of a criterion or indicator; unknown (or a numeric indicator without a value) is no data."""
    if unit_type != "xã":
        return NOT_ASSESSED
    if numeric and (value is None or pd.isna(value)) and status not in ("met", "not_met"):
        return NO_DATA
    if status in ("met", "not_applicable"):
        return "met"
    return "not_met" if status == "not_met" else NO_DATA


def colour_classes(
    units: pd.DataFrame,
    colour_by: str,
    bins: tuple[Bin, ...] = (),
    measure: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """`units` (of `ntm.queries.map.map_units`) with `category` added, and for a criterion or an indicator
    the measure's `status`, `value`, `threshold_value` (from `measure`, by unit_code)."""
    table = units.copy()
    if colour_by in ("criterion", "indicator"):
        if measure is None:
            measure = pd.DataFrame({"unit_code": pd.Series([], dtype="str")})
        kept = [c for c in ("unit_code", "status", "value", "threshold_value") if c in measure.columns]
        table = table.merge(measure[kept].astype({"unit_code": "str"}), on="unit_code", how="left")
        for column in ("status", "value", "threshold_value"):
            if column not in table.columns:
                table[column] = None
        table["category"] = [
            status_class(r["unit_type"], r["status"], r["value"], colour_by == "indicator")
            for r in table.to_dict("records")
        ]
    elif colour_by == "criteria_met":
        table["category"] = [bin_class(r, bins) for r in table.to_dict("records")]
    else:
        table["category"] = [tier_class(r) for r in table.to_dict("records")]
    return table


def category_order(colour_by: str, bins: tuple[Bin, ...] = ()) -> tuple[str, ...]:
    """The legend's order: best first, then no data, then units outside the programme."""
    if colour_by == "tier":
        head = TIER_CLASSES
    elif colour_by == "criteria_met":
        head = tuple(b.label for b in bins)
    else:
        head = STATUS_CLASSES
    return (*head, NO_DATA, NOT_ASSESSED)


def periods_for_small_multiples(periods: list[str], chosen: str) -> list[str]:
    """The last period of each year up to the chosen one, and the chosen one itself (change over years)."""
    upto = sorted(p for p in periods if p <= chosen)
    last_of_year = {p[:4]: p for p in upto}
    picked = set(last_of_year.values()) | ({chosen} if chosen in upto else set())
    return sorted(picked)


@dataclass(frozen=True)
class MapLayout:
    """What the map draws and what the page says about it: `notice` is a text key (None: all is well)."""

    boundaries: Boundaries
    notice: str | None = None
    missing: tuple[str, ...] = ()  # names of units in scope the boundary file has no outline for
    estimated: bool = False  # some unit in scope is drawn with an outline estimated from its predecessors'
    left_out: tuple[str, ...] = ()  # codes of predecessors whose land is in no estimated outline drawn


def choose_layout(
    from_file: Boundaries | None, units: pd.DataFrame, after_reform: Boundaries | None = None
) -> MapLayout:
    """The outlines of each unit's era (`from_file` before 1/7/2025, `after_reform` for units formed then,
    by `valid_from` when `units` has it) when they cover some unit in scope, else one grid square per unit
    (`units`: unit_code and name, in drawing order)."""
    grid = grid_layout(list(zip(units["unit_code"], units["name"], strict=True)))
    source = _outlines_for(units, from_file, after_reform)
    if source is None:
        return MapLayout(grid, "map.grid_notice")
    if any(p.is_error for p in source.problems):
        return MapLayout(grid, "map.unusable_notice")
    present = units["unit_code"].isin(source.shapes)
    if not present.any():
        return MapLayout(grid, "map.none_in_file")
    drawn = [source.shapes[code] for code in units.loc[present, "unit_code"]]
    return MapLayout(
        source,
        None,
        tuple(units.loc[~present, "name"]),
        estimated=any(shape.estimated for shape in drawn),
        left_out=tuple(sorted({code for shape in drawn for code in shape.missing_from})),
    )
