"""“Tải mẫu nhập liệu”: an Excel workbook per input kind, with codes pre-filled for a district and period.

Row 1 holds Vietnamese headers, row 2 English ones (with the column name), data from row 3; drop-down
lists offer codes, statuses and periods; a hidden sheet names the kind, so a missing sheet is caught.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import xlsxwriter

from ntm.export import print_setup
from ntm.filters import Filters
from ntm.i18n import t
from ntm.importing.parsing import META_SHEET
from ntm.importing.statuses import decided_rows
from ntm.importing.validation import KINDS, VALUE_COLUMNS
from ntm.names import slug
from ntm.periods import parse_period as parse_period_label
from ntm.store.schema import PERIOD_COLUMNS, REFORM_DATE, STATUSES, TABLES
from ntm.store.tables_io import read_table
from ntm.store.versions import published_dir


def period_end(period: str) -> date:
    return parse_period_label(period).end


# What a kind's clerk needs beyond the general lines: how to key a set by commune group, where groups go.
KIND_LINES = {
    "criteria": "datain.template.criteria_lines",
    "reform_units": "datain.template.reform_units_lines",
}
EXTRA_TEMPLATE_ROWS = 200  # empty rows below the pre-filled ones that still carry the drop-downs
LISTS_SHEET = "lists"


def distinct_values(folder: Path, name: str, column: str) -> set[str]:
    """The distinct non-empty values of one column, reading that column only."""
    path = Path(folder) / TABLES[name].file_name
    if not path.exists() or column not in pq.read_schema(path).names:
        return set()
    values = pq.read_table(path, columns=[column]).column(column).unique().drop_null()
    return {str(v) for v in values.to_pylist()}


def template_choices(root: Path) -> tuple[dict[str, str], list[str]]:
    """Districts (code → name) and periods (newest with data first, the two coming ones last) a template can be made for;
    none when the data cannot be read (the page must still work then)."""
    try:
        return _template_choices(root)
    except (OSError, ValueError, KeyError, pa.ArrowException):
        return {}, []


def _template_choices(root: Path) -> tuple[dict[str, str], list[str]]:
    folder = published_dir(root)
    units = read_table(folder, "units").dropna(subset=["district_code"])
    districts = dict(
        sorted(zip(units["district_code"].astype(str), units["district_name"].fillna(""), strict=True))
    )
    periods = set()
    for name, column in PERIOD_COLUMNS.items():
        periods.update(distinct_values(folder, name, column))
    latest = max(periods, default=f"{date.today().year}-H1")
    year, half = int(latest[:4]), int(latest[-1])
    coming = []
    for _ in range(2):
        year, half = (year, 2) if half == 1 else (year + 1, 1)
        coming.append(f"{year}-H{half}")
    # The latest period with data comes first (the usual choice); the coming ones after the rest.
    return districts, sorted(periods, reverse=True) + [p for p in coming if p not in periods]


def _units_of(folder: Path, district: str, period: str) -> pd.DataFrame:
    """The units of a district valid at the period's end; after 1/7/2025, when districts are gone, those of
    the former district's area: the units its communes merged into (from the lineage)."""
    units = read_table(folder, "units")
    end = pd.Timestamp(period_end(period))
    valid_from = pd.to_datetime(units["valid_from"])
    valid_to = pd.to_datetime(units["valid_to"])
    valid = (valid_from <= end) & (valid_to.isna() | (valid_to >= end))
    in_district = units["district_code"].astype(str) == district
    lineage = read_table(folder, "unit_lineage")
    successors = lineage.loc[lineage["from_code"].isin(units.loc[in_district, "unit_code"]), "to_code"]
    in_area = units["unit_code"].isin(successors) & units["district_code"].isna()
    return units[valid & (in_district | in_area)].sort_values("unit_code")


def _set_for(folder: Path, period: str, set_id: str | None) -> pd.Series | None:
    sets = read_table(folder, "criteria_sets")
    if set_id:
        chosen = sets[sets["set_id"] == set_id]
    else:
        end = pd.Timestamp(period_end(period))
        valid = (pd.to_datetime(sets["valid_from"]) <= end) & (
            sets["valid_to"].isna() | (pd.to_datetime(sets["valid_to"]) >= end)
        )
        chosen = sets[valid & (sets["tier"] == "ntm") & (sets["level"] == "commune")]
        chosen = chosen.sort_values("valid_from")
    return None if chosen.empty else chosen.iloc[-1]


def _existing(folder: Path, name: str, frame: pd.DataFrame, on: list[str]) -> pd.DataFrame:
    """The pre-filled rows with the values already in the data, so a template also edits."""
    # Filtered on the first key only: later keys may be empty on purpose (district-wide activities).
    first_key = sorted({str(v) for v in frame[on[0]].dropna()}) if not frame.empty else []
    old = read_table(folder, name, {on[0]: first_key} if first_key else None)
    values = [c for c in TABLES[name].column_names if c not in on]
    if old.empty or frame.empty:
        return frame.reindex(columns=list(TABLES[name].column_names))
    for column in on:
        old[column] = old[column].astype(str)
        frame[column] = frame[column].astype(str)
    merged = frame[on].merge(old[on + values], on=on, how="left")
    return merged.reindex(columns=list(TABLES[name].column_names))


def template_rows(root: Path, kind: str, district: str, period: str, set_id: str | None = None) -> dict:
    """Table → (rows to pre-fill, helper names per row) for the kind's sheets."""
    folder = published_dir(root)
    units = _units_of(folder, district, period)
    communes = units[units["unit_type"] == "xã"]
    names = dict(zip(units["unit_code"], units["name"], strict=True))
    sheets: dict[str, tuple[pd.DataFrame, list[str]]] = {}
    if kind == "units":
        all_units = read_table(folder, "units")
        district_units = all_units[all_units["district_code"].astype(str) == district]
        villages = read_table(folder, "villages")
        villages = villages[villages["unit_code"].isin(district_units["unit_code"])]
        sheets["units"] = (district_units, [""] * len(district_units))
        sheets["villages"] = (villages, [names.get(c, "") for c in villages["unit_code"]])
    elif kind == "assessments":
        chosen = _set_for(folder, period, set_id)
        indicators = read_table(folder, "indicators")
        if chosen is not None:
            indicators = indicators[indicators["set_id"] == chosen["set_id"]]
            if chosen["level"] == "village":
                villages = read_table(folder, "villages")
                subjects = villages[villages["unit_code"].isin(communes["unit_code"])]
                subject_names = dict(zip(subjects["village_code"], subjects["name"], strict=True))
            else:
                subject_names = dict(zip(communes["unit_code"], communes["name"], strict=True))
        else:
            indicators, subject_names = indicators.iloc[0:0], {}
        rows = [
            {"subject_code": code, "period": period, "set_id": i.set_id, "indicator_code": i.indicator_code}
            for code in subject_names
            for i in indicators.itertuples()
        ]
        frame = _existing(
            folder,
            "assessments",
            pd.DataFrame(rows, columns=["subject_code", "period", "set_id", "indicator_code"]),
            ["subject_code", "period", "set_id", "indicator_code"],
        )
        # Where a threshold decides the status the engine computes it from the value (and the importer
        # fills it in): a pre-filled one could only contradict a changed value, so it is left empty.
        frame.loc[decided_rows(frame, folder), "status"] = None
        by_indicator = dict(zip(indicators["indicator_code"], indicators["name_vi"], strict=True))
        helper = [
            f"{subject_names[r.subject_code]} · {by_indicator[r.indicator_code]}" for r in frame.itertuples()
        ]
        sheets["assessments"] = (frame, helper)
    elif kind == "recognitions":
        old = read_table(folder, "recognitions")
        old = old[old["subject_code"].isin(units["unit_code"])]
        sheets["recognitions"] = (old, [names.get(c, "") for c in old["subject_code"]])
    elif kind == "plans":
        rows = pd.DataFrame({"subject_code": list(communes["unit_code"]), "tier": "ntm"})
        frame = _existing(folder, "plans", rows, ["subject_code", "tier"])
        sheets["plans"] = (frame, [names.get(c, "") for c in frame["subject_code"]])
    elif kind == "funding":
        from ntm.store.schema import FUNDING_SOURCES

        rows = pd.DataFrame(
            [
                {"unit_code": c, "period": period, "source_category": s}
                for c in communes["unit_code"]
                for s in FUNDING_SOURCES
            ],
            columns=["unit_code", "period", "source_category"],
        )
        frame = _existing(folder, "funding", rows, ["unit_code", "period", "source_category"])
        sheets["funding"] = (frame, [names.get(c, "") for c in frame["unit_code"]])
    elif kind == "activities":
        from ntm.store.schema import ACTIVITY_KINDS

        codes = [None, *communes["unit_code"]]
        rows = pd.DataFrame(
            [
                {"period": period, "unit_code": c, "district_code": district, "kind": k}
                for c in codes
                for k in ACTIVITY_KINDS
            ],
            columns=["period", "unit_code", "district_code", "kind"],
        )
        frame = _existing(folder, "activities", rows, ["period", "unit_code", "district_code", "kind"])
        frame.loc[frame["unit_code"] == "None", "unit_code"] = None
        sheets["activities"] = (frame, [names.get(c, "") if c else "" for c in frame["unit_code"]])
    elif kind == "criteria" or kind == "targets":
        for name in KINDS[kind]:
            frame = read_table(folder, name)
            if kind == "criteria" and set_id:  # the set to edit or replace, e.g. by the official list
                frame = frame[frame["set_id"] == set_id]
            sheets[name] = (frame, [""] * len(frame))
    elif kind == "reform_units":
        all_units = read_table(folder, "units")
        province = all_units.loc[all_units["district_code"].astype(str) == district, "province_code"]
        lineage = read_table(folder, "unit_lineage")
        old_codes = all_units.loc[all_units["province_code"].isin(province), "unit_code"]
        new_codes = set(lineage.loc[lineage["from_code"].isin(old_codes), "to_code"])
        started = pd.to_datetime(all_units["valid_from"]) >= pd.Timestamp(REFORM_DATE)
        after = all_units[all_units["unit_code"].isin(new_codes) & started]
        lineage = lineage[lineage["to_code"].isin(new_codes)]
        groups = read_table(folder, "commune_groups")
        groups = groups[groups["unit_code"].isin(new_codes)]
        new_names = dict(zip(after["unit_code"], after["name"], strict=True))
        sheets["units"] = (after, [""] * len(after))
        sheets["unit_lineage"] = (lineage, [new_names.get(c, "") for c in lineage["to_code"]])
        sheets["commune_groups"] = (groups, [new_names.get(c, "") for c in groups["unit_code"]])
    else:
        raise ValueError(kind)
    return sheets


def _choice_lists(folder: Path, district: str, periods: list[str]) -> dict[str, list[str]]:
    units = read_table(folder, "units")
    in_district = units[units["district_code"].astype(str) == district]
    villages = read_table(folder, "villages")
    villages = villages[villages["unit_code"].isin(in_district["unit_code"])]
    lists = {
        "unit_code": sorted(set(in_district["unit_code"].astype(str))),
        "subject_code": sorted(
            set(in_district["unit_code"].astype(str)) | set(villages["village_code"].astype(str))
        ),
        "set_id": sorted(set(read_table(folder, "criteria_sets")["set_id"].astype(str))),
        "indicator_code": sorted(set(read_table(folder, "indicators")["indicator_code"].astype(str))),
        "district_code": [district],
        "period": periods,
        "region": sorted(set(units["region"].dropna().astype(str))),
    }
    for table in TABLES.values():
        for column in table.columns:
            if column.allowed:
                lists[f"{table.name}.{column.name}"] = [
                    _shown(column.name, value) for value in column.allowed
                ]
    return lists


def _shown(column: str, value: str) -> str:
    """A status as the clerk writes it ("Chưa đạt"; the importer reads it back): other codes as they are."""
    return t(f"label.status.{value}", "vi") if column == "status" and value in STATUSES else value


def _cell(value):
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value


def build_template(root: Path, kind: str, district: str, period: str, set_id: str | None = None) -> bytes:
    """The workbook of one input kind, pre-filled for the district and period."""
    folder = published_dir(root)
    districts, periods = template_choices(root)
    sheets = template_rows(root, kind, district, period, set_id)
    lists = _choice_lists(folder, district, periods)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
    english = book.add_format({"italic": True, "font_color": "#555555", "bg_color": "#F2F2F2", "border": 1})
    text_cell = book.add_format({"num_format": "@"})
    date_cell = book.add_format({"num_format": "dd/mm/yyyy"})
    helper_cell = book.add_format({"font_color": "#7F7F7F"})

    guide = book.add_worksheet(t("datain.template.instructions", "vi"))
    # Printed, the instructions keep to their one column: long lines wrap in it instead of running past
    # the page (LibreOffice cut them there and printed their ends on a page of their own).
    guide.set_column(0, 0, 110)
    wrapped = book.add_format({"text_wrap": True, "valign": "top"})
    print_setup(guide, header_row=0)
    row = 0
    for lang in ("vi", "en"):
        kind_name = t(f"datain.kind.{kind}", lang)
        lines = t(
            "datain.template.lines",
            lang,
            kind=kind_name,
            district=districts.get(district, district),
            period=period,
        ).splitlines()
        for number, line in enumerate(lines):
            guide.write(row, 0, line, bold if number == 0 else wrapped)
            row += 1
        if kind in KIND_LINES:
            for number, line in enumerate(t(KIND_LINES[kind], lang).splitlines()):
                guide.write(row, 0, line, bold if number == 0 else wrapped)
                row += 1
        row += 1

    list_sheet = book.add_worksheet(LISTS_SHEET)
    list_ranges = {}
    for index, (name, values) in enumerate(lists.items()):
        list_sheet.write(0, index, name)
        for offset, value in enumerate(values, start=1):
            list_sheet.write_string(offset, index, str(value))
        column_letter = xlsxwriter.utility.xl_col_to_name(index)
        list_ranges[name] = f"={LISTS_SHEET}!${column_letter}$2:${column_letter}${max(2, len(values) + 1)}"
    list_sheet.hide()

    for name, (frame, helper) in sheets.items():
        table = TABLES[name]
        sheet = book.add_worksheet(name)
        last_row = 2 + len(frame) + EXTRA_TEMPLATE_ROWS
        for index, column in enumerate(table.columns):
            sheet.write(0, index, t(f"datain.col.{name}.{column.name}", "vi"), bold)
            sheet.write(1, index, f"{t(f'datain.col.{name}.{column.name}', 'en')} ({column.name})", english)
            is_value = column.name in VALUE_COLUMNS.get(name, ())
            sheet.set_column(
                index,
                index,
                16 if is_value else 14,
                date_cell if column.dtype == "date" else (text_cell if column.dtype == "str" else None),
            )
            source = list_ranges.get(f"{name}.{column.name}") or (
                list_ranges.get(column.name) if column.name in lists and column.dtype == "str" else None
            )
            if column.name == "subject_code" and name == "assessments":
                source = list_ranges["subject_code"]
            if source and not (name == "units" and column.name == "unit_code"):
                sheet.data_validation(
                    2,
                    index,
                    last_row,
                    index,
                    {
                        "validate": "list",
                        "source": source,
                        "error_type": "warning",
                        "error_message": t("datain.problem.not_allowed", "vi", value="", expected="…"),
                    },
                )
        helper_index = len(table.columns)
        sheet.write(0, helper_index, t("datain.template.helper_name", "vi"), english)
        sheet.write(1, helper_index, t("datain.template.helper_name", "en"), english)
        sheet.set_column(helper_index, helper_index, 40, helper_cell)
        for row_index, record in enumerate(frame.itertuples(index=False), start=2):
            for col_index, column in enumerate(table.columns):
                value = _cell(getattr(record, column.name))
                if value is None:
                    continue
                if column.dtype == "date":
                    sheet.write_datetime(row_index, col_index, pd.Timestamp(value).to_pydatetime(), date_cell)
                elif column.dtype == "str":
                    sheet.write_string(row_index, col_index, _shown(column.name, str(value)))
                else:
                    sheet.write_number(row_index, col_index, float(value))
            if row_index - 2 < len(helper) and helper[row_index - 2]:
                sheet.write_string(row_index, helper_index, helper[row_index - 2])
        sheet.freeze_panes(2, 0)

    meta = book.add_worksheet(META_SHEET)
    meta.write_row(0, 0, ["kind", kind])
    meta.write_row(1, 0, ["district", district])
    meta.write_row(2, 0, ["period", period])
    meta.hide()
    book.close()
    return buffer.getvalue()


def template_set(kind: str, filters: Filters | None) -> str | None:
    """The set a template is made for on the data page: the criteria kind holds the scope's set only (the
    one an office replaces by the official list); other kinds choose their own."""
    return filters.set_id or None if kind == "criteria" and filters is not None else None


# Kinds whose template is made for one criteria set, which the clerk chooses on the data page.
SET_KINDS = ("assessments",)


def template_sets(root: Path, period: str, lang: str) -> dict[str, str]:
    """The criteria sets in force at the period's end (set_id → name), the national NTM set of xã first (the
    template's default), then the higher tiers and the villages' set; none when the data cannot be read."""
    try:
        sets = read_table(published_dir(root), "criteria_sets")
    except (OSError, ValueError, KeyError, pa.ArrowException):
        return {}
    end = pd.Timestamp(period_end(period))
    valid = (pd.to_datetime(sets["valid_from"]) <= end) & (
        sets["valid_to"].isna() | (pd.to_datetime(sets["valid_to"]) >= end)
    )
    default = _set_for(published_dir(root), period, None)
    first = [] if default is None else [default["set_id"]]
    names = dict(zip(sets["set_id"], sets[f"name_{lang}"], strict=True))
    return {code: names[code] for code in [*first, *sorted(set(sets.loc[valid, "set_id"]) - set(first))]}


def template_file_name(kind: str, district_name: str, period: str, set_tier: str | None = None) -> str:
    """`ntm_mau-nhap-ket-qua-danh-gia-tieu-chi-ntm-nang-cao_song-lo_2024-H2.xlsx`: named like every export
    (what in Vietnamese, place, period in ASCII); an assessments template names its set's tier."""
    what = "Mẫu nhập " + t(f"datain.kind.{kind}", "vi")
    if set_tier:
        what += " " + t(f"label.tier.{set_tier}", "vi")
    parts = [
        "ntm",
        slug(what),
        slug(district_name, drop_administrative_word=True),
        re.sub(r"[^A-Za-z0-9-]", "", period),
    ]
    return "_".join(part for part in parts if part) + ".xlsx"


def template_set_tier(root: Path, set_id: str | None) -> str | None:
    """The tier of a set (`ntm`, `advanced`, `model_village` …), for the template's file name."""
    if not set_id:
        return None
    sets = read_table(published_dir(root), "criteria_sets")
    tiers = sets.loc[sets["set_id"] == set_id, "tier"]
    return None if tiers.empty else str(tiers.iloc[0])
