"""What every page starts with: language, the data (or the plain reason there is none), the scope bar, and
(`page_header`) the title with the scope written under it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from ntm import queries
from ntm.filters import Filters
from ntm.i18n import t
from ntm.markup import escape_markdown
from ntm.settings import data_dir
from ntm.store.database import has_data
from ntm.store.problems import DataError
from ntm.store.versions import published_dir
from ntm.ui.cache import current_data, query
from ntm.ui.meeting import meeting_button
from ntm.ui.navigation import back_and_forward
from ntm.ui.scope import Scope, language_switch, scope_caption, scope_place, scope_sidebar, show_scope_notices


@dataclass(frozen=True)
class PageContext:
    lang: str
    scope: Scope
    metadata: dict

    @property
    def filters(self) -> Filters:
        return self.scope.filters


def page_context(meeting_mode: bool = False) -> PageContext:
    """Draws the sidebar and the sample notice; stops the page with the reason when there is nothing to show.
    Meeting mode (`meeting_mode`) marks sample data on every slide instead and has no “Trình chiếu” button."""
    lang = language_switch()
    directory = published_dir(data_dir())
    if not has_data(directory):
        st.error(t("app.no_data", lang, path=str(directory)))
        st.stop()
    try:
        served = current_data()
    except DataError as error:
        problems = [escape_markdown(p.render(lang)) for p in error.problems if p.is_error]
        st.error("\n\n".join([t("app.data_error", lang), *problems][:40]))
        st.stop()
    if served.broken:
        problems = [escape_markdown(p.render(lang)) for p in served.broken]
        st.warning("\n\n".join([t("app.serving_last_good", lang), *problems][:12]))
    scope = scope_sidebar(lang)
    if not meeting_mode:
        meeting_button(lang)
        back_and_forward()
    metadata = query(queries.dataset_metadata)
    if not meeting_mode:
        sample_notice(lang)
    show_scope_notices()
    if scope is None:
        st.info(t("empty.no_communes", lang))
        st.stop()
    coverage = queries.coverage_note(metadata, scope.filters.province_code, lang)
    if coverage and not meeting_mode:
        st.info(t("app.coverage", lang, note=escape_markdown(coverage)))
    return PageContext(lang, scope, metadata)


def sample_notice(lang: str) -> None:
    """“Dữ liệu mẫu — không phải số liệu chính thức.” when the data says it is the sample (every page, the
    data page included: a clerk must not take the sample's template for real figures)."""
    if query(queries.dataset_metadata).get("is_sample", "").lower() == "true":
        st.warning(t("app.sample_notice", lang))


def page_header(
    title_key: str, title_values: Callable[[PageContext], dict] | None = None
) -> tuple[PageContext, str, str]:
    """`page_context()`, then the page's title and the scope under it; returns the context and the place
    and period in words, as the page's charts are titled. `title_values` fills the title's placeholders
    from the scope (the tier a period has, say)."""
    context = page_context()
    st.title(t(title_key, context.lang, **(title_values(context) if title_values else {})))
    st.caption(scope_caption(context.scope, context.lang))
    return context, scope_place(context.scope), context.scope.names.period
