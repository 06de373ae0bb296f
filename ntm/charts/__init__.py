"""Plotly figures built from query results, one module per page; titles say what and when. No Streamlit."""

from __future__ import annotations

from ntm.markup import escape_plotly as safe_text

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and on a projector.
MET_COLOUR = "#0072B2"  # blue
NOT_MET_COLOUR = "#E69F00"  # orange
UNKNOWN_COLOUR = "#BBBBBB"  # grey
ACCENT_COLOUR = "#D55E00"  # vermillion, for thresholds and targets
BAR_COLOUR = MET_COLOUR
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
