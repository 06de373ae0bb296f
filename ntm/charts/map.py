"""The commune map as filled polygons on plain axes: no tiles, no map library's world data, so it draws offline."""

from __future__ import annotations

import html
import math
from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ntm.charts import (
    FONT,
    MET_COLOUR,
    NOT_MET_COLOUR,
    NOT_YET_COLOUR,
    REACHING_COLOUR,
    TIER_COLOURS,
    separators,
    text_width,
)
from ntm.geo import NO_DATA, NOT_ASSESSED, Boundaries, district_outlines
from ntm.i18n import format_number, t
from ntm.tables import labels
from ntm.tables.labels import status_name, tier_name

# The palette's tier colours and, below NTM, reaching and not yet; missing data grey and hatched, units
# outside the programme white.
CLASS_COLOURS = {**TIER_COLOURS, "reaching": REACHING_COLOUR, "not_yet": NOT_YET_COLOUR}
BIN_COLOURS = ("#0072B2", "#56B4E9", "#F0E442", "#E69F00", "#D55E00")
STATUS_COLOURS = {"met": MET_COLOUR, "not_met": NOT_MET_COLOUR}
NO_DATA_COLOUR = "#D9D9D9"
NO_DATA_PATTERN = dict(shape="/", fgcolor="#6E6E6E", bgcolor=NO_DATA_COLOUR, solidity=0.25, size=8)
NOT_ASSESSED_COLOUR = "#FFFFFF"
OUTLINE_COLOUR = "#3A3A3A"
DISTRICT_OUTLINE = dict(color="#000000", width=2.5)  # a province's districts, over the communes' thin lines
# A white halo keeps black names readable on the dark fills.
LABEL_HALO = "1px 1px 2px #FFFFFF, -1px -1px 2px #FFFFFF, 1px -1px 2px #FFFFFF, -1px 1px 2px #FFFFFF"
MAX_LABELLED = 40  # more names than this on one map cover each other: hover names them instead
# Names are placed so that no two boxes overlap (nor cover another commune's dot): each tries these places
# around its dot in turn; a name that fits nowhere is left to the hover. Offsets in units of (box width,
# box height) from the dot, as plotly's `textposition` puts the text.
LABEL_PLACES = (
    ("top center", -0.5, 0.0),
    ("bottom center", -0.5, -1.0),
    ("middle right", 0.0, -0.5),
    ("middle left", -1.0, -0.5),
    ("top right", 0.0, 0.0),
    ("top left", -1.0, 0.0),
    ("bottom right", 0.0, -1.0),
    ("bottom left", -1.0, -1.0),
)
_DOT_GAP_PX = 7  # between a dot's centre and its name
_ASSUMED_PLOT_WIDTH_PX = 760  # the map's plot beside its legend on a 1280 px screen: the narrowest we draw


def category_colours(order: tuple[str, ...]) -> dict[str, str]:
    """A fill colour per category of `ntm.geo.category_order`."""
    colours = {NO_DATA: NO_DATA_COLOUR, NOT_ASSESSED: NOT_ASSESSED_COLOUR, **CLASS_COLOURS, **STATUS_COLOURS}
    bins = [c for c in order if c not in colours]
    colours.update({label: BIN_COLOURS[i % len(BIN_COLOURS)] for i, label in enumerate(bins)})
    return {category: colours[category] for category in order}


# The map's own class names (`map.class.{…}`); tiers, reaching and statuses are the shared vocabulary's.
MAP_CLASS_KEYS = ("not_yet", "not_assessed")


def category_label(category: str, lang: str, threshold: str | None = None) -> str:
    if category in ("met", "not_met") and threshold:
        return t(f"map.class.{category}_threshold", lang, threshold=threshold)
    if category in TIER_COLOURS:
        return tier_name(category, lang)
    if category == "reaching":
        return t("label.reaching", lang)
    if category in ("met", "not_met"):
        return status_name(category, lang)
    if category == NO_DATA:
        return status_name("unknown", lang)
    if category in MAP_CLASS_KEYS:
        return t(f"map.class.{category}", lang)
    return t("map.class.bin", lang, label=category)


def _ring_xy(rings) -> tuple[list, list]:
    xs: list = []
    ys: list = []
    for ring in rings:
        xs.extend([p[0] for p in ring] + [None])
        ys.extend([p[1] for p in ring] + [None])
    return xs, ys


def _number(value: object, lang: str) -> str:
    if value is None or pd.isna(value):
        return "–"
    decimals = 0 if float(value).is_integer() else 1
    return format_number(float(value), lang, decimals)


def hover_text(row: dict, label: str, lang: str, estimated: bool = False) -> str:
    """Name, code, district, class and the values behind it; names are escaped (plotly reads tags)."""
    lines = [
        f"<b>{html.escape(str(row['name']))}</b> · {t('map.hover.code', lang)} {html.escape(str(row['unit_code']))}",
        html.escape(str(row.get("district_name") or "")),
        f"<i>{t('map.hover.estimated', lang)}</i>" if estimated else "",
        html.escape(label),
    ]
    total = row.get("criteria_total")
    if total is not None and not pd.isna(total):
        lines.append(
            t(
                "map.hover.criteria_met",
                lang,
                met=_number(row["criteria_met"], lang),
                total=_number(total, lang),
            )
        )
    if "threshold_value" in row and row.get("value") is not None and not pd.isna(row.get("value")):
        lines.append(
            t(
                "map.hover.value",
                lang,
                value=_number(row["value"], lang),
                threshold=_number(row["threshold_value"], lang),
            )
        )
    return "<br>".join(line for line in lines if line)


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def label_box(point: tuple[float, float], name: str, place: str, font_size: float) -> Box:
    """The pixel box of `name` at `place` (one of `LABEL_PLACES`) beside a dot at `point` (pixels, y up)."""
    width, height = text_width(name, font_size), font_size * 1.25
    dx, dy = next((dx, dy) for p, dx, dy in LABEL_PLACES if p == place)
    x0 = point[0] + dx * width + (_DOT_GAP_PX if dx == 0 else -_DOT_GAP_PX if dx == -1 else 0)
    y0 = point[1] + dy * height + (_DOT_GAP_PX if dy == 0 else -_DOT_GAP_PX if dy == -1 else 0)
    return (x0, y0, x0 + width, y0 + height)


def place_labels(points: list[tuple[float, float]], names: list[str], font_size: float) -> list[str | None]:
    """A `textposition` per name (points in pixels, y up) such that no two names' boxes overlap and no name
    covers another dot; None for a name that fits nowhere (its hover still names it). Greedy, in order."""
    dot = _DOT_GAP_PX - 2
    taken: list[Box] = []
    places: list[str | None] = []
    for index, (point, name) in enumerate(zip(points, names, strict=True)):
        others = [(x - dot, y - dot, x + dot, y + dot) for i, (x, y) in enumerate(points) if i != index]
        chosen = None
        for place, _, _ in LABEL_PLACES:
            box = label_box(point, name, place, font_size)
            if not any(_overlaps(box, other) for other in (*taken, *others)):
                chosen = place
                taken.append(box)
                break
        places.append(chosen)
    return places


def pixels_per_unit(boundaries: Boundaries, codes: list[str], plot_height: float) -> float:
    """Map units to screen pixels for the drawn `codes` (equal scales on both axes), assuming the narrowest
    plot we draw: names then never come out wider on screen than the placement allowed for."""
    xs = [x for code in codes for ring in boundaries.shapes[code].rings for x, _ in ring]
    ys = [y for code in codes for ring in boundaries.shapes[code].rings for _, y in ring]
    if not xs:
        return 1.0
    width, height = max(max(xs) - min(xs), 1e-9), max(max(ys) - min(ys), 1e-9)
    return min(plot_height / height, _ASSUMED_PLOT_WIDTH_PX / width)


def _axes(figure: go.Figure, row: int | None = None, col: int | None = None) -> None:
    hidden = dict(visible=False, showgrid=False, zeroline=False)
    figure.update_xaxes(hidden, row=row, col=col)
    figure.update_yaxes(hidden, row=row, col=col)


def commune_map(
    boundaries: Boundaries,
    classes: pd.DataFrame,
    order: tuple[str, ...],
    lang: str,
    title: dict,
    threshold: str | None = None,
    height: int = 620,
    font_size: int = 16,
    note: str | None = None,
    districts: Boundaries | None = None,
) -> go.Figure:
    """One polygon per unit of `classes` (unit_code, name, category, …) that has a shape; a dot at each
    commune carries its hover text and, for xã, its unit_code as customdata (a click opens its page).
    `note` is written under the map (estimated boundaries), so a picture of it keeps it. District outlines:
    `districts` (the former ones, after the reform), else dissolved by the units' `district_name`."""
    colours = category_colours(order)
    drawn = classes[classes["unit_code"].isin(boundaries.shapes)]
    figure = go.Figure()
    for category in order:
        figure.add_trace(
            go.Scatter(
                x=[None], y=[None], mode="markers", name=category_label(category, lang, threshold),
                marker=dict(symbol="square", size=18, color=colours[category], line=dict(color=OUTLINE_COLOUR, width=1)),
                legendgroup=category, legendrank=order.index(category) + 1,
                showlegend=bool((drawn["category"] == category).any()), hoverinfo="skip",
            )
        )  # fmt: skip
    records = drawn.to_dict("records")
    for row in records:
        xs, ys = _ring_xy(boundaries.shapes[row["unit_code"]].rings)
        pattern = NO_DATA_PATTERN if row["category"] == NO_DATA else None
        figure.add_trace(
            go.Scatter(
                x=xs, y=ys, mode="lines", fill="toself", fillcolor=colours[row["category"]], fillpattern=pattern,
                line=dict(color=OUTLINE_COLOUR, width=1), legendgroup=row["category"], showlegend=False,
                hoverinfo="skip", name=str(row["unit_code"]),
            )
        )  # fmt: skip
    labelled = len(records) <= MAX_LABELLED
    # Under the dots, so they stay clickable.
    _add_districts(figure, boundaries, drawn, not labelled, font_size, height, districts)
    label_size = font_size - 2
    scale = pixels_per_unit(boundaries, [r["unit_code"] for r in records], height - 100)
    # Every name placed at once (communes first, then wards and towns), so none covers another's.
    ordered = sorted(records, key=lambda r: r["category"] == NOT_ASSESSED)
    placed = (
        dict(zip(
            [r["unit_code"] for r in ordered],
            place_labels(
                [tuple(v * scale for v in boundaries.shapes[r["unit_code"]].label_at) for r in ordered],
                [str(r["name"]) for r in ordered], label_size,
            ),
            strict=True,
        ))
        if labelled
        else {}
    )  # fmt: skip
    for assessed in (True, False):
        rows = [r for r in records if (r["category"] != NOT_ASSESSED) == assessed]
        if not rows:
            continue
        points = [boundaries.shapes[r["unit_code"]].label_at for r in rows]
        texts = [
            hover_text(
                r,
                category_label(r["category"], lang, threshold),
                lang,
                boundaries.shapes[r["unit_code"]].estimated,
            )
            for r in rows
        ]
        if assessed:
            texts = [f"{text}<br><i>{t('map.hover.open', lang)}</i>" for text in texts]
        names = [str(r["name"]) for r in rows]
        places = [placed.get(r["unit_code"]) for r in rows]
        figure.add_trace(
            go.Scatter(
                x=[p[0] for p in points], y=[p[1] for p in points],
                mode="markers+text" if labelled else "markers",
                text=[name if place else "" for name, place in zip(names, places, strict=True)],
                textposition=[place or "top center" for place in places],
                textfont=dict(size=label_size, color="#111111", shadow=LABEL_HALO),
                # Many communes (a province): small dots, so the colours of the communes stay readable.
                marker=dict(size=(11 if labelled else 7) if assessed else 5,
                            color="#111111" if assessed else "#888888",
                            line=dict(color="#FFFFFF", width=2 if labelled else 1)),
                customdata=[r["unit_code"] for r in rows] if assessed else None,
                hovertext=texts, hovertemplate="%{hovertext}<extra></extra>", showlegend=False,
                name="communes" if assessed else "others",
            )
        )  # fmt: skip
    _axes(figure)
    figure.update_yaxes(scaleanchor="x", scaleratio=1)
    figure.update_layout(
        title=title,
        font={**FONT, "size": font_size},
        height=height,
        margin=dict(l=10, r=10, t=90, b=40 if note else 10),
        separators=separators(lang),
        plot_bgcolor="#FFFFFF",
        paper_bgcolor="#FFFFFF",
        legend=dict(orientation="v", x=1.0, xanchor="left", y=1.0, itemclick=False, itemdoubleclick=False),
        clickmode="event+select",
        dragmode=False,
        hoverlabel=dict(font_size=font_size),
    )
    if note:
        figure.add_annotation(
            text=f"<i>{html.escape(note)}</i>", xref="paper", yref="paper", x=0, y=0, yshift=-30,
            xanchor="left", yanchor="bottom", showarrow=False, font=dict(size=font_size - 3, color="#333333"),
        )  # fmt: skip
    return figure


def _add_districts(
    figure: go.Figure,
    boundaries: Boundaries,
    drawn: pd.DataFrame,
    names_shown: bool,
    font_size: int,
    height: int,
    districts: Boundaries | None = None,
) -> None:
    """A province's map: its districts' outlines drawn thick (so a leader finds Sông Lô among 136 communes)
    and, where the communes are not named, the districts' names; nothing for one district or a grid.
    `districts`: the former districts' outlines (after the reform), else dissolved by `district_name`."""
    if districts is not None:
        outlines = dict(districts.shapes)
    elif "district_name" in drawn:
        outlines = district_outlines(
            boundaries, dict(zip(drawn["unit_code"], drawn["district_name"], strict=True))
        )
    else:
        return
    if not outlines:
        return
    xs, ys = _ring_xy([ring for shape in outlines.values() for ring in shape.rings])
    figure.add_trace(
        go.Scatter(x=xs, y=ys, mode="lines", line=DISTRICT_OUTLINE, hoverinfo="skip", showlegend=False,
                   name="districts")
    )  # fmt: skip
    if names_shown:
        shapes = list(outlines.values())
        names = [district_short_name(name) for name in outlines]
        scale = pixels_per_unit(boundaries, list(drawn["unit_code"]), height - 100)
        points = [(shape.label_at[0] * scale, shape.label_at[1] * scale) for shape in shapes]
        places = place_labels(points, names, font_size)  # names that would collide are left out
        figure.add_trace(
            go.Scatter(
                x=[shape.label_at[0] for shape in shapes], y=[shape.label_at[1] for shape in shapes],
                mode="text", text=[f"<b>{html.escape(n)}</b>" if p else "" for n, p in zip(names, places, strict=True)],
                textposition=[p or "middle center" for p in places],
                textfont=dict(size=font_size - 2, color="#000000", shadow=LABEL_HALO),
                hoverinfo="skip", showlegend=False, name="district_names",
            )
        )  # fmt: skip


_DISTRICT_WORDS = (("Huyện ", ""), ("Thị xã ", "TX "), ("Thành phố ", "TP "))


def district_short_name(name: str) -> str:
    """`Huyện Sông Lô` → `Sông Lô`, `Thành phố Phúc Yên` → `TP Phúc Yên`: the map has little room."""
    for word, short in _DISTRICT_WORDS:
        if name.startswith(word):
            return short + name[len(word) :]
    return name


def small_multiples(
    boundaries: Boundaries | Mapping[str, Boundaries],
    classes_by_period: dict[str, pd.DataFrame],
    order: tuple[str, ...],
    lang: str,
    titles: dict[str, str],
    title: dict,
) -> go.Figure:
    """One small map per period (same colours and legend) to see the change over the years; `boundaries`
    are every period's, or each period's own (the outlines change with the 1/7/2025 reform)."""
    periods = list(classes_by_period)
    columns = min(4, max(1, len(periods)))
    rows = max(1, math.ceil(len(periods) / columns))
    figure = make_subplots(
        rows=rows, cols=columns, subplot_titles=[titles[p] for p in periods],
        horizontal_spacing=0.02, vertical_spacing=0.08 / rows,
    )  # fmt: skip
    colours = category_colours(order)
    shown: set[str] = set()
    for index, period in enumerate(periods):
        row, col = index // columns + 1, index % columns + 1
        shapes = (boundaries if isinstance(boundaries, Boundaries) else boundaries[period]).shapes
        classes = classes_by_period[period]
        classes = classes[classes["unit_code"].isin(shapes)]
        for category in order:
            codes = classes.loc[classes["category"] == category, "unit_code"]
            if codes.empty:
                continue
            xs, ys = _ring_xy([ring for code in codes for ring in shapes[code].rings])
            figure.add_trace(
                go.Scatter(
                    x=xs, y=ys, mode="lines", fill="toself", fillcolor=colours[category],
                    fillpattern=NO_DATA_PATTERN if category == NO_DATA else None,
                    line=dict(color=OUTLINE_COLOUR, width=0.6), name=category_label(category, lang),
                    legendgroup=category, legendrank=order.index(category) + 1,
                    showlegend=category not in shown, hoverinfo="skip",
                ),
                row=row, col=col,
            )  # fmt: skip
            shown.add(category)
        _axes(figure, row, col)
        axis_suffix = "" if index == 0 else str(index + 1)
        figure.layout[f"yaxis{axis_suffix}"].update(scaleanchor=f"x{axis_suffix}", scaleratio=1)
    figure.update_layout(
        title=title,
        font=FONT,
        height=max(360, 300 * rows + 100),
        margin=dict(l=10, r=10, t=140, b=10),
        plot_bgcolor="#FFFFFF",
        paper_bgcolor="#FFFFFF",
        legend=dict(orientation="h", x=0, y=-0.02, yanchor="top", itemclick=False, itemdoubleclick=False),
        dragmode=False,
    )
    return figure


def threshold_text(measure: pd.DataFrame, direction: str, unit: object, kind: str, lang: str) -> str | None:
    """The colour break in the legend: `≥ 80 %`, or "by region" when communes' thresholds differ."""
    values = measure["threshold_value"].dropna().unique() if "threshold_value" in measure else []
    if kind == "bool" or len(values) == 0:
        return None
    if len(values) > 1:
        return t("map.threshold_by_region", lang)
    return labels.threshold_text(values[0], direction, kind, lang, unit)
