"""Statuses a threshold decides are the engine's to compute, not the clerk's to type: an assessment row
left without a status gets the one its value and the threshold in force give (the rule of
ntm.store.status_rules), so a changed value never contradicts a stale status and an untouched row
does not show as changed."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ntm.figures.values import is_missing
from ntm.importing.validation import ParsedTable
from ntm.periods import parse_period
from ntm.store.status_rules import ThresholdRow, indicator_status, threshold_for
from ntm.store.tables_io import read_table


def _thresholds(folder: Path) -> dict[tuple[str, str], list[ThresholdRow]]:
    rows: dict[tuple[str, str], list[ThresholdRow]] = {}
    for r in read_table(folder, "thresholds").itertuples():
        region = None if pd.isna(r.region) else str(r.region)
        year_to = None if pd.isna(r.year_to) else int(r.year_to)
        rows.setdefault((r.set_id, r.indicator_code), []).append(
            ThresholdRow(region, int(r.year_from), year_to, float(r.threshold_value))
        )
    return rows


def regions_by_subject(folder: Path) -> dict[str, str]:
    """The region of every commune, and of every village (its commune's)."""
    units = read_table(folder, "units")
    regions = dict(zip(units["unit_code"].astype(str), units["region"].astype(str), strict=True))
    villages = read_table(folder, "villages")
    for village, commune in zip(
        villages["village_code"].astype(str), villages["unit_code"].astype(str), strict=True
    ):
        if commune in regions:
            regions[village] = regions[commune]
    return regions


def decided_threshold(thresholds, regions, set_id: str, indicator_code: str, subject: str, period: str):
    """The threshold in force for the subject and period, or None when the recorded status decides."""
    rows = thresholds.get((set_id, indicator_code))
    region = regions.get(subject)
    if not rows or region is None:
        return None
    return threshold_for(rows, region, parse_period(period).year)


def fill_decided_statuses(parsed: ParsedTable, folder: Path) -> None:
    """Gives each of the file's assessment rows without a status the one its threshold decides; a row whose
    value is unchanged keeps the status recorded with it, so a template sent back untouched changes nothing."""
    if parsed.name != "assessments" or not any(r.get("status") is None for r in parsed.records):
        return
    thresholds, regions = _thresholds(folder), regions_by_subject(folder)
    directions = {
        (r.set_id, r.indicator_code): r.direction for r in read_table(folder, "indicators").itertuples()
    }
    subjects = sorted({str(r["subject_code"]) for r in parsed.records})
    recorded = {
        (str(r.subject_code), r.period, r.set_id, r.indicator_code): (r.value, r.status)
        for r in read_table(folder, "assessments", {"subject_code": subjects}).itertuples()
    }
    for record in parsed.records:
        if record.get("status") is not None:
            continue
        key = (record["set_id"], record["indicator_code"])
        threshold = decided_threshold(thresholds, regions, *key, record["subject_code"], record["period"])
        if threshold is None or directions.get(key) not in (">=", "<=", "="):
            continue
        old = recorded.get((str(record["subject_code"]), record["period"], *key))
        if old is not None and _same_value(old[0], record.get("value")):
            record["status"] = None if is_missing(old[1]) else old[1]
        else:
            record["status"] = indicator_status(record.get("value"), threshold, directions[key], None)


def _same_value(old, new) -> bool:
    if is_missing(old) or is_missing(new):
        return is_missing(old) and is_missing(new)
    return abs(float(old) - float(new)) <= 1e-9


def decided_rows(frame: pd.DataFrame, folder: Path) -> pd.Series:
    """Which rows of an assessments frame have their status decided by a threshold in force."""
    thresholds, regions = _thresholds(folder), regions_by_subject(folder)
    return pd.Series(
        [
            decided_threshold(thresholds, regions, r.set_id, r.indicator_code, str(r.subject_code), r.period)
            is not None
            for r in frame.itertuples()
        ],
        index=frame.index,
        dtype=bool,
    )
