"""Plotly figures built from query results, one module per page; titles say what and when. No Streamlit.
This module is the charts' theme, defined once: the palette, tier and status colours, ink, legends, axes."""

from __future__ import annotations

import math
import re
import textwrap

import plotly.graph_objects as go

from ntm.i18n import period_name, t
from ntm.markup import escape_plotly as safe_text
from ntm.periods import parse_period
from ntm.store.schema import REFORM_DATE

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and on a projector.
MET_COLOUR = "#0072B2"  # blue
NOT_MET_COLOUR = "#E69F00"  # orange
UNKNOWN_COLOUR = "#BBBBBB"  # grey
ACCENT_COLOUR = "#D55E00"  # vermillion, for thresholds and targets
BAR_COLOUR = MET_COLOUR
# One per tier (as the overview's tier trend): blue NTM, green advanced, purple model; the 2026–2030 pilot
# "NTM hiện đại" is the tier above NTM of its period (no set has both it and nâng cao), so it takes
# the dark green that reads as the next step up without clashing with orange (not met).
TIER_COLOURS = {"ntm": "#0072B2", "advanced": "#009E73", "model_commune": "#CC79A7", "modern": "#117733"}
# The map's classes below NTM: every criterion met but not recognised (light blue), not yet (orange).
REACHING_COLOUR = "#56B4E9"
NOT_YET_COLOUR = "#E69F00"
INK = "#1a1a1a"  # text on a white chart: as dark as a projector needs
GRID_COLOUR = "#dddddd"
LEGEND_BELOW = dict(orientation="h", yanchor="top", y=-0.18, x=0)
LEGEND_ABOVE = dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0, font=dict(size=15))
# A status grid (commune × criterion, village × criterion, criterion × period): not met 0, no data 1,
# met 2 on one colour scale, so every grid colours a status the same way.
STATUS_CODES = {"not_met": 0, "unknown": 1, "met": 2}
STATUS_COLOURS = {"met": MET_COLOUR, "not_met": NOT_MET_COLOUR, "unknown": UNKNOWN_COLOUR}
STATUS_COLOURSCALE = [[0, NOT_MET_COLOUR], [0.5, UNKNOWN_COLOUR], [1, MET_COLOUR]]
STATUS_GRID = dict(colorscale=STATUS_COLOURSCALE, zmin=0, zmax=2, showscale=False, xgap=2, ygap=2)
ROW_HEIGHT = 34  # per bar of a horizontal bar chart, so long criterion names stay legible
FONT = dict(family="Source Sans, Noto Sans, DejaVu Sans, Arial, sans-serif", size=16)


def separators(lang: str) -> str:
    """Plotly's decimal and thousands separators for the language (`1.234,5` in Vietnamese)."""
    return ",." if lang == "vi" else ".,"


def status_code(status: object) -> int:
    """A status's place on `STATUS_COLOURSCALE`; anything else reads as no data."""
    return (
        STATUS_CODES.get(status, STATUS_CODES["unknown"])
        if isinstance(status, str)
        else STATUS_CODES["unknown"]
    )


def period_tick(period: str, lang: str) -> str:
    """A period on a chart's axis by its name, in short lines: `6 tháng<br>cuối năm<br>2024`."""
    return t("period.tick" if period.endswith("1") else "period.tick_h2", lang, year=period[:4])


# More periods than this and their names no longer fit under their bars: the axis then names each year
# once and says what its two periods are (the hover names each period in full).
NAMED_TICKS_MAX = 6


def period_ticks(periods: list[str], lang: str, chosen: str | None = None) -> dict:
    """Tick values and texts of a category axis of period codes, by name, never by code: each period's
    name when few (`6 tháng<br>cuối năm<br>2024`), else each year once; the chosen period in bold."""
    if len(periods) <= NAMED_TICKS_MAX:
        shown = list(periods)
        texts = [period_tick(p, lang) for p in periods]
    else:
        firsts = {p[:4]: p for p in reversed(periods)}
        if chosen in periods:  # the chosen period stands for its year
            firsts[chosen[:4]] = chosen
        shown = sorted(firsts.values())
        texts = [period_tick(p, lang) if p == chosen else p[:4] for p in shown]
    return dict(
        tickvals=shown,
        ticktext=[f"<b>{text}</b>" if p == chosen else text for p, text in zip(shown, texts, strict=True)],
        title=None if len(periods) <= NAMED_TICKS_MAX else t("period.axis_halves", lang),
    )


def period_span(periods: list[str], lang: str) -> str:
    """`6 tháng đầu năm 2016 – 6 tháng cuối năm 2024`: the periods a chart covers, by name."""
    return f"{period_name(periods[0], lang)} – {period_name(periods[-1], lang)}" if periods else ""


def period_axis(periods: list[str], lang: str) -> dict:
    """A category axis of period codes whose ticks read as period names."""
    return dict(type="category", categoryorder="array", categoryarray=periods, **period_ticks(periods, lang))


def chart_title(what: str, place: str, when: str) -> dict:
    """A title that says what (bold) and, under it, where and when: it stays whole in a half-width column."""
    return dict(
        text=f"<b>{what}</b>",
        subtitle=dict(text=" · ".join(safe_text(part) for part in (place, when) if part), font=dict(size=14)),
        x=0,
        xanchor="left",
        font=dict(size=18),
    )


def horizontal_bars_layout(
    lang: str, title: dict, x_title: str, categories: list[str], x_max: float, barmode: str = "stack"
) -> dict:
    """Horizontal bars, one row per item in the order of `categories`, large dark text for projectors;
    legend above the plot."""
    return dict(
        title=title,
        font=FONT,
        separators=separators(lang),
        height=170 + ROW_HEIGHT * max(len(categories), 3),
        margin=dict(l=20, r=30, t=120, b=60),
        barmode=barmode,
        legend={**LEGEND_ABOVE, "traceorder": "normal"},
        plot_bgcolor="#ffffff",
        xaxis=dict(
            title=dict(text=x_title, font=dict(size=16, color=INK)),
            tickformat="d",
            dtick=1 if x_max <= 10 else None,
            range=[0, max(x_max, 1) * 1.1],
            gridcolor=GRID_COLOUR,
            tickfont=dict(size=15, color=INK),
        ),
        yaxis=dict(
            categoryorder="array",
            categoryarray=categories,
            # Every row named: plotly skips category ticks it finds crowded (two-line names on a slide).
            tickmode="array",
            tickvals=categories,
            autorange="reversed",
            automargin=True,
            tickfont=dict(size=15, color=INK),
        ),
    )


# Each figure is built by one `go.Figure(data=..., layout=...)` call: plotly's update_layout and
# add_trace on a figure that exists cost several times as much as the constructor; `base_layout` gives the
# settings every figure shares, which a figure's own settings (margin, legend) replace.
def base_layout(title: dict, lang: str, height: int = 420) -> dict:
    return dict(
        title=title,
        font=FONT,
        height=height,
        margin=dict(l=60, r=20, t=80, b=90),
        separators=separators(lang),
        legend=LEGEND_BELOW,
    )


def era_spans(periods: list[str]) -> list[slice]:
    """Positions of the sorted `periods` before 1/7/2025 and from it: one slice per era that has periods."""
    first_after = next(
        (i for i, period in enumerate(periods) if parse_period(period).end >= REFORM_DATE), None
    )
    if first_after is None or first_after == 0:
        return [slice(0, len(periods))]
    return [slice(0, first_after), slice(first_after, len(periods))]


def reform_marker(periods: list[str], label: str) -> dict:
    """A dotted vertical line, named `label`, between the last period before 1/7/2025 and the first after it on
    a period category axis (`period_axis`); no line when the periods do not span the reorganisation."""
    after = [i for i, period in enumerate(periods) if parse_period(period).end >= REFORM_DATE]
    if not after or after[0] == 0:
        return {"shapes": [], "annotations": []}
    x = after[0] - 0.5
    line = dict(
        type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1, line=dict(color=INK, width=2, dash="dot")
    )
    note = dict(x=x, xref="x", y=1.0, yref="paper", text=label, showarrow=False, xanchor="left", yanchor="bottom",
                font=dict(size=13, color=INK))  # fmt: skip
    return {"shapes": [line], "annotations": [note]}


# Category labels of horizontal bars (criterion names) sized by hand: kaleido's pictures and plotly's own
# margin (l=10) would otherwise cut them to their last letters. Glyph advances as a share of the font size,
# measured on DejaVu Sans / Noto Sans (the widest of FONT's families on the servers): a safe over-estimate.
_NARROW_GLYPHS = frozenset("fijlrtI.,:;|!'()[]/ -")
_WIDE_GLYPHS = frozenset("mwMWĐ%")
_TAG = re.compile(r"<[^>]+>")
LABEL_WRAP_CHARS = 30  # a criterion name longer than this goes onto two lines
LABEL_PAD = 28  # pixels: the gap to the axis (`LABEL_STANDOFF`) and room at the picture's left edge
LABEL_STANDOFF = 8  # pixels between a category name and its bar


def text_width(text: str, font_size: float) -> float:
    """Estimated pixel width of one line of `text` (tags removed) at `font_size`."""
    plain = _TAG.sub("", text).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    share = 0.0
    for glyph in plain:
        if glyph in _NARROW_GLYPHS:
            share += 0.34
        elif glyph in _WIDE_GLYPHS or glyph.isupper():
            share += 0.74
        else:
            share += 0.6
    return share * font_size


def wrap_label(text: str, width: int = LABEL_WRAP_CHARS, max_lines: int = 2) -> str:
    """`text` broken at spaces into at most `max_lines` lines (`<br>` between them) when longer than `width`
    characters: two lines split near the middle (no one-word orphan), else lines of about `width`; what would
    not fit ends the last line with "…" (the hover keeps the full name)."""
    if len(text) <= width:
        return text
    spaces = [i for i, c in enumerate(text) if c == " "]
    if max_lines >= 2 and spaces:
        middle = min(spaces, key=lambda i: max(i, len(text) - i - 1))
        if max(middle, len(text) - middle - 1) <= width:
            return f"{text[:middle]}<br>{text[middle + 1 :]}"
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
    if len(lines) > max_lines:
        last = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], textwrap.shorten(last, width=width, placeholder=" …")]
    return "<br>".join(lines) or text


def label_margin(labels: list[str], font_size: float, pad: int = LABEL_PAD) -> int:
    """The left margin (pixels) that holds the longest line of `labels` at `font_size`."""
    longest = max(
        (text_width(line, font_size) for label in labels for line in str(label).split("<br>")), default=0
    )
    return int(math.ceil(longest + pad))


def fit_left_margin(figure: go.Figure) -> go.Figure:
    """Widens the left margin of a horizontal-bar figure to its category labels at the axis's tick size
    (call it again after the fonts change: projector, picture); never narrows it."""
    labels = [
        str(y)
        for trace in figure.data
        if trace.type == "bar" and trace.orientation == "h"
        for y in trace.y or ()
    ]
    if not labels:
        return figure
    axis = figure.layout.yaxis
    labels = [str(tick) for tick in axis.ticktext] if axis.ticktext else labels
    size = (
        (axis.tickfont.size if axis.tickfont and axis.tickfont.size else None)
        or figure.layout.font.size
        or 12
    )
    figure.update_layout(margin=dict(l=max(figure.layout.margin.l or 0, label_margin(labels, size))))
    figure.update_yaxes(ticklabelstandoff=LABEL_STANDOFF)
    return figure


def count_ticks(top: float) -> dict:
    """Whole-number ticks for a count axis: every unit up to 10, then 1, 2 or 5 × 10ⁿ apart (about six ticks)."""
    if top <= 10:
        return dict(tick0=0, dtick=1, tickformat=",d")
    magnitude = 10 ** math.floor(math.log10(top / 6))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= top / 6)
    return dict(tick0=0, dtick=step, tickformat=",d")
