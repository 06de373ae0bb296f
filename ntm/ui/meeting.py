"""Meeting mode's Streamlit parts: the navigation that routes `?mode=present`, the chrome-less high-contrast
style, the slide controls (buttons, arrow keys, `slide=N` in the URL) and each slide's drawing."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from ntm import queries
from ntm.charts.map import commune_map
from ntm.charts.meeting import PROJECTOR_HEIGHT, for_projector, funding_slide_chart
from ntm.charts.nearest import nearest_chart
from ntm.charts.overview import bins_bar, hardest_criteria
from ntm.charts.slipping import slipping_chart
from ntm.charts.static import data_until
from ntm.figures.meeting import (
    ALL,
    NEAREST_SHOWN,
    SLIDES,
    SlideStamp,
    criteria_some_commune_fails,
    neighbours,
    scope_funding_by_source,
    stamp_text,
)
from ntm.figures.nearest import nearest_ranking, rollups, still_lacking
from ntm.figures.overview import bin_table, criteria_tally, headline_kpis, previous_period, set_bins
from ntm.figures.slipping import at_risk_margin, slip_summary, slipping_rows, slips_by_criterion
from ntm.figures.summary import headline_figures, target_scope
from ntm.filters import Filters
from ntm.geo import category_order, colour_classes
from ntm.i18n import format_number, period_name, t
from ntm.markup import escape_markdown
from ntm.queries import map as map_queries
from ntm.queries import nearest as nearest_queries
from ntm.queries import slipping as slipping_queries
from ntm.queries.export import scope_funding
from ntm.queries.overview import tiers_by_period
from ntm.queries.summary import programme_targets, tier_counts
from ntm.tables.nearest import rollup_sentence
from ntm.tables.slipping import situation_counts_sentence
from ntm.ui.cache import query
from ntm.ui.map import former_districts, map_layout
from ntm.ui.metrics import kpi_metric
from ntm.ui.navigation import SCOPE_URL_KEYS, follow_default_path, open_page, streamlit_pages
from ntm.ui.scope import Scope, scope_place

MEETING_PATH = "pages/meeting.py"
MEETING_URL = "trinh-chieu"  # differs from the file stem, as every path in ntm.ui.navigation.PAGES must

# Constant style only (no data inside): hide Streamlit's chrome and the sidebar, large black-on-white type,
# and, for print, one slide per page without the controls.
PRESENT_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
[data-testid="stExpandSidebarButton"], footer { display: none !important; }
[data-testid="stApp"], [data-testid="stMain"] { background: #ffffff !important; color: #000000 !important; }
[data-testid="stMainBlockContainer"] { padding: 0.5rem 2rem 0 2rem !important; max-width: 100% !important; }
[data-testid="stMain"] [data-testid="stVerticalBlock"] { gap: 0.5rem; }
[data-testid="stMain"] h1 { font-size: 2.6rem !important; font-weight: 800 !important; color: #000000 !important;
  padding: 0 !important; line-height: 1.2 !important; }
[data-testid="stMain"] [data-testid="stMarkdownContainer"] p { font-size: 1.5rem !important; color: #000000; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] { opacity: 1 !important; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] p { font-size: 1.3rem !important; color: #1a1a1a !important; }
[data-testid="stMetric"] { border: 2px solid #1a1a1a; border-radius: 0.4rem; padding: 0.6rem 1rem; }
[data-testid="stMain"] [data-testid="stMetric"] [data-testid="stMetricValue"] p { font-size: 2.6rem !important;
  font-weight: 800 !important; color: #000000 !important; line-height: 1.15 !important; white-space: normal !important; }
[data-testid="stMetricValue"] .stMarkdownEllipsis { overflow: visible !important; text-overflow: clip !important;
  white-space: normal !important; }
[data-testid="stMain"] [data-testid="stMetric"] [data-testid="stMetricLabel"] p { font-size: 1.45rem !important;
  color: #000000 !important; white-space: normal !important; }
[data-testid="stMain"] [data-testid="stMetric"] [data-testid="stMetricDelta"] p { font-size: 1.8rem !important;
  font-weight: 700 !important; }
[data-testid="stMetricDelta"] svg { width: 1.8rem !important; height: 1.8rem !important; }
[data-testid="stAlert"] p { font-size: 1.45rem !important; }
.st-key-meeting_controls button p { font-size: 1.3rem !important; font-weight: 700 !important; }
.st-key-meeting_controls [data-testid="stCaptionContainer"] p { font-size: 1rem !important; }
/* Print: each slide on its own A4 landscape page (1047×718 CSS px inside 1 cm margins), scaled from the
   1280×720 screen so its charts are not cut at the right; no buttons, no keyboard hint. */
@media print {
  .st-key-meeting_controls, .st-key-meeting_keys, iframe { display: none !important; }
  [class*="st-key-meeting_slide_"] { break-inside: avoid; page-break-inside: avoid; zoom: 0.8; }
  /* Each slide sits in a wrapper of its own: every slide but the first starts a page (none left blank after). */
  [class*="st-key-meeting_slide_"]:not(.st-key-meeting_slide_1) { break-before: page; page-break-before: always; }
  [data-testid="stMainBlockContainer"] { padding: 0 !important; }
  @page { size: A4 landscape; margin: 1cm; }
}
</style>"""

# Arrow keys click the slide buttons of the page (the script runs in a same-origin frame, `st.iframe`, which
# replaces `st.components.v1.html` in Streamlit 1.67).
# The previous listener is removed first, so reruns never stack them.
KEYS_SCRIPT = """<script>
const page = window.parent.document;
const host = window.parent;
if (host.__ntmSlideKeys) { page.removeEventListener("keydown", host.__ntmSlideKeys); }
host.__ntmSlideKeys = (event) => {
  const target = event.target;
  if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) { return; }
  const which = { ArrowRight: "next", PageDown: "next", ArrowLeft: "previous", PageUp: "previous" }[event.key];
  if (!which) { return; }
  const button = page.querySelector(".st-key-meeting_" + which + " button");
  if (button && !button.disabled) { event.preventDefault(); button.click(); }
};
page.addEventListener("keydown", host.__ntmSlideKeys);
</script>"""


def in_meeting_mode() -> bool:
    return st.query_params.get("mode") == "present"


def run_navigation(lang: str) -> None:
    """Runs the chosen page; `?mode=present` on any page opens meeting mode there, without the sidebar."""
    meeting_mode = in_meeting_mode()
    pages = [
        *streamlit_pages(lang),
        st.Page(MEETING_PATH, title=t("page.meeting", lang), url_path=MEETING_URL),
    ]
    chosen = st.navigation(pages, position="hidden" if meeting_mode else "sidebar")
    if meeting_mode and chosen.url_path != MEETING_URL:
        st.switch_page(MEETING_PATH, query_params=st.query_params.to_dict())
    follow_default_path(chosen)
    chosen.run()


def meeting_button(lang: str) -> None:
    """The sidebar's “Trình chiếu” button: the slides of the same scope, from the first."""
    if st.sidebar.button(t("meeting.open", lang), help=t("meeting.open_help", lang), key="meeting_open"):
        scope = {key: value for key, value in st.query_params.to_dict().items() if key in SCOPE_URL_KEYS}
        st.switch_page(MEETING_PATH, query_params={**scope, "mode": "present", "slide": "1"})


def meeting_style() -> None:
    st.html(PRESENT_CSS)
    with st.container(key="meeting_keys", height=1, border=False):
        st.iframe(KEYS_SCRIPT, height=1)


def _go_to(slide: str) -> None:
    st.query_params["slide"] = slide
    st.query_params["mode"] = "present"


def slide_controls(number: int | None, lang: str) -> None:
    """Previous / next (disabled at the ends), the position, all slides for printing, and the way out."""
    count = len(SLIDES)
    previous, following = neighbours(number, count) if number else (None, None)
    with st.container(key="meeting_controls", horizontal=True, vertical_alignment="center"):
        st.button(t("meeting.previous", lang), key="meeting_previous", disabled=previous is None,
                  on_click=_go_to, args=(str(previous),))  # fmt: skip
        st.button(t("meeting.next", lang), key="meeting_next", disabled=following is None,
                  on_click=_go_to, args=(str(following),))  # fmt: skip
        if number:
            st.markdown(f"**{t('meeting.position', lang, number=number, count=count)}**")
            st.button(t("meeting.all", lang), key="meeting_all", on_click=_go_to, args=(ALL,))
        else:
            st.button(t("meeting.one", lang), key="meeting_one", on_click=_go_to, args=("1",))
        if st.button(t("meeting.exit", lang), key="meeting_exit"):
            open_page("overview")
        st.caption(t("meeting.keys_hint", lang))  # in the buttons' row: the slide keeps the height


def slide_stamp(scope: Scope, metadata: dict, lang: str) -> SlideStamp:
    return SlideStamp(
        scope_place(scope),
        scope.names.period,
        data_until(scope.filters.period, metadata.get("as_of")),
        metadata.get("is_sample", "").lower() == "true",
    )


def draw_slide(key: str, filters: Filters, stamp: SlideStamp, lang: str) -> None:
    """One slide: its title, the scope / period / data-date stamp, then its figures."""
    st.title(t(f"meeting.title.{key}", lang))
    st.caption(stamp_text(stamp, lang))
    _DRAW[key](filters, stamp, lang)


def _chart(figure, key: str) -> None:
    st.plotly_chart(figure, width="stretch", config={"displayModeBar": False, "staticPlot": False}, key=key)


def _kpis(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    series = query(queries.scope_series, filters)
    targets = query(programme_targets)
    before = previous_period(series, filters.period)
    figures = headline_figures(query(tier_counts, filters), targets, target_scope(filters))
    figures_before = (
        headline_figures(query(tier_counts, replace(filters, period=before)), targets, target_scope(filters))
        if before
        else figures.iloc[0:0]
    )
    kpis = headline_kpis(series, filters.period, query(tiers_by_period), figures, figures_before)
    if not kpis:
        st.info(t("meeting.nothing", lang))
        return
    st.markdown(
        t("meeting.kpi.compared", lang, period_name=period_name(before, lang))
        if before
        else t("meeting.kpi.no_previous", lang)
    )
    for row in (kpis[:4], kpis[4:]):
        for column, kpi in zip(st.columns(4), row, strict=False):
            kpi_metric(column, kpi, "", lang)


def _bins(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    results = query(queries.commune_results, filters)
    if results.empty:
        st.info(t("meeting.nothing", lang))
        return
    bins = bin_table(results, set_bins(query(queries.criteria_of_set, filters.set_id)))
    _chart(for_projector(bins_bar(bins, lang, stamp.place, stamp.period_label)), "meeting_chart_bins")


def _hardest(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    tally = criteria_tally(query(queries.criterion_matrix, filters))
    if tally.empty:
        st.info(t("meeting.nothing", lang))
        return
    tally = criteria_some_commune_fails(tally)
    if tally.empty:
        st.info(t("meeting.hardest.all_met", lang))
        return
    figure = hardest_criteria(tally, lang, stamp.place, stamp.period_label)
    _chart(for_projector(figure), "meeting_chart_hardest")


def _nearest(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    communes = query(nearest_queries.next_tier_communes, filters)
    gaps = query(nearest_queries.next_tier_gaps, filters)
    ranked = nearest_ranking(communes, gaps)
    if communes.empty or ranked.empty:
        st.info(t("meeting.nothing", lang))
        return
    for rollup in rollups(communes, gaps)[:1]:
        st.info(
            escape_markdown(rollup_sentence(rollup, stamp.place, lang))
        )  # it names communes from the data
    if still_lacking(ranked).empty:  # every commune only awaits its decision: the sentence says so
        return
    figure = nearest_chart(ranked, lang, stamp.place, stamp.period_label, limit=NEAREST_SHOWN)
    _chart(for_projector(figure, PROJECTOR_HEIGHT - 180), "meeting_chart_nearest")


def _slipping(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    communes = query(nearest_queries.next_tier_communes, filters)
    rows = slipping_rows(query(slipping_queries.recognised_commune_indicators, filters), at_risk_margin())
    summary = slip_summary(communes, rows)
    figures = (("kpi_recognised", summary.recognised), ("kpi_slipping", summary.slipping),
               ("kpi_at_risk", summary.at_risk), ("kpi_no_data", summary.no_data))  # fmt: skip
    for column, (key, value) in zip(st.columns(len(figures)), figures, strict=True):
        column.metric(t(f"slipping.{key}", lang), format_number(value, lang))
    if summary.recognised:  # the counts in the words of the page and the briefing
        st.info(situation_counts_sentence(summary, lang))
    if not rows.empty:
        # Four rows: their two-line names stay apart in the height the figures above leave.
        figure = slipping_chart(slips_by_criterion(rows).head(4), lang, stamp.place, stamp.period_label)
        _chart(for_projector(figure, PROJECTOR_HEIGHT - 170), "meeting_chart_slipping")


def _map(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    units = query(map_queries.map_units, filters)
    if units.empty:
        st.info(t("meeting.nothing", lang))
        return
    layout = map_layout(units)
    # After the reform the outlines may be estimated from the predecessors': said under the map, as on its page.
    note = t("map.estimated_note", lang) if layout.estimated else None
    figure = commune_map(
        layout.boundaries, colour_classes(units, "tier"), category_order("tier"), lang,
        {"text": ""}, height=PROJECTOR_HEIGHT, font_size=22, note=note, districts=former_districts(filters, units),
    )  # fmt: skip
    figure.update_layout(margin=dict(t=10), legend=dict(font=dict(size=22)))
    _chart(figure, "meeting_chart_map")


def _funding(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    by_source, total, communes = scope_funding_by_source(query(scope_funding, filters))
    if not total:
        st.info(t("meeting.funding.none", lang))
        return
    left, right = st.columns([1, 3])
    left.metric(t("meeting.funding.total", lang), format_number(total, lang))
    left.metric(t("meeting.funding.communes", lang), format_number(communes, lang))
    with right:
        _chart(
            funding_slide_chart(by_source, lang),
            "meeting_chart_funding",
        )


_DRAW = {
    "kpis": _kpis,
    "bins": _bins,
    "hardest": _hardest,
    "nearest": _nearest,
    "slipping": _slipping,
    "map": _map,
    "funding": _funding,
}
