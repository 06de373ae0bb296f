"""Download buttons, each built on click with the scope written on the file: “Tải Excel” / “Tải CSV” under a
table, “Tải ảnh PNG” under a chart."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd
import streamlit as st

from ntm import queries
from ntm.charts.static import ChartScope, chart_caption, chart_file_name, chart_png, data_until
from ntm.export import (
    ExportScope,
    ExportTable,
    briefing_file_name,
    export_file_name,
    filter_rows,
    sheet_heading,
    table_title,
    to_csv_bytes,
    to_xlsx_bytes,
)
from ntm.i18n import t
from ntm.tables.labels import criterion_label
from ntm.tables.typed import TypedTable
from ntm.ui.cache import current_store, query
from ntm.ui.scope import Scope, scope_place

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _criterion_labels(scope: Scope, lang: str) -> dict[int, str]:
    """{10: "10. Thu nhập", …} of the scope's criteria set: files name criteria as the page does."""
    if not scope.filters.set_id:
        return {}
    criteria = query(queries.criteria_of_set, scope.filters.set_id)
    return {
        int(no): criterion_label(no, name)
        for no, name in zip(criteria["criterion_no"], criteria[f"name_{lang}"], strict=True)
    }


def _scope(scope: Scope, lang: str) -> ExportScope:
    labels = _criterion_labels(scope, lang) if scope.filters.criteria else {}
    return ExportScope(
        filters=scope.filters,
        province=scope.names.province,
        district=scope.names.district,
        area=scope.names.area,
        communes=scope.names.communes,
        set_name=scope.names.set_name or scope.filters.set_id,
        criteria=tuple(labels.get(int(c), str(c)) for c in scope.filters.criteria),
        data_version=current_store().version,
    )


Table = pd.DataFrame | ExportTable | TypedTable


def _export_table(built: Table, percent_columns: Iterable[str]) -> ExportTable:
    if isinstance(built, TypedTable):
        built = ExportTable.of(built)
    if isinstance(built, ExportTable):
        return ExportTable(built.frame, (*built.percent_columns, *percent_columns), built.kinds)
    return ExportTable(built, tuple(percent_columns))


def table_downloads(
    frame: Table | Callable[[], Table],
    table_key: str,
    scope: Scope,
    lang: str,
    percent_columns: Iterable[str] = (),
    place: str | None = None,
    container=None,
    criterion_no: int | None = None,
) -> None:
    """Two buttons side by side; `place` names the file when the table is one commune's, `criterion_no`
    the criterion a table is about (in the file's name, its title row and its filters sheet).

    `frame` is best the table's typed view (`TypedTable`: numbers, shares and dates as values), else the
    display frame as it is. It may be a function that builds the table: it then runs only when a button
    is clicked, so a table that is not on screen as such costs nothing on every rerun.
    """

    def table() -> ExportTable:
        return _export_table(frame() if callable(frame) else frame, percent_columns)

    export_scope = _scope(scope, lang)
    shown_place = place or export_scope.place
    criterion = None
    if criterion_no is not None:
        criterion = _criterion_labels(scope, lang).get(int(criterion_no), str(criterion_no))
    title = sheet_heading(table_key, shown_place, scope.filters.period, lang, criterion)

    def xlsx() -> bytes:
        built = table()
        # The filters sheet is written now, so its "exported at" is the moment of the click.
        sheet_filters = filter_rows(export_scope, table_key, lang, criterion)
        return to_xlsx_bytes(
            built.frame, table_title(table_key, lang), sheet_filters, lang, built.percent_columns,
            title=title, kinds=built.kinds,
        )  # fmt: skip

    row = (container or st).container(horizontal=True)  # side by side, at their own width
    row.download_button(
        t("export.download_xlsx", lang),
        # Built on click (a callable), and no rerun after it, so a second download is never lost.
        data=xlsx,
        file_name=export_file_name(table_key, shown_place, scope.filters.period, "xlsx", criterion_no),
        mime=XLSX_MIME,
        on_click="ignore",
        key=f"download_{table_key}_xlsx",
        icon=":material/download:",
    )
    row.download_button(
        t("export.download_csv", lang),
        data=lambda: to_csv_bytes(table().frame),
        file_name=export_file_name(table_key, shown_place, scope.filters.period, "csv", criterion_no),
        mime="text/csv",
        on_click="ignore",
        key=f"download_{table_key}_csv",
        icon=":material/download:",
    )


def _chart_scope(scope: Scope, place: str | None) -> ChartScope:
    as_of = query(queries.dataset_metadata).get("as_of")
    return ChartScope(
        place=place or scope_place(scope),
        period=scope.filters.period,
        set_name=scope.names.set_name or scope.filters.set_id,
        data_until=data_until(scope.filters.period, as_of),
    )


def show_chart(
    figure,
    chart_key: str,
    scope: Scope,
    lang: str,
    container=None,
    place: str | None = None,
    **chart_options,
):
    """The chart, and under it “Tải ảnh PNG”: the chart at presentation size with its title and the scope
    written under it, drawn only when clicked (a page never waits for kaleido); `place` names a chart of
    one commune. Returns the chart's event."""
    target = container or st
    event = target.plotly_chart(figure, width="stretch", **chart_options)
    chart_scope = _chart_scope(scope, place)
    target.download_button(
        t("static.download_png", lang),
        data=lambda: chart_png(figure, chart_caption(chart_scope, lang)),
        file_name=chart_file_name(chart_key, place or place_for_file(scope), scope.filters.period),
        mime="image/png",
        on_click="ignore",
        key=f"download_{chart_key}_png",
        icon=":material/image:",
    )
    return event


def place_for_file(scope: Scope) -> str:
    """The place a file is named after: one chosen commune, else the area or district, else the province."""
    if len(scope.names.communes) == 1:
        return scope.names.communes[0]
    return scope.names.area or scope.names.district or scope.names.province


def _briefing(scope: ExportScope):
    from ntm.briefing.facts import briefing_facts

    cursor = current_store().cursor()
    try:
        return briefing_facts(cursor, scope)
    finally:
        cursor.close()


def briefing_downloads(scope: Scope, lang: str) -> None:
    """“Tải báo cáo họp (Word)” and “Tải phụ lục (Excel)” for the scope and period on screen, each built
    only when clicked (the Word file draws its charts through kaleido: a few seconds)."""
    from ntm.briefing.annex import annex_xlsx
    from ntm.briefing.charts import key_charts
    from ntm.briefing.document import briefing_docx

    place = place_for_file(scope)
    # Made now, with the data version on screen: the buttons build their files later, outside this run.
    export_scope = _scope(scope, lang)
    period = scope.filters.period
    row = st.container(horizontal=True)
    row.download_button(
        t("briefing.download_docx", lang),
        data=lambda: briefing_docx(_briefing(export_scope), lang, key_charts),
        file_name=briefing_file_name("report", place, period, "docx"),
        mime=DOCX_MIME,
        on_click="ignore",
        key="download_briefing_docx",
        icon=":material/description:",
        type="primary",
    )
    row.download_button(
        t("briefing.download_annex", lang),
        data=lambda: annex_xlsx(_briefing(export_scope), lang),
        file_name=briefing_file_name("annex", place, period, "xlsx"),
        mime=XLSX_MIME,
        on_click="ignore",
        key="download_briefing_annex",
        icon=":material/table_view:",
    )
    st.caption(t("briefing.buttons_note", lang))
