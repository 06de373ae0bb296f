"""The Word briefing says what the pages say: for the same scope and period, its headline, bin and slipping
figures (and the numbers written in the document) equal those the overview and slipping pages compute
through their own functions.

Mini fixture with the progress overlay (see tests/integration/test_queries_nearest_slipping.py), 2020-H1:
the province's xã are An, Bình and Cát; An and Cát are recognised NTM. Cát fails water (70 < 80) and
lacks electricity: one commune slipping; An's income 46 is within 5 % of 45: one near a threshold; nobody
lacks data without also failing. District 001 holds An and Bình: nobody slipping, An near its threshold.
"""

from __future__ import annotations

import argparse
import io
import re
from dataclasses import replace

import pytest
from docx import Document

from ntm.briefing.document import briefing_docx
from ntm.cli.report import build_briefing
from ntm.figures.overview import bin_table, headline_kpis, previous_period, set_bins
from ntm.figures.slipping import at_risk_margin, slip_summary, slipping_rows
from ntm.figures.summary import headline_figures, target_scope
from ntm.filters import Filters
from ntm.i18n import t
from ntm.periods import series_until
from ntm.queries import commune_results, criteria_of_set, scope_series_every_period
from ntm.queries.nearest import next_tier_communes
from ntm.queries.overview import tiers_by_period
from ntm.queries.slipping import recognised_commune_indicators
from ntm.queries.summary import programme_targets, tier_counts
from ntm.tables.slipping import situation_name

PERIOD = "2020-H1"
SCOPES = {
    # scope arguments of `python -m ntm report` → the page's filters for the same view, and the counts by
    # situation computed by hand (failing, near a threshold, lacking data)
    "province": ({"province": "01"}, Filters(PERIOD, "S1", province_code="01"), (2, 1, 1, 0)),
    "district": ({"district": "001"}, Filters(PERIOD, "S1", district_code="001"), (1, 0, 1, 0)),
}


@pytest.fixture(scope="module")
def cursor(mini_store):
    cursor = mini_store("progress").cursor()
    yield cursor
    cursor.close()


@pytest.fixture(autouse=True)
def default_margin(monkeypatch):
    monkeypatch.delenv("NTM_AT_RISK_MARGIN", raising=False)


def _briefing(cursor, **where):
    values = {"period": PERIOD, "district": None, "province": None, "lang": "vi", **where}
    return build_briefing(cursor, argparse.Namespace(**values), "test-version")


def _docx(briefing) -> tuple[str, Document]:
    document = Document(io.BytesIO(briefing_docx(briefing, "vi")))
    return "\n".join(p.text for p in document.paragraphs), document


def _number(pattern: str, text: str) -> float:
    """The number a pattern's group holds in Vietnamese writing (1.234,5), as a float."""
    found = re.search(pattern, text)
    assert found, f"{pattern!r} not in the document"
    return float(found.group(1).replace(".", "").replace(",", "."))


@pytest.mark.parametrize("name", SCOPES)
def test_briefing_slipping_counts_are_the_slipping_pages(cursor, name):
    where, filters, (recognised, failing, at_risk, no_data) = SCOPES[name]
    briefing = _briefing(cursor, **where)
    assert briefing.scope.filters.period == filters.period and briefing.scope.filters.set_id == filters.set_id

    # What pages/slipping.py and the meeting slide compute for the same scope.
    page_rows = slipping_rows(recognised_commune_indicators(cursor, filters), at_risk_margin())
    page = slip_summary(next_tier_communes(cursor, filters), page_rows)
    assert briefing.slip_summary == page
    assert (page.recognised, *page.communes_by_situation().values()) == (
        recognised,
        failing,
        at_risk,
        no_data,
    )

    text, document = _docx(briefing)
    assert _number(r"Trong (\d+) xã đã công nhận", text) == page.recognised
    for situation, count in page.communes_by_situation().items():
        phrase = t(f"slipping.count.{situation}", "vi", count="(\\d+)", communes="xã")
        assert _number(phrase, text) == count, situation
    # The old wording counted every commune listed as "slipping" (9 where the page said 0).
    assert "có tiêu chí sụt giảm" not in text
    headers = [[cell.text for cell in table.rows[0].cells] for table in document.tables]
    (table,) = [
        table for table, header in zip(document.tables, headers, strict=True) if "Tình trạng" in header
    ]
    statuses = [row.cells[3].text for row in table.rows[1:]]
    assert statuses == [situation_name(s, "vi") for s in page_rows["situation"]]


@pytest.mark.parametrize("name", SCOPES)
def test_briefing_headline_figures_and_bins_are_the_overviews(cursor, name):
    where, filters, _ = SCOPES[name]
    briefing = _briefing(cursor, **where)

    # What pages/overview.py computes for the same scope.
    series = series_until(scope_series_every_period(cursor, filters.any_period()), filters.period)
    before = previous_period(series, filters.period)
    targets, scope = programme_targets(cursor), target_scope(filters)
    figures = headline_figures(tier_counts(cursor, filters), targets, scope)
    figures_before = (
        headline_figures(tier_counts(cursor, replace(filters, period=before)), targets, scope)
        if before
        else figures.iloc[0:0]
    )
    kpis = {
        kpi.key: kpi
        for kpi in headline_kpis(series, filters.period, tiers_by_period(cursor), figures, figures_before)
    }
    bins = bin_table(commune_results(cursor, filters), set_bins(criteria_of_set(cursor, filters.set_id)))

    recognised = kpis["recognised_ntm"]
    assert (briefing.now.recognised_ntm, briefing.now.communes) == (recognised.value, recognised.total)
    assert briefing.now.average_criteria_met == pytest.approx(kpis["average_criteria_met"].value)
    assert briefing.bins["communes"].tolist() == bins["communes"].tolist()

    text, document = _docx(briefing)
    assert _number(r"có (\d+)/\d+ xã đạt chuẩn NTM", text) == recognised.value
    assert _number(r"có \d+/(\d+) xã đạt chuẩn NTM", text) == recognised.total
    assert _number(r"bình quân đạt ([\d.,]+) tiêu chí/xã", text) == pytest.approx(
        kpis["average_criteria_met"].value, abs=0.005
    )
    bins_rows = [[c.text for c in row.cells] for row in document.tables[1].rows[1:-1]]
    assert [int(row[1]) for row in bins_rows] == bins["communes"].tolist()
