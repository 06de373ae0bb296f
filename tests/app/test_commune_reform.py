"""The commune page and the new-set page across the 1/7/2025 reform, through AppTest on the
`reform_engine` fixture with the `reform_set_change` overlay (figures by hand in
tests/integration/test_commune_reform.py)."""

import pytest

from tests.app.helpers import open_page
from tests.fixtures.materialise import FIXTURES, materialise

PAGE = "pages/commune.py"


@pytest.fixture
def reform_data(app_data, tmp_path):
    data = materialise(tmp_path / "reform", FIXTURES / "reform_set_change", base=FIXTURES / "reform_engine")
    return app_data(data=data)


def _texts(app) -> str:
    """Every text of the page as the reader sees it (Markdown's escapes removed)."""
    return "\n".join(
        [
            *(m.value for m in app.markdown),
            *(i.value for i in app.info),
            *(c.value for c in app.caption),
            *(h.value for h in app.subheader),
        ]
    ).replace("\\", "")


def test_a_merged_commune_shows_its_predecessors_before_the_merger_and_only_its_own_status(
    reform_data, make_app
):
    app = open_page(make_app, PAGE, unit="00010", period="2026-H1")
    assert app.title[0].value == "Xã An Bình"
    texts = _texts(app)
    assert "Trước sáp nhập: các xã cũ hợp thành xã An Bình" in texts
    assert "đến ngày 30/06/2025" in texts and "không kế thừa" in texts
    predecessors = app.table[0].value
    assert predecessors["Xã cũ"].tolist() == ["An Hòa", "Bình Minh"]
    assert predecessors["Mã xã"].tolist() == ["00010", "00011"]
    assert predecessors["Tiêu chí đạt (kỳ cuối)"].tolist() == [
        "1/1 (6 tháng đầu năm 2025)",
        "0/1 (6 tháng đầu năm 2025)",
    ]
    assert predecessors["Đã được công nhận"].tolist() == [
        "Đạt chuẩn NTM – 735/QĐ-UBND (15/03/2019)",
        "Chưa công nhận",
    ]
    assert predecessors["Ngày hiệu lực"].tolist() == ["01/07/2025", "01/07/2025"]
    # Its own status: An Hòa's 2019 decision is not An Bình's, and its history starts in 2025-H2.
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Đã được công nhận"] == "Chưa công nhận"
    assert "735/QĐ-UBND" not in "\n".join(m.value for m in app.markdown if "Quyết định" in m.value)
    assert "Chưa có quyết định công nhận nào tính đến ngày 30/06/2026." in texts


def test_a_commune_before_the_reform_shows_no_predecessors(reform_data, make_app):
    app = open_page(make_app, PAGE, unit="00010", period="2025-H1")
    assert app.title[0].value == "Xã An Hòa"
    assert "Trước sáp nhập" not in _texts(app)
    assert {m.label: m.value for m in app.metric}["Đã được công nhận"] == "Đạt chuẩn NTM"
    assert "Bộ tiêu chí mới so với bộ cũ" not in _texts(app)


def test_the_commune_page_says_what_changes_under_the_new_set(reform_data, make_app):
    app = open_page(make_app, PAGE, unit="00012", period="2026-H1")
    texts = _texts(app)
    assert "Bộ tiêu chí mới so với bộ cũ: xã thay đổi gì" in texts
    assert "Ngưỡng áp dụng cho xã nhóm 2 năm 2026" in texts
    assert (
        "Theo Bộ cũ (6 tháng cuối năm 2025): đạt 0/1 tiêu chí. Theo Bộ mới (6 tháng đầu năm 2026): đạt 1/2"
        in texts
    )
    change = app.table[-1].value
    assert change.values.tolist() == [["1\\. Quy hoạch", "Đạt", "Mới đạt", "–", "1.1"]]  # Markdown-escaped


def test_the_new_set_page_lists_each_commune_under_both_sets(reform_data, make_app):
    app = open_page(make_app, "pages/set_change.py", period="2026-H1")
    assert app.title[0].value == "Bộ tiêu chí mới"
    assert {m.label: m.value for m in app.metric} == {
        "Xã được so sánh": "2",
        "Xã có tiêu chí mới chưa đạt": "0",
        "Xã có tiêu chí mới đạt": "1",
    }
    assert app.dataframe[0].value.values.tolist() == [
        ["An Bình", "00010", "0/1", "6 tháng cuối năm 2025", "0/2", "–", "–"],
        ["Cát Lâm", "00012", "0/1", "6 tháng cuối năm 2025", "1/2", "–", "1"],
    ]


def test_the_new_set_page_says_so_when_nothing_is_compared(reform_data, make_app):
    app = open_page(make_app, "pages/set_change.py", period="2025-H2")
    assert "Không có xã nào trong phạm vi" in app.info[0].value
