"""Meeting mode through AppTest on the mini fixture: every slide, slide=N links, the buttons, the way in and out."""

import itertools

import pytest

from ntm.figures.meeting import SLIDES
from tests.app.helpers import open_page, plotly_specs

TITLES = (
    "Các chỉ số chính",
    "Xã theo số tiêu chí đạt",
    "Các tiêu chí khó đạt nhất",
    "Xã gần đạt mức tiếp theo",
    "Xã sụt giảm tiêu chí",
    "Bản đồ mức công nhận",
    "Vốn huy động",
)
STAMP = "Tỉnh Thử · 6 tháng đầu năm 2020 · Số liệu đến ngày 30/06/2020"


@pytest.fixture(autouse=True)
def no_outlines(tmp_path, monkeypatch):
    monkeypatch.setenv("NTM_BOUNDARIES", str(tmp_path / "absent.geojson"))


def present(make_app, **params):
    return open_page(make_app, None, mode="present", **params)


@pytest.mark.parametrize(("number", "title"), list(enumerate(TITLES, start=1)))
def test_a_link_with_slide_n_opens_that_slide_with_its_stamp(data_dir, make_app, number, title):
    app = present(make_app, slide=str(number))
    assert [t.value for t in app.title] == [title]
    assert app.caption[0].value == STAMP
    assert not app.error
    assert f"Trang {number}/7" in " ".join(m.value for m in app.markdown)


def test_the_headline_slide_shows_the_kpis_with_their_change(data_dir, make_app):
    app = present(make_app, slide="1")
    metrics = {m.label: (m.value, m.delta) for m in app.metric}
    # Bình then, An now; the share names its base (it read "1/3 · 33,3 %").
    assert metrics["Xã đạt chuẩn NTM"] == (
        "1/3 xã\u00a0· 33,3\u00a0%",
        "±0",
    )  # no-break: it wraps before the share, never at "%"
    assert "Xã NTM nâng cao" not in metrics  # the mini fixture assesses no nâng cao set
    helps = {m.label: m.help for m in app.metric}
    assert helps["Xã đạt chuẩn NTM"].startswith("Tử số: Xã đạt chuẩn NTM (1) · Mẫu số: Tổng số xã (3).")
    assert metrics["Đủ tiêu chí, chưa công nhận"][1] == "-1"  # Cũ met every criterion in 2019-H2


def test_chart_slides_carry_their_figures(data_dir, make_app):
    bins = plotly_specs(present(make_app, slide="2"))[0]
    assert bins["layout"]["font"]["size"] >= 24
    funding = present(make_app, slide="7")
    assert {m.label: m.value for m in funding.metric}["Tổng vốn (triệu đồng)"] == "1.501"
    map_slide = plotly_specs(present(make_app, slide="6"))[0]
    assert {t["type"] for t in map_slide["data"]} == {"scatter"}
    assert "Chưa có số liệu" not in [t["name"] for t in map_slide["data"] if t.get("showlegend") is not False]


def test_slide_all_stacks_every_slide_for_printing(data_dir, make_app):
    app = present(make_app, slide="all")
    assert [t.value for t in app.title] == list(TITLES)
    assert len(SLIDES) == len(TITLES)


def test_next_and_previous_move_one_slide_and_write_it_in_the_url(data_dir, make_app):
    app = present(make_app, slide="1")
    assert app.button(key="meeting_previous").disabled
    app.button(key="meeting_next").click().run()
    assert [t.value for t in app.title] == [TITLES[1]]
    assert app.query_params["slide"] == "2"
    app.button(key="meeting_previous").click().run()
    assert [t.value for t in app.title] == [TITLES[0]]
    last = present(make_app, slide="7")
    assert last.button(key="meeting_next").disabled


def test_the_sidebar_button_opens_meeting_mode_in_the_same_scope(data_dir, make_app):
    app = make_app(period="2019-H2").run()
    app.sidebar.button(key="meeting_open").click().run()
    assert [t.value for t in app.title] == [TITLES[0]]
    assert app.query_params["mode"] == "present"
    assert "6 tháng cuối năm 2019" in app.caption[0].value


def test_leaving_meeting_mode_returns_to_the_overview(data_dir, make_app):
    app = present(make_app, slide="3")
    app.button(key="meeting_exit").click().run()
    assert [t.value for t in app.title] == ["Tổng quan"]
    assert "mode" not in app.query_params


def test_sample_data_is_marked_on_every_slide(app_data, tmp_path, make_app):
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "metadata.csv").write_text("key,value\nis_sample,true\nas_of,2020-05-15\n")
    app_data(overlay)
    app = present(make_app, slide="all")
    stamps = [c.value for c in app.caption if "Số liệu đến ngày" in c.value]
    assert len(stamps) == 7
    assert all(s.endswith("Số liệu đến ngày 15/05/2020 · DỮ LIỆU MẪU") for s in stamps)


def test_every_slide_renders_in_every_scope(data_dir, make_app):
    for period, district, units, lang in itertools.product(
        ("2019-H2", "2020-H1"), ("", "001", "002"), ("", "00001,00005"), ("vi", "en")
    ):
        app = present(make_app, slide="all", period=period, district=district, units=units, lang=lang)
        assert len(app.title) == 7, (period, district, units, lang)
        assert not app.error, [e.value for e in app.error]
