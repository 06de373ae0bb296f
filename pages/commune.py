"""Placeholder while the page is being written (not committed)."""

import streamlit as st

from ntm.ui.shell import page_context

context = page_context()
st.title("commune")
