"""The sample across the 1/7/2025 reform: the units after it are assessed from their predecessors' standing.

2025-H2: the merged xã on the 2021–2025 set (still in force until the end of 2025), each indicator from its
predecessors' 2025-H1 values (a mean; a yes/no indicator holds only if it held in every predecessor), so a
merger with a weaker commune pulls the successor down, as in Điện Biên; a few are recognised late in 2025.
2026-H1: the 2026–2030 set (QĐ 51/2025/QĐ-TTg), thresholds by commune group, each sample indicator
continuing a 2021–2025 one (`sample_indicator_successors.csv`); a few recognitions, the pilot tier assessed
where every criterion is met. No successor inherits a predecessor's decision: every decision here is its own.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ntm.store.schema import FUNDING_SOURCES
from ntm.store.schema import REFORM_DATE as SCHEMA_REFORM_DATE

REFORM_DATE = pd.Timestamp(SCHEMA_REFORM_DATE)
LAST_OLD_PERIOD, MERGED_PERIOD, NEW_SET_PERIOD = "2025-H1", "2025-H2", "2026-H1"
REFORM_PERIODS = (MERGED_PERIOD, NEW_SET_PERIOD)
AS_OF = pd.Timestamp("2026-06-30")
OLD_SET, NEW_SET, MODERN_SET = "NTM-2021", "NTM-2026", "HD-2026"
NEW_SET_YEAR = 2026
SOURCE = "Báo cáo xã (mẫu)"
NOTE_MISSING = "Chưa cập nhật số liệu (mẫu)"
GROUP_SOURCE = (
    "MẪU / SAMPLE: nhóm xã giả lập (nhóm 1: có thị trấn, phường cũ; nhóm 3: vùng núi) / invented groups "
    "(group 1: took in a former town or ward; group 3: mountain areas)"
)
# Share of the xã reaching every criterion that get a decision by the period's end (few: merged communes
# need their own file, appraisal and decision).
_DECIDED_2025, _DECIDED_2026 = 0.25, 0.3
# A report lacks a whole criterion now and then (every indicator of it): per xã and criterion.
_MISSING = 0.01


@dataclass(frozen=True)
class _Catalogue:
    kind: dict[tuple[str, str], str]
    direction: dict[tuple[str, str], str]
    unit: dict[tuple[str, str], str]
    thresholds: pd.DataFrame
    successors: pd.DataFrame  # from_set_id, from_indicator_code, to_set_id, to_indicator_code


def _catalogue(catalogue: dict[str, pd.DataFrame], reference_dir: Path) -> _Catalogue:
    ind = catalogue["indicators"]
    keys = list(zip(ind["set_id"], ind["indicator_code"], strict=True))
    return _Catalogue(
        kind=dict(zip(keys, ind["kind"], strict=True)),
        direction=dict(zip(keys, ind["direction"], strict=True)),
        unit=dict(zip(keys, ind["unit"].fillna(""), strict=True)),
        thresholds=catalogue["thresholds"],
        successors=pd.read_csv(Path(reference_dir) / "sample_indicator_successors.csv", dtype=str),
    )


def _threshold(cat: _Catalogue, set_id: str, year: int, by: str) -> tuple[pd.Series, pd.Series]:
    """The thresholds of `set_id` in `year`: for every class (by indicator) and for each class `by` names
    (region or commune group; by indicator and class). `_statuses` takes the class's own first, else the one
    for every class: the engine's rule, so the statuses written here agree with it."""
    rows = cat.thresholds[
        (cat.thresholds["set_id"] == set_id)
        & (cat.thresholds["year_from"] <= year)
        & (cat.thresholds["year_to"].isna() | (cat.thresholds["year_to"] >= year))
    ]
    rows = rows.sort_values("year_from").drop_duplicates(["indicator_code", by], keep="last")
    general = rows[rows[by].isna()].set_index("indicator_code")["threshold_value"]
    own = rows[rows[by].notna()].set_index(["indicator_code", by])["threshold_value"]
    return general, own


def _statuses(frame: pd.DataFrame, cat: _Catalogue, set_id: str, year: int, by: str) -> pd.Series:
    """met / not_met for each row of (subject_code, indicator_code, value, threshold_class)."""
    general, own = _threshold(cat, set_id, year, by)
    keys = pd.MultiIndex.from_arrays([frame["indicator_code"], frame["threshold_class"]])
    threshold = pd.Series(own.reindex(keys).to_numpy(), index=frame.index)
    threshold = threshold.fillna(
        pd.Series(general.reindex(frame["indicator_code"]).to_numpy(), index=frame.index)
    )
    direction = frame["indicator_code"].map(lambda c: cat.direction[(set_id, c)])
    value = frame["value"]
    met = np.where(
        threshold.isna(),
        value >= 0.5,  # yes/no indicators: 1 met, 0 not
        np.where(
            direction == ">=",
            value >= threshold,
            np.where(direction == "<=", value <= threshold, (value - threshold).abs() <= 1e-9),
        ),
    )
    return pd.Series(np.where(met, "met", "not_met"), index=frame.index).where(value.notna())


def _rng(seed: int, name: str) -> np.random.Generator:
    return np.random.default_rng([seed, zlib.crc32(f"reform-{name}".encode())])


def carry_across_reform(tables: dict, catalogue: dict, reference_dir: Path, seed: int, name: str) -> dict:
    """The rows the post-reform periods add to a sample built up to 2025-H1 (`tables`), keyed by table."""
    rng = _rng(seed, name)
    cat = _catalogue(catalogue, reference_dir)
    units = tables["units"]
    successors = units[(units["valid_from"] == REFORM_DATE) & (units["unit_type"] == "xã")]
    codes = successors["unit_code"].to_numpy(dtype=object)
    if not len(codes):
        return {}
    regions = pd.Series(successors["region"].to_numpy(), index=codes)
    lineage = tables["unit_lineage"]
    lineage = lineage[(lineage["effective_date"] == REFORM_DATE) & lineage["to_code"].isin(codes)]
    groups = _groups(rng, units, lineage, codes)

    merged = _merged_assessments(rng, tables["assessments"], lineage, cat, codes, regions)
    decided_2025 = _decisions(rng, merged, _DECIDED_2025, "2025-10-01", 80, 2025)
    new_set = _new_set_assessments(rng, merged, cat, groups)
    decided_2026 = _decisions(rng, new_set, _DECIDED_2026, "2026-04-01", 85, NEW_SET_YEAR)
    modern = _modern_assessments(rng, new_set, decided_2026, cat, groups)
    assessments = pd.concat([merged, new_set, modern], ignore_index=True)
    return {
        "assessments": _assessment_table(assessments),
        "recognitions": pd.concat([decided_2025, decided_2026], ignore_index=True),
        "commune_groups": pd.DataFrame(
            {
                "unit_code": groups.index,
                "commune_group": groups.to_numpy(),
                "year_from": NEW_SET_YEAR,
                "year_to": pd.array([pd.NA] * len(groups), dtype="Int64"),
                "source": GROUP_SOURCE,
            }
        ),
        "plans": _plans(rng, codes, pd.concat([decided_2025, decided_2026])["subject_code"], tables["plans"]),
        "funding": _funding(rng, codes),
    }


def _groups(rng, units: pd.DataFrame, lineage: pd.DataFrame, codes: np.ndarray) -> pd.Series:
    """Group 1 for a xã that took in a former town or ward (near-urban), group 3 for the mountain regions'
    xã (most; the poorest areas), group 2 for the rest."""
    old = units[units["valid_from"] < REFORM_DATE].drop_duplicates("unit_code", keep="last")
    old_type = lineage["from_code"].map(dict(zip(old["unit_code"], old["unit_type"], strict=True)))
    urban = set(lineage.loc[old_type.isin(["phường", "thị trấn"]).to_numpy(), "to_code"])
    region = units.drop_duplicates("unit_code", keep="last").set_index("unit_code")["region"].reindex(codes)
    mountain = region.isin(["TDMNPB", "TN"]).to_numpy() & (rng.random(len(codes)) < 0.6)
    group = np.where(np.isin(codes, list(urban)), "1", np.where(mountain, "3", "2"))
    return pd.Series(group, index=codes)


def _merged_assessments(rng, assessments: pa.Table, lineage, cat, codes, regions) -> pd.DataFrame:
    last = assessments.filter(
        pc.and_(pc.equal(assessments["period"], LAST_OLD_PERIOD), pc.equal(assessments["set_id"], OLD_SET))
    ).select(["subject_code", "indicator_code", "value"])
    old = last.to_pandas().merge(
        lineage[["from_code", "to_code"]], left_on="subject_code", right_on="from_code"
    )
    old["bool"] = [cat.kind[(OLD_SET, c)] == "bool" for c in old["indicator_code"]]
    merged = (
        old.groupby(["to_code", "indicator_code"], sort=True)
        .agg(mean=("value", "mean"), low=("value", "min"), is_bool=("bool", "first"))
        .reset_index()
    )
    # Every successor gets every indicator of the set: one whose predecessors had no value is reported now.
    indicators = sorted({c for (s, c) in cat.kind if s == OLD_SET})
    grid = pd.MultiIndex.from_product([codes, indicators], names=["to_code", "indicator_code"]).to_frame(
        index=False
    )
    merged = grid.merge(merged, how="left", on=["to_code", "indicator_code"])
    whole = merged["indicator_code"].map(lambda c: cat.unit[(OLD_SET, c)] in ("thôn", "sản phẩm"))
    value = np.where(merged["is_bool"].fillna(False).astype(bool), merged["low"], merged["mean"]).astype(
        float
    )
    value = np.where(whole, np.round(value), np.round(value, 1))
    missing = np.isnan(value)
    value = np.where(missing, _fresh_values(rng, merged["indicator_code"], cat), value)
    frame = pd.DataFrame(
        {
            "subject_code": merged["to_code"],
            "period": MERGED_PERIOD,
            "set_id": OLD_SET,
            "indicator_code": merged["indicator_code"],
            "value": value,
            "threshold_class": merged["to_code"].map(regions),
        }
    )
    return _with_statuses(rng, frame, cat, OLD_SET, 2025, "region")


def _fresh_values(rng, indicator_codes: pd.Series, cat) -> np.ndarray:
    """A value for an indicator no predecessor reported: yes/no as a coin weighted to yes, else missing."""
    is_bool = indicator_codes.map(lambda c: cat.kind[(OLD_SET, c)] == "bool").to_numpy()
    return np.where(is_bool, (rng.random(len(indicator_codes)) < 0.8).astype(float), np.nan)


def _with_statuses(rng, frame: pd.DataFrame, cat, set_id: str, year: int, by: str) -> pd.DataFrame:
    frame = frame.copy()
    criterion = frame["indicator_code"].str.split(".").str[0]
    report = pd.MultiIndex.from_arrays([frame["subject_code"], criterion])
    lacking = pd.Series(rng.random(len(report.unique())) < _MISSING, index=report.unique())
    frame.loc[lacking.reindex(report).to_numpy(), "value"] = np.nan
    frame["status"] = _statuses(frame, cat, set_id, year, by)
    frame["note"] = np.where(frame["value"].isna(), NOTE_MISSING, None)
    return frame


def _reaching(frame: pd.DataFrame) -> pd.Index:
    """Subjects with every indicator met (none missing)."""
    met = frame.groupby("subject_code")["status"].agg(lambda s: bool((s == "met").all()))
    return met.index[met]


def _decisions(
    rng, frame: pd.DataFrame, share: float, first_day: str, spread_days: int, year: int
) -> pd.DataFrame:
    reaching = _reaching(frame)
    chosen = reaching[rng.random(len(reaching)) < share]
    days = pd.Timestamp(first_day) + pd.to_timedelta(rng.integers(0, spread_days, len(chosen)), unit="D")
    tier = "ntm"
    return pd.DataFrame(
        {
            "subject_code": chosen.to_numpy(dtype=object),
            "tier": tier,
            "decision_no": [f"{k}/QĐ-UBND" for k in rng.integers(120, 4200, len(chosen))],
            "decision_date": days,
            "recognised_year": np.full(len(chosen), year, dtype="int64"),
            "revoked_date": pd.NaT,
        }
    )


def _new_set_assessments(rng, merged: pd.DataFrame, cat, groups: pd.Series) -> pd.DataFrame:
    """2026-H1 on the 2026–2030 set: each sample indicator carries on from its 2021–2025 one, half a year on."""
    links = cat.successors[
        (cat.successors["from_set_id"] == OLD_SET) & (cat.successors["to_set_id"] == NEW_SET)
    ]
    frame = merged[["subject_code", "indicator_code", "value"]].merge(
        links, left_on="indicator_code", right_on="from_indicator_code"
    )
    code = frame["to_indicator_code"]
    kind = code.map(lambda c: cat.kind[(NEW_SET, c)]).to_numpy()
    direction = code.map(lambda c: cat.direction[(NEW_SET, c)]).to_numpy()
    value = frame["value"].to_numpy(dtype=float)
    step = rng.uniform(0.0, 0.04, len(frame))
    value = np.where(
        direction == ">=", value * (1 + step), np.where(direction == "<=", value * (1 - 2 * step), value)
    )
    value = np.where(kind == "percent", np.minimum(value, 100.0), value)
    value = np.where(
        kind == "bool", np.where(value < 0.5, (rng.random(len(frame)) < 0.3).astype(float), value), value
    )
    value = np.where(np.isnan(frame["value"]), np.nan, np.round(value, 1))
    out = pd.DataFrame(
        {
            "subject_code": frame["subject_code"],
            "period": NEW_SET_PERIOD,
            "set_id": NEW_SET,
            "indicator_code": code,
            "value": value,
            "threshold_class": frame["subject_code"].map(groups),
        }
    )
    return _with_statuses(rng, out, cat, NEW_SET, NEW_SET_YEAR, "commune_group")


def _modern_assessments(rng, new_set: pd.DataFrame, decided: pd.DataFrame, cat, groups) -> pd.DataFrame:
    """The pilot tier, assessed where every 2026–2030 criterion is met: indicator 1 is the NTM decision."""
    reaching = _reaching(new_set)
    if not len(reaching):
        return new_set.iloc[:0]
    income = new_set[(new_set["indicator_code"] == "3.1")].set_index("subject_code")["value"]
    codes = sorted(c for (s, c) in cat.kind if s == MODERN_SET)
    recognised = set(decided["subject_code"])
    rows = []
    for subject in reaching:
        for code in codes:
            if code == "1":
                value = float(subject in recognised)
            elif cat.kind[(MODERN_SET, code)] == "bool":
                value = float(rng.random() < 0.5)
            elif code == "2.1":
                value = round(float(income.get(subject, np.nan)) * rng.uniform(1.1, 1.5), 1)
            else:
                value = round(float(rng.uniform(60, 98)), 1)
            rows.append((subject, code, value))
    frame = pd.DataFrame(rows, columns=["subject_code", "indicator_code", "value"])
    frame["period"], frame["set_id"] = NEW_SET_PERIOD, MODERN_SET
    frame["threshold_class"] = frame["subject_code"].map(groups)
    frame["status"] = _statuses(frame, cat, MODERN_SET, NEW_SET_YEAR, "commune_group")
    frame["note"] = None
    return frame


def _assessment_table(frame: pd.DataFrame) -> pa.Table:
    return pa.table(
        {
            "subject_code": pa.array(frame["subject_code"].astype(str).tolist(), pa.string()),
            "period": pa.array(frame["period"].tolist(), pa.string()),
            "set_id": pa.array(frame["set_id"].tolist(), pa.string()),
            "indicator_code": pa.array(frame["indicator_code"].tolist(), pa.string()),
            "value": pa.array(
                frame["value"].to_numpy(dtype=float), pa.float64(), mask=frame["value"].isna().to_numpy()
            ),
            "status": pa.array(_texts(frame["status"]), pa.string()),
            "source": pa.array([SOURCE] * len(frame), pa.string()),
            "note": pa.array(_texts(frame["note"]), pa.string()),
        }
    )


def _texts(values: pd.Series) -> list[str | None]:
    return [None if pd.isna(v) else str(v) for v in values]


def _plans(rng, codes: np.ndarray, recognised: pd.Series, old_plans: pd.DataFrame) -> pd.DataFrame:
    """The new communes' NTM plans for 2026–2030 (those not yet recognised), and a few pilot plans. A plan is
    keyed by code and tier: a successor that reuses a code whose predecessor had an NTM plan gets none."""
    taken = set(old_plans.loc[old_plans["tier"] == "ntm", "subject_code"])
    open_codes = codes[~np.isin(codes, recognised.to_numpy()) & ~np.isin(codes, list(taken))]
    planned = open_codes[rng.random(len(open_codes)) < 0.8]
    modern = codes[rng.random(len(codes)) < 0.1]
    return pd.concat(
        [
            pd.DataFrame(
                {
                    "subject_code": planned,
                    "tier": "ntm",
                    "target_year": rng.integers(2026, 2031, len(planned)),
                }
            ),
            pd.DataFrame(
                {
                    "subject_code": modern,
                    "tier": "modern",
                    "target_year": rng.integers(2028, 2031, len(modern)),
                }
            ),
        ],
        ignore_index=True,
    )


def _funding(rng, codes: np.ndarray) -> pa.Table:
    """Capital per new xã and half-year (million VND): larger communes, larger sums."""
    n, k = len(codes), len(FUNDING_SOURCES)
    level = np.clip(rng.lognormal(np.log(2400.0), 0.45, n), 600.0, 8000.0)
    shares = np.array((0.10, 0.28, 0.14, 0.12, 0.06, 0.30))
    amount = (
        level[:, None, None] * shares[None, None, :] * rng.lognormal(0.0, 0.35, (n, len(REFORM_PERIODS), k))
    )
    amount = np.maximum(np.round(amount, 1), 0.1)
    return pa.table(
        {
            "unit_code": pa.array(np.repeat(codes, len(REFORM_PERIODS) * k).tolist(), pa.string()),
            "period": pa.array(np.tile(np.repeat(REFORM_PERIODS, k), n).tolist(), pa.string()),
            "source_category": pa.array(
                np.tile(FUNDING_SOURCES, n * len(REFORM_PERIODS)).tolist(), pa.string()
            ),
            "amount_mvnd": pa.array(amount.reshape(-1)),
        }
    )
