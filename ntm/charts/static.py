"""Charts as PNG at presentation size, with their title and a caption of the scope, for slides and the
briefing; kaleido 1.5 draws them in Debian's Chromium, one browser kept per process."""

from __future__ import annotations

import html
import re
import threading
import warnings
from dataclasses import dataclass
from datetime import date

import plotly.graph_objects as go

from ntm.charts import fit_left_margin
from ntm.i18n import format_date, period_name, t
from ntm.names import slug
from ntm.periods import parse_period

PRESENTATION_WIDTH, PRESENTATION_HEIGHT = 1600, 900
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CAPTION_NAME = "scope_caption"  # the annotation's name, so tests and readers can find it
_CAPTION_BAND = 56  # pixels added under the chart for the caption
_MIN_FONT_SIZE = 16  # read across a meeting room, not on a laptop

# One Chromium for the whole process: starting one costs ~2 s, a picture after that ~0.2 s. Kaleido's
# server is a singleton not made for concurrent callers, and Streamlit runs each session in its own thread.
_kaleido_lock = threading.Lock()
_kaleido_started = False


@dataclass(frozen=True)
class ChartScope:
    """What the caption under an exported chart says: where, when, which criteria set, data up to when."""

    place: str
    period: str
    set_name: str = ""
    data_until: date | None = None  # None: the period's last day


def data_until(period: str, as_of: str | date | None) -> date:
    """The last day the figures can speak for: the period's end, or the data's `as_of` when earlier."""
    end = parse_period(period).end
    if isinstance(as_of, str):
        try:
            as_of = date.fromisoformat(as_of[:10])
        except ValueError:
            as_of = None
    return min(end, as_of) if isinstance(as_of, date) else end


def chart_caption(scope: ChartScope, lang: str) -> str:
    """`Huyện Sông Lô · 6 tháng đầu năm 2019 · Bộ tiêu chí … · Số liệu đến ngày 30/06/2019`."""
    until = scope.data_until or parse_period(scope.period).end
    parts = [
        scope.place,
        period_name(scope.period, lang),
        scope.set_name,
        t("static.data_until", lang, date=format_date(until, lang)),
    ]
    return " · ".join(p for p in parts if p)


def chart_file_name(chart_key: str, place: str, period: str) -> str:
    """`ntm_bieu-do-nhom-tieu-chi-dat_song-lo_2019-H1.png`: what, where and when in ASCII."""
    parts = [
        "ntm",
        "bieu-do-" + slug(t(f"static.chart.{chart_key}", "vi")),
        slug(place, drop_administrative_word=True),
        re.sub(r"[^A-Za-z0-9-]", "", period),
    ]
    return "_".join(p for p in parts if p and p != "bieu-do-") + ".png"


def presentation_figure(
    figure: go.Figure,
    caption: str,
    title: str | None = None,
    width: int = PRESENTATION_WIDTH,
    height: int = PRESENTATION_HEIGHT,
) -> go.Figure:
    """A copy of `figure` sized for a slide, fonts readable at a distance, the caption in a band under it;
    `title` is used only when the figure has none of its own."""
    static = go.Figure(figure)
    layout = static.layout
    text = caption_lines(caption, width - (layout.margin.l or 80) - (layout.margin.r or 80))
    old_bottom = layout.margin.b if layout.margin.b is not None else 80
    old_top = layout.margin.t if layout.margin.t is not None else 80
    bottom = old_bottom + _CAPTION_BAND + 18 * text.count("<br>")
    top = max(old_top, 90)
    plot_height = max(1, height - top - bottom)
    legend = layout.legend
    is_at_foot = legend.y is not None and (legend.y < 0 or (legend.yref == "container" and legend.y < 0.2))
    if is_at_foot:
        # A legend under the axis would meet the caption band (plotly moves it as margins grow): on a
        # wide slide it reads as well at the right of the plot, where nothing else is.
        static.update_layout(
            legend=dict(orientation="v", yref="paper", y=1, yanchor="top", x=1.01, xanchor="left")
        )
    static.update_layout(
        width=width,
        height=height,
        margin=dict(b=bottom, t=top),
        font=dict(size=max(layout.font.size or 0, _MIN_FONT_SIZE)),
        paper_bgcolor="white",
    )
    if not (layout.title and layout.title.text) and title:
        static.update_layout(title=dict(text=f"<b>{html.escape(title)}</b>", x=0, xanchor="left"))
    fit_left_margin(static)  # the picture's larger type needs a wider margin for long category names
    static.add_annotation(
        name=CAPTION_NAME,
        text=text,
        xref="paper",
        yref="paper",
        x=0,
        # At the picture's foot, below any legend the chart keeps under its axis.
        y=-(bottom - 8) / plot_height,
        xanchor="left",
        yanchor="bottom",
        showarrow=False,
        align="left",
        font=dict(size=14, color="#444444"),
    )
    return static


def caption_lines(caption: str, width: int, font_size: int = 14) -> str:
    """The caption escaped (place names are data: never markup in the picture) and broken into lines
    at its ` · ` separators so that it fits `width` pixels; plotly does not wrap annotations itself."""
    fits = max(20, int(width / (font_size * 0.6)))
    lines, current = [], ""
    for part in caption.split(" · "):
        candidate = f"{current} · {part}" if current else part
        if current and len(candidate) > fits:
            lines.append(current)
            candidate = part
        current = candidate
    lines.append(current)
    return "<br>".join(html.escape(line) for line in lines)


def _start_kaleido() -> None:
    global _kaleido_started
    if not _kaleido_started:
        import kaleido

        kaleido.start_sync_server(silence_warnings=True)
        _kaleido_started = True


def figure_png(figure: go.Figure, width: int, height: int, scale: float = 1) -> bytes:
    """The figure drawn by kaleido as PNG bytes, exactly `width`×`height` at `scale` 1."""
    with _kaleido_lock:
        _start_kaleido()
        with warnings.catch_warnings():
            # plotly passes browser options that a running server no longer needs; harmless.
            warnings.filterwarnings("ignore", message="The kopts argument is ignored")
            return figure.to_image(format="png", width=width, height=height, scale=scale)


def chart_png(
    figure: go.Figure,
    caption: str,
    title: str | None = None,
    width: int = PRESENTATION_WIDTH,
    height: int = PRESENTATION_HEIGHT,
    scale: float = 1,
) -> bytes:
    """A presentation-size PNG of the chart with its title and the scope caption under it."""
    return figure_png(presentation_figure(figure, caption, title, width, height), width, height, scale)


def png_size(content: bytes) -> tuple[int, int]:
    """(width, height) read from a PNG's header chunk."""
    if not content.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG")
    return int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")
