"""Entry point: `streamlit run dashboard.py`. Draws the shared sidebar, then the chosen page."""

import streamlit as st

from ntm.i18n import t
from ntm.ui.shell import app_shell

st.set_page_config(page_title="NTM Dashboard", layout="wide", initial_sidebar_state="expanded")

lang = app_shell()
# URL paths must differ from the file names in pages/: Streamlit still scans that folder, and a
# page whose path matched a file there would be rerun without this entry script (and its sidebar).
pages = [st.Page("pages/overview.py", title=t("page.overview", lang), url_path="tong-quan", default=True)]
st.navigation(pages).run()
