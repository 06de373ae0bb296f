"""The pure figures of the model-village page (ntm.figures.villages), values by hand."""

import io

import pandas as pd

from ntm.figures.villages import village_grid, village_totals, villages_meeting_criteria


def _csv(text: str, **dtypes) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype={"unit_code": str, **dtypes})


VILLAGE_CRITERIA = _csv(
    """unit_code,village_code,village_name,criterion_no,name_vi,name_en,status
01,01-1,Thôn Một,1,Thu nhập,Income,met
01,01-1,Thôn Một,2,Cảnh quan,Landscape,met
01,01-2,Thôn Hai,1,Thu nhập,Income,not_met
01,01-2,Thôn Hai,2,Cảnh quan,Landscape,met
02,02-1,Thôn Ba,1,Thu nhập,Income,unknown
02,02-1,Thôn Ba,2,Cảnh quan,Landscape,not_met
"""
)


def test_villages_meeting_each_criterion_per_commune():
    table = villages_meeting_criteria(VILLAGE_CRITERIA)
    assert table.values.tolist() == [["01", 1, 2], ["02", 0, 0]]
    assert list(table.columns) == ["unit_code", 1, 2]


def test_village_grid_of_one_commune_holds_each_villages_statuses():
    grid = village_grid(VILLAGE_CRITERIA, "01")
    assert grid.values.tolist() == [["Thôn Một", "met", "met"], ["Thôn Hai", "not_met", "met"]]
    assert village_grid(VILLAGE_CRITERIA, "99").empty


def test_village_totals_sum_every_count_over_the_communes():
    villages = pd.DataFrame(
        {
            "villages": [5, 3],
            "assessed": [4, 0],
            "reaching": [2, 0],
            "recognised": [1, 0],
            "planned": [3, 1],
            "planned_by_now": [2, 0],
        }
    )
    assert village_totals(villages) == {
        "villages": 8,
        "assessed": 4,
        "reaching": 2,
        "recognised": 1,
        "planned": 4,
        "planned_by_now": 2,
    }
