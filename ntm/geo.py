"""The map's geometry and colours: read and check a GeoJSON of commune outlines (or lay communes out on a
schematic grid when there is none), and put each commune in the colour class the map draws it with.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from ntm.bins import Bin
from ntm.store.problems import Problem
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


def choose_layout(from_file: Boundaries | None, units: pd.DataFrame) -> MapLayout:
    """The file's outlines when they cover some unit in scope, else one grid square per unit (`units`:
    unit_code and name, in drawing order)."""
    grid = grid_layout(list(zip(units["unit_code"], units["name"], strict=True)))
    if from_file is None:
        return MapLayout(grid, "map.grid_notice")
    if not from_file.is_usable:
        return MapLayout(grid, "map.unusable_notice")
    present = units["unit_code"].isin(from_file.shapes)
    if not present.any():
        return MapLayout(grid, "map.none_in_file")
    return MapLayout(from_file, None, tuple(units.loc[~present, "name"]))
