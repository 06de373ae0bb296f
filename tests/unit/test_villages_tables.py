"""Tables of the model-village page: a column per criterion and a total row."""

import pandas as pd

from ntm.tables import villages as villages_tables


def test_village_frame_has_a_column_per_criterion_and_a_total_row():
    villages = pd.DataFrame(
        {
            "unit_code": ["01", "02"],
            "name": ["An", "Bình"],
            "district_name": ["H1", "H1"],
            "villages": [2, 1],
            "assessed": [2, 0],
            "reaching": [1, 0],
            "recognised": [1, 0],
            "planned": [2, 1],
            "planned_by_now": [1, 0],
        }
    )
    meeting = pd.DataFrame({"unit_code": ["01"], 1: [1], 2: [2]})
    totals = {"villages": 3, "assessed": 2, "reaching": 1, "recognised": 1, "planned": 3, "planned_by_now": 1}
    frame = villages_tables.village_frame(villages, meeting, totals, 2020, "vi")
    assert list(frame.columns) == [
        "Xã",
        "Số thôn",
        "Đánh giá",
        "TC1",
        "TC2",
        "Đạt đủ tiêu chí",
        "Đã công nhận",
        "KH đến 2020",
        "Tổng KH",
    ]
    assert frame.values.tolist() == [
        ["An", 2, 2, 1, 2, 1, 1, 1, 2],
        ["Bình", 1, 0, 0, 0, 0, 0, 0, 1],
        ["Tổng", 3, 2, 1, 2, 1, 1, 1, 3],
    ]
    assert villages_tables.default_commune(villages) == "01"
    assert villages_tables.commune_labels(villages, "en") == {
        "01": "An (2 villages)",
        "02": "Bình (0 villages)",
    }
