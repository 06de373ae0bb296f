"""The admin login on pages that change data: `admin_gate(lang)` returns the admin's name once logged in."""

from __future__ import annotations

import streamlit as st

from ntm.i18n import t
from ntm.store.admin import authenticate, configured_hash
from ntm.ui.state import ADMIN_NAME


def admin_gate(lang: str) -> str | None:
    """Draws the login form (or who is logged in, with a log-out button); the admin name, or None."""
    if not configured_hash():
        st.info(t("datain.admin.not_configured", lang))
        return None
    name = st.session_state.get(ADMIN_NAME)
    if name:
        row = st.container(horizontal=True)
        row.caption(t("datain.admin.logged_in", lang, name=name))
        if row.button(t("datain.admin.logout", lang), key="admin_logout"):
            st.session_state.pop(ADMIN_NAME, None)
            st.rerun()
        return name
    with st.form("admin_login"):
        st.markdown(f"**{t('datain.admin.heading', lang)}**")
        admin_name = st.text_input(t("datain.admin.name", lang), key="admin_login_name")
        password = st.text_input(
            t("datain.admin.password", lang), type="password", key="admin_login_password"
        )
        submitted = st.form_submit_button(t("datain.admin.login", lang))
    if submitted:
        result = authenticate(admin_name, password)
        if result.outcome == "ok":
            st.session_state[ADMIN_NAME] = result.admin
            st.rerun()
        elif result.outcome == "locked":
            st.warning(t("datain.admin.locked", lang, seconds=result.wait_seconds))
        else:
            st.warning(t(f"datain.admin.{result.outcome}", lang))
    return None
