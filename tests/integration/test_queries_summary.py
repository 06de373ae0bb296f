"""The headline-figure counts and the programme targets on the mini fixture, values by hand.

Targets overlay (tests/fixtures/targets): sets S1 (ntm) and A1 (advanced) assessed in 2019-H2 and 2020-H1,
V1 (model villages) in 2020-H1. NTM decisions: An 00001 01/03/2020, Bình 00002 10/01/2019 revoked
01/02/2020, Cát 00003 01/06/2019; advanced: An 15/05/2020. Xã of province 01: An, Bình (district 001),
Cát (002); Cũ 00005 (001) until 31/12/2019; Đông 00004 is a thị trấn. programme_targets: province 01 NTM
50 % by 2019, 100 % by 2021, 2 advanced xã by 2022; province 02 and the nation have targets of their own.
"""

from datetime import date

import pandas as pd
import pytest

from ntm.figures.summary import headline_figures, target_scope
from ntm.filters import Filters
from ntm.queries.summary import programme_targets, tier_counts

COLUMNS = ["tier", "as_of", "communes", "recognised", "ntm_recognised"]


@pytest.fixture(scope="module")
def overlay_cursor(mini_store):
    return mini_store("targets").cursor()


def _rows(frame: pd.DataFrame, columns: list[str]) -> list[list]:
    return [
        [None if pd.isna(v) else (v.date() if isinstance(v, pd.Timestamp) else v) for v in row]
        for row in frame[columns].astype(object).values.tolist()
    ]


def test_counts_per_tier_assessed_at_the_periods_end(overlay_cursor):
    frame = tier_counts(overlay_cursor, Filters("2020-H1", "S1", province_code="01"))
    # 30/06/2020: An and Cát NTM (Bình's decision revoked), An advanced; the village set is no commune tier.
    assert _rows(frame, COLUMNS) == [
        ["ntm", date(2020, 6, 30), 3, 2, 2],
        ["advanced", date(2020, 6, 30), 3, 1, 2],
    ]


def test_counts_of_an_earlier_period_and_of_one_district(overlay_cursor):
    frame = tier_counts(overlay_cursor, Filters("2019-H2", "S1", province_code="01", district_code="001"))
    # 31/12/2019: An, Bình and Cũ are the district's xã; Bình is still NTM (revoked only in 2020).
    assert _rows(frame, COLUMNS) == [
        ["ntm", date(2019, 12, 31), 3, 1, 1],
        ["advanced", date(2019, 12, 31), 3, 0, 1],
    ]


def test_only_the_tiers_assessed_in_the_period_are_counted(cursor):
    # The plain mini fixture assesses no advanced set, so advanced is no headline figure of it.
    frame = tier_counts(cursor, Filters("2020-H1", "S1", province_code="01"))
    assert _rows(frame, COLUMNS) == [["ntm", date(2020, 6, 30), 3, 1, 1]]


def test_programme_targets_are_read_with_the_registry_columns(overlay_cursor, cursor):
    targets = programme_targets(overlay_cursor)
    assert _rows(targets, ["scope_level", "scope_code", "tier", "target_year", "target_share"]) == [
        ["national", None, "ntm", 2020, 80.0],
        ["province", "01", "advanced", 2022, None],
        ["province", "01", "ntm", 2019, 50.0],
        ["province", "01", "ntm", 2021, 100.0],
        ["province", "02", "ntm", 2020, 90.0],
    ]
    assert programme_targets(cursor).empty  # no file: an empty table


def test_headline_figures_of_the_province_against_its_own_next_targets(overlay_cursor):
    filters = Filters("2020-H1", "S1", province_code="01")
    figures = headline_figures(
        tier_counts(overlay_cursor, filters), programme_targets(overlay_cursor), target_scope(filters)
    )
    columns = ["measure", "numerator", "denominator", "basis", "target_year", "target_share", "target_count"]
    assert _rows(figures, columns) == [
        ["ntm", 2, 3, "all_communes", 2021, 100.0, None],
        ["advanced", 1, 2, "ntm_communes", 2022, None, 2],
    ]
    assert figures["share"].tolist() == pytest.approx([200 / 3, 50.0])
