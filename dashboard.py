"""Entry point: `streamlit run dashboard.py`. Draws the shared sidebar, then the chosen page."""

import streamlit as st

from ntm.i18n import t
from ntm.ui.shell import app_shell

st.set_page_config(page_title="NTM Dashboard", layout="wide", initial_sidebar_state="expanded")

lang = app_shell()
navigation = st.navigation([st.Page("pages/overview.py", title=t("page.overview", lang), url_path="overview", default=True)])
navigation.run()
