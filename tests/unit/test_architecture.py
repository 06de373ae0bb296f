"""The layering promised in STYLE.md: the core never loads Streamlit, pages hold no SQL."""

import ast
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
    assert "ntm.store.database" in modules
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


# The layers of the package, lowest first: a module may import its own layer and those below it, never
# one above (ntm.ui and the pages sit on top of everything; tools/ outside the product).
LAYERS = (
    (
        "ntm.settings",
        "ntm.texts",
        "ntm.i18n",
        "ntm.markup",
        "ntm.names",
        "ntm.periods",
        "ntm.bins",
        "ntm.filters",
    ),
    ("ntm.store",),
    ("ntm.geo", "ntm.queries"),
    ("ntm.figures",),
    ("ntm.tables",),
    ("ntm.charts",),
    ("ntm.export",),
    ("ntm.importing", "ntm.briefing", "ntm.sample"),
    ("ntm.cli", "ntm.__main__"),
    ("ntm.ui",),
)
MAX_TOP_LEVEL_MODULES = 14


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(packages=("ntm", "tools")) -> dict[str, set[str]]:
    """Every module of the packages and the modules of the packages it imports, at any depth of its code
    (an import inside a function is an import all the same)."""
    modules = {_module_name(p): p for package in packages for p in ROOT.joinpath(package).rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                wanted = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                wanted = [alias.name for alias in node.names]
            else:
                continue
            graph[name].update(w for w in wanted if w in modules and w != name)
    return graph


def _layer(module: str) -> int | None:
    for rank, groups in enumerate(LAYERS):
        if any(module == g or module.startswith(g + ".") for g in groups):
            return rank
    return None


def test_every_core_module_has_a_layer():
    unplaced = sorted(m for m in _imports(("ntm",)) if m != "ntm" and _layer(m) is None)
    assert unplaced == [], "add these modules to LAYERS"


def test_no_module_imports_a_layer_above_its_own():
    upward = sorted(
        f"{module} → {imported}"
        for module, imported_modules in _imports(("ntm",)).items()
        for imported in imported_modules
        if module != "ntm" and imported != "ntm" and _layer(imported) > _layer(module)
    )
    assert upward == []


def test_there_is_no_import_circle():
    graph = _imports()
    assert "ntm.store.schema" in graph["ntm.store.checks"]  # the graph is read, not empty
    circles, index, low, stack, on_stack = [], {}, {}, [], set()

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert circles == []


def test_the_product_never_imports_the_tools():
    offenders = sorted(
        module
        for module, imported in _imports().items()
        if module.startswith("ntm") and any(i == "tools" or i.startswith("tools.") for i in imported)
    )
    assert offenders == []


def test_the_top_level_of_the_package_stays_small():
    top_level = sorted(p.name for p in ROOT.joinpath("ntm").glob("*.py"))
    assert len(top_level) <= MAX_TOP_LEVEL_MODULES, top_level
