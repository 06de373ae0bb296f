"""Names from the data shown as text, never as markup: escaping for Markdown (Streamlit) and Plotly text.

Unit, village and criterion names come from whoever fills the data folder; one of them may hold
`<img src=x onerror=…>`, `**bold**` or `[x](javascript:…)`. Every sink that interprets markup gets it
through one of these helpers.
"""

from __future__ import annotations

import re

import pandas as pd

# Every ASCII punctuation mark may be backslash-escaped in CommonMark. These start markup anywhere in a
# line of Streamlit's Markdown: emphasis, code, links and images, HTML and entities, tables,
# strikethrough, LaTeX (`$`), coloured text and icons (`:red[…]`, `:material/…:`). Parentheses and
# full stops stay as they are: common in names ("Xã A (cũ)", "TP. Vĩnh Yên") and harmless mid-line.
_MARKDOWN_SPECIAL = frozenset("\\`*_[]<>&$:|~")
# Marks that start a heading, list or quote only at the beginning of a line.
_LINE_START = re.compile(r"^(\s*)([#>+=-])")
_LINE_START_NUMBER = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")


def escape_markdown(text: object) -> str:
    """The text as Markdown that renders exactly as written, on one line."""
    flat = " ".join(str(text).splitlines())
    escaped = "".join(f"\\{char}" if char in _MARKDOWN_SPECIAL else char for char in flat)
    escaped = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
    escaped = _LINE_START_NUMBER.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
    # GitHub-flavoured Markdown links a bare "www.…" by itself.
    return re.sub(r"(?i)\bwww\.", lambda m: m.group(0)[:-1] + "\\.", escaped)


def markdown_table(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of a display table whose text cells render as written in `st.table` (which reads Markdown)."""
    escaped = frame.copy()
    for column in escaped.columns:
        escaped[column] = [escape_markdown(v) if isinstance(v, str) else v for v in escaped[column]]
    return escaped


def escape_plotly(text: object) -> str:
    """The text for a Plotly title, label or hover: Plotly reads a subset of HTML tags and entities in
    every text, so `<`, `>` and `&` become entities that it shows as the characters themselves."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
