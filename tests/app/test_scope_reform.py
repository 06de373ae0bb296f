"""The scope bar on both sides of 1/7/2025 on the district sample (Sông Lô, of Vĩnh Phúc 26, whose xã
merged into five xã of Phú Thọ 25): a former district's area after the reform, no district choice then,
the place kept across a period change with a one-line notice, and links written before still open."""

from __future__ import annotations

import pytest

from tests.app.helpers import open_page

SUCCESSORS = ["08773", "08782", "08824", "08848", "08866"]
SONG_LO_PREDECESSORS = ["08830", "08848", "08851", "08854"]  # of xã Sông Lô 08848 (Đồng Thịnh's code reused)


@pytest.fixture
def sample(app_data, sample_data_dir):
    return app_data(data=sample_data_dir)


def _place_box(app):
    return app.sidebar.selectbox(key="scope_district")


def _texts(app) -> str:
    parts = [
        *(c.value for c in app.caption),
        *(c.value for c in app.sidebar.caption),
        *(i.value for i in app.info),
    ]
    parts += [w.label for w in [*app.sidebar.selectbox, *app.sidebar.multiselect]]
    return "\n".join(parts)


def test_after_the_reform_the_bar_offers_former_districts_areas_and_no_district(sample, make_app):
    app = open_page(make_app, None, period="2026-H1", area="253")
    box = _place_box(app)
    assert box.label == "Khu vực (huyện cũ)"
    assert box.value == "253"
    assert box.options == ["Toàn tỉnh", "Khu vực huyện Sông Lô (cũ)"]
    assert app.sidebar.selectbox(key="scope_province").value == "25"
    assert sorted(app.sidebar.multiselect(key="scope_units").options) == sorted(
        ["Hải Lựu", "Sông Lô", "Sơn Đông", "Tam Sơn", "Yên Lãng"]
    )
    assert app.caption[0].value.startswith("Khu vực huyện Sông Lô (cũ) · 6 tháng đầu năm 2026")
    assert "Huyện" not in _texts(app)  # no district (capitalised as a level) on the page
    assert app.query_params["area"] == "253" and "district" not in app.query_params


def test_before_the_reform_the_bar_is_as_it_was(sample, make_app):
    app = open_page(make_app, None, period="2024-H2", district="253")
    box = _place_box(app)
    assert box.label == "Huyện"
    assert box.options == ["Toàn tỉnh", "Huyện Sông Lô"]
    assert app.caption[0].value.startswith("Huyện Sông Lô · 6 tháng cuối năm 2024")
    assert "area" not in app.query_params


def test_a_period_change_across_the_reform_keeps_the_area_and_says_so(sample, make_app):
    app = open_page(make_app, None, period="2024-H2", province="26", district="253")
    app.sidebar.selectbox(key="scope_period").set_value("2026-H1").run()
    assert not app.exception
    assert app.sidebar.selectbox(key="scope_province").value == "25"
    assert _place_box(app).value == "253"
    assert [i.value for i in app.info] == [
        "Từ 01/7/2025 không còn cấp huyện: đang xem Khu vực huyện Sông Lô (cũ) — 5 xã sau sáp nhập.",
        # The sample holds only the part of Phú Thọ that the former Sông Lô district merged into.
        "Phạm vi dữ liệu của tỉnh: chỉ gồm các xã nhận sáp nhập từ huyện Sông Lô cũ, không phải toàn tỉnh Phú Thọ.",
    ]
    assert app.query_params["area"] == "253" and app.query_params["province"] == "25"
    # Back again: the district of the same code, its 16 xã; the notice is told once per change.
    app.sidebar.selectbox(key="scope_period").set_value("2024-H2").run()
    assert app.sidebar.selectbox(key="scope_province").value == "26"
    assert _place_box(app).value == "253"
    assert [i.value for i in app.info] == [
        "Trước 01/7/2025 còn cấp huyện: đang xem Huyện Sông Lô — 16 xã trước sáp nhập."
    ]
    app.run()
    assert [i.value for i in app.info] == []


def test_chosen_communes_go_to_their_predecessors_and_back(sample, make_app):
    app = open_page(make_app, None, period="2026-H1", area="253", units="08848")
    app.sidebar.selectbox(key="scope_period").set_value("2024-H2").run()
    assert sorted(app.sidebar.multiselect(key="scope_units").value) == SONG_LO_PREDECESSORS
    assert "4 xã trước sáp nhập" in app.info[0].value
    app.sidebar.selectbox(key="scope_period").set_value("2026-H1").run()
    assert app.sidebar.multiselect(key="scope_units").value == ["08848"]
    # Markdown-escaped, as every place the scope bar writes (the colon reads as a colon).
    assert "đang xem Khu vực huyện Sông Lô (cũ)\\: Sông Lô — 1 xã sau sáp nhập" in app.info[0].value


def test_links_written_before_the_reform_pages_still_open_the_area(sample, make_app):
    app = open_page(make_app, None, period="2026-H1", province="26", district="253")
    assert app.sidebar.selectbox(key="scope_province").value == "25"
    assert _place_box(app).value == "253"
    assert app.caption[0].value.startswith("Khu vực huyện Sông Lô (cũ)")
    assert not app.warning or all("không có trong dữ liệu" not in w.value for w in app.warning)
    assert "district" not in app.query_params and app.query_params["area"] == "253"


def test_in_english_the_area_is_named_and_the_successor_shared_with_another_district_is_told(
    app_data, make_app
):
    app_data("reform")
    app = open_page(make_app, None, period="2026-H1", area="001", lang="en")
    assert _place_box(app).label == "Area (former district)"
    assert _place_box(app).value == "001"
    assert [c.value for c in app.sidebar.caption] == [
        "Cát Đông also took in communes of the former Hai district."
    ]
    assert sorted(app.sidebar.multiselect(key="scope_units").options) == ["An Bình", "Cát Đông"]


@pytest.mark.parametrize("period", ["2025-H2", "2026-H1"])
def test_every_page_runs_after_the_reform(sample, make_app, period):
    from ntm.ui.navigation import PAGES

    for spec in PAGES:
        app = open_page(make_app, spec.path, period=period, area="253")
        assert not app.exception, f"{spec.name} {period}: {[e.message for e in app.exception]}"


def test_the_page_of_the_tier_above_ntm_is_hien_dai_in_2026(sample, make_app):
    # 2026–2030 has no nâng cao set; the pilot hiện đại set is assessed: the page serves it.
    app = open_page(make_app, "pages/advanced.py", period="2026-H1", area="253")
    assert app.title[0].value == "Xã NTM hiện đại"
    assert "Xã xét NTM hiện đại (đã đạt NTM)" in [m.label for m in app.metric]
    before = open_page(make_app, "pages/advanced.py", period="2024-H2", district="253")
    assert before.title[0].value == "Xã NTM nâng cao"
