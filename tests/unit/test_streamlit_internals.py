"""The private Streamlit APIs the app relies on (ntm.ui.streamlit_internals) still behave as it needs:
an upgrade that changes one fails here, loudly, rather than quietly changing the app."""

from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from ntm.ui import streamlit_internals

MARKER_SCRIPT = """
import streamlit as st
from ntm.ui.streamlit_internals import script_run_marker

first, second = script_run_marker(), script_run_marker()
st.session_state.setdefault("markers", []).append(first)  # held, so its identity is its own
st.session_state["same_within_run"] = first is second and first is not None
"""


def test_declaring_a_navigation_app_clears_the_pages_folder_flag_streamlit_reads(monkeypatch):
    monkeypatch.setattr(PagesManager, "uses_pages_directory", None)
    streamlit_internals.declare_navigation_app()
    assert PagesManager.uses_pages_directory is False


def test_the_pages_folder_flag_is_still_a_class_attribute_streamlit_sets_from_the_folder():
    # Streamlit sets it to True when a pages/ folder exists beside the entry script and it is still
    # None: the value the app overrides at start-up.
    assert "uses_pages_directory" in PagesManager.__annotations__
    assert "uses_pages_directory" in vars(PagesManager)


def test_the_run_marker_is_one_object_for_a_run_and_a_new_one_for_the_next():
    app = AppTest.from_string(MARKER_SCRIPT, default_timeout=60)
    app.run()
    app.run()
    assert app.session_state["same_within_run"] is True
    first_run, second_run = app.session_state["markers"]
    assert first_run is not second_run


def test_outside_a_script_run_there_is_no_marker():
    assert streamlit_internals.script_run_marker() is None


def test_the_page_shell_is_streamlits_page_with_the_note_and_links_to_its_other_files(tmp_path, monkeypatch):
    from streamlit import file_util

    original = Path(file_util.get_static_dir())
    monkeypatch.setattr(file_util, "get_static_dir", file_util.get_static_dir)  # restored afterwards
    folder = streamlit_internals.serve_page_shell('<p id="note">Đang tải…</p>', tmp_path / "shell")

    assert file_util.get_static_dir() == str(folder)
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert page == (original / "index.html").read_text(encoding="utf-8").replace(
        '<div id="root"></div>', '<div id="root"></div><p id="note">Đang tải…</p>'
    )
    others = sorted(entry.name for entry in original.iterdir() if entry.name != "index.html")
    assert others and sorted(e.name for e in folder.iterdir() if e.name != "index.html") == others
    assert all((folder / name).resolve() == (original / name).resolve() for name in others)


def test_the_static_folder_streamlit_mounts_is_read_through_file_util():
    # The app replaces file_util.get_static_dir: Streamlit must still ask it when it builds its routes.
    import inspect

    from streamlit.web.server.starlette import starlette_static_routes

    assert "file_util.get_static_dir()" in inspect.getsource(
        starlette_static_routes.create_streamlit_static_assets_routes
    )


SENT_SCRIPT = """
import streamlit as st
from ntm.ui.streamlit_internals import widget_text_sent

st.session_state["sent"] = (widget_text_sent("where"), widget_text_sent("how"), widget_text_sent("nothing"))
st.selectbox("Where", ["a", "b"], key="where", format_func=str.upper)
st.radio("How", ["x", "y"], key="how")
st.number_input("Nothing", key="nothing")
"""


def test_the_text_sent_for_a_keyed_widget_is_read_before_the_widget_is_drawn():
    app = AppTest.from_string(SENT_SCRIPT, default_timeout=60)
    app.run()
    assert app.session_state["sent"] == (None, None, None)  # a first page load sends nothing
    app.selectbox(key="where").set_value("b")
    app.radio(key="how").set_value("y")
    app.run()
    # The option as shown (format_func), a radio's too; a number is not text.
    assert app.session_state["sent"] == ("B", "y", None)


def test_outside_a_script_run_nothing_was_sent():
    assert streamlit_internals.widget_text_sent("where") is None
