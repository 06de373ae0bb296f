"""Every table of every page has “Tải Excel” and “Tải CSV” under it (the bytes are tested in tests/unit)."""

from __future__ import annotations

import pytest


def _labels(app) -> list[str]:
    return [b.proto.label for b in app.get("download_button")]


def _open(make_app, page: str | None, **query_params):
    app = make_app(**query_params).run()
    if page:
        app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]
    return app


@pytest.mark.parametrize(
    ("page", "params", "tables"),
    [
        # bins, scorecard, ranking
        (None, {}, 3),
        # plan (2021), criteria, indicators, villages (Thôn Ba) of Bình in 2020-H1
        ("pages/commune.py", {"unit": "00002"}, 4),
        # An has no plan: criteria, indicators, villages
        ("pages/commune.py", {"unit": "00001"}, 3),
        # the trend, the communes not meeting income (Bình); none lack data for income
        ("pages/criterion.py", {"criterion": "1"}, 2),
    ],
)
def test_each_table_has_an_excel_and_a_csv_button(data_dir, make_app, page, params, tables):
    app = _open(make_app, page, **params)
    assert _labels(app) == ["Tải Excel", "Tải CSV"] * tables


def test_buttons_speak_english_with_the_page(data_dir, make_app):
    app = _open(make_app, None, lang="en")
    assert _labels(app) == ["Download Excel", "Download CSV"] * 3


def test_criterion_page_adds_the_lacking_data_table_when_communes_lack_data(data_dir, make_app):
    # Environment (2): Cát has no value for 2.1, so it is listed as lacking data; none fail it.
    app = _open(make_app, "pages/criterion.py", criterion="2")
    assert _labels(app) == ["Tải Excel", "Tải CSV"] * 2
