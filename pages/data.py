"""Dữ liệu / Data: input templates for anyone; import, versions and rollback for the administrator.

Works while the current data is broken (that is when an import or a rollback is needed most).
"""

from pathlib import Path

import streamlit as st

from ntm.i18n import period_name, t
from ntm.importing.summary import (
    current_version_text,
    log_lines,
    rollback_plan,
    version_label,
    versions_frame,
)
from ntm.importing.templates import (
    SET_KINDS,
    build_template,
    template_choices,
    template_file_name,
    template_set,
    template_set_tier,
    template_sets,
)
from ntm.importing.validation import KINDS
from ntm.markup import escape_markdown
from ntm.settings import data_dir
from ntm.store.problems import DataError
from ntm.store.versions import VersionError, list_versions, rollback
from ntm.ui.admin import admin_gate
from ntm.ui.cache import current_data, file_resource
from ntm.ui.importing import XLSX_MIME, import_section
from ntm.ui.scope import language_switch, scope_caption, scope_sidebar, show_scope_notices
from ntm.ui.shell import sample_notice
from ntm.ui.state import DATA_PAGE_NOTICE, rollback_confirm_key


def _roll_back(root: Path, lang: str, version_id: str, admin: str) -> None:
    # A callback runs before the page is drawn again, so the list below already shows the switch.
    try:
        rollback(root, version_id, admin=admin)
        st.session_state[DATA_PAGE_NOTICE] = t("datain.versions.rolled_back", lang, version=version_id)
    except VersionError:
        st.session_state[DATA_PAGE_NOTICE] = t(
            "datain.cli.unknown_version", lang, version=version_id, choices="–"
        )


lang = language_switch()
root = data_dir()
scope, is_broken, last_good = None, False, False
try:
    last_good = bool(current_data().broken)
    # The scope bar as on every page (kept across pages); it also picks the template's district and period.
    scope = scope_sidebar(lang)
    sample_notice(lang)
except DataError:
    is_broken = True
st.title(t("page.data", lang))
filters = scope.filters if scope else None
if scope:
    st.caption(scope_caption(scope, lang))
show_scope_notices()
if is_broken or last_good:
    st.warning(t("datain.data_broken", lang))

st.header(t("datain.templates.heading", lang))
districts, periods = file_resource(template_choices, root)
if not districts or not periods:
    st.info(t("datain.templates.unavailable", lang))
else:
    row = st.container(horizontal=True)
    kind = row.selectbox(
        t("datain.templates.kind", lang),
        list(KINDS),
        format_func=lambda k: t(f"datain.kind.{k}", lang),
        key="datain_template_kind",
    )
    district = row.selectbox(
        t("datain.templates.district", lang),
        list(districts),
        index=list(districts).index(filters.district_code)
        if filters and filters.district_code in districts
        else 0,
        format_func=lambda c: f"{districts[c]} ({c})",
    )
    period = row.selectbox(
        t("scope.period", lang),
        periods,
        index=periods.index(filters.period) if filters and filters.period in periods else 0,
        format_func=lambda p: period_name(p, lang),
    )
    set_id = template_set(kind, filters)
    if (
        kind in SET_KINDS
    ):  # the template is made for one set: the NTM set of xã unless the clerk chooses another
        set_names = file_resource(template_sets, root, period, lang)
        set_id = st.selectbox(
            t("scope.criteria_set", lang),
            list(set_names),
            format_func=set_names.get,
            key="datain_template_set",
        )
    st.download_button(
        t("datain.templates.download", lang),
        data=lambda: build_template(root, kind, district, period, set_id),
        file_name=template_file_name(
            kind, districts[district], period, file_resource(template_set_tier, root, set_id)
        ),
        mime=XLSX_MIME,
        on_click="ignore",
        icon=":material/download:",
    )

st.header(t("datain.upload.heading", lang))
admin = admin_gate(lang)
if admin:
    import_section(root, admin, lang)
else:
    st.caption(t("datain.admin.needed", lang))

st.header(t("datain.versions.heading", lang))
if notice := st.session_state.pop(DATA_PAGE_NOTICE, None):
    st.success(notice)
st.caption(current_version_text(root, lang))
versions = list_versions(root)
if not versions:
    st.info(t("datain.versions.none", lang))
else:
    st.dataframe(versions_frame(root, lang), hide_index=True, width="stretch")
    if admin:
        labels = {v.id: version_label(v, lang) for v in versions}
        chosen = st.selectbox(
            t("datain.versions.rollback_to", lang),
            [v.id for v in versions if not v.is_current],
            format_func=labels.get,
        )
        if chosen is not None:
            st.markdown("\n".join(f"- {escape_markdown(line)}" for line in rollback_plan(root, chosen, lang)))
        confirmed = chosen is not None and st.checkbox(
            t("datain.rollback.confirm", lang), key=rollback_confirm_key(chosen)
        )
        st.button(
            t("datain.versions.rollback", lang),
            disabled=not confirmed,
            on_click=_roll_back,
            args=(root, lang, chosen, admin),
        )
    with st.expander(t("datain.versions.log", lang)):
        for line in log_lines(root, lang):
            st.text(line)
