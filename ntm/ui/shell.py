"""What every page starts with: language, the data (or the plain reason there is none), the scope bar."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from ntm import queries
from ntm.filters import Filters
from ntm.i18n import t
from ntm.problems import DataError
from ntm.settings import data_dir
from ntm.store import has_data
from ntm.ui.cache import current_store, query
from ntm.ui.scope import language_switch, scope_sidebar, show_scope_notices


@dataclass(frozen=True)
class PageContext:
    lang: str
    filters: Filters
    metadata: dict


def page_context() -> PageContext:
    """Draws the sidebar and the sample notice; stops the page with the reason when there is nothing to show."""
    lang = language_switch()
    directory = data_dir()
    if not has_data(directory):
        st.error(t("app.no_data", lang, path=str(directory)))
        st.stop()
    try:
        current_store()
    except DataError as error:
        lines = [t("app.data_error", lang), *(p.render(lang) for p in error.problems if p.is_error)]
        st.error("\n\n".join(lines[:40]))
        st.stop()
    filters = scope_sidebar(lang)
    metadata = query(queries.dataset_metadata)
    if metadata.get("is_sample", "").lower() == "true":
        st.warning(t("app.sample_notice", lang))
    show_scope_notices()
    if filters is None:
        st.info(t("empty.no_communes", lang))
        st.stop()
    return PageContext(lang, filters, metadata)
