"""“Tải Excel” / “Tải CSV” under a table: the frame shown, with the scope written on it, built on click."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import streamlit as st

from ntm.export import (
    ExportScope,
    ExportTable,
    export_file_name,
    filter_rows,
    table_title,
    to_csv_bytes,
    to_xlsx_bytes,
)
from ntm.filters import Filters
from ntm.i18n import t
from ntm.ui.cache import current_store

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _scope(filters: Filters) -> ExportScope:
    names = st.session_state.get("scope_names", {})
    return ExportScope(
        filters=filters,
        province=names.get("province") or filters.province_code or "",
        district=names.get("district"),
        communes=tuple(names.get("units") or ()),
        set_name=names.get("set") or filters.set_id,
        criteria=tuple(str(c) for c in filters.criteria),
        data_version=current_store().version,
    )


def table_downloads(
    frame: pd.DataFrame | ExportTable,
    table_key: str,
    filters: Filters,
    lang: str,
    percent_columns: Iterable[str] = (),
    place: str | None = None,
    container=None,
) -> None:
    """Two buttons side by side; `place` names the file when the table is one commune's."""
    if isinstance(frame, ExportTable):
        frame, percent_columns = frame.frame, (*frame.percent_columns, *percent_columns)
    scope = _scope(filters)
    shown_place = place or scope.place
    percent = tuple(percent_columns)
    row = (container or st).container(horizontal=True)  # side by side, at their own width
    row.download_button(
        t("export.download_xlsx", lang),
        # Built on click (a callable), and no rerun after it, so a second download is never lost.
        data=lambda: to_xlsx_bytes(
            frame, table_title(table_key, lang), filter_rows(scope, table_key, lang), lang, percent
        ),
        file_name=export_file_name(table_key, shown_place, filters.period, "xlsx"),
        mime=XLSX_MIME,
        on_click="ignore",
        key=f"download_{table_key}_xlsx",
        icon=":material/download:",
    )
    row.download_button(
        t("export.download_csv", lang),
        data=lambda: to_csv_bytes(frame),
        file_name=export_file_name(table_key, shown_place, filters.period, "csv"),
        mime="text/csv",
        on_click="ignore",
        key=f"download_{table_key}_csv",
        icon=":material/download:",
    )
