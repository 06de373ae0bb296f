"""Sample data generator: a complete, clearly labelled sample data directory at three scales.

The catalogue (criteria sets, criteria, indicators, thresholds) is read from ntm/reference/*.csv;
units of Vĩnh Phúc come from the reference unit list; every other value is invented, kept
consistent with the dashboard's status rules, and marked `is_sample=true` in `metadata`.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ntm.geo import write_boundaries_atomic
from ntm.sample.national_units import national_units
from ntm.sample.reform import AS_OF as REFORM_AS_OF
from ntm.sample.reform import REFORM_PERIODS, carry_across_reform
from ntm.sample.targets import load_programme_targets
from ntm.settings import sample_boundaries_path
from ntm.store.schema import FUNDING_SOURCES, TABLES
from ntm.store.tables_io import write_table

SCALES = ("district", "province", "national")

REFERENCE_DIR = Path(__file__).parent.parent / "reference"
UNITS_CSV = REFERENCE_DIR / "vinh_phuc_units_2020_2024.csv"
CATALOGUE_TABLES = ("criteria_sets", "criteria", "indicators", "thresholds")

# The units before the reform are simulated from 2016-H1 to 2025-H1, their last half-year (ntm.sample.reform
# carries the sample across 1/7/2025 to 2026-H1).
FIRST_YEAR, LAST_YEAR = 2016, 2025
PERIODS = tuple(f"{y}-H{h}" for y in range(FIRST_YEAR, LAST_YEAR + 1) for h in (1, 2))[:-1]
N_PERIODS = len(PERIODS)
PERIOD_YEAR = np.repeat(np.arange(FIRST_YEAR, LAST_YEAR + 1), 2)[:N_PERIODS]
# A period's end as a fractional year (H1 ends mid-year, H2 at the year's end) and as a date.
PERIOD_T = PERIOD_YEAR + np.tile([0.5, 1.0], LAST_YEAR - FIRST_YEAR + 1)[:N_PERIODS]
PERIOD_END = np.array(
    [
        np.datetime64(f"{y}-06-30") if h == 1 else np.datetime64(f"{y}-12-31")
        for y in range(FIRST_YEAR, LAST_YEAR + 1)
        for h in (1, 2)
    ][:N_PERIODS]
)
AS_OF = np.datetime64("2025-06-30")

REGIONS = ("TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL")
_THRESHOLD_YEARS = np.arange(2010, 2031)
_DIRECTIONS = (">=", "<=", "=")
INTEGER_UNITS = ("thôn", "sản phẩm")  # count indicators: values are whole numbers

SONG_LO = "253"
QUANG_YEN = "08776"
# Quang Yên: first 19/19 in 2018-H2, recognised for 2018 early in 2019 (seed report of Sông Lô, H1 2019).
QUANG_YEN_T_NTM = 2018.9
QUANG_YEN_DECISION = ("735/QĐ-UBND", np.datetime64("2019-03-15"))
QUANG_YEN_CLEAN = ("2018-H2", "2019-H1", "2019-H2")
SONG_LO_TRAINING_2019_H1 = (37, 2150)  # seed report: 37 classes, over 2,000 participants

# Latent year each Sông Lô xã first meets all NTM criteria (invented; Sông Lô lags the province).
# fmt: off
SONG_LO_T_NTM = {
    "08773": 2014.4, "08776": QUANG_YEN_T_NTM, "08779": 2021.3, "08782": 2013.6, "08800": 2019.8,
    "08803": 2017.7, "08806": 2020.4, "08809": 2019.6, "08818": 2020.8, "08821": 2022.6,
    "08827": 2021.8, "08830": 2016.8, "08848": 2019.3, "08851": 2020.2, "08854": 2022.2,
    "08860": 2026.5,
}
# fmt: on
# Bins of the latent NTM year: (from, to) and share of communes, Vĩnh Phúc outside Sông Lô.
_T_BINS = (
    (2011.0, 2016.0),
    (2016.0, 2017.0),
    (2017.0, 2017.5),
    (2017.5, 2018.0),
    (2018.0, 2021.0),
    (2021.0, 2023.0),
    (2023.0, 2025.0),
    (2025.3, 2029.0),
)
_VINH_PHUC_WEIGHTS = (0.36, 0.18, 0.13, 0.07, 0.17, 0.07, 0.0, 0.02)
# National shares per region over the same bins (about 20 % NTM by 2015, 60 % by 2020, 75 % by 2024).
_REGION_WEIGHTS = {
    "DBSH": (0.35, 0.18, 0.07, 0.05, 0.25, 0.06, 0.02, 0.02),
    "DNB": (0.30, 0.15, 0.05, 0.05, 0.30, 0.08, 0.03, 0.04),
    "DBSCL": (0.15, 0.12, 0.04, 0.04, 0.32, 0.14, 0.06, 0.13),
    "BTB": (0.18, 0.10, 0.04, 0.03, 0.32, 0.13, 0.06, 0.14),
    "DHNTB": (0.15, 0.10, 0.04, 0.03, 0.30, 0.15, 0.07, 0.16),
    "TN": (0.08, 0.08, 0.03, 0.03, 0.28, 0.14, 0.08, 0.28),
    "TDMNPB": (0.06, 0.06, 0.02, 0.02, 0.24, 0.14, 0.08, 0.38),
}

# How early a criterion is met within a commune's path to the tier: "easy" ones early, "hard" ones
# last (one hard criterion is always the very last), "given" ones before the path starts.
_CRITERION_CLASS = {
    "NTM-2016": {"easy": (1, 3, 4, 7, 8, 12, 14, 18, 19), "hard": (10, 13, 17)},
    "NTM-2021": {"easy": (1, 3, 4, 7, 8, 12, 14, 18, 19), "hard": (10, 13, 17)},
    "NC-2018": {"easy": (5, 8, 10), "hard": (1, 4, 7, 9)},
    "NC-2021": {"easy": (1, 4, 7, 8, 15, 16, 19), "hard": (10, 12, 13, 17)},
    "KM-2021": {"given": (1,), "hard": (2, 3, 4)},
    "TKM-2019": {"easy": (5,), "hard": (1, 4)},
}
_CLASS_FRACTION = {"easy": (0.0, 0.45), "medium": (0.3, 0.85), "hard": (0.8, 1.0), "given": (-1.0, -1.0)}

# Indicators that a recognised commune most often falls below (sụt giảm), with weights.
_SLIP_INDICATORS = {"17.1": 2, "17.6": 2, "17.7": 1, "17.5": 1, "11": 2, "15.1": 2, "10": 2}
# Missing values come in clusters: a few (subject, period) reports lack every indicator of one to
# three criteria (about 0.5 % of NTM values), more in the latest period whose reports are still coming in.
_MISSING_REPORTS, _MISSING_REPORTS_LAST = 0.05, 0.08

ASSESSMENT_SOURCE = {"commune": "Báo cáo xã (mẫu)", "village": "Báo cáo thôn (mẫu)"}
NOTE_SLIP = "Sụt giảm sau công nhận (mẫu)"
NOTE_MISSING = "Chưa cập nhật số liệu (mẫu)"
REVOKED_NOTE = "MẪU / SAMPLE: ví dụ thu hồi quyết định công nhận do sụt giảm tiêu chí kéo dài / example revocation after a lasting fall below a criterion"
LINEAGE_ACT_2025_07 = (
    "Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã tỉnh Phú Thọ năm 2025 (MẪU: số hiệu chưa xác minh)"
)
LINEAGE_ACT_2025_01 = "Nghị quyết 1285/NQ-UBTVQH15 (MẪU: đơn vị nhận sáp nhập chưa xác minh)"
LINEAGE_NOTE_2025_01 = "MẪU / SAMPLE: đơn vị nhận sáp nhập chưa được xác minh / absorbing unit not verified"
# Sông Lô units merged away on 2025-01-01 and the unit assumed to absorb each (not verified).
SONG_LO_MERGES_2025_01 = {"08779": "08782", "08821": "08824", "08827": "08824"}
LINEAGE_NOTE_META = (
    "Sáp nhập 01/01/2025 ngoài huyện Sông Lô (Trưng Trắc, Đình Chu, Vân Hội, Hồng Phương và 8 xã của Vĩnh Tường) "
    "không có dòng unit_lineage vì chưa rõ đơn vị nhận sáp nhập / 2025-01-01 merges outside Sông Lô have no lineage "
    "rows: the absorbing unit is unknown"
)

FUNDING_SHARES = {  # mean share of each source in a commune's half-year total
    "default": (0.10, 0.28, 0.14, 0.12, 0.06, 0.30),
    "TDMNPB": (0.28, 0.20, 0.18, 0.12, 0.04, 0.18),
    "TN": (0.22, 0.22, 0.18, 0.12, 0.05, 0.21),
}

_VILLAGE_STEMS_TEXT = (
    "Đồng Bông|Đồng Xuân|Đồng Tâm|Đồng Vàng|Đình|Chùa|Giữa|Đông|Tây|Nam|Bắc|Thượng|Hạ|Trung|"
    "Tân Lập|Tân Phú|Tân Tiến|An Lạc|Hòa Bình|Gò Đình|Bãi Sậy|Cầu|Bến Đò|Đồi Thông|Núi Đõ|"
    "Làng Mới|Phú Cường|Phú Hậu|Yên Lập|Yên Phú|Xuân Lai|Xuân Mai|Kim Ngọc|Ngọc Tháp|Văn Giáo|"
    "Văn Hà|Lũng Hạ|Lũng Thượng|Khả Do|Cẩm Bào|Phù Liễn|Đạo Nội|Đạo Ngoại|Trại Mới|Cao Quang|"
    "Gia Vạn|Lạc Kiều|Thọ Vực|Đức Thắng|Liên Minh|Quyết Thắng|Thống Nhất|Đoàn Kết|Hợp Thành|"
    "Vinh Quang|Minh Tân|Hưng Thịnh|Hồng Phong|Thanh Xuân|Soi Trại|Dộc Vầu|Cây Đa|Bờ Sông|"
    "Phố Cũ"
)
VILLAGE_STEMS = tuple(_VILLAGE_STEMS_TEXT.split("|"))
# 63 provinces before 2025 (GSO code, name, NTM region of the 2016–2025 thresholds).
PROVINCES = tuple(
    tuple(line.split("|"))
    for line in """
01|Thành phố Hà Nội|DBSH
02|Tỉnh Hà Giang|TDMNPB
04|Tỉnh Cao Bằng|TDMNPB
06|Tỉnh Bắc Kạn|TDMNPB
08|Tỉnh Tuyên Quang|TDMNPB
10|Tỉnh Lào Cai|TDMNPB
11|Tỉnh Điện Biên|TDMNPB
12|Tỉnh Lai Châu|TDMNPB
14|Tỉnh Sơn La|TDMNPB
15|Tỉnh Yên Bái|TDMNPB
17|Tỉnh Hoà Bình|TDMNPB
19|Tỉnh Thái Nguyên|TDMNPB
20|Tỉnh Lạng Sơn|TDMNPB
22|Tỉnh Quảng Ninh|DBSH
24|Tỉnh Bắc Giang|TDMNPB
25|Tỉnh Phú Thọ|TDMNPB
26|Tỉnh Vĩnh Phúc|DBSH
27|Tỉnh Bắc Ninh|DBSH
30|Tỉnh Hải Dương|DBSH
31|Thành phố Hải Phòng|DBSH
33|Tỉnh Hưng Yên|DBSH
34|Tỉnh Thái Bình|DBSH
35|Tỉnh Hà Nam|DBSH
36|Tỉnh Nam Định|DBSH
37|Tỉnh Ninh Bình|DBSH
38|Tỉnh Thanh Hóa|BTB
40|Tỉnh Nghệ An|BTB
42|Tỉnh Hà Tĩnh|BTB
44|Tỉnh Quảng Bình|BTB
45|Tỉnh Quảng Trị|BTB
46|Tỉnh Thừa Thiên Huế|BTB
48|Thành phố Đà Nẵng|DHNTB
49|Tỉnh Quảng Nam|DHNTB
51|Tỉnh Quảng Ngãi|DHNTB
52|Tỉnh Bình Định|DHNTB
54|Tỉnh Phú Yên|DHNTB
56|Tỉnh Khánh Hòa|DHNTB
58|Tỉnh Ninh Thuận|DHNTB
60|Tỉnh Bình Thuận|DHNTB
62|Tỉnh Kon Tum|TN
64|Tỉnh Gia Lai|TN
66|Tỉnh Đắk Lắk|TN
67|Tỉnh Đắk Nông|TN
68|Tỉnh Lâm Đồng|TN
70|Tỉnh Bình Phước|DNB
72|Tỉnh Tây Ninh|DNB
74|Tỉnh Bình Dương|DNB
75|Tỉnh Đồng Nai|DNB
77|Tỉnh Bà Rịa - Vũng Tàu|DNB
79|Thành phố Hồ Chí Minh|DNB
80|Tỉnh Long An|DBSCL
82|Tỉnh Tiền Giang|DBSCL
83|Tỉnh Bến Tre|DBSCL
84|Tỉnh Trà Vinh|DBSCL
86|Tỉnh Vĩnh Long|DBSCL
87|Tỉnh Đồng Tháp|DBSCL
89|Tỉnh An Giang|DBSCL
91|Tỉnh Kiên Giang|DBSCL
92|Thành phố Cần Thơ|DBSCL
93|Tỉnh Hậu Giang|DBSCL
94|Tỉnh Sóc Trăng|DBSCL
95|Tỉnh Bạc Liêu|DBSCL
96|Tỉnh Cà Mau|DBSCL
""".strip().splitlines()
)
VINH_PHUC = ("26", "Tỉnh Vĩnh Phúc")
PHU_THO = ("25", "Tỉnh Phú Thọ")


# ----------------------------------------------------------------------------------------------
# Public API


def write_sample(scale: str, out_dir: Path, seed: int = 2019) -> dict[str, int]:
    """Writes every registry table of a sample data set into out_dir; returns rows per table."""
    tables = build_sample(scale, seed)
    counts = {}
    for name in TABLES:
        table = _arrow(tables[name])
        write_table(name, table, Path(out_dir))
        counts[name] = table.num_rows
    copy_sample_boundaries(Path(out_dir))
    return counts


BOUNDARIES_FILE = "boundaries.geojson"


def copy_sample_boundaries(out_dir: Path) -> Path | None:
    """Copies the shared Vĩnh Phúc commune outlines (`NTM_SAMPLE_BOUNDARIES`) beside the sample, when that file
    exists: their licence allows use but not committing them, so the project only ever copies them."""
    source = sample_boundaries_path()
    if not source.is_file():
        return None
    target = Path(out_dir) / BOUNDARIES_FILE
    write_boundaries_atomic(source.read_bytes(), target)
    return target


def build_sample(scale: str, seed: int = 2019) -> dict[str, pa.Table | pd.DataFrame]:
    """The sample tables of one scale, keyed by registry table name (not yet written)."""
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}; choose one of {', '.join(SCALES)}")
    catalogue = load_catalogue()
    province = _across_reform(_province_sample(catalogue, seed), catalogue, seed, "province")
    if scale == "province":
        tables = province
    elif scale == "district":
        tables = _restrict_to_district(province, SONG_LO)
    else:
        national = _across_reform(_national_sample(catalogue, seed), catalogue, seed, "national")
        tables = _concat_samples(province, national)
    tables.update(catalogue)
    tables["metadata"] = _metadata(scale, seed)
    tables["programme_targets"] = load_programme_targets(REFERENCE_DIR)
    for name in TABLES.keys() - tables.keys():
        tables[name] = _empty(name)
    return tables


def _across_reform(tables: dict, catalogue: dict, seed: int, name: str) -> dict:
    """The sample up to 2025-H1 with the rows of the periods after the reform added (ntm.sample.reform)."""
    tables = _within_validity(tables)
    added = carry_across_reform(tables, catalogue, REFERENCE_DIR, seed, name)
    out = dict(tables)
    for table, rows in added.items():
        if table not in out:
            out[table] = rows
        elif isinstance(out[table], pa.Table):
            out[table] = pa.concat_tables([out[table], _arrow_like(rows, out[table].schema)])
        else:
            out[table] = pd.concat([out[table], rows], ignore_index=True)
    return out


def _within_validity(tables: dict) -> dict:
    """Drops what the simulation made for a xã (or its villages) after the xã ceased to exist (the units merged
    away on 01/01/2025 are simulated through 2025-H1 like the rest): its assessments, funding and activities
    of later periods, and decisions dated after its end; its villages end with it."""
    units = tables["units"]
    last_day = units.groupby("unit_code")["valid_to"].agg(lambda d: pd.NaT if d.isna().any() else d.max())
    ended = last_day.dropna()
    villages = tables["villages"]
    subject_end = pd.concat(
        [
            ended,
            pd.Series(villages["unit_code"].map(ended).to_numpy(), index=villages["village_code"]).dropna(),
        ]
    )
    if subject_end.empty:
        return tables
    period_end = {p: pd.Timestamp(d) for p, d in zip(PERIODS, PERIOD_END, strict=True)}

    def keep_rows(table: pa.Table, column: str) -> pa.Table:
        frame = table.select([column, "period"]).to_pandas()
        ends = frame[column].map(subject_end)
        keep = ends.isna() | (frame["period"].map(period_end) <= ends)
        return table.filter(pa.array(keep.to_numpy()))

    out = dict(tables)
    # A village ends with the version of its xã it was registered under (a successor reusing the code
    # registers its villages anew).
    versions = units.assign(
        valid_from=pd.to_datetime(units["valid_from"]), valid_to=pd.to_datetime(units["valid_to"])
    )
    registered = (
        pd.merge_asof(
            villages.assign(valid_from=pd.to_datetime(villages["valid_from"]))
            .reset_index()
            .sort_values("valid_from"),
            versions[["unit_code", "valid_from", "valid_to"]]
            .rename(columns={"valid_to": "unit_valid_to"})
            .sort_values("valid_from"),
            on="valid_from",
            by="unit_code",
        )
        .set_index("index")
        .sort_index()
    )
    out["villages"] = villages.assign(valid_to=registered["unit_valid_to"].to_numpy())
    out["assessments"] = keep_rows(tables["assessments"], "subject_code")
    out["funding"] = keep_rows(tables["funding"], "unit_code")
    activities = tables["activities"]
    ends = activities["unit_code"].map(subject_end)
    out["activities"] = activities[ends.isna() | (activities["period"].map(period_end) <= ends)].reset_index(
        drop=True
    )
    recognitions = tables["recognitions"]
    ends = recognitions["subject_code"].map(subject_end)
    out["recognitions"] = recognitions[ends.isna() | (recognitions["decision_date"] <= ends)].reset_index(
        drop=True
    )
    return out


def _arrow_like(rows, schema: pa.Schema) -> pa.Table:
    table = rows if isinstance(rows, pa.Table) else pa.Table.from_pandas(rows, preserve_index=False)
    return table.select(schema.names).cast(schema)


def load_catalogue(directory: Path = REFERENCE_DIR) -> dict[str, pd.DataFrame]:
    """The catalogue tables (criteria sets, criteria, indicators, thresholds) from the reference CSVs."""
    read = lambda name: pd.read_csv(Path(directory) / f"{name}.csv", dtype=str, encoding="utf-8")  # noqa: E731
    sets = read("criteria_sets")
    for column in ("valid_from", "valid_to"):
        sets[column] = pd.to_datetime(sets[column])
    criteria = read("criteria")
    criteria["criterion_no"] = criteria["criterion_no"].astype("int64")
    criteria["group_no"] = pd.to_numeric(criteria["group_no"]).astype("Int64")
    indicators = read("indicators")
    indicators["criterion_no"] = indicators["criterion_no"].astype("int64")
    thresholds = read("thresholds")
    thresholds["year_from"] = thresholds["year_from"].astype("int64")
    thresholds["year_to"] = pd.to_numeric(thresholds["year_to"]).astype("Int64")
    thresholds["threshold_value"] = thresholds["threshold_value"].astype("float64")
    return {"criteria_sets": sets, "criteria": criteria, "indicators": indicators, "thresholds": thresholds}


# ----------------------------------------------------------------------------------------------
# Catalogue as arrays


@dataclass(frozen=True, eq=False)
class _SetSpec:
    set_id: str
    codes: np.ndarray  # indicator codes, grouped by criterion
    criterion: np.ndarray
    numeric: np.ndarray
    percent: np.ndarray
    integer: np.ndarray
    direction: np.ndarray  # index into _DIRECTIONS
    theta: np.ndarray  # (indicator, region, year) threshold; NaN for bool indicators
    group_starts: np.ndarray  # first indicator of each criterion

    @property
    def criteria(self) -> np.ndarray:
        return self.criterion[self.group_starts]


def _set_spec(catalogue: dict[str, pd.DataFrame], set_id: str) -> _SetSpec:
    indicators = catalogue["indicators"]
    ind = indicators[indicators["set_id"] == set_id].reset_index(drop=True)
    ind = ind.iloc[np.argsort(ind["criterion_no"].to_numpy(), kind="stable")].reset_index(drop=True)
    kind = ind["kind"].to_numpy()
    numeric = kind != "bool"
    thresholds = catalogue["thresholds"]
    thr = thresholds[thresholds["set_id"] == set_id]
    all_years = _THRESHOLD_YEARS
    theta = np.full((len(ind), len(REGIONS), len(all_years)), np.nan)
    for i, code in enumerate(ind["indicator_code"]):
        rows = thr[thr["indicator_code"] == code].sort_values("region", na_position="first")
        # National default rows first, so that a region's own rows override them.
        for row in rows.itertuples(index=False):
            last_year = all_years[-1] if pd.isna(row.year_to) else row.year_to
            years = (all_years >= row.year_from) & (all_years <= last_year)
            if pd.isna(row.region):
                theta[i, :, years] = row.threshold_value
            elif row.region in REGIONS:
                theta[i, REGIONS.index(row.region), years] = row.threshold_value
    criterion = ind["criterion_no"].to_numpy()
    return _SetSpec(
        set_id=set_id,
        codes=ind["indicator_code"].to_numpy(dtype=object),
        criterion=criterion,
        numeric=numeric,
        percent=kind == "percent",
        integer=numeric & ind["unit"].isin(INTEGER_UNITS).to_numpy(),
        direction=np.array([_DIRECTIONS.index(d) if isinstance(d, str) else 0 for d in ind["direction"]]),
        theta=theta,
        group_starts=np.flatnonzero(np.r_[True, criterion[1:] != criterion[:-1]]),
    )


def _specs_by_period(catalogue: dict[str, pd.DataFrame], tier: str) -> list[_SetSpec | None]:
    """The criteria set of `tier` in force at each period's end (None where none is)."""
    sets = catalogue["criteria_sets"]
    sets = sets[sets["tier"] == tier].sort_values("valid_from")
    cache: dict[str, _SetSpec] = {}
    out: list[_SetSpec | None] = []
    for k in range(N_PERIODS):
        end = pd.Timestamp(PERIOD_END[k])
        valid = sets[(sets["valid_from"] <= end) & (sets["valid_to"].isna() | (sets["valid_to"] >= end))]
        if valid.empty:
            out.append(None)
            continue
        set_id = valid["set_id"].iloc[-1]
        if set_id not in cache:
            cache[set_id] = _set_spec(catalogue, set_id)
        spec = cache[set_id]
        missing = spec.numeric & np.isnan(spec.theta[:, :, PERIOD_YEAR[k] - _THRESHOLD_YEARS[0]]).any(axis=1)
        if missing.any():
            raise ValueError(
                f"{set_id}: no threshold for indicators {list(spec.codes[missing])} in {PERIOD_YEAR[k]}"
            )
        out.append(spec)
    return out


# ----------------------------------------------------------------------------------------------
# Trajectories of one tier over many subjects (vectorised over subject x period x indicator)


def _met_times(
    rng: np.random.Generator, spec: _SetSpec, start: np.ndarray, t_reach: np.ndarray
) -> np.ndarray:
    """(subject, indicator) fractional year from which each indicator is met; the latest is t_reach."""
    n = len(start)
    crits = spec.criteria
    classes = _CRITERION_CLASS.get(spec.set_id, {})
    cls = np.array([next((c for c, nos in classes.items() if no in nos), "medium") for no in crits])
    low = np.array([_CLASS_FRACTION[c][0] for c in cls])
    high = np.array([_CLASS_FRACTION[c][1] for c in cls])
    frac = low + (high - low) * rng.random((n, len(crits)))
    hard = np.flatnonzero(cls == "hard")
    last = hard[rng.integers(0, len(hard), n)] if len(hard) else np.argmax(frac, axis=1)
    frac[np.arange(n), last] = 1.0
    span = (t_reach - start)[:, None]
    t_crit = start[:, None] + frac * span
    # Within a criterion the indicators are met a little apart; the last one meets the criterion.
    offset = rng.random((n, len(spec.codes))) * np.minimum(0.25 * span, 2.0)
    group = np.cumsum(np.isin(np.arange(len(spec.codes)), spec.group_starts)) - 1
    offset -= np.minimum.reduceat(offset, spec.group_starts, axis=1)[:, group]
    given = np.isin(spec.criterion, [crits[i] for i in np.flatnonzero(cls == "given")])
    offset[:, given] = 0.0
    return t_crit[:, group] - offset


@dataclass
class _Group:
    spec: _SetSpec
    periods: np.ndarray
    t_met: np.ndarray  # (subject, indicator)
    met: np.ndarray  # (subject, period of group, indicator)
    slipped: np.ndarray
    base: np.ndarray  # (subject, indicator) uniform draw for the base distance from the level
    drift: np.ndarray  # (subject, indicator) lognormal factor on the yearly drift


class _Block:
    """One tier's indicator statuses and values for a population of subjects."""

    def __init__(self, rng, specs, assessed, region, start, t_reach):
        self.region = region
        in_force = np.array([s is not None for s in specs])
        self.assessed = assessed & in_force[None, :]
        self.groups: list[_Group] = []
        cache: dict[tuple, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        for spec in dict.fromkeys(s for s in specs if s is not None):
            periods = np.array([k for k, s in enumerate(specs) if s is spec])
            key = (tuple(spec.codes), tuple(spec.criterion))
            if key not in cache:  # same indicators in consecutive sets: same path, no jump
                shape = (len(start), len(spec.codes))
                cache[key] = (
                    _met_times(rng, spec, start, t_reach),
                    rng.random(shape),
                    rng.lognormal(0.0, 0.3, shape),
                )
            t_met, base, drift = cache[key]
            met = PERIOD_T[periods][None, :, None] >= t_met[:, None, :]
            self.groups.append(_Group(spec, periods, t_met, met, np.zeros_like(met), base, drift))

    def reach(self) -> np.ndarray:
        """(subject, period): every indicator met."""
        out = np.zeros(self.assessed.shape, dtype=bool)
        for g in self.groups:
            out[:, g.periods] = g.met.all(axis=2)
        return out & self.assessed

    def first_reach(self) -> np.ndarray:
        reach = self.reach()
        return np.where(reach.any(axis=1), reach.argmax(axis=1), -1)

    def slip(self, subjects, codes, k_from, k_to) -> None:
        """Indicator `codes[j]` of subject `subjects[j]` falls below its level for periods [k_from, k_to)."""
        for g in self.groups:
            for code in np.unique(codes):
                hit = np.flatnonzero(g.spec.codes == code)
                if not len(hit):
                    continue
                sel = codes == code
                inside = (g.periods[None, :] >= k_from[sel, None]) & (g.periods[None, :] < k_to[sel, None])
                rows, cols = np.nonzero(inside)
                g.met[subjects[sel][rows], cols, hit[0]] = False
                g.slipped[subjects[sel][rows], cols, hit[0]] = True

    def table(self, rng, subject_codes, protect, source) -> pa.Table:
        """The assessment rows of every assessed (subject, period); `protect` cells are never missing."""
        parts = []
        report_rate = np.where(np.arange(N_PERIODS) == N_PERIODS - 1, _MISSING_REPORTS_LAST, _MISSING_REPORTS)
        for g in self.groups:
            spec, periods = g.spec, g.periods
            values = _values(rng, spec, g, self.region)
            n, n_k, n_i = g.met.shape
            n_c = len(spec.group_starts)
            gaps = rng.random((n, n_k)) < report_rate[periods][None, :]
            lacking = rng.random((n, n_k, n_c)) < 1.0 / n_c
            np.put_along_axis(lacking, rng.integers(0, n_c, (n, n_k, 1)), True, axis=2)
            group = np.cumsum(np.isin(np.arange(n_i), spec.group_starts)) - 1
            missing = gaps[:, :, None] & lacking[:, :, group]
            missing &= ~protect[:, periods][:, :, None]
            s_idx, k_loc = np.nonzero(self.assessed[:, periods])
            if not len(s_idx):
                continue
            met = g.met[s_idx, k_loc].ravel()
            miss = missing[s_idx, k_loc].ravel()
            slipped = g.slipped[s_idx, k_loc].ravel()
            value = values[s_idx, k_loc].ravel()
            rows = len(met)
            status = pa.array(np.where(met, 0, 1).astype(np.int8), mask=miss)
            note = np.where(miss, 1, np.where(slipped, 0, -1))
            parts.append(
                pa.table(
                    {
                        "subject_code": _take(subject_codes, np.repeat(s_idx, n_i)),
                        "period": _take(PERIODS, np.repeat(periods[k_loc], n_i)),
                        "set_id": _take([spec.set_id], np.zeros(rows, dtype=np.int64)),
                        "indicator_code": _take(spec.codes, np.tile(np.arange(n_i), len(s_idx))),
                        "value": pa.array(value, mask=miss),
                        "status": pc.take(pa.array(["met", "not_met"]), status),
                        "source": _take([source], np.zeros(rows, dtype=np.int64)),
                        "note": pc.take(pa.array([NOTE_SLIP, NOTE_MISSING]), pa.array(note, mask=note < 0)),
                    }
                )
            )
        return pa.concat_tables(parts) if parts else _empty("assessments")


def _values(rng, spec: _SetSpec, g: _Group, region: np.ndarray) -> np.ndarray:
    """(subject, period, indicator) values: farther from the threshold the longer since the indicator turned."""
    met, periods = g.met, g.periods
    n, n_k, n_i = met.shape
    year_idx = PERIOD_YEAR[periods] - _THRESHOLD_YEARS[0]
    theta = np.moveaxis(spec.theta[:, region[:, None], year_idx[None, :]], 0, 2)  # (n, k, i)
    percent, integer = spec.percent, spec.integer
    number = spec.numeric & ~percent & ~integer
    direction = spec.direction
    # Distance from the level: a base distance plus a yearly drift times the years since (or until)
    # the indicator turned. Money is measured in shares of its level, so a rising income level
    # carries the values up with it; small "at most" percentages drift slowly.
    unit = np.where(
        percent, np.where(direction == 1, np.maximum(0.05 * theta, 0.125), 1.0), np.where(integer, 1.0, theta)
    )
    m0 = np.where(number, 0.02 + 0.04 * g.base, np.where(integer, g.base, 0.8 + 1.7 * g.base))
    drift = np.where(percent, 4.0, np.where(integer, 0.5, 0.07)) * g.drift
    years_away = np.abs(PERIOD_T[periods][None, :, None] - g.t_met[:, None, :])
    x = (m0[:, None, :] + drift[:, None, :] * years_away) * unit
    # A slipped value sits just past the level, not far below it.
    x = np.where(g.slipped, np.where(number, 0.01 + 0.5 * m0, 0.3 + 0.5 * m0)[:, None, :] * unit, x)
    above = np.where(direction == 0, met, np.where(direction == 1, ~met, False))
    room_up = np.where(percent, 100.0 - theta, 0.4 * theta)
    room_down = np.where(percent, theta, 0.4 * theta)
    with np.errstate(divide="ignore", invalid="ignore"):
        scale_up = np.where(percent, np.maximum(room_up, 8.0), room_up)
        scale_down = np.where(percent, np.maximum(room_down, 8.0), room_down)
        up = np.where(room_up > 1e-9, room_up * -np.expm1(-x / scale_up), 0.0)
        down = np.where(room_down > 1e-9, room_down * -np.expm1(-x / scale_down), 0.0)
    value = np.where(above, theta + up, theta - down)
    value += np.where(percent & (room_up > 2) & (room_down > 2), rng.normal(0.0, 0.3, value.shape), 0.0)
    counts = np.where(met, theta + np.floor(x / 2), np.maximum(theta - 1 - np.floor(x / 2), 0))
    value = np.where(integer, counts, np.round(value, 1))
    # Keep a clear margin so the recorded status and value never disagree.
    ge, le, eq = direction == 0, direction == 1, direction == 2
    margin = np.where(integer, 1.0, 0.5)
    value = np.where(ge & met, np.maximum(value, theta), value)
    value = np.where(ge & ~met, np.minimum(value, theta - margin), value)
    value = np.where(le & met, np.minimum(value, theta), value)
    value = np.where(le & ~met, np.maximum(value, theta + margin), value)
    value = np.where(eq & met, theta, value)
    value = np.where(eq & ~met, np.minimum(value, theta - margin), value)
    value = np.where(percent, np.clip(value, 0.0, 100.0), np.maximum(value, 0.0))
    value = np.round(value, 1) + 0.0  # + 0.0 turns -0.0 into 0.0
    value = np.where(spec.numeric, value, met.astype(float))
    check = np.where(ge, value >= theta, np.where(le, value <= theta, value == theta))
    if np.any(spec.numeric & (check != met)):
        raise RuntimeError(f"{spec.set_id}: generated values disagree with statuses")
    return value


# ----------------------------------------------------------------------------------------------
# Populations and the whole simulation


@dataclass
class _Population:
    codes: np.ndarray  # xã codes
    district: np.ndarray
    region: np.ndarray  # index into REGIONS
    t_ntm: np.ndarray
    start: np.ndarray
    village_codes: np.ndarray
    village_commune: np.ndarray  # index into codes
    clean: dict[str, tuple[str, ...]] = field(default_factory=dict)  # never missing / slipping
    pinned_decisions: dict[str, tuple[str, np.datetime64]] = field(default_factory=dict)
    allow_revocation: bool = False
    rng_name: str = "province"


def _rng(seed: int, *names: str) -> np.random.Generator:
    return np.random.default_rng([seed, *(zlib.crc32(n.encode()) for n in names)])


def _decision_dates(rng, years: np.ndarray) -> np.ndarray:
    """Decisions dated between 10 January and 30 May of `years`."""
    base = (years - 1970).astype("datetime64[Y]").astype("datetime64[D]")
    return base + 9 + rng.integers(0, 141, len(years))


def _decision_numbers(rng, n: int) -> np.ndarray:
    return np.array([f"{k}/QĐ-UBND" for k in rng.integers(120, 4200, n)], dtype=object)


def _year_fraction(dates: np.ndarray) -> np.ndarray:
    years = dates.astype("datetime64[Y]")
    return years.astype(int) + 1970 + (dates - years.astype("datetime64[D]")).astype(int) / 365.0


def _period_of(dates: np.ndarray) -> np.ndarray:
    """Index of the period containing each date (-1 before the first period)."""
    years = dates.astype("datetime64[Y]").astype(int) + 1970
    months = dates.astype("datetime64[M]").astype(int) % 12 + 1
    return np.where(years < FIRST_YEAR, -1, (years - FIRST_YEAR) * 2 + (months > 6))


def _recognise(rng, first: np.ndarray, reach_year: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Decision dates (NaT when none by AS_OF) for subjects first reaching in `reach_year`."""
    has = first >= 0
    dates = np.full(len(first), np.datetime64("NaT"), dtype="datetime64[D]")
    dates[has] = _decision_dates(rng, reach_year[has] + 1)
    dates[dates > AS_OF] = np.datetime64("NaT")
    return dates, _decision_numbers(rng, len(first))


def _simulate(pop: _Population, catalogue, seed: int) -> dict[str, object]:
    rng = _rng(seed, pop.rng_name, "trajectories")
    n = len(pop.codes)
    period_index = {p: k for k, p in enumerate(PERIODS)}
    protect = np.zeros((n, N_PERIODS), dtype=bool)
    clean = np.isin(pop.codes, list(pop.clean))
    for code, periods in pop.clean.items():
        protect[np.ix_(np.flatnonzero(pop.codes == code), [period_index[p] for p in periods])] = True

    # NTM -------------------------------------------------------------------------------------
    ntm = _Block(
        rng,
        _specs_by_period(catalogue, "ntm"),
        np.ones((n, N_PERIODS), dtype=bool),
        pop.region,
        pop.start,
        pop.t_ntm,
    )
    first = ntm.first_reach()
    reach_year = np.where(
        (first == 0) & (pop.t_ntm < FIRST_YEAR), np.floor(pop.t_ntm), PERIOD_YEAR[np.maximum(first, 0)]
    ).astype(int)
    ntm_date, ntm_no = _recognise(rng, first, reach_year)
    for code, (number, date) in pop.pinned_decisions.items():
        ntm_date[pop.codes == code], ntm_no[pop.codes == code] = date, number
    recognised = ~np.isnat(ntm_date)

    # Sụt giảm: a few recognised communes fall below one often-failed indicator for a while.
    candidates = np.flatnonzero(recognised & ~clean & (ntm_date <= np.datetime64("2023-06-30")))
    n_slip = int(round(len(candidates) * rng.uniform(0.07, 0.10)))
    slipping = np.sort(rng.choice(candidates, n_slip, replace=False)) if n_slip else np.array([], dtype=int)
    codes = np.array(list(_SLIP_INDICATORS), dtype=object)
    weights = np.array(list(_SLIP_INDICATORS.values()), dtype=float)
    slip_code = codes[rng.choice(len(codes), len(slipping), p=weights / weights.sum())]
    # The slip starts in one of the (up to) eight periods after the decision and the first reach.
    earliest = np.maximum(_period_of(ntm_date[slipping]), first[slipping]) + 1
    k_from = earliest + (rng.random(len(slipping)) * np.minimum(8, N_PERIODS - earliest)).astype(int)
    recovers = rng.random(len(slipping)) < 0.7
    k_to = np.where(recovers, k_from + rng.integers(1, 5, len(slipping)), N_PERIODS)
    ntm.slip(slipping, slip_code, k_from, k_to)
    if np.any(ntm.first_reach() != first):
        raise RuntimeError("a slip moved a first reach")
    protect[np.arange(n)[first >= 0], first[first >= 0]] = True
    revoked = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    if pop.allow_revocation:
        lasting = np.flatnonzero(~recovers & (k_from <= N_PERIODS - 4))
        if len(lasting):
            j = lasting[0]
            revoked[slipping[j]] = PERIOD_END[k_from[j] + 2] - 45
    assessments = [ntm.table(rng, pop.codes, protect, ASSESSMENT_SOURCE["commune"])]
    recognitions = [_recognition_frame(pop.codes, "ntm", ntm_no, ntm_date, revoked)]

    # Advanced: NTM-recognised communes, from the first period ending after their decision.
    adv_specs = _specs_by_period(catalogue, "advanced")
    start_adv = np.where(
        recognised, _year_fraction(np.where(recognised, ntm_date, np.datetime64("2000-01-01"))), np.inf
    )
    will = rng.random(n) < 0.4
    t_adv = np.where(will, start_adv + rng.uniform(2.0, 7.0, n), start_adv + rng.uniform(7.5, 14.0, n))
    t_adv = np.maximum(t_adv, 2018.6 + rng.uniform(0.0, 1.5, n))
    assessed = recognised[:, None] & (PERIOD_END[None, :] > np.where(recognised, ntm_date, AS_OF)[:, None])
    idx = np.flatnonzero(recognised)
    adv = _Block(rng, adv_specs, assessed[idx], pop.region[idx], start_adv[idx], t_adv[idx])
    adv_first = adv.first_reach()
    adv_date, adv_no = _recognise(rng, adv_first, PERIOD_YEAR[np.maximum(adv_first, 0)])
    protect_adv = protect[idx].copy()
    protect_adv[np.flatnonzero(adv_first >= 0), adv_first[adv_first >= 0]] = True
    assessments.append(adv.table(rng, pop.codes[idx], protect_adv, ASSESSMENT_SOURCE["commune"]))
    recognitions.append(_recognition_frame(pop.codes[idx], "advanced", adv_no, adv_date))

    # Model commune: advanced-recognised communes.
    has_adv = ~np.isnat(adv_date)
    idx_km = idx[has_adv]
    start_km = _year_fraction(adv_date[has_adv])
    t_km = start_km + np.where(
        rng.random(len(idx_km)) < 0.35,
        rng.uniform(1.0, 4.0, len(idx_km)),
        rng.uniform(5.0, 12.0, len(idx_km)),
    )
    km_assessed = PERIOD_END[None, :] > adv_date[has_adv][:, None]
    km = _Block(
        rng, _specs_by_period(catalogue, "model_commune"), km_assessed, pop.region[idx_km], start_km, t_km
    )
    km_first = km.first_reach()
    km_date, km_no = _recognise(rng, km_first, PERIOD_YEAR[np.maximum(km_first, 0)])
    protect_km = protect[idx_km].copy()
    protect_km[np.flatnonzero(km_first >= 0), km_first[km_first >= 0]] = True
    assessments.append(km.table(rng, pop.codes[idx_km], protect_km, ASSESSMENT_SOURCE["commune"]))
    recognitions.append(_recognition_frame(pop.codes[idx_km], "model_commune", km_no, km_date))

    # Model villages: every village, a growing minority reaching the standard.
    vc = pop.village_commune
    nv = len(vc)
    base = np.maximum(pop.t_ntm[vc], 2017.5)
    t_v = np.maximum(base + 1.5 + rng.exponential(12.0, nv), 2019.2)
    start_v = np.maximum(pop.t_ntm[vc] - 2.0, 2013.0)
    start_v = np.minimum(start_v, t_v - 1.0)
    village = _Block(
        rng,
        _specs_by_period(catalogue, "model_village"),
        np.ones((nv, N_PERIODS), dtype=bool),
        pop.region[vc],
        start_v,
        t_v,
    )
    v_first = village.first_reach()
    v_date, v_no = _recognise(rng, v_first, PERIOD_YEAR[np.maximum(v_first, 0)])
    protect_v = np.zeros((nv, N_PERIODS), dtype=bool)
    protect_v[np.flatnonzero(v_first >= 0), v_first[v_first >= 0]] = True
    assessments.append(village.table(rng, pop.village_codes, protect_v, ASSESSMENT_SOURCE["village"]))
    recognitions.append(_recognition_frame(pop.village_codes, "model_village", v_no, v_date))

    latent = {
        "ntm_reach_year": np.where(first >= 0, reach_year, 0),
        "ntm_date": ntm_date,
        "adv_year": np.where(recognised, np.floor(t_adv), 0).astype(int),
        "village_year": np.floor(t_v).astype(int),
    }
    plans = _plans(_rng(seed, pop.rng_name, "plans"), pop, first, latent)
    return {
        "assessments": pa.concat_tables(assessments),
        "recognitions": pd.concat(recognitions, ignore_index=True),
        "plans": plans,
        "funding": _funding(_rng(seed, pop.rng_name, "funding"), pop, latent),
        "activities": _activities(_rng(seed, pop.rng_name, "activities"), pop),
        "latent": latent,
    }


def _recognition_frame(codes, tier, numbers, dates, revoked=None) -> pd.DataFrame:
    has = ~np.isnat(dates)
    frame = pd.DataFrame(
        {
            "subject_code": codes[has],
            "tier": tier,
            "decision_no": numbers[has],
            "decision_date": dates[has],
            # Decisions are signed early in the year after the commune first meets every criterion: they
            # recognise that year ("đạt chuẩn NTM năm 2018", signed 03/2019).
            "recognised_year": dates[has].astype("datetime64[Y]").astype(int) + 1970 - 1,
            "revoked_date": revoked[has]
            if revoked is not None
            else np.full(has.sum(), np.datetime64("NaT"), dtype="datetime64[D]"),
        }
    )
    frame["note"] = np.where(frame["revoked_date"].notna(), REVOKED_NOTE, None)
    return frame


def _plans(rng, pop: _Population, first: np.ndarray, latent: dict) -> pd.DataFrame:
    """Targets: NTM for communes not NTM by 2016, advanced for some NTM communes, model villages."""
    n = len(pop.codes)
    reach_year = latent["ntm_reach_year"]
    planned = (first < 0) | (reach_year > FIRST_YEAR)  # not NTM by the end of 2016
    u = rng.random(n)
    target = np.where(
        u < 0.7, reach_year, np.where(u < 0.9, reach_year - rng.integers(1, 3, n), reach_year + 1)
    )
    target = np.where(first < 0, rng.integers(2020, 2023, n), target)
    target = np.clip(target, 2017, 2022)
    for code in pop.pinned_decisions:  # a seed commune met its plan on time
        target[pop.codes == code] = reach_year[pop.codes == code]
    frames = [
        pd.DataFrame({"subject_code": pop.codes[planned], "tier": "ntm", "target_year": target[planned]})
    ]

    recognised = ~np.isnat(latent["ntm_date"])
    adv_year = latent["adv_year"]
    jitter = rng.choice([-1, 0, 0, 0, 1], n)
    adv_plan = recognised & (((adv_year <= 2026) & (rng.random(n) < 0.75)) | (rng.random(n) < 0.2))
    adv_target = np.where(adv_year <= 2026, adv_year + jitter, rng.integers(2022, 2026, n))
    frames.append(
        pd.DataFrame(
            {
                "subject_code": pop.codes[adv_plan],
                "tier": "advanced",
                "target_year": np.clip(adv_target[adv_plan], 2020, 2025),
            }
        )
    )

    nv = len(pop.village_codes)
    v_year = latent["village_year"]
    v_plan = ((v_year <= 2026) & (rng.random(nv) < 0.6)) | (rng.random(nv) < 0.05)
    v_target = np.where(v_year <= 2026, v_year + rng.choice([-1, 0, 0, 1], nv), rng.integers(2021, 2026, nv))
    frames.append(
        pd.DataFrame(
            {
                "subject_code": pop.village_codes[v_plan],
                "tier": "model_village",
                "target_year": np.clip(v_target[v_plan], 2019, 2025),
            }
        )
    )
    return pd.concat(frames, ignore_index=True)


def _funding(rng, pop: _Population, latent: dict) -> pa.Table:
    """Capital per xã, period and source (million VND); more in the year a commune reaches NTM."""
    n = len(pop.codes)
    regions = np.array(REGIONS)[pop.region]
    shares = np.array([FUNDING_SHARES.get(r, FUNDING_SHARES["default"]) for r in REGIONS])[
        pop.region
    ]  # (n, 6)
    level = np.clip(rng.lognormal(np.log(1100.0), 0.45, n), 300.0, 3500.0) * np.where(
        np.isin(regions, ["DBSH", "DNB"]), 1.2, np.where(regions == "TDMNPB", 0.8, 1.0)
    )
    year = PERIOD_YEAR[None, :]
    reach = latent["ntm_reach_year"][:, None]
    factor = np.where(
        reach == 0,
        1.0,
        np.where(year == reach, 2.2, np.where(year == reach - 1, 1.5, np.where(year > reach, 0.7, 1.0))),
    )
    factor = (
        factor * np.where(latent["adv_year"][:, None] == year, 1.6, 1.0) * (1 + 0.03 * (year - FIRST_YEAR))
    )
    total = level[:, None] * factor  # (n, k)
    amount = (
        total[:, :, None]
        * shares[:, None, :]
        * rng.lognormal(0.0, 0.35, (n, N_PERIODS, len(FUNDING_SOURCES)))
    )
    amount = np.maximum(np.round(amount, 1), 0.1)
    rows = n * N_PERIODS * len(FUNDING_SOURCES)
    return pa.table(
        {
            "unit_code": _take(pop.codes, np.repeat(np.arange(n), N_PERIODS * len(FUNDING_SOURCES))),
            "period": _take(PERIODS, np.tile(np.repeat(np.arange(N_PERIODS), len(FUNDING_SOURCES)), n)),
            "source_category": _take(
                FUNDING_SOURCES, np.tile(np.arange(len(FUNDING_SOURCES)), n * N_PERIODS)
            ),
            "amount_mvnd": pa.array(amount.reshape(rows)),
        }
    )


def _activities(rng, pop: _Population) -> pd.DataFrame:
    """Training and communication per district and period: some rows per xã, one district-wide."""
    n = len(pop.codes)
    districts = np.unique(pop.district)
    frames = []
    for kind, p_commune, commune_mean, district_mean, with_people in (
        ("training", 0.45, 1.2, 5.0, True),
        ("communication", 0.35, 3.0, 12.0, False),
    ):
        s_idx, k_idx = np.nonzero(rng.random((n, N_PERIODS)) < p_commune)
        events = rng.poisson(commune_mean, len(s_idx)) + 1
        people = events * rng.integers(30, 71, len(s_idx))
        d_idx = np.repeat(np.arange(len(districts)), N_PERIODS)
        dk = np.tile(np.arange(N_PERIODS), len(districts))
        d_events = rng.poisson(district_mean, len(d_idx)) + 2
        d_people = d_events * rng.integers(40, 91, len(d_idx))
        frames.append(
            pd.DataFrame(
                {
                    "period": np.array(PERIODS)[np.r_[k_idx, dk]],
                    "unit_code": np.r_[pop.codes[s_idx], np.full(len(d_idx), None, dtype=object)],
                    "district_code": np.r_[pop.district[s_idx], districts[d_idx]],
                    "kind": kind,
                    "events": np.r_[events, d_events].astype("int64"),
                    "participants": pd.array(np.r_[people, d_people], dtype="Int64")
                    if with_people
                    else pd.array([pd.NA] * (len(s_idx) + len(d_idx)), dtype="Int64"),
                }
            )
        )
    frame = pd.concat(frames, ignore_index=True)
    seed_rows = (
        (frame["district_code"] == SONG_LO) & (frame["period"] == "2019-H1") & (frame["kind"] == "training")
    )
    if seed_rows.any():
        events, people = SONG_LO_TRAINING_2019_H1
        frame.loc[seed_rows, "events"] = _rescale_to_total(frame.loc[seed_rows, "events"].to_numpy(), events)
        frame.loc[seed_rows, "participants"] = _rescale_to_total(
            frame.loc[seed_rows, "participants"].to_numpy(dtype=float), people
        )
    return frame.sort_values(
        ["district_code", "period", "kind", "unit_code"], na_position="first", kind="stable"
    ).reset_index(drop=True)


def _rescale_to_total(values: np.ndarray, total: int) -> np.ndarray:
    """Whole numbers proportional to `values` (each at least 1) that add up to exactly `total`."""
    values = np.asarray(values, dtype=float)
    spare = total - len(values)
    raw = (
        (values - 1) / max((values - 1).sum(), 1e-9) * spare
        if (values > 1).any()
        else np.full(len(values), spare / len(values))
    )
    out = np.floor(raw).astype(int)
    out[np.argsort(-(raw - out), kind="stable")[: spare - out.sum()]] += 1
    return out + 1


# ----------------------------------------------------------------------------------------------
# Vĩnh Phúc province (real units) and its Sông Lô district


def _province_sample(catalogue, seed: int) -> dict[str, object]:
    units_csv = pd.read_csv(UNITS_CSV, dtype=str, encoding="utf-8")
    rng = _rng(seed, "province", "latent")
    xa = units_csv[units_csv["unit_type"] == "xã"].reset_index(drop=True)
    codes = xa["gso_code"].to_numpy(dtype=object)
    n = len(codes)
    t_ntm = _binned_times(rng, n, _VINH_PHUC_WEIGHTS)
    for code, t in SONG_LO_T_NTM.items():
        t_ntm[codes == code] = t
    start = np.minimum(2010.0 + rng.uniform(0.0, 1.5, n), t_ntm - 0.8)
    villages = _villages(
        _rng(seed, "province", "villages"), codes, np.full(n, "Thôn", dtype=object), low=5, high=15
    )
    pop = _Population(
        codes=codes,
        district=xa["district_gso_code"].to_numpy(dtype=object),
        region=np.full(n, REGIONS.index("DBSH")),
        t_ntm=t_ntm,
        start=start,
        village_codes=villages["village_code"].to_numpy(dtype=object),
        village_commune=villages.pop("_commune").to_numpy(),
        clean={QUANG_YEN: QUANG_YEN_CLEAN},
        pinned_decisions={QUANG_YEN: QUANG_YEN_DECISION},
        allow_revocation=True,
        rng_name="province",
    )
    result = _simulate(pop, catalogue, seed)
    plans = _pin_song_lo_plans(result["plans"], result["recognitions"], pop, result["latent"])
    units, lineage = _vinh_phuc_units(units_csv)
    return {
        "units": units,
        "unit_lineage": lineage,
        "villages": villages,
        "assessments": result["assessments"],
        "recognitions": result["recognitions"],
        "plans": plans,
        "funding": result["funding"],
        "activities": result["activities"],
    }


def _pin_song_lo_plans(plans, recognitions, pop: _Population, latent) -> pd.DataFrame:
    """Sông Lô's 2019–2020 plan (seed report): advanced communes and model villages for 2019–2020."""
    in_district = pop.codes[pop.district == SONG_LO]
    ntm = recognitions[(recognitions["tier"] == "ntm") & recognitions["subject_code"].isin(in_district)]
    early = (
        ntm[ntm["decision_date"] <= pd.Timestamp("2019-06-30")]
        .sort_values("decision_date")["subject_code"]
        .head(2)
    )
    villages = pd.Series(
        pop.village_codes[np.isin(pop.village_commune, np.flatnonzero(np.isin(pop.codes, early)))]
    )
    pinned = pd.concat(
        [
            pd.DataFrame({"subject_code": early, "tier": "advanced", "target_year": 2020}),
            pd.DataFrame(
                {
                    "subject_code": villages.head(4),
                    "tier": "model_village",
                    "target_year": [2019, 2019, 2020, 2020][: len(villages.head(4))],
                }
            ),
        ],
        ignore_index=True,
    )
    key = ["subject_code", "tier"]
    rest = plans.merge(pinned[key], on=key, how="left", indicator=True)
    rest = rest[rest["_merge"] == "left_only"].drop(columns="_merge")
    return (
        pd.concat([rest, pinned], ignore_index=True)
        .sort_values(["tier", "subject_code"], kind="stable")
        .reset_index(drop=True)
    )


def _vinh_phuc_units(units_csv: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    gone = units_csv["in_gso_list_2025_01_04"] == "False"
    units = pd.DataFrame(
        {
            "unit_code": units_csv["gso_code"],
            "name": units_csv["name"],
            "unit_type": units_csv["unit_type"],
            "district_code": units_csv["district_gso_code"],
            "district_name": units_csv["district"],
            "province_code": VINH_PHUC[0],
            "province_name": VINH_PHUC[1],
            "region": "DBSH",
            "valid_from": pd.Timestamp("2010-01-01"),
            "valid_to": np.where(gone, pd.Timestamp("2024-12-31"), pd.Timestamp("2025-06-30")),
        }
    )
    with_successor = units_csv[units_csv["successor_2025_07_code"].notna()]
    successors = with_successor.drop_duplicates("successor_2025_07_code").sort_values(
        "successor_2025_07_code"
    )
    full_names = successors["successor_2025_07"]
    prefix = full_names.str.split(" ").str[0]
    new_units = pd.DataFrame(
        {
            "unit_code": successors["successor_2025_07_code"].to_numpy(),
            "name": full_names.str.split(" ", n=1).str[1].to_numpy(),
            "unit_type": prefix.map({"Xã": "xã", "Phường": "phường"}).to_numpy(),
            "district_code": None,
            "district_name": None,
            "province_code": PHU_THO[0],
            "province_name": PHU_THO[1],
            "region": "DBSH",
            "valid_from": pd.Timestamp("2025-07-01"),
            "valid_to": pd.NaT,
        }
    )
    units = pd.concat([units, new_units], ignore_index=True)
    units["valid_to"] = pd.to_datetime(units["valid_to"])
    lineage = pd.concat(
        [
            pd.DataFrame(
                {
                    "from_code": list(SONG_LO_MERGES_2025_01),
                    "to_code": list(SONG_LO_MERGES_2025_01.values()),
                    "relation": "merge",
                    "legal_act": LINEAGE_ACT_2025_01,
                    "effective_date": pd.Timestamp("2025-01-01"),
                    "note": LINEAGE_NOTE_2025_01,
                }
            ),
            pd.DataFrame(
                {
                    "from_code": with_successor["gso_code"].to_numpy(),
                    "to_code": with_successor["successor_2025_07_code"].to_numpy(),
                    "relation": "merge",
                    "legal_act": LINEAGE_ACT_2025_07,
                    "effective_date": pd.Timestamp("2025-07-01"),
                    "note": None,
                }
            ),
        ],
        ignore_index=True,
    )
    return units, lineage


def _restrict_to_district(tables: dict[str, object], district_code: str) -> dict[str, object]:
    """The district's units, villages and rows, and after the reform the xã its communes merged into (whose
    codes may have been other units' before: those units' rows stay out)."""
    units = tables["units"]
    members = units.loc[units["district_code"] == district_code, "unit_code"]
    lineage = tables["unit_lineage"]
    lineage = lineage[lineage["from_code"].isin(members)].reset_index(drop=True)
    successors = units["valid_from"].eq(pd.Timestamp("2025-07-01")) & units["unit_code"].isin(
        lineage["to_code"]
    )
    villages = tables["villages"]
    villages = villages[villages["unit_code"].isin(members)].reset_index(drop=True)
    successor_codes = units.loc[successors, "unit_code"]
    before = pd.concat([members, villages["village_code"]]).tolist()
    after = successor_codes.tolist()

    def in_scope(table: pa.Table, column: str) -> pa.Table:
        old = pc.and_(
            pc.is_in(table[column], pa.array(before)),
            pc.invert(pc.is_in(table["period"], pa.array(REFORM_PERIODS))),
        )
        new = pc.and_(
            pc.is_in(table[column], pa.array(after)), pc.is_in(table["period"], pa.array(REFORM_PERIODS))
        )
        return table.filter(pc.or_(old, new))

    recognitions = tables["recognitions"]
    reformed = recognitions["decision_date"] >= pd.Timestamp("2025-07-01")
    plans = tables["plans"]
    return {
        "units": units[units["district_code"].eq(district_code) | successors].reset_index(drop=True),
        "unit_lineage": lineage,
        "villages": villages,
        "assessments": in_scope(tables["assessments"], "subject_code"),
        "recognitions": recognitions[
            (recognitions["subject_code"].isin(before) & ~reformed)
            | (recognitions["subject_code"].isin(after) & reformed)
        ].reset_index(drop=True),
        "plans": plans[
            (plans["subject_code"].isin(before) & (plans["target_year"] < 2026))
            | (plans["subject_code"].isin(after) & (plans["target_year"] >= 2026))
        ].reset_index(drop=True),
        "commune_groups": tables["commune_groups"][
            tables["commune_groups"]["unit_code"].isin(after)
        ].reset_index(drop=True),
        "funding": in_scope(tables["funding"], "unit_code"),
        "activities": tables["activities"][
            tables["activities"]["district_code"] == district_code
        ].reset_index(drop=True),
    }


# ----------------------------------------------------------------------------------------------
# National: Vĩnh Phúc as above plus the real units of the 62 other provinces, with invented values


def _national_sample(catalogue, seed: int) -> dict[str, object]:
    """The 62 other provinces on their real units (before and after 1/7/2025, with the real lineage: see
    ntm/reference/README.md); every value, decision and village is invented."""
    before, after, real_lineage = national_units(REFERENCE_DIR)
    before = before[before["province_code"] != VINH_PHUC[0]].reset_index(drop=True)
    region_of = {p[0]: p[2] for p in PROVINCES}
    xa = before[before["unit_type"] == "xã"].reset_index(drop=True)
    codes = xa["unit_code"].to_numpy(dtype=object)
    n = len(codes)
    region = np.array([REGIONS.index(region_of[p]) for p in xa["province_code"]])
    province_index = pd.factorize(xa["province_code"])[0]
    district_index = pd.factorize(xa["district_code"])[0]

    latent_rng = _rng(seed, "national", "latent")
    t_ntm = np.empty(n)
    for r, name in enumerate(REGIONS):
        sel = region == r
        t_ntm[sel] = _binned_times(latent_rng, int(sel.sum()), _REGION_WEIGHTS[name])
    shift = (
        latent_rng.normal(0.0, 0.5, province_index.max() + 1)[province_index]
        + latent_rng.normal(0.0, 0.35, district_index.max() + 1)[district_index]
    )
    moving = (t_ntm >= FIRST_YEAR) & (t_ntm < 2025.0)
    t_ntm = np.where(moving, np.clip(t_ntm + shift, FIRST_YEAR, 2024.99), t_ntm)
    start = np.minimum(2010.0 + latent_rng.uniform(0.0, 1.5, n), t_ntm - 0.8)
    rng = _rng(seed, "national", "units")
    prefix = np.where(
        np.isin(region, [REGIONS.index("DBSCL"), REGIONS.index("DNB")]),
        "Ấp",
        np.where(region == REGIONS.index("TDMNPB"), np.where(rng.random(n) < 0.5, "Bản", "Thôn"), "Thôn"),
    ).astype(object)
    villages = _villages(_rng(seed, "national", "villages"), codes, prefix, low=5, high=10)
    pop = _Population(
        codes=codes,
        district=xa["district_code"].to_numpy(dtype=object),
        region=region,
        t_ntm=t_ntm,
        start=start,
        village_codes=villages["village_code"].to_numpy(dtype=object),
        village_commune=villages.pop("_commune").to_numpy(),
        rng_name="national",
    )
    result = _simulate(pop, catalogue, seed)

    old_region = dict(zip(before["unit_code"], [region_of[p] for p in before["province_code"]], strict=True))
    units = pd.DataFrame(
        {
            "unit_code": before["unit_code"],
            "name": before["name"],
            "unit_type": before["unit_type"],
            "district_code": before["district_code"],
            "district_name": before["district_name"],
            "province_code": before["province_code"],
            "province_name": before["province_name"],
            "region": before["unit_code"].map(old_region),
            "valid_from": pd.Timestamp("2010-01-01"),
            "valid_to": pd.Timestamp("2025-06-30"),
        }
    )
    lineage = real_lineage[real_lineage["from_code"].isin(before["unit_code"])].reset_index(drop=True)
    # A successor's region (a threshold axis until 2025) is its first predecessor's; the island special
    # zones, which have none, take their province's.
    first_region = lineage.drop_duplicates("to_code").set_index("to_code")["from_code"].map(old_region)
    vinh_phuc_successors = real_lineage.loc[~real_lineage["from_code"].isin(before["unit_code"]), "to_code"]
    after = after[~after["unit_code"].isin(vinh_phuc_successors)]
    successors = pd.DataFrame(
        {
            "unit_code": after["unit_code"],
            "name": after["name"],
            "unit_type": after["unit_type"],
            "district_code": None,
            "district_name": None,
            "province_code": after["province_code"],
            "province_name": after["province_name"],
            "region": after["unit_code"].map(first_region).fillna("DBSH"),
            "valid_from": pd.Timestamp("2025-07-01"),
            "valid_to": pd.NaT,
        }
    )
    lineage = lineage.assign(note=None)
    return {
        "units": pd.concat([units, successors], ignore_index=True),
        "unit_lineage": lineage[["from_code", "to_code", "relation", "legal_act", "effective_date", "note"]],
        "villages": villages,
        "assessments": result["assessments"],
        "recognitions": result["recognitions"],
        "plans": result["plans"],
        "funding": result["funding"],
        "activities": result["activities"],
    }


def _concat_samples(a: dict[str, object], b: dict[str, object]) -> dict[str, object]:
    out = {}
    for name in a:
        if isinstance(a[name], pa.Table):
            out[name] = pa.concat_tables([a[name], b[name]])
        else:
            out[name] = pd.concat([a[name], b[name]], ignore_index=True)
    return out


# ----------------------------------------------------------------------------------------------
# Small helpers


def _binned_times(rng, n: int, weights) -> np.ndarray:
    """n latent years: bin counts by largest remainder of n x weights, uniform within a bin, shuffled."""
    weights = np.asarray(weights, dtype=float) / np.sum(weights)
    raw = weights * n
    counts = np.floor(raw).astype(int)
    counts[np.argsort(-(raw - counts), kind="stable")[: n - counts.sum()]] += 1
    low = np.repeat([b[0] for b in _T_BINS], counts)
    high = np.repeat([b[1] for b in _T_BINS], counts)
    return rng.permutation(low + (high - low) * rng.random(n))


def _villages(rng, codes: np.ndarray, prefix: np.ndarray, low: int, high: int) -> pd.DataFrame:
    """low..high villages per xã, named from stems (or numbered, as many communes do)."""
    n = len(codes)
    count = rng.integers(low, high + 1, n)
    commune = np.repeat(np.arange(n), count)
    number = np.arange(len(commune)) - np.repeat(np.cumsum(count) - count, count) + 1
    order = np.argsort(rng.random((n, len(VILLAGE_STEMS))), axis=1)
    stems = np.array(VILLAGE_STEMS, dtype=object)[order[commune, number - 1]]
    numbered = (rng.random(n) < 0.3)[commune]
    names = np.where(
        numbered, prefix[commune] + " " + number.astype(str).astype(object), prefix[commune] + " " + stems
    )
    return pd.DataFrame(
        {
            "village_code": codes[commune] + "-" + np.char.zfill(number.astype(str), 2).astype(object),
            "unit_code": codes[commune],
            "name": names,
            "valid_from": pd.Timestamp("2010-01-01"),
            "valid_to": pd.NaT,
            "_commune": commune,
        }
    )


def _take(values, indices) -> pa.Array:
    return pc.take(pa.array(list(values), type=pa.string()), pa.array(np.asarray(indices, dtype=np.int64)))


def _empty(table_name: str) -> pa.Table:
    from ntm.store.tables_io import arrow_schema

    return arrow_schema(TABLES[table_name]).empty_table()


def _arrow(frame) -> pa.Table:
    if isinstance(frame, pa.Table):
        return frame
    return pa.Table.from_pandas(frame, preserve_index=False)


def _metadata(scale: str, seed: int) -> pd.DataFrame:
    rows = {
        "is_sample": "true",
        "scale": scale,
        "seed": str(seed),
        "generated_by": "ntm.sample",
        "as_of": str(REFORM_AS_OF.date()),
        "periods": f"{PERIODS[0]}..{REFORM_PERIODS[-1]}",
        "note_vi": "Dữ liệu mẫu, không phải số liệu chính thức",
        "note_en": "Sample data, not official figures",
        "lineage_note": LINEAGE_NOTE_META,
        # The view a newcomer first sees: Sông Lô, the district of the seed report.
        "default_province": "26",
        "default_district": "253",
    }
    if scale != "national":
        # The province and district samples hold only the part of Phú Thọ (25) that was Vĩnh Phúc.
        part = (
            "36 xã, phường thuộc tỉnh Vĩnh Phúc cũ"
            if scale == "province"
            else "các xã nhận sáp nhập từ huyện Sông Lô cũ"
        )
        part_en = (
            "36 communes and wards that were Vĩnh Phúc"
            if scale == "province"
            else "communes the former Sông Lô district merged into"
        )
        rows[f"coverage.{PHU_THO[0]}.vi"] = f"chỉ gồm {part}, không phải toàn tỉnh Phú Thọ"
        rows[f"coverage.{PHU_THO[0]}.en"] = f"only the {part_en}, not the whole of Phú Thọ"
    if scale == "national":
        rows["units_note"] = (
            "Đơn vị hành chính thật của 63 tỉnh trước và 34 tỉnh sau 01/7/2025 (vietnamadminunits 1.0.4, MIT); mọi số liệu, "
            "quyết định và thôn là giả lập / real units of the 63 provinces before and the 34 after 1/7/2025 "
            "(vietnamadminunits 1.0.4, MIT); every value, decision and village is invented"
        )
    return pd.DataFrame({"key": list(rows), "value": list(rows.values())})
