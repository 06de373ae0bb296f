"""Offline intranets: what the browser loads must come from the app itself (fonts, icons, no telemetry)."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import streamlit

ROOT = Path(__file__).resolve().parents[2]
STREAMLIT_STATIC = Path(streamlit.__file__).parent / "static"
APP_SOURCES = [
    ROOT / "dashboard.py",
    *sorted((ROOT / "pages").glob("*.py")),
    *sorted((ROOT / "ntm").rglob("*.py")),
]


def test_streamlit_telemetry_is_off_in_the_projects_config() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False


def test_the_config_names_no_outside_font_or_url() -> None:
    text = (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    assert not re.search(r"https?://", code), "a URL in config.toml would be fetched by every browser"


def test_material_icons_in_the_page_come_from_streamlits_bundled_font() -> None:
    """`:material/…:` icons on buttons and in text are drawn with this font, served by the app."""
    assert list((STREAMLIT_STATIC / "static" / "media").glob("MaterialSymbols-Rounded*.woff2"))


def test_no_page_icon_is_a_material_icon() -> None:
    """Streamlit 1.67 turns a `:material/…:` page icon (set_page_config, st.Page) into a favicon URL on
    fonts.gstatic.com; button and text icons use the bundled font instead."""
    offending = []
    for path in APP_SOURCES:
        source = path.read_text(encoding="utf-8")
        if re.search(r"page_icon\s*=\s*[\"']:material/", source) or re.search(
            r"st\.Page\([^)]*icon\s*=\s*[\"']:material/", source, re.S
        ):
            offending.append(str(path.relative_to(ROOT)))
    assert offending == []


def test_streamlits_frontend_fetches_material_favicons_from_google() -> None:
    """The fact the rule above rests on: if a Streamlit upgrade drops it, the rule may go too."""
    bundles = (STREAMLIT_STATIC / "static" / "js").glob("index.*.js")
    assert any("fonts.gstatic.com/s/i/short-term/release/materialsymbols" in p.read_text() for p in bundles)


def test_no_full_garbage_collection_after_every_script_run():
    # Streamlit's default gc.collect(2) after each run holds the GIL ~0.1 s and stalls every other
    # session: it halved what one server could serve (python -m tools loadtest).
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["postScriptGC"] is False


def test_no_magic_rewriting_of_page_scripts():
    # Every element is an explicit st call; rewriting each page's syntax tree on its first run is time
    # spent for nothing.
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["magicEnabled"] is False
    # ...so a bare value on a line of a page would show nothing: there is none.
    bare = []
    for script in [ROOT / "dashboard.py", *sorted((ROOT / "pages").glob("*.py"))]:
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Expr) and not isinstance(node.value, (ast.Call, ast.Constant)):
                bare.append(f"{script.name}:{node.lineno}")
    assert bare == []
