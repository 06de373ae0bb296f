"""The scope is a value: filters plus the names shown for them, whether the scope bar made it or not."""

import pytest

from ntm.filters import Filters
from ntm.ui.downloads import place_for_file
from ntm.ui.scope import Scope, ScopeNames, scope_caption, scope_of, scope_place


def test_a_scope_built_by_hand_carries_its_names(data_dir):
    filters = Filters(period="2020-H1", set_id="S1", province_code="01", district_code="001")
    scope = scope_of(filters, "vi")
    assert scope.filters == filters
    assert scope.names == ScopeNames(
        province="Tỉnh Thử", district="Huyện Một", set_name="Bộ thử", period="6 tháng đầu năm 2020"
    )
    assert scope_place(scope) == "Huyện Một"
    assert scope_caption(scope, "vi") == "Huyện Một · 6 tháng đầu năm 2020 · Bộ thử"
    assert place_for_file(scope) == "Huyện Một"


def test_a_drill_down_to_communes_names_them_in_the_place(data_dir):
    filters = Filters(period="2020-H1", set_id="S1", province_code="01", unit_codes=("00002", "00001"))
    scope = scope_of(filters, "en")
    assert scope.names.communes == ("Bình", "An")
    assert scope.names.set_name == "Test set"
    assert (
        scope_place(scope) == "Thử province: Bình, An"
    )  # English puts the administrative word after the name
    assert place_for_file(scope_of(Filters("2020-H1", "S1", "01", unit_codes=("00003",)), "vi")) == "Cát"


def test_a_scope_without_a_place_name_is_refused():
    with pytest.raises(ValueError, match="province"):
        Scope(Filters(period="2020-H1", set_id="S1", province_code="01"), ScopeNames(province=""))


def test_the_commune_search_says_what_it_found_under_the_box(data_dir, make_app):
    # The search only narrows the closed "Xã" list: typing and Enter showed nothing (review #25).
    app = make_app().run()
    app.text_input(key="scope_commune_search").input("binh").run()
    assert not app.exception
    hints = [c.value for c in app.sidebar.caption]
    assert "1 xã khớp: Bình — chọn trong ô “Xã” bên dưới." in hints
    app.text_input(key="scope_commune_search").input("zzz").run()
    assert "Không có xã nào khớp." in [c.value for c in app.sidebar.caption]


def test_the_english_period_list_names_each_period_with_a_capital(data_dir, make_app):
    app = make_app(lang="en").run()
    assert not app.exception
    assert app.selectbox(key="scope_period").options[0] == "First half of 2020"


def test_a_session_that_starts_with_a_pick_shows_the_pick_not_the_url_it_was_made_from(data_dir, make_app):
    # A viewer's server process dies; the page reconnects to another process and its next pick is that
    # session's first run, sent with the value of every widget on the page (README, "Serving a meeting").
    page = make_app(period="2020-H1").run()
    assert page.selectbox(key="scope_period").value == "2020-H1"
    sent = page.selectbox(key="scope_period").set_value("2019-H2").root.get_widget_states()
    other_process = make_app(period="2020-H1")  # a new session: nothing kept, the page's URL
    other_process._run(sent)  # AppTest's own step for "a request with these widget values"
    assert not other_process.exception
    assert other_process.selectbox(key="scope_period").value == "2019-H2"
    assert other_process.query_params["period"] == "2019-H2"
    assert "6 tháng cuối năm 2019" in other_process.caption[0].value  # the view itself, not only the widget


def test_a_new_session_without_a_pick_still_opens_its_link(data_dir, make_app):
    app = make_app(period="2019-H2").run()
    assert app.selectbox(key="scope_period").value == "2019-H2"
    assert "6 tháng cuối năm 2019" in app.caption[0].value
