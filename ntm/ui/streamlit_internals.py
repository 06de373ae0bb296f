"""Every use of a private Streamlit API, in one place, each checked by tests/unit/test_streamlit_internals.py
so that an upgrade that changes one fails loudly instead of quietly changing the app.

1. `PagesManager.uses_pages_directory`: with a `pages/` folder beside the entry script (the project's
   given layout) Streamlit treats the app as an old folder-scanned one until the first `st.navigation`
   call, so the very first run after a start would not know our page URLs (a deep link shows "Page not
   found") and would give its widgets other identities than later runs. Saying at start-up that the
   app uses `st.navigation` avoids both. The same flag is why URL paths differ from the file names in
   pages/ (ntm.ui.navigation) and why no widget lives in dashboard.py.
2. `ScriptRunContext.cursors`: a dict Streamlit replaces at the start of every script run; its identity
   marks "this run" for the cache's per-run memo (ntm.ui.cache).
"""

from __future__ import annotations


class StreamlitChanged(RuntimeError):
    """A private Streamlit API this app relies on is gone or changed: read this module's docstring."""


def declare_navigation_app() -> None:
    """Tells Streamlit, before it serves anything, that this app routes with `st.navigation`."""
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError as error:
        raise StreamlitChanged("streamlit.runtime.pages_manager.PagesManager is gone") from error
    if not hasattr(PagesManager, "uses_pages_directory"):
        raise StreamlitChanged("PagesManager.uses_pages_directory is gone")
    PagesManager.uses_pages_directory = False


def script_run_marker() -> object | None:
    """An object that is the same for the whole of one script run and new for the next (None outside a
    run): the run context's cursor dict."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    context = get_script_run_ctx(suppress_warning=True)
    if context is None:
        return None
    try:
        return context.cursors
    except AttributeError as error:
        raise StreamlitChanged("ScriptRunContext.cursors is gone") from error
