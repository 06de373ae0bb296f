"""Nothing crashes on any combination of filters, on any page (mini fixture)."""

import itertools

import pytest

from ntm.ui.navigation import PAGES

PERIODS = ("2019-H2", "2020-H1")
DISTRICTS = ("", "001", "002")
UNITS = ("", "00001,00005")  # 00005 no longer exists in 2020
CRITERIA = ("", "1,3")


@pytest.mark.parametrize("page", [p.path for p in PAGES])
def test_every_combination_of_filters_renders_without_an_exception(page, data_dir, make_app):
    for period, district, units, criteria in itertools.product(PERIODS, DISTRICTS, UNITS, CRITERIA):
        app = make_app(period=period, district=district, units=units, criteria=criteria, lang="en").run()
        if page != PAGES[0].path:
            app.switch_page(page).run()
        combination = f"{page} period={period} district={district} units={units} criteria={criteria}"
        assert not app.exception, f"{combination}: {app.exception}"
        assert app.title, combination
        assert not app.error, f"{combination}: {[e.value for e in app.error]}"
