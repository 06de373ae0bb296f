"""The briefing's key charts as pictures: the same figures as the overview page, with the scope caption."""

from __future__ import annotations

import plotly.graph_objects as go

from ntm.briefing.facts import Briefing
from ntm.charts.overview import bins_bar, hardest_criteria, tier_trend
from ntm.charts.static import ChartScope, chart_caption, chart_png
from ntm.i18n import period_name, t

# A 16 cm wide picture on A4: 1000×560 keeps the chart's text near the size of the body text.
DOCUMENT_WIDTH, DOCUMENT_HEIGHT = 1000, 560


def key_figures(briefing: Briefing, lang: str) -> list[tuple[str, go.Figure, int]]:
    """(title, figure, picture height) of the recognitions over time, the criteria-met bins and the criteria
    per commune: the overview's figures, titled in the document as on the page, periods named in words."""
    scope = briefing.scope
    place, period = scope.place, scope.filters.period
    when = period_name(period, lang)
    # The criteria chart lists every criterion, one bar each: it gets a taller picture.
    criteria_height = max(DOCUMENT_HEIGHT, 40 * len(briefing.criteria) + 200)
    return [
        (
            t("trend.title", lang),
            tier_trend(briefing.shares, briefing.plan, briefing.now.communes, lang, place),
            DOCUMENT_HEIGHT,
        ),
        (t("briefing.chart.bins", lang), bins_bar(briefing.bins, lang, place, when), DOCUMENT_HEIGHT),
        (
            t("briefing.chart.hardest", lang),
            hardest_criteria(briefing.criteria, lang, place, when),
            criteria_height,
        ),
    ]


def key_charts(briefing: Briefing, lang: str) -> list[tuple[str, bytes]]:
    """(title, PNG) of the key figures, each with the scope written under it."""
    scope = briefing.scope
    caption = chart_caption(
        ChartScope(scope.place, scope.filters.period, scope.set_name, briefing.data_until), lang
    )
    return [
        (title, chart_png(figure, caption, width=DOCUMENT_WIDTH, height=height))
        for title, figure, height in key_figures(briefing, lang)
    ]
