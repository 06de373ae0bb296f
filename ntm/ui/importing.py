"""The import part of the “Dữ liệu” page: file, replace mode, check / publish, the report and the change preview.

The last result stays on screen across reruns (ticking the confirmation reruns the page) until the file
or the mode changes; a publish that removes rows needs the box naming that many rows ticked.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ntm.i18n import format_number, t
from ntm.importing.changes import counts_frame, preview_frame
from ntm.importing.importer import ImportResult, import_file
from ntm.importing.problems import report_frame, report_xlsx
from ntm.importing.summary import summary_text
from ntm.settings import setting
from ntm.ui.state import IMPORT_LAST_RESULT, import_confirm_key

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# Streamlit's uploader writes "Upload" and "20MB per file" in English whatever the app's language, and
# offers no parameter for them: its own words are hidden and ours drawn in their place by CSS. The texts
# are the app's constants and a setting, never data.
_UPLOADER_CSS = """<style>
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p { font-size: 0 !important; }
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {
  content: "%(browse)s"; font-size: 1rem; }
[data-testid="stFileUploaderDropzoneInstructions"] span { font-size: 0 !important; }
[data-testid="stFileUploaderDropzoneInstructions"] span::after { content: "%(drop)s"; font-size: 0.875rem; }
</style>"""


def uploader_in_language(lang: str) -> None:
    """Draws every file uploader of the page with the app's words and the real size limit."""
    megabytes = format_number(float(st.get_option("server.maxUploadSize")), lang)
    texts = {
        "browse": t("datain.upload.browse", lang),
        "drop": t("datain.upload.drop", lang, megabytes=megabytes),
    }
    st.html(_UPLOADER_CSS % {key: text.replace("\\", "").replace('"', "") for key, text in texts.items()})


def import_section(root: Path, admin: str, lang: str) -> None:
    st.caption(t("datain.upload.rules", lang))
    uploader_in_language(lang)
    uploaded = st.file_uploader(
        t("datain.upload.file", lang),
        key="import_file",
        help=t(
            "datain.upload.limits",
            lang,
            megabytes=format_number(float(setting("NTM_IMPORT_MAX_MB")), lang),
            rows=format_number(int(setting("NTM_IMPORT_MAX_ROWS")), lang),
        ),
    )
    replace = st.checkbox(
        t("datain.upload.replace", lang), key="import_replace", help=t("datain.upload.replace_help", lang)
    )
    buttons = st.container(horizontal=True)
    validate = buttons.button(t("datain.upload.validate", lang), disabled=uploaded is None)
    publish = buttons.button(t("datain.upload.publish", lang), type="primary", disabled=uploaded is None)
    if uploaded is None:
        st.session_state.pop(IMPORT_LAST_RESULT, None)
        return
    shown_for = (uploaded.file_id, replace)
    last = st.session_state.get(IMPORT_LAST_RESULT)
    if last and last[0] != shown_for:
        last = None
    if validate or publish:
        removals = last[1].removed if last else 0
        confirmed = removals if st.session_state.get(import_confirm_key(uploaded.file_id, removals)) else 0
        result = import_file(
            root,
            uploaded.name,
            uploaded.getvalue(),
            admin=admin,
            publish=publish,
            replace=replace,
            confirmed_removals=confirmed,
        )
        last = (shown_for, result)
        st.session_state[IMPORT_LAST_RESULT] = last
    if last:
        show_result(last[1], uploaded.name, uploaded.file_id, lang)


def show_result(result: ImportResult, file_name: str, file_id: str, lang: str) -> None:
    if result.problems:
        st.error(t("datain.report.failed", lang, count=len(result.problems)))
        st.dataframe(report_frame(result.problems, lang), hide_index=True, width="stretch")
        st.download_button(
            t("datain.report.download", lang),
            data=report_xlsx(result.problems, lang),
            file_name=f"bao-cao-kiem-tra-{file_name.rsplit('.', 1)[0]}.xlsx",
            mime=XLSX_MIME,
            on_click="ignore",
            icon=":material/download:",
        )
    elif result.version:
        summary = summary_text(result.summary, lang)
        st.success(t("datain.published", lang, version=result.version.id, summary=summary))
    else:
        st.success(t("datain.report.ok", lang, rows=result.rows) + " " + summary_text(result.summary, lang))
    if result.summary or not result.changes.empty:
        show_preview(result, file_id, lang)


def show_preview(result: ImportResult, file_id: str, lang: str) -> None:
    """Per commune, what the file adds, changes and removes; removals need the confirmation box."""
    st.subheader(t("datain.preview.heading", lang))
    if result.changes.empty:
        st.info(t("datain.preview.none", lang))
        return
    st.dataframe(counts_frame(result.changes, result.names, lang), hide_index=True, width="stretch")
    st.dataframe(preview_frame(result.changes, result.names, lang), hide_index=True, width="stretch")
    if result.removed and result.version is None:
        st.warning(t("datain.upload.removals_warning", lang, count=result.removed))
        st.checkbox(
            t("datain.upload.confirm_removals", lang, count=result.removed),
            key=import_confirm_key(file_id, result.removed),
        )
    elif not result.replace:
        st.caption(t("datain.preview.kept", lang))
