"""Entry point: `streamlit run dashboard.py`. Chooses the page; each page draws its own sidebar.

No widget lives here: while a `pages/` folder sits beside this script, Streamlit loses the state of
widgets drawn in it on every rerun. `?mode=present` opens meeting mode (Trình chiếu) without the sidebar.
"""

import streamlit as st

from ntm.ui.meeting import in_meeting_mode, run_navigation
from ntm.ui.scope import current_language

st.set_page_config(
    page_title="NTM Dashboard",
    layout="wide",
    initial_sidebar_state="collapsed" if in_meeting_mode() else "expanded",
)
run_navigation(current_language())
