"""Entry point: `streamlit run dashboard.py`. Chooses the page; each page draws its own sidebar.

No widget lives here: while a `pages/` folder sits beside this script, Streamlit loses the state of
widgets drawn in it on every rerun.
"""

import streamlit as st

from ntm.i18n import t
from ntm.ui.scope import current_language

st.set_page_config(page_title="NTM Dashboard", layout="wide", initial_sidebar_state="expanded")

lang = current_language()
# URL paths must differ from the file names in pages/: Streamlit still scans that folder, and a
# page whose path matched a file there would be run without this entry script.
pages = [st.Page("pages/overview.py", title=t("page.overview", lang), url_path="tong-quan", default=True)]
st.navigation(pages).run()
