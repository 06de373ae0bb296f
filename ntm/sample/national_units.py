"""The real national unit lists before and after the 1/7/2025 reform and the lineage between them, read
from the reference CSVs (sources and dates in ntm/reference/README.md). Codes stay text: `08848`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

REFERENCE_DIR = Path(__file__).parent.parent / "reference"
UNITS_BEFORE_CSV = "units_before_2025_07.csv"
UNITS_AFTER_CSV = "units_after_2025_07.csv"
LINEAGE_CSV = "lineage_2025_07.csv"


def national_units(directory: Path = REFERENCE_DIR) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(units before 1/7/2025, units after, lineage old → new); every column text except the lineage's
    `effective_date`, a Timestamp."""
    read = lambda name: pd.read_csv(  # noqa: E731
        Path(directory) / name, dtype=str, encoding="utf-8", keep_default_na=False
    )
    lineage = read(LINEAGE_CSV)
    lineage["effective_date"] = pd.to_datetime(lineage["effective_date"], format="%Y-%m-%d")
    return read(UNITS_BEFORE_CSV), read(UNITS_AFTER_CSV), lineage
