"""The loading note of a new browser session: shown by the page Streamlit sends, before any of its
scripts has run, and hidden by the browser itself (CSS only) once the page's title is drawn.

A shared link took 1–3 s on this machine before anything showed (Streamlit's scripts, the websocket,
the first script run, then drawing): the note says at once that the dashboard is coming. The language
is not known before the first run, so it says it in Vietnamese and, under it, in English.
"""

from __future__ import annotations

from html import escape

from ntm.i18n import t

# Hidden once the main area has a title (every page starts with one) or shows an error, or when the
# app is in meeting mode's print view: the note must never sit over the content.
_STYLE = """<style>
.ntm-loading { position: fixed; inset: 0; z-index: 1; display: flex; flex-direction: column;
  align-items: center; justify-content: center; gap: 0.4rem; pointer-events: none;
  font-family: "Source Sans", "Source Sans Pro", sans-serif; color: #1a1a1a; }
.ntm-loading p { margin: 0; font-size: 1.5rem; }
.ntm-loading p[lang="en"] { font-size: 1rem; color: #555; }
body:has([data-testid="stMain"] h1) .ntm-loading,
body:has([data-testid="stMain"] [data-testid="stException"]) .ntm-loading,
body:has([data-testid="stMain"] [data-testid="stAlert"]) .ntm-loading { display: none; }
@media print { .ntm-loading { display: none; } }
</style>"""


def loading_note() -> str:
    """The note's HTML and style, to follow the page's root element."""
    lines = "".join(f'<p lang="{lang}">{escape(t("app.loading", lang))}</p>' for lang in ("vi", "en"))
    return f'<div class="ntm-loading" data-ntm-loading role="status">{lines}</div>{_STYLE}'
