"""The pages of the app and drill-down between them (the scope stays: it is kept in session state and the URL)."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from ntm.i18n import t
from ntm.tables import unit_at
from ntm.ui import state
from ntm.ui.state import FOCUS_CRITERION, FOCUS_UNIT, kept_key


@dataclass(frozen=True)
class PageSpec:
    name: str
    path: str
    url_path: str
    title_key: str
    default: bool = False


# URL paths must differ from the file names in pages/: Streamlit still scans that folder, and a
# page whose path matched a file there would be run without the entry script.
PAGES = (
    PageSpec("overview", "pages/overview.py", "tong-quan", "page.overview", default=True),
    PageSpec("commune", "pages/commune.py", "xa", "page.commune"),
    PageSpec("criterion", "pages/criterion.py", "tieu-chi", "page.criterion"),
    PageSpec("set_change", "pages/set_change.py", "bo-tieu-chi-moi", "page.set_change"),
    PageSpec("pace", "pages/pace.py", "tien-do", "pace.heading"),
    PageSpec("nearest", "pages/nearest.py", "gan-dat", "page.nearest"),
    PageSpec("slipping", "pages/slipping.py", "sut-giam", "page.slipping"),
    PageSpec("advanced", "pages/advanced.py", "nang-cao", "page.advanced"),
    PageSpec("villages", "pages/villages.py", "thon-kieu-mau", "page.villages"),
    PageSpec("data", "pages/data.py", "du-lieu", "page.data"),
    PageSpec("map", "pages/map.py", "ban-do", "page.map"),
)
_BY_NAME = {page.name: page for page in PAGES}
_DEFAULT = next(page for page in PAGES if page.default)


# Streamlit serves the default page at "/" and gives it the empty URL path, whatever `url_path` says: a
# link to the overview's own path ("/tong-quan", as written in shared links and PAGES) found no page and
# showed Streamlit's "Page not found" dialog. The default page's `url_path` is therefore only its name
# inside Streamlit (the hash its widgets and switches use), and a hidden page holds the visible path.
DEFAULT_PAGE_NAME = "trang-chu"


def streamlit_pages(lang: str) -> list[st.Page]:
    """Every page; the default page's own path comes last, as a hidden page (`follow_default_path`)."""
    pages = [
        st.Page(
            page.path,
            title=t(page.title_key, lang),
            url_path=DEFAULT_PAGE_NAME if page.default else page.url_path,
            default=page.default,
        )
        for page in PAGES
    ]
    # Last: a switch by file path finds the default page first (st.switch_page takes the first match).
    default_paths = [
        st.Page(page.path, title=t(page.title_key, lang), url_path=page.url_path, visibility="hidden")
        for page in PAGES
        if page.default
    ]
    return [*pages, *default_paths]


def follow_default_path(chosen: st.Page) -> None:
    """A link to the default page's own path ("/tong-quan?period=…") opens that page at "/" with the
    link's query, so the sidebar marks it and there is one URL per page."""
    if any(page.default and chosen.url_path == page.url_path for page in PAGES):
        st.switch_page(_DEFAULT.path, query_params=st.query_params.to_dict())


# Query parameters that belong to the scope (kept across pages); page-level ones (unit, criterion,
# indicator) belong to one page.
# "district" names a district before the reform, "area" a former district's area after it.
SCOPE_URL_KEYS = ("lang", "period", "province", "district", "area", "units", "set", "criteria")


def open_page(name: str, focus: dict[str, str] | None = None) -> None:
    # A new generation of selectable widgets: back on the page, no stale selection drills down again.
    st.session_state[state.SELECTION_GENERATION] = st.session_state.get(state.SELECTION_GENERATION, 0) + 1
    # The scope travels in the new page's URL at once, so the page does not write the URL again
    # (each write would add a step to the browser's history).
    scope = {key: value for key, value in st.query_params.to_dict().items() if key in SCOPE_URL_KEYS}
    st.switch_page(_BY_NAME[name].path, query_params={**scope, **(focus or {})})


# One Back per drill-down. `st.switch_page(…, query_params=…)` makes Streamlit's frontend push two history
# entries: the new query on the old page's path, then the new page's path with that same query, so the first
# Back showed the old page again (`/?…&criterion=17`). The script (installed once per browser tab, from a
# same-origin frame) turns that second push into a replace when it follows the first within a moment;
# any other push (a filter change, a page chosen in the menu) stays a step of its own.
ONE_STEP_PER_CLICK_SCRIPT = """<script>
const host = window.parent;
if (!host.__ntmOneStepPerClick) {
  host.__ntmOneStepPerClick = true;
  const push = host.history.pushState.bind(host.history);
  const replace = host.history.replaceState.bind(host.history);
  let last = null;
  host.history.pushState = (data, title, url) => {
    const target = new URL(url, host.location.href);
    const now = Date.now();
    const secondHalf = last && now - last.time < 1500 && last.href === host.location.href
      && last.search === target.search && last.path !== target.pathname;
    last = { path: target.pathname, search: target.search, href: target.href, time: now };
    if (secondHalf) { last = null; return replace(data, title, url); }
    return push(data, title, url);
  };
}
</script>"""

# Back to where the page was. A leader who opens a commune from the scorecard, far down the overview, came
# Back to the top of the page: Streamlit draws the page again and its scrolling container starts at 0. The
# script remembers how far each address was scrolled (Streamlit scrolls inside `stMain`, whose scroll events
# do not bubble: hence the capture) and, on Back or Forward, scrolls there again once the page is tall enough,
# until it has stayed there half a second; a wheel, a key or a click of the viewer's stops it at once. It runs
# in the page itself, not in the frame that installs it: a listener of the frame's stops when Streamlit
# draws the frame again on another page.
SCROLL_BACK_SCRIPT = """<script type="text/plain" id="ntm-scroll-back">
(() => {
  const main = () => document.querySelector('[data-testid="stMain"]');
  const scrolled = new Map();
  let restoring = null;
  document.addEventListener("scroll", (event) => {
    const container = main();
    if (event.target === container && restoring === null) { scrolled.set(location.href, container.scrollTop); }
  }, true);
  const viewerMoves = ["wheel", "touchstart", "keydown", "mousedown"];
  const stop = () => {
    clearInterval(restoring);
    restoring = null;
    viewerMoves.forEach((name) => document.removeEventListener(name, stop, true));
  };
  window.addEventListener("popstate", () => {
    if (restoring !== null) { stop(); }
    const target = scrolled.get(location.href);
    if (!target) { return; }
    const started = Date.now();
    let held = 0;
    viewerMoves.forEach((name) => document.addEventListener(name, stop, true));
    restoring = setInterval(() => {
      const container = main();
      if (!container || Date.now() - started > 8000) { stop(); return; }
      if (container.scrollHeight - container.clientHeight < target - 2) { held = 0; return; }
      if (Math.abs(container.scrollTop - target) > 2) { container.scrollTop = target; held = 0; }
      else if (++held >= 5) { stop(); }
    }, 100);
  });
})();
</script>
<script>
if (!window.parent.__ntmScrollBack) {
  window.parent.__ntmScrollBack = true;
  const script = window.parent.document.createElement("script");
  script.textContent = document.getElementById("ntm-scroll-back").textContent;
  window.parent.document.head.appendChild(script);
}
</script>"""


def back_and_forward() -> None:
    """Installs ONE_STEP_PER_CLICK_SCRIPT and SCROLL_BACK_SCRIPT in the sidebar (a 1-pixel frame: nothing
    to see): one Back per drill-down, and Back returns to where the page was scrolled."""
    with st.sidebar.container(key="back_and_forward", height=1, border=False):
        st.iframe(ONE_STEP_PER_CLICK_SCRIPT + SCROLL_BACK_SCRIPT, height=1)


def selection_key(name: str) -> str:
    """The key of a selectable chart or table, renewed after every drill-down."""
    return f"{name}-{st.session_state.get(state.SELECTION_GENERATION, 0)}"


def selected_customdata(event) -> object | None:
    """The customdata of the first point chosen in a plotly chart's selection event, if any."""
    points = (event or {}).get("selection", {}).get("points", []) if isinstance(event, dict) else []
    if not points and event is not None and hasattr(event, "selection"):
        points = event.selection.get("points", [])
    for point in points:
        data = point.get("customdata")
        if isinstance(data, list):
            data = data[0] if data else None
        if data is not None:
            return data
    return None


def commune_table(display, rows, name: str, container=None, **dataframe_options) -> None:
    """A table whose rows are the communes of `rows` (a frame with unit_code, in the same order):
    choosing a row opens that commune's page; rows past them (a total row) open nothing."""
    event = (container or st).dataframe(
        display,
        hide_index=True,
        width="stretch",
        on_select="rerun",
        selection_mode="single-row",
        key=selection_key(name),
        **dataframe_options,
    )
    if unit_code := unit_at(rows, selected_row(event)):
        open_commune(unit_code)


def selected_row(event) -> int | None:
    """The position of the row chosen in a dataframe's selection event, if any."""
    if event is None or not hasattr(event, "selection"):
        return None
    rows = event.selection.get("rows", [])
    return rows[0] if rows else None


def open_commune(unit_code: str) -> None:
    """Drill-down: the commune page, showing this commune, in the same scope."""
    st.session_state[kept_key(FOCUS_UNIT)] = str(unit_code)
    open_page("commune", {"unit": str(unit_code)})


def open_criterion(criterion_no: int, set_id: str | None = None) -> None:
    """Drill-down: the criterion page, showing this criterion, in the same scope (of another
    criteria set when one is given, e.g. the advanced set a commune is nearest to)."""
    st.session_state[kept_key(FOCUS_CRITERION)] = str(int(criterion_no))
    focus = {"criterion": str(int(criterion_no))}
    if set_id:
        st.session_state[kept_key(state.SCOPE_SET)] = set_id
        focus["set"] = set_id
    open_page("criterion", focus)
