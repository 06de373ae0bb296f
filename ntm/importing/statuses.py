"""Statuses a threshold decides are the engine's to compute, not the clerk's to type: an assessment row
left without a status gets the one its value and the threshold in force give (the rule of
ntm.store.status_rules), so a changed value never contradicts a stale status and an untouched row
does not show as changed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ntm.figures.values import is_missing
from ntm.importing.validation import ParsedTable
from ntm.periods import parse_period
from ntm.store.status_rules import ThresholdRow, indicator_status, threshold_class, threshold_for
from ntm.store.tables_io import read_table


def _thresholds(folder: Path) -> dict[tuple[str, str], list[ThresholdRow]]:
    """The threshold rows of each (set, indicator), keyed by the class the set uses (region or commune group);
    rows keyed by the other axis do not apply, as in the engine."""
    bases = _threshold_bases(folder)
    rows: dict[tuple[str, str], list[ThresholdRow]] = {}
    for r in read_table(folder, "thresholds").itertuples():
        region = _text_or_none(r.region)
        group = _text_or_none(r.commune_group)
        basis = bases.get(r.set_id)
        if (group if basis != "commune_group" else region) is not None:
            continue
        year_to = None if pd.isna(r.year_to) else int(r.year_to)
        rows.setdefault((r.set_id, r.indicator_code), []).append(
            ThresholdRow(
                threshold_class(basis, region, group), int(r.year_from), year_to, float(r.threshold_value)
            )
        )
    return rows


def _text_or_none(value) -> str | None:
    return None if value is None or pd.isna(value) else str(value)


def _threshold_bases(folder: Path) -> dict[str, str | None]:
    sets = read_table(folder, "criteria_sets")  # every registry column, empty when the file lacks it
    return {str(k): _text_or_none(v) for k, v in zip(sets["set_id"], sets["threshold_basis"], strict=True)}


@dataclass(frozen=True)
class SubjectClasses:
    """What picks each subject's thresholds: its region, and its commune group per year (a village has its
    commune's), with the basis each set uses."""

    bases: dict[str, str | None]
    regions: dict[str, str]
    communes: dict[str, str]  # subject (xã or village) -> its xã
    groups: dict[str, list[tuple[int, int | None, str]]]

    def class_of(self, set_id: str, subject: str, year: int) -> str | None:
        commune = self.communes.get(subject)
        if commune is None:
            return None
        basis = self.bases.get(set_id)
        group = next(
            (
                g
                for start, end, g in self.groups.get(commune, ())
                if start <= year and (end is None or year <= end)
            ),
            None,
        )
        return threshold_class(basis, self.regions.get(commune), group)


def subject_classes(folder: Path) -> SubjectClasses:
    units = read_table(folder, "units")
    codes = units["unit_code"].astype(str)
    regions = dict(zip(codes, units["region"].astype(str), strict=True))
    communes = {code: code for code in codes}
    villages = read_table(folder, "villages")
    for village, commune in zip(
        villages["village_code"].astype(str), villages["unit_code"].astype(str), strict=True
    ):
        if commune in regions:
            communes[village] = commune
    groups: dict[str, list[tuple[int, int | None, str]]] = {}
    for r in read_table(folder, "commune_groups").itertuples():
        year_to = None if pd.isna(r.year_to) else int(r.year_to)
        groups.setdefault(str(r.unit_code), []).append((int(r.year_from), year_to, str(r.commune_group)))
    return SubjectClasses(_threshold_bases(folder), regions, communes, groups)


def decided_threshold(
    thresholds, classes: SubjectClasses, set_id: str, indicator_code: str, subject: str, period: str
):
    """The threshold in force for the subject and period, or None when the recorded status decides."""
    rows = thresholds.get((set_id, indicator_code))
    if not rows or subject not in classes.communes:
        return None
    year = parse_period(period).year
    return threshold_for(rows, classes.class_of(set_id, subject, year), year)


def fill_decided_statuses(parsed: ParsedTable, folder: Path) -> None:
    """Gives each of the file's assessment rows without a status the one its threshold decides; a row whose
    value is unchanged keeps the status recorded with it, so a template sent back untouched changes nothing."""
    if parsed.name != "assessments" or not any(r.get("status") is None for r in parsed.records):
        return
    thresholds, classes = _thresholds(folder), subject_classes(folder)
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
        threshold = decided_threshold(thresholds, classes, *key, record["subject_code"], record["period"])
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
    thresholds, classes = _thresholds(folder), subject_classes(folder)
    return pd.Series(
        [
            decided_threshold(thresholds, classes, r.set_id, r.indicator_code, str(r.subject_code), r.period)
            is not None
            for r in frame.itertuples()
        ],
        index=frame.index,
        dtype=bool,
    )
