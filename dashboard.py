"""Entry point: `streamlit run dashboard.py`. Chooses the page; each page draws its own sidebar.

No widget lives here: while a `pages/` folder sits beside this script, Streamlit loses the state of
widgets drawn in it on every rerun.
"""

import streamlit as st

from ntm.ui.navigation import streamlit_pages
from ntm.ui.scope import current_language

st.set_page_config(page_title="NTM Dashboard", layout="wide", initial_sidebar_state="expanded")
st.navigation(streamlit_pages(current_language())).run()
