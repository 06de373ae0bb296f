"""The pages of the app and drill-down between them (the scope stays: it lives in session state)."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from ntm.i18n import t


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
)
_BY_NAME = {page.name: page for page in PAGES}

# Widget keys of the page-level choices a drill-down sets (see ntm.ui.scope.focus_select).
FOCUS_UNIT = "focus_unit"
FOCUS_CRITERION = "focus_criterion"


def streamlit_pages(lang: str) -> list[st.Page]:
    return [
        st.Page(page.path, title=t(page.title_key, lang), url_path=page.url_path, default=page.default)
        for page in PAGES
    ]


def open_page(name: str) -> None:
    st.switch_page(_BY_NAME[name].path)


def open_commune(unit_code: str) -> None:
    """Drill-down: the commune page, showing this commune, in the same scope."""
    st.session_state[f"kept_{FOCUS_UNIT}"] = str(unit_code)
    open_page("commune")


def open_criterion(criterion_no: int) -> None:
    """Drill-down: the criterion page, showing this criterion, in the same scope."""
    st.session_state[f"kept_{FOCUS_CRITERION}"] = str(int(criterion_no))
    open_page("criterion")
