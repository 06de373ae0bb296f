"""Every use of a private Streamlit API, in one place, each checked by tests/unit/test_streamlit_internals.py
so that an upgrade that changes one fails loudly instead of quietly changing the app.

1. `PagesManager.uses_pages_directory`: with a `pages/` folder beside the entry script (the project's
   given layout) Streamlit treats the app as an old folder-scanned one until the first `st.navigation`
   call, so the very first run after a start would not know our page URLs (a deep link shows "Page not
   found") and would give its widgets other identities than later runs. Saying at start-up that the
   app uses `st.navigation` avoids both. The same flag is why URL paths differ from the file names in
   pages/ (ntm.ui.navigation) and why no widget lives in dashboard.py.
2. `streamlit.file_util.get_static_dir`: the folder Streamlit serves its page (index.html) and bundles
   from. Until its scripts have loaded and the first script run has sent the page's title (1–3 s on
   this machine) that page is blank; `serve_page_shell` points Streamlit at a folder of links to its
   own files whose index.html also holds a loading note (ntm.ui.loading). Nothing in .venv is changed.
3. `ScriptRunContext.cursors`: a dict Streamlit replaces at the start of every script run; its identity
   marks "this run" for the cache's per-run memo (ntm.ui.cache).
4. `SessionState._new_widget_state`: the widget values the browser sent with this run's request, by
   widget id (whose last part is the widget's key). A session's first run normally has none; when a
   server process dies, the page reconnects to another one and its next pick arrives as the new
   session's first run, with every widget's value the page holds: `widget_text_sent` lets the scope bar
   prefer that pick over the URL it was made from (ntm.ui.scope).
"""

from __future__ import annotations

from pathlib import Path


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


_ROOT_ELEMENT = '<div id="root"></div>'


def serve_page_shell(add_to_body: str, folder: Path) -> Path:
    """Makes `folder` Streamlit's static folder with `add_to_body` after the page's root element (links
    to every other file of Streamlit's own folder), and has Streamlit serve it. Returns the folder."""
    from streamlit import file_util

    if not callable(getattr(file_util, "get_static_dir", None)):
        raise StreamlitChanged("streamlit.file_util.get_static_dir is gone")
    original = Path(_ORIGINAL_STATIC_DIR or file_util.get_static_dir())
    index = (original / "index.html").read_text(encoding="utf-8")
    if index.count(_ROOT_ELEMENT) != 1:
        raise StreamlitChanged(f"Streamlit's index.html no longer holds exactly one {_ROOT_ELEMENT}")
    folder.mkdir(parents=True, exist_ok=True)
    for entry in original.iterdir():
        if entry.name == "index.html":
            continue
        link = folder / entry.name
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(entry, target_is_directory=entry.is_dir())
    (folder / "index.html").write_text(
        index.replace(_ROOT_ELEMENT, _ROOT_ELEMENT + add_to_body), encoding="utf-8"
    )
    _remember_original(str(original))
    file_util.get_static_dir = lambda: str(folder)
    return folder


_ORIGINAL_STATIC_DIR: str | None = None


def _remember_original(path: str) -> None:
    global _ORIGINAL_STATIC_DIR
    _ORIGINAL_STATIC_DIR = _ORIGINAL_STATIC_DIR or path


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


def widget_text_sent(widget_key: str) -> str | None:
    """The text the browser sent in this run's request for the widget with key `widget_key` (a select box's
    option as shown), None when it sent none or another kind of value, or outside a run."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState
    from streamlit.runtime.scriptrunner import get_script_run_ctx
    from streamlit.runtime.state.common import user_key_from_element_id

    context = get_script_run_ctx(suppress_warning=True)
    if context is None:
        return None
    try:
        widgets = context.session_state._state._new_widget_state
        widget_ids = list(widgets.states)
    except AttributeError as error:
        raise StreamlitChanged("SessionState._new_widget_state.states is gone") from error
    for widget_id in widget_ids:
        if user_key_from_element_id(widget_id) != widget_key:
            continue
        sent = widgets.get_serialized(widget_id)  # as the browser sent it (a known widget's value is re-made)
        if isinstance(sent, WidgetState) and sent.WhichOneof("value") == "string_value":
            return sent.string_value
    return None
