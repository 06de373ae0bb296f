"""Settings are data with defaults, read from the environment when asked for (never at import time)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS = {
    s.name: s
    for s in (
        Setting("NTM_DATA_DIR", "data", "Folder of the Parquet tables (relative to the project folder)."),
        Setting(
            "NTM_CACHE_DIR", ".cache/ntm", "Where the DuckDB database built from the Parquet files is kept."
        ),
        Setting(
            "NTM_BINS",
            "",
            "Criteria-met bins, `;`-separated (`19;15-18;10-14;5-9;0-4`); used for a set whose number of criteria "
            "is the highest bin's end, other sets get bins derived from their count (`ntm.bins.bins_of_total`).",
        ),
        Setting(
            "NTM_DUCKDB_MEMORY",
            "700MB",
            "DuckDB memory limit per process (a national build peaks near 0.9 GB with it).",
        ),
        Setting("NTM_DUCKDB_THREADS", "2", "DuckDB worker threads per process."),
        Setting(
            "NTM_AT_RISK_MARGIN",
            "0.05",
            "Slipping page: a met indicator this share of its threshold away from failing is at risk.",
        ),
        Setting(
            "NTM_KEEP_VERSIONS", "20", "Published data versions kept (the current one is never deleted)."
        ),
        Setting("NTM_IMPORT_MAX_MB", "20", "Largest file an import accepts, in megabytes."),
        Setting("NTM_IMPORT_MAX_ROWS", "500000", "Most data rows an import accepts in one file."),
        Setting(
            "NTM_ADMIN_PASSWORD_HASH",
            "",
            "Admin password hash (`python -m ntm hash-password`); else `admin_password_hash` in secrets.toml.",
        ),
        Setting(
            "NTM_BOUNDARIES",
            "",
            "Map: GeoJSON of commune outlines, each feature carrying its unit code "
            "(default: `boundaries.geojson` in the data folder).",
        ),
        Setting(
            "NTM_BOUNDARIES_AFTER_REFORM",
            "",
            "Map: GeoJSON of the outlines of the communes formed on 1/7/2025, by their code; without it they "
            "are estimated from their predecessors' (default: `boundaries_after_reform.geojson` beside the data).",
        ),
        Setting(
            "NTM_SAMPLE_BOUNDARIES",
            "../shared/geo/vinh_phuc_communes.geojson",
            "Outlines `python -m ntm sample` copies beside the sample when the file exists (never committed).",
        ),
    )
}


def setting(name: str) -> str:
    return os.environ.get(name) or SETTINGS[name].default


def _project_path(value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else PROJECT_ROOT / path


def data_dir() -> Path:
    return _project_path(setting("NTM_DATA_DIR"))


def cache_dir() -> Path:
    return _project_path(setting("NTM_CACHE_DIR"))


def boundaries_path() -> Path:
    # Beside the data it outlines by default, so a data folder given by NTM_DATA_DIR brings its own map.
    value = setting("NTM_BOUNDARIES")
    return _project_path(value) if value else data_dir() / "boundaries.geojson"


def after_reform_boundaries_path() -> Path:
    # A file of its own: codes were reused on 1/7/2025, so one code may need two outlines, one per era.
    value = setting("NTM_BOUNDARIES_AFTER_REFORM")
    return _project_path(value) if value else data_dir() / "boundaries_after_reform.geojson"


def sample_boundaries_path() -> Path:
    return _project_path(setting("NTM_SAMPLE_BOUNDARIES"))
