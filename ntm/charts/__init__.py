"""Plotly figures built from query results, one module per page; titles say what and when. No Streamlit."""

from __future__ import annotations

from ntm.markup import escape_plotly as safe_text

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and on a projector.
MET_COLOUR = "#0072B2"  # blue
NOT_MET_COLOUR = "#E69F00"  # orange
UNKNOWN_COLOUR = "#BBBBBB"  # grey
ACCENT_COLOUR = "#D55E00"  # vermillion, for thresholds and targets
BAR_COLOUR = MET_COLOUR
# One per tier (as the overview's tier trend): blue NTM, green advanced, purple model.
TIER_COLOURS = {"ntm": "#0072B2", "advanced": "#009E73", "model_commune": "#CC79A7"}
INK = "#1a1a1a"  # text on a white chart: as dark as a projector needs
LEGEND_BELOW = dict(orientation="h", yanchor="top", y=-0.18, x=0)
ROW_HEIGHT = 34  # per bar of a horizontal bar chart, so long criterion names stay legible
FONT = dict(family="Source Sans, Noto Sans, DejaVu Sans, Arial, sans-serif", size=16)


def separators(lang: str) -> str:
    """Plotly's decimal and thousands separators for the language (`1.234,5` in Vietnamese)."""
    return ",." if lang == "vi" else ".,"


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
        legend=dict(
            orientation="h",
            yanchor="bottom",
            y=1.0,
            xanchor="left",
            x=0,
            font=dict(size=15),
            traceorder="normal",
        ),
        plot_bgcolor="#ffffff",
        xaxis=dict(
            title=dict(text=x_title, font=dict(size=16, color=INK)),
            tickformat="d",
            dtick=1 if x_max <= 10 else None,
            range=[0, max(x_max, 1) * 1.1],
            gridcolor="#dddddd",
            tickfont=dict(size=15, color=INK),
        ),
        yaxis=dict(
            categoryorder="array",
            categoryarray=categories,
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
