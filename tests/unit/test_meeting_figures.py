"""Meeting mode: which slide a link opens, the funding slide's sums, the stamp every slide carries."""

from datetime import date

import pandas as pd
import pytest

from ntm.figures.meeting import (
    SLIDES,
    SlideStamp,
    criteria_some_commune_fails,
    neighbours,
    scope_funding_by_source,
    slide_number,
    stamp_text,
)


def test_the_deck_has_the_slides_of_the_issue_in_order():
    assert SLIDES == ("kpis", "bins", "hardest", "nearest", "slipping", "map", "funding")


@pytest.mark.parametrize(
    ("raw", "number"),
    [("3", 3), (" 2 ", 2), ("1", 1), ("7", 7), ("0", 1), ("-4", 1), ("99", 7), ("x", 1), (None, 1), ("", 1)],
)
def test_a_link_opens_its_slide_kept_within_the_deck(raw, number):
    assert slide_number(raw) == number


def test_slide_all_shows_every_slide():
    assert slide_number("all") is None


def test_previous_and_next_stop_at_the_ends():
    assert neighbours(1, 7) == (None, 2)
    assert neighbours(4, 7) == (3, 5)
    assert neighbours(7, 7) == (6, None)


def test_funding_is_summed_per_source_over_the_scope():
    funding = pd.DataFrame(
        {
            "unit_code": ["00001", "00001", "00002", "00003"],
            "source_category": ["central", "community", "central", "local"],
            "amount_mvnd": [1200.5, 300.0, 99.5, 0.0],
        }
    )
    by_source, total, communes = scope_funding_by_source(funding)
    amounts = dict(zip(by_source["source_category"], by_source["amount_mvnd"], strict=True))
    assert amounts == {"central": 1300.0, "local": 0.0, "integrated": 0.0, "credit": 0.0, "enterprise": 0.0,
                       "community": 300.0}  # fmt: skip
    assert total == 1600.0
    assert communes == 2  # 00003 reported only zero
    assert by_source.loc[by_source["source_category"] == "central", "share"].item() == pytest.approx(
        1300 / 1600
    )


def test_no_funding_rows_sum_to_nothing():
    empty = pd.DataFrame({"unit_code": [], "source_category": [], "amount_mvnd": []})
    by_source, total, communes = scope_funding_by_source(empty)
    assert total == 0 and communes == 0 and len(by_source) == 6


def test_every_slide_carries_place_period_data_date_and_the_sample_mark():
    stamp = SlideStamp("Huyện Sông Lô", "6 tháng cuối năm 2024", date(2024, 12, 31), True)
    assert (
        stamp_text(stamp, "vi")
        == "Huyện Sông Lô · 6 tháng cuối năm 2024 · Số liệu đến ngày 31/12/2024 · DỮ LIỆU MẪU"
    )
    real = SlideStamp("Huyện Sông Lô", "second half of 2024", date(2024, 12, 31), False)
    assert stamp_text(real, "en") == "Huyện Sông Lô · second half of 2024 · Data up to 31 Dec 2024"


def test_the_hardest_slide_lists_only_criteria_some_commune_fails():
    tally = pd.DataFrame({"criterion_no": [17, 2, 1], "met": [14, 15, 16], "communes": [16, 16, 16]})
    assert criteria_some_commune_fails(tally)["criterion_no"].tolist() == [17, 2]
    assert criteria_some_commune_fails(tally, shown=1)["criterion_no"].tolist() == [17]
    everyone = tally.assign(met=16)
    assert criteria_some_commune_fails(everyone).empty
