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


def _session_keys_written_out(tree: ast.AST) -> list[int]:
    """Lines where `session_state` is indexed (`[...]`, `.get`, `.pop`, `.setdefault`, `in`) with a key
    written as a string literal (plain or f-string) instead of a name from ntm.ui.state."""

    def is_session_state(node) -> bool:
        return isinstance(node, ast.Attribute) and node.attr == "session_state"

    def is_literal(node) -> bool:
        return isinstance(node, ast.JoinedStr) or (
            isinstance(node, ast.Constant) and isinstance(node.value, str)
        )

    def indexed(node) -> bool:
        return isinstance(node, ast.Subscript) and is_session_state(node.value) and is_literal(node.slice)

    def called(node) -> bool:
        return (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "pop", "setdefault", "__getitem__", "__setitem__", "__delitem__")
            and is_session_state(node.func.value)
            and bool(node.args)
            and is_literal(node.args[0])
        )

    def tested(node) -> bool:
        return (
            isinstance(node, ast.Compare)
            and is_literal(node.left)
            and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops)
            and any(is_session_state(c) for c in node.comparators)
        )

    lines = [node.lineno for node in ast.walk(tree) if indexed(node) or called(node) or tested(node)]
    return lines


def test_the_session_keys_are_named_in_one_module():
    # A key written out in two files is a hidden coupling: renaming it in one silently breaks the other.
    state_module = ROOT / "ntm" / "ui" / "state.py"
    sources = [
        *ROOT.joinpath("ntm").rglob("*.py"),
        *ROOT.joinpath("pages").glob("*.py"),
        ROOT / "dashboard.py",
    ]
    assert state_module in sources
    offenders = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sources
        if path != state_module
        for line in _session_keys_written_out(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == []


def test_the_session_key_check_finds_every_way_of_writing_a_key():
    written_out = """
st.session_state["a"] = 1
st.session_state.get("b")
st.session_state.pop(f"kept_{key}", None)
st.session_state.setdefault("c", [])
if "d" in st.session_state: pass
"""
    assert _session_keys_written_out(ast.parse(written_out)) == [2, 3, 4, 5, 6]
    named = """
st.session_state[state.SCOPE_NOTICES] = []
st.session_state.get(kept_key(widget))
if key in st.session_state: pass
app.session_state_of("x")
"""
    assert _session_keys_written_out(ast.parse(named)) == []
