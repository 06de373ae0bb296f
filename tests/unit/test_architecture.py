"""The layering promised in STYLE.md: the core never loads Streamlit, pages hold no SQL."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_modules_import_without_streamlit():
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in ROOT.joinpath("ntm").rglob("*.py")
        if "ui" not in p.relative_to(ROOT / "ntm").parts and p.name != "__main__.py"
    )
    assert "ntm.store" in modules
    code = f"import sys\nfor m in {modules!r}: __import__(m)\nprint('streamlit' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_pages_hold_no_sql_and_no_duckdb():
    for page in [*ROOT.joinpath("pages").glob("*.py"), ROOT / "dashboard.py"]:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"\bduckdb\b|\.execute\(|\bSELECT\b|read_parquet", text), page.name


def test_no_page_renders_raw_html():
    for path in [
        *ROOT.joinpath("pages").glob("*.py"),
        *ROOT.joinpath("ntm").rglob("*.py"),
        ROOT / "dashboard.py",
    ]:
        assert "unsafe_allow_html=True" not in path.read_text(encoding="utf-8"), path.name


def test_no_core_module_imports_streamlit_even_lazily():
    # Importing every core module above only catches imports at module level; one inside a function
    # (a protocol client, a test driver) belongs in ntm.ui all the same.
    statement = re.compile(r"^\s*(from|import)\s+streamlit\b", re.MULTILINE)
    offenders = [
        str(p.relative_to(ROOT))
        for p in ROOT.joinpath("ntm").rglob("*.py")
        if "ui" not in p.relative_to(ROOT / "ntm").parts and statement.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
