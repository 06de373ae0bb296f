"""Figures of the model-village page: the grid marks every cell."""

import pandas as pd

from ntm.charts.villages import village_grid_chart


def test_village_grid_marks_every_cell():
    grid = pd.DataFrame({"village_name": ["Thôn Một"], 1: ["met"], 2: ["not_met"], 3: ["unknown"]})
    figure = village_grid_chart(grid, {1: "Thu nhập", 2: "Cảnh quan", 3: "Văn hóa"}, "An", "2020", "vi")
    assert [list(row) for row in figure.data[0].z] == [[2, 0, 1]]
    assert [list(row) for row in figure.data[0].text] == [["Đ", "✕", "?"]]
    assert list(figure.data[0].x) == ["TC1", "TC2", "TC3"]
