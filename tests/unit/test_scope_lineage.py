"""Carrying a scope's place across the reform (ntm/figures/scope.py), the area's SQL condition and its name:
hand-computed cases without a database."""

from datetime import date

import pandas as pd

from ntm.figures.scope import after_reform, follow_lineage, lineage_edge_list, main_province
from ntm.filters import Filters, scope_clause
from ntm.names import slug
from ntm.tables.scope import area_name, former_district, place_name

REFORM = date(2025, 7, 1)
# Đồng Thịnh 08848, Tứ Yên 08851, Đức Bác 08854, Yên Thạch 08830 → xã Sông Lô (08848, code reused);
# Cao Phong 08860, Sơn Đông 08866 and Lập Thạch's 08863 → Sơn Đông (08866); a merger of 2020 before them.
EDGES = [
    ("00005", "08848", date(2020, 1, 1)),
    ("08848", "08848", date(2020, 1, 1)),
    ("08830", "08848", REFORM),
    ("08848", "08848", REFORM),
    ("08851", "08848", REFORM),
    ("08854", "08848", REFORM),
    ("08860", "08866", REFORM),
    ("08863", "08866", REFORM),
    ("08866", "08866", REFORM),
]
H2_2024, H1_2026 = date(2024, 12, 31), date(2026, 6, 30)


def test_chosen_communes_go_forward_to_their_successors_each_once():
    assert follow_lineage(["08851", "08854", "08860"], EDGES, H2_2024, H1_2026) == ["08848", "08866"]


def test_a_successor_goes_back_to_every_predecessor_including_the_one_whose_code_it_reuses():
    assert follow_lineage(["08848"], EDGES, H1_2026, H2_2024) == ["08830", "08848", "08851", "08854"]


def test_edges_outside_the_span_and_untouched_codes_leave_a_code_alone():
    # The 2020 merger lies before 2024-H2: going back to 2024-H2 does not undo it.
    assert "00005" not in follow_lineage(["08848"], EDGES, H1_2026, H2_2024)
    assert follow_lineage(["09999"], EDGES, H2_2024, H1_2026) == ["09999"]
    assert follow_lineage(["08848"], EDGES, H1_2026, date(2025, 12, 31)) == ["08848"]


def test_going_back_across_both_mergers_reaches_the_oldest_predecessor():
    assert follow_lineage(["08848"], EDGES, H1_2026, date(2019, 6, 30)) == [
        "08830",
        "00005",
        "08848",
        "08851",
        "08854",
    ]


def test_the_main_province_is_where_most_codes_lie():
    province_of = {"08848": "25", "08866": "25", "00001": "01"}
    assert main_province(["00001", "08848", "08866", "unknown"], province_of) == "25"
    assert main_province(["unknown"], province_of) is None


def test_the_reform_splits_periods_at_1_july_2025():
    assert [after_reform(p) for p in ("2024-H2", "2025-H1", "2025-H2", "2026-H1")] == [
        False,
        False,
        True,
        True,
    ]


def test_an_area_is_named_after_its_former_district_in_both_languages():
    assert area_name("Huyện Sông Lô", "vi") == "Khu vực huyện Sông Lô (cũ)"
    assert area_name("Thành phố Vĩnh Yên", "vi") == "Khu vực thành phố Vĩnh Yên (cũ)"
    assert area_name("Huyện Sông Lô", "en") == "Former Sông Lô district area"
    assert former_district("Huyện Lập Thạch", "vi") == "huyện Lập Thạch"


def test_english_writes_the_administrative_word_after_the_name_as_for_communes():
    # Review #23: "Huyện Sông Lô" and "Tỉnh Vĩnh Phúc" stayed Vietnamese beside "Bạch Lưu commune".
    assert place_name("Huyện Sông Lô", "en") == "Sông Lô district"
    assert place_name("Tỉnh Phú Thọ", "en") == "Phú Thọ province"
    assert place_name("Thành phố Vĩnh Yên", "en") == "Vĩnh Yên city"
    assert place_name("Thị xã Phúc Yên", "en") == "Phúc Yên town"
    assert place_name("Huyện Sông Lô", "vi") == "Huyện Sông Lô"
    assert place_name("Đặc khu Phú Quốc", "en") == "Đặc khu Phú Quốc"  # no English word known: as written
    # A file is named alike in both languages.
    assert slug("Sông Lô district", drop_administrative_word=True) == slug("Huyện Sông Lô", True) == "song-lo"
    assert slug("Ba Đình urban district", True) == slug("Quận Ba Đình", True) == "ba-dinh"
    assert slug("Bạch Lưu commune", True) == slug("Xã Bạch Lưu", True) == "bach-luu"
    assert (
        place_name("Xã Bạch Lưu", "en") == "Xã Bạch Lưu"
    )  # a commune's name is not a province's or district's


def test_the_area_condition_binds_its_code_and_inlines_nothing():
    hostile = "'; DROP TABLE units; --"
    sql, params = scope_clause(Filters("2026-H1", "S", province_code="25", area_code=hostile))
    # The area pins its place on both sides of the reform: the province is not bound with it.
    assert params == [hostile, hostile]
    assert hostile not in sql and "province_code" not in sql
    assert "unit_lineage" in sql and sql.count("?") == 2


def test_lineage_edge_list_gives_the_tuples_follow_lineage_walks():
    edges = pd.DataFrame(
        {
            "from_code": ["08851", "08854"],
            "to_code": ["08848", "08848"],
            "effective_date": pd.to_datetime(["2025-07-01", "2025-07-01"]),
        }
    )
    assert lineage_edge_list(edges) == [
        ("08851", "08848", date(2025, 7, 1)),
        ("08854", "08848", date(2025, 7, 1)),
    ]
