"""What an import changes, row by row: rows added, changed and removed, grouped per commune.

`row_changes` compares old rows with new rows by the table's key (pure); the importer feeds it only
the rows the file touches. The other functions word the result for the page and the command line.
"""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from ntm.i18n import format_date, format_number, t
from ntm.store.schema import PERIOD_COLUMNS, TABLES

CHANGE_KINDS = ("added", "changed", "removed")
CHANGE_COLUMNS = ("table", "unit", "period", "set_id", "item", "change", "before", "after")

# The column naming the commune (or village) a row belongs to: the preview groups by it.
UNIT_COLUMNS = {
    "assessments": "subject_code",
    "recognitions": "subject_code",
    "plans": "subject_code",
    "funding": "unit_code",
    "activities": "unit_code",  # empty = district-wide: grouped under the district code
    "units": "unit_code",
    "villages": "unit_code",
}

# What an added or removed row shows: its value columns (a changed row shows the columns that differ).
SHOWN_COLUMNS = {
    "assessments": ("value", "status"),
    "funding": ("amount_mvnd",),
    "activities": ("events", "participants"),
    "plans": ("target_year",),
    "recognitions": ("decision_no", "revoked_date"),
    "units": ("name",),
    "villages": ("name",),
    "criteria_sets": ("name_vi",),
    "criteria": ("name_vi",),
    "indicators": ("name_vi",),
    "thresholds": ("threshold_value",),
    "unit_lineage": ("relation",),
    "commune_groups": ("commune_group",),
    "programme_targets": ("target_share", "target_count"),
}


def _plain(value: object) -> object:
    """None for every kind of missing value, a date for a timestamp, so old and new rows compare equal."""
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()  # numpy scalars
    return value


def _records(frame: pd.DataFrame, columns: list[str]) -> list[dict]:
    present = [c for c in columns if c in frame.columns]
    return [
        {c: _plain(v) for c, v in zip(present, values, strict=True)}
        for values in frame[present].itertuples(index=False, name=None)
    ]


def row_changes(table_name: str, old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """One row per added, changed or removed row (unchanged rows left out), matched by the table's key.

    Columns: table, unit (the commune / village, or the district of a district-wide row), period,
    set_id, item (the rest of the key, joined by " · "), change, before and after (dicts of the
    non-key values; None for an added / removed row).
    """
    table = TABLES[table_name]
    key = list(table.key)
    values = [c for c in table.column_names if c not in key]
    unit_column = UNIT_COLUMNS.get(table_name)
    period_column = PERIOD_COLUMNS.get(table_name)
    # The item is what the key names beyond the commune and period (an activity's district is its unit's).
    item_columns = [c for c in key if c not in (unit_column, period_column, "set_id", "district_code")]
    if table_name in ("criteria_sets", "criteria", "indicators", "thresholds"):
        item_columns = key  # no commune: the whole key names the row

    def by_key(frame: pd.DataFrame) -> dict[tuple, dict]:
        return {tuple(r[c] for c in key): r for r in _records(frame, key + values)}

    before, after = by_key(old), by_key(new)
    rows = []
    for row_key in sorted(
        before.keys() | after.keys(), key=lambda k: tuple("" if v is None else str(v) for v in k)
    ):
        old_row, new_row = before.get(row_key), after.get(row_key)
        if old_row is None:
            change = "added"
        elif new_row is None:
            change = "removed"
        elif any(old_row.get(c) != new_row.get(c) for c in values):
            change = "changed"
        else:
            continue
        row = new_row or old_row
        unit = row.get(unit_column) if unit_column else None
        if table_name == "activities" and unit is None:
            unit = row.get("district_code")
        rows.append(
            {
                "table": table_name,
                "unit": unit,
                "period": row.get(period_column) if period_column else None,
                "set_id": row.get("set_id") if table_name == "assessments" else None,
                "item": " · ".join(
                    "–" if row.get(c) is None else _key_text(row.get(c)) for c in item_columns
                ),
                "change": change,
                "before": None if old_row is None else {c: old_row.get(c) for c in values},
                "after": None if new_row is None else {c: new_row.get(c) for c in values},
            }
        )
    return pd.DataFrame(rows, columns=list(CHANGE_COLUMNS))


def _key_text(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def counts_by_unit(changes: pd.DataFrame) -> pd.DataFrame:
    """Per commune (unit): how many rows are added, changed and removed."""
    if changes.empty:
        return pd.DataFrame(columns=["unit", *CHANGE_KINDS])
    counts = (
        changes.assign(unit=changes["unit"].fillna(""))
        .groupby(["unit", "change"])
        .size()
        .unstack(fill_value=0)
    )
    counts = counts.reindex(columns=list(CHANGE_KINDS), fill_value=0).reset_index()
    counts.columns.name = None
    return counts.sort_values("unit", kind="stable").reset_index(drop=True)


def removed_count(changes: pd.DataFrame) -> int:
    return 0 if changes.empty else int((changes["change"] == "removed").sum())


def value_text(column: str, value: object, lang: str) -> str:
    """One value as people read it: `83,4`, `đạt`, `31/12/2024`; an en dash when empty."""
    if value is None:
        return "–"
    if column == "status":
        return t(f"label.status.{value}", lang)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        text = format_number(float(value), lang, 2)
        decimal = "," if lang == "vi" else "."
        return text.rstrip("0").rstrip(decimal) if decimal in text else text
    if isinstance(value, date):
        return format_date(value, lang)
    return str(value)


def _side(table: str, values: dict | None, other: dict | None, lang: str) -> str:
    """One side of a row's change: a changed row shows only the values that differ."""
    if values is None:
        return ""
    shown = SHOWN_COLUMNS.get(table, tuple(values))
    if other is None:
        columns = [c for c in shown if values.get(c) is not None]
    else:
        # The value columns that differ (`83,4 → 99`); a source or a note only when nothing else changed.
        differ = [c for c in values if values.get(c) != other.get(c)]
        columns = [c for c in differ if c in shown] or differ
    return " · ".join(value_text(c, values.get(c), lang) for c in columns) or "–"


def preview_frame(changes: pd.DataFrame, names: dict[str, str], lang: str) -> pd.DataFrame:
    """The change preview as shown: Mã xã, Xã, Kỳ, Chỉ tiêu, Trước, Sau, Thay đổi; grouped per commune,
    removals first (they are what a clerk must look at), then changes, then additions."""
    columns = ["unit", "name", "period", "item", "before", "after", "change"]
    headers = {c: t(f"datain.preview.col.{c}", lang) for c in columns}
    if changes.empty:
        return pd.DataFrame(columns=list(headers.values()))
    several_sets = changes["set_id"].dropna().nunique() > 1
    several_tables = changes["table"].nunique() > 1
    order = {"removed": 0, "changed": 1, "added": 2}
    rows = []
    for change in changes.itertuples(index=False):
        item = change.item
        if several_sets and change.set_id:
            item = f"{change.set_id} · {item}"
        if several_tables:
            item = f"{t(f'datain.table.{change.table}', lang)} · {item}"
        rows.append(
            {
                "unit": change.unit or "",
                "name": names.get(change.unit or "", ""),
                "period": change.period or "",
                "item": item,
                "before": _side(change.table, change.before, change.after, lang),
                "after": _side(change.table, change.after, change.before, lang),
                "change": t(f"datain.preview.{change.change}", lang),
                "_order": order[change.change],
            }
        )
    frame = pd.DataFrame(rows).sort_values(["unit", "_order", "period", "item"], kind="stable")
    return frame[columns].rename(columns=headers).reset_index(drop=True)


def counts_frame(changes: pd.DataFrame, names: dict[str, str], lang: str) -> pd.DataFrame:
    """Per commune: Mã xã, Xã, Thêm, Sửa, Xoá."""
    counts = counts_by_unit(changes)
    counts.insert(1, "name", [names.get(u, "") for u in counts["unit"]])
    headers = {"unit": "unit", "name": "name", **{k: k for k in CHANGE_KINDS}}
    return counts.rename(columns={c: t(f"datain.preview.col.{h}", lang) for c, h in headers.items()})


def preview_lines(changes: pd.DataFrame, names: dict[str, str], limit: int = 1000) -> list[str]:
    """The preview as text (command line), Vietnamese then English: a line per commune with its counts,
    then its rows indented (`  Sửa / Change · 2024-H2 · 17.6: 83,4 → 99`), numbers written the Vietnamese way."""
    lines: list[str] = []
    if changes.empty:
        return lines
    counts = {r.unit: r for r in counts_by_unit(changes).itertuples(index=False)}
    detail = preview_frame(changes, names, "vi")
    kinds = {t(f"datain.preview.{k}", "vi"): k for k in CHANGE_KINDS}
    shown = 0
    for unit, rows in detail.groupby(t("datain.preview.col.unit", "vi"), sort=False):
        count = counts[unit]
        numbers = {k: getattr(count, k) for k in CHANGE_KINDS}
        place = f"{names.get(unit, '')} ({unit})".strip() if unit else "–"
        worded = " / ".join(t("datain.preview.unit_line", lang, **numbers) for lang in ("vi", "en"))
        lines.append(f"{place}: {worded}")
        for row in rows.itertuples(index=False):
            if shown >= limit:
                continue
            _, _, period, item, before, after, change = row
            kind = kinds[change]
            word = f"{t(f'datain.preview.{kind}', 'vi')} / {t(f'datain.preview.{kind}', 'en')}"
            arrow = f"{before} → {after}" if before and after else (before or after)
            lines.append(f"  {word} · {' · '.join(p for p in (period, item) if p)}: {arrow}")
            shown += 1
    if shown < len(detail):
        more = len(detail) - shown
        lines.append(" / ".join(t("datain.preview.more", lang, count=more) for lang in ("vi", "en")))
    return lines
