"""Crafted links (unknown codes, SQL fragments, huge lists, wrong types, Markdown) fall back to the
default scope with a notice, and hostile names in the data stay text in titles and sentences.

The mini fixture: province 01 "Tỉnh Thử", district 001, periods 2019-H2 and 2020-H1 (the default),
communes 00001 An, 00002 Bình, 00003 Cát; set S1 with criteria 1–3.
"""

from __future__ import annotations

import time

import pytest

from ntm.ui.scope import MAX_LINKED_VALUES
from tests.fixtures.hostile import hostile_copy
from tests.fixtures.materialise import materialise

SQL = "' OR 1=1 --"
DEFAULT_CAPTION = ("Tỉnh Thử", "6 tháng đầu năm 2020")


def _scope(app) -> dict:
    return {
        "period": app.sidebar.selectbox[0].value,
        "province": app.sidebar.selectbox[1].value,
        "units": list(app.sidebar.multiselect[0].value),
        "criteria": list(app.sidebar.multiselect[1].value),
    }


def _default(app) -> None:
    assert _scope(app) == {"period": "2020-H1", "province": "01", "units": [], "criteria": []}
    assert all(part in app.caption[0].value for part in DEFAULT_CAPTION)


def _warnings(app) -> str:
    return "\n".join(w.value for w in app.warning)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("period", "2099-H1"),
        ("period", SQL),
        ("period", "12345"),
        ("province", SQL),
        ("province", "99"),
        ("district", SQL),
        ("units", SQL),
        ("units", "99999,00001'--"),
        ("criteria", "abc"),
        ("criteria", "1.5"),
        ("criteria", "-1"),
        ("set", "S1; DROP TABLE units"),
    ],
)
def test_a_linked_value_not_in_the_data_falls_back_with_a_notice(data_dir, make_app, name, value) -> None:
    app = make_app(**{name: value}).run()
    assert not app.exception
    _default(app)
    assert f"bộ lọc {name}" in _warnings(app)


def test_a_linked_language_that_does_not_exist_gives_vietnamese(data_dir, make_app) -> None:
    app = make_app(lang="<script>").run()
    assert not app.exception
    assert app.title[0].value == "Tổng quan"


def test_known_values_next_to_unknown_ones_are_kept(data_dir, make_app) -> None:
    app = make_app(units=f"00002,{SQL},00002,00003", criteria="2,x").run()
    assert not app.exception
    assert _scope(app)["units"] == ["00002", "00003"]  # the repeat is dropped, not an error
    assert _scope(app)["criteria"] == ["2"]


def test_a_huge_list_in_a_link_is_ignored_with_a_notice_and_quickly(data_dir, make_app) -> None:
    codes = ",".join(f"{n:05d}" for n in range(5_000))  # 00001–00003 among them
    started = time.monotonic()
    app = make_app(units=codes).run()
    elapsed = time.monotonic() - started
    assert not app.exception
    _default(app)
    assert f"{MAX_LINKED_VALUES:,}".replace(",", ".") in _warnings(app)
    assert "5.000" in _warnings(app)
    assert elapsed < 30


def test_a_notice_repeats_a_linked_value_as_text_not_markup(data_dir, make_app) -> None:
    app = make_app(district="**bold** [x](javascript:alert(1))").run()
    assert not app.exception
    assert r"\*\*bold\*\* \[x\](javascript\:alert(1))" in _warnings(app)


@pytest.fixture
def hostile_dir(app_data, tmp_path):
    return app_data(data=hostile_copy(materialise(tmp_path / "mini"), tmp_path / "data"))


def test_hostile_names_reach_titles_and_captions_escaped(hostile_dir, make_app) -> None:
    app = make_app().run()
    assert not app.exception
    # The province's Markdown name, escaped in the caption under the title.
    assert r"\*\*bold\*\* \[x\](javascript\:alert(1))" in app.caption[0].value
    app.switch_page("pages/commune.py").run()
    assert not app.exception
    title = app.title[0].value  # the first commune by name: 00003, the Markdown name
    assert title == r"Xã \*\*bold\*\* \[x\](javascript\:alert(1)) 00003"
    other = make_app(unit="00001").run().switch_page("pages/commune.py").run()
    assert other.title[0].value == r"Xã \<img src=x onerror=alert(1)\> 00001"
