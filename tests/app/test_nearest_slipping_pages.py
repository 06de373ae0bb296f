"""The nearest (Gần đạt) and slipping (Sụt giảm tiêu chí) pages through AppTest, on the mini fixture
with the progress overlay (hand-computed values: see tests/integration/test_queries_nearest_slipping.py)."""

import pytest

from tests.app.helpers import open_page, plotly_specs, plotly_values


@pytest.fixture
def progress_data(app_data, monkeypatch):
    """The mini fixture with the progress overlay, read with the default at-risk margin."""
    monkeypatch.delenv("NTM_AT_RISK_MARGIN", raising=False)
    return app_data("progress")


def _table(app, first_column: str, second_column: str):
    for frame in app.dataframe:
        if list(frame.value.columns[:2]) == [first_column, second_column]:
            return frame.value
    raise AssertionError(f"no table starting with {first_column}, {second_column}")


def test_nearest_page_reads_the_roll_up_of_each_tier(progress_data, make_app):
    app = open_page(make_app, "pages/nearest.py")
    assert app.title[0].value == "Gần đạt"
    assert "Tỉnh Thử · 6 tháng đầu năm 2020" in app.caption[0].value
    assert [i.value for i in app.info] == [
        "1 xã (Bình) chỉ còn 1 tiêu chí để đạt chuẩn NTM; tiêu chí vướng nhiều nhất là tiêu chí 1 (Thu nhập); "
        "nếu xã này hoàn thành, tỷ lệ xã đạt chuẩn NTM (đã công nhận hoặc đạt đủ tiêu chí) của tỉnh Thử "
        "sẽ tăng từ 66,7 % lên 100,0 %.",
        "1 xã (An) chỉ còn 1 tiêu chí để đạt NTM nâng cao; tiêu chí vướng nhiều nhất là tiêu chí 2 (Nước sạch "
        "nâng cao); nếu xã này hoàn thành, tỷ lệ xã đạt NTM nâng cao (đã công nhận hoặc đạt đủ tiêu chí) "
        "của tỉnh Thử sẽ tăng từ 0,0 % lên 33,3 %.",
    ]


def test_nearest_page_ranks_communes_and_lists_their_gaps(progress_data, make_app):
    app = open_page(make_app, "pages/nearest.py")
    ranking = _table(app, "Hạng", "Xã")
    assert ranking[
        ["Xã", "Mức kế tiếp", "Tiêu chí đạt (bộ của mức kế tiếp)", "Tiêu chí chưa đạt", "Tiêu chí còn thiếu"]
    ].values.tolist() == [
        ["Bình", "Đạt chuẩn NTM", "2/3", 1, "1"],
        ["An", "NTM nâng cao", "1/2", 1, "2"],
        ["Cát", "NTM nâng cao", "0/2", 2, "1, 2"],
    ]
    # The set each "criteria met" counts is named (the overview counts the same commune on another set).
    assert ranking["Bộ tiêu chí của mức kế tiếp"].tolist() == ["Bộ thử", "Bộ nâng cao thử", "Bộ nâng cao thử"]
    gaps = _table(app, "Xã", "Mức kế tiếp")
    # In the ranking's order (Bình, An, Cát), not by name.
    assert gaps[["Xã", "Giá trị", "Ngưỡng", "Còn thiếu"]].values.tolist() == [
        ["Bình", "44", "≥ 45", "1"],
        ["An", "–", "≥ 90", "chưa có số liệu"],
        ["Cát", "30", "≥ 50", "20"],
        ["Cát", "85", "≥ 90", "5"],
    ]
    nearest, blocking = plotly_specs(app)
    assert "Số tiêu chí còn thiếu để lên mức kế tiếp" in nearest["layout"]["title"]["text"]
    assert "Tỉnh Thử · 6 tháng đầu năm 2020" in nearest["layout"]["title"]["subtitle"]["text"]
    assert [bar["name"] for bar in nearest["data"]] == ["Đạt chuẩn NTM", "NTM nâng cao"]
    assert [plotly_values(bar["x"]) for bar in nearest["data"]] == [[1], [1, 2]]
    assert blocking["data"][0]["customdata"] == ["S1|1"]
    assert blocking["data"][1]["customdata"] == ["A1|2", "A1|1"]


def test_nearest_page_in_english(progress_data, make_app):
    app = open_page(make_app, "pages/nearest.py", lang="en")
    assert app.title[0].value == "Nearest to next tier"
    assert app.info[0].value.startswith(
        "1 commune (Bình) is one criterion from NTM; the most common blocker is criterion 1 (Income)"
    )
    assert "Thử province goes from 66.7% to 100.0%" in app.info[0].value
    assert list(_table(app, "Rank", "Commune").columns[:5]) == [
        "Rank",
        "Commune",
        "District",
        "Recognised",
        "Next tier",
    ]


def test_nearest_page_names_communes_whose_next_tier_is_not_assessed(progress_data, make_app):
    app = open_page(make_app, "pages/nearest.py", period="2019-H2")
    captions = " | ".join(c.value for c in app.caption)
    assert "2 xã chưa có bộ tiêu chí của mức kế tiếp được đánh giá trong kỳ: Bình, Cát." in captions
    # An one away (water 79 < 80); Bình and Cát recognised, Cũ meets all three (not recognised):
    # 3 of 4 at NTM now, 4 of 4 once An closes it.
    assert app.info[0].value.endswith(
        "sẽ tăng từ 75,0 % lên 100,0 %. 1 xã đã đạt đủ tiêu chí chuẩn NTM nhưng chưa được công nhận."
    )


def test_slipping_page_lists_the_recognised_commune_that_slips_and_the_one_near_a_threshold(
    progress_data, make_app
):
    app = open_page(make_app, "pages/slipping.py")
    assert app.title[0].value == "Sụt giảm tiêu chí"
    assert {m.label: m.value for m in app.metric} == {
        "Xã đã công nhận": "2",
        "Xã sụt giảm tiêu chí": "1",
        "Lượt tiêu chí không đạt": "1",
        "Xã thiếu số liệu": "0",
        "Xã sát ngưỡng": "1",
    }
    table = _table(app, "Xã", "Tiêu chí")
    assert table[
        ["Xã", "Tiêu chí", "Tình trạng", "Giá trị", "Ngưỡng", "Thiếu / dư", "Đạt gần nhất"]
    ].values.tolist() == [
        ["Cát", "2. Môi trường", "Chưa đạt", "70", "≥ 80", "10", "6 tháng cuối năm 2019"],
        ["Cát", "3. Điện", "Chưa có số liệu", "–", "Có", "chưa có số liệu", "chưa từng đạt"],
        ["An", "1. Thu nhập", "Sát ngưỡng", "46", "≥ 45", "1", "đang đạt"],
    ]
    (chart,) = plotly_specs(app)
    assert [bar["name"] for bar in chart["data"]] == ["Chưa đạt", "Chưa có số liệu", "Sát ngưỡng"]
    # Titled by the three situations it counts, as the table: not all of them are "slipping".
    title = "Xã đã công nhận không đạt, thiếu số liệu hoặc sát ngưỡng, theo tiêu chí"
    assert title in chart["layout"]["title"]["text"]
    assert "5 %" in app.caption[-1].value


def test_slipping_page_and_meeting_slide_say_the_counts_in_the_same_words(progress_data, make_app):
    # Province 2020-H1: An and Cát recognised; Cát fails water, An's income is within 5 % of 45.
    counts = "Trong 2 xã đã công nhận: 1 xã sụt giảm tiêu chí; 1 xã sát ngưỡng; 0 xã thiếu số liệu."
    page = open_page(make_app, "pages/slipping.py")
    assert counts in [m.value for m in page.markdown]
    slide = open_page(make_app, None, mode="present", slide="5")
    assert [t.value for t in slide.title] == ["Xã sụt giảm tiêu chí"]
    assert [i.value for i in slide.info] == [counts]
    assert {m.label: m.value for m in slide.metric} == {
        "Xã đã công nhận": "2",
        "Xã sụt giảm tiêu chí": "1",
        "Xã sát ngưỡng": "1",
        "Xã thiếu số liệu": "0",
    }


def test_slipping_margin_is_read_from_the_environment(progress_data, make_app, monkeypatch):
    monkeypatch.setenv("NTM_AT_RISK_MARGIN", "0.1")
    app = open_page(make_app, "pages/slipping.py", lang="en")
    # 10 %: An's water (85, 5 above 80 ≤ 8) is near its threshold too.
    table = _table(app, "Commune", "Criterion")
    assert table["Status"].tolist() == ["Not met", "No data", "Near threshold", "Near threshold"]
    assert "10%" in app.caption[-1].value


def test_slipping_page_says_plainly_when_nobody_slips(progress_data, make_app):
    app = open_page(make_app, "pages/slipping.py", district="001")
    # District 001: An only (near its income threshold), no commune failing.
    assert "Không có xã nào sụt giảm tiêu chí trong kỳ này." in [s.value for s in app.success]


def test_slipping_page_without_recognised_communes(data_dir, make_app):
    app = open_page(make_app, "pages/slipping.py", period="2020-H1", district="002")
    assert [i.value for i in app.info] == ["Không có xã nào trong phạm vi được công nhận đến cuối kỳ này."]


def test_slipping_page_in_english(progress_data, make_app):
    app = open_page(make_app, "pages/slipping.py", lang="en")
    assert app.title[0].value == "Slipping"
    assert _table(app, "Commune", "Criterion")["Last met"].tolist() == [
        "second half of 2019",
        "never met",
        "met now",
    ]
