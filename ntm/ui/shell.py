"""What every page shares: language, the data (or a clear reason why there is none), the scope bar."""

from __future__ import annotations

import streamlit as st

from ntm import queries
from ntm.i18n import t
from ntm.problems import DataError
from ntm.settings import data_dir
from ntm.store import has_data
from ntm.ui.cache import current_store, query
from ntm.ui.scope import language, scope_sidebar


def app_shell() -> str:
    """Draws the sidebar; leaves the language and scope in session state for the pages."""
    lang = language()
    st.session_state["filters"] = None
    st.session_state["data_problem"] = None
    directory = data_dir()
    if not has_data(directory):
        st.session_state["data_problem"] = t("app.no_data", lang, path=str(directory))
        return lang
    try:
        current_store()
    except DataError as error:
        lines = [t("app.data_error", lang), *(p.render(lang) for p in error.problems if p.is_error)]
        st.session_state["data_problem"] = "\n\n".join(lines[:40])
        return lang
    st.session_state["filters"] = scope_sidebar(lang)
    return lang


def page_context():
    """(lang, filters, metadata) for a page, or stops the page with the reason there is nothing to show."""
    lang = st.session_state.get("lang", "vi")
    if st.session_state.get("data_problem"):
        st.error(st.session_state["data_problem"])
        st.stop()
    filters = st.session_state.get("filters")
    metadata = query(queries.dataset_metadata)
    if metadata.get("is_sample", "").lower() == "true":
        st.warning(t("app.sample_notice", lang))
    if filters is None:
        st.info(t("empty.no_communes", lang))
        st.stop()
    return lang, filters, metadata
