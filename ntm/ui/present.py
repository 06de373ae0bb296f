"""Meeting mode's Streamlit parts: the navigation that routes `?mode=present`, the chrome-less high-contrast
style, the slide controls (buttons, arrow keys, `slide=N` in the URL) and each slide's drawing."""

from __future__ import annotations

import streamlit as st

from ntm import queries
from ntm.bins import parse_bins
from ntm.charts.map import commune_map
from ntm.charts.overview import bins_bar, hardest_criteria
from ntm.charts.progress import nearest_chart, slipping_chart
from ntm.charts.slides import PROJECTOR_HEIGHT, for_projector, funding_slide_chart
from ntm.charts.static import data_until
from ntm.filters import Filters
from ntm.geo import category_order, colour_classes
from ntm.i18n import format_number, period_name, t
from ntm.metrics import bin_table, criteria_tally, headline_kpis
from ntm.presentation.overview import kpi_delta, kpi_delta_colour, kpi_value
from ntm.presentation.progress import rollup_sentence
from ntm.progress import (
    at_risk_margin,
    nearest_ranking,
    rollups,
    slip_summary,
    slipping_rows,
    slips_by_criterion,
)
from ntm.queries import map as map_queries
from ntm.queries import progress as progress_queries
from ntm.queries.export import scope_funding
from ntm.settings import setting
from ntm.slides import (
    ALL,
    HARDEST_SHOWN,
    NEAREST_SHOWN,
    SLIDES,
    SlideStamp,
    neighbours,
    scope_funding_by_source,
    stamp_text,
)
from ntm.ui.cache import query
from ntm.ui.map import map_layout
from ntm.ui.navigation import SCOPE_URL_KEYS, open_page, streamlit_pages
from ntm.ui.scope import scope_place

PRESENT_PATH = "pages/present.py"
PRESENT_URL = "trinh-chieu"  # differs from the file stem, as every path in ntm.ui.navigation.PAGES must

# Constant style only (no data inside): hide Streamlit's chrome and the sidebar, large black-on-white type,
# and, for print, one slide per page without the controls.
PRESENT_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
[data-testid="stExpandSidebarButton"], footer { display: none !important; }
[data-testid="stApp"], [data-testid="stMain"] { background: #ffffff !important; color: #000000 !important; }
[data-testid="stMainBlockContainer"] { padding: 0.6rem 2rem 0.6rem 2rem !important; max-width: 100% !important; }
[data-testid="stMain"] h1 { font-size: 2.6rem !important; font-weight: 800 !important; color: #000000 !important;
  padding: 0 0 0.2rem 0 !important; }
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
.st-key-present_controls button p { font-size: 1.3rem !important; font-weight: 700 !important; }
@media print {
  .st-key-present_controls, .st-key-present_keys, iframe { display: none !important; }
  [class*="st-key-present_slide_"] { break-after: page; page-break-after: always; }
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
  const button = page.querySelector(".st-key-present_" + which + " button");
  if (button && !button.disabled) { event.preventDefault(); button.click(); }
};
page.addEventListener("keydown", host.__ntmSlideKeys);
</script>"""


def is_presenting() -> bool:
    return st.query_params.get("mode") == "present"


def run_navigation(lang: str) -> None:
    """Runs the chosen page; `?mode=present` on any page opens meeting mode there, without the sidebar."""
    presenting = is_presenting()
    pages = [
        *streamlit_pages(lang),
        st.Page(PRESENT_PATH, title=t("page.present", lang), url_path=PRESENT_URL),
    ]
    chosen = st.navigation(pages, position="hidden" if presenting else "sidebar")
    if presenting and chosen.url_path != PRESENT_URL:
        st.switch_page(PRESENT_PATH, query_params=st.query_params.to_dict())
    chosen.run()


def present_button(lang: str) -> None:
    """The sidebar's “Trình chiếu” button: the slides of the same scope, from the first."""
    if st.sidebar.button(t("present.open", lang), help=t("present.open_help", lang), key="present_open"):
        scope = {key: value for key, value in st.query_params.to_dict().items() if key in SCOPE_URL_KEYS}
        st.switch_page(PRESENT_PATH, query_params={**scope, "mode": "present", "slide": "1"})


def present_style() -> None:
    st.html(PRESENT_CSS)
    with st.container(key="present_keys", height=1, border=False):
        st.iframe(KEYS_SCRIPT, height=1)


def _go_to(slide: str) -> None:
    st.query_params["slide"] = slide
    st.query_params["mode"] = "present"


def slide_controls(number: int | None, lang: str) -> None:
    """Previous / next (disabled at the ends), the position, all slides for printing, and the way out."""
    count = len(SLIDES)
    previous, following = neighbours(number, count) if number else (None, None)
    with st.container(key="present_controls", horizontal=True, vertical_alignment="center"):
        st.button(t("present.previous", lang), key="present_previous", disabled=previous is None,
                  on_click=_go_to, args=(str(previous),))  # fmt: skip
        st.button(t("present.next", lang), key="present_next", disabled=following is None,
                  on_click=_go_to, args=(str(following),))  # fmt: skip
        if number:
            st.markdown(f"**{t('present.position', lang, number=number, count=count)}**")
            st.button(t("present.all", lang), key="present_all", on_click=_go_to, args=(ALL,))
        else:
            st.button(t("present.one", lang), key="present_one", on_click=_go_to, args=("1",))
        if st.button(t("present.exit", lang), key="present_exit"):
            open_page("overview")
    st.caption(t("present.keys_hint", lang))


def slide_stamp(filters: Filters, metadata: dict, lang: str) -> SlideStamp:
    return SlideStamp(
        scope_place(filters),
        period_name(filters.period, lang),
        data_until(filters.period, metadata.get("as_of")),
        metadata.get("is_sample", "").lower() == "true",
    )


def draw_slide(key: str, filters: Filters, stamp: SlideStamp, lang: str) -> None:
    """One slide: its title, the scope / period / data-date stamp, then its figures."""
    st.title(t(f"present.title.{key}", lang))
    st.caption(stamp_text(stamp, lang))
    _DRAW[key](filters, stamp, lang)


def _chart(figure, key: str) -> None:
    st.plotly_chart(figure, width="stretch", config={"displayModeBar": False, "staticPlot": False}, key=key)


def _kpis(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    series = query(queries.scope_series, filters)
    kpis = headline_kpis(series, filters.period)
    if not kpis:
        st.info(t("present.nothing", lang))
        return
    earlier = series[series["period"] < filters.period]["period"]
    st.markdown(
        t("present.kpi.compared", lang, period_name=period_name(earlier.iloc[-1], lang))
        if len(earlier)
        else t("present.kpi.no_previous", lang)
    )
    for row in (kpis[:4], kpis[4:]):
        for column, kpi in zip(st.columns(4), row, strict=False):
            column.metric(t(f"kpi.{kpi.key}", lang), kpi_value(kpi, lang), kpi_delta(kpi, lang),
                          delta_color=kpi_delta_colour(kpi))  # fmt: skip


def _bins(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    results = query(queries.commune_results, filters)
    if results.empty:
        st.info(t("present.nothing", lang))
        return
    bins = bin_table(results, parse_bins(setting("NTM_BINS")))
    _chart(for_projector(bins_bar(bins, lang, stamp.place, stamp.period_label)), "present_chart_bins")


def _hardest(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    tally = criteria_tally(query(queries.criterion_matrix, filters)).head(HARDEST_SHOWN)
    if tally.empty:
        st.info(t("present.nothing", lang))
        return
    figure = hardest_criteria(tally, lang, stamp.place, stamp.period_label)
    _chart(for_projector(figure), "present_chart_hardest")


def _nearest(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    communes = query(progress_queries.next_tier_communes, filters)
    gaps = query(progress_queries.next_tier_gaps, filters)
    ranked = nearest_ranking(communes, gaps)
    if communes.empty or ranked.empty:
        st.info(t("present.nothing", lang))
        return
    for rollup in rollups(communes, gaps)[:1]:
        st.info(rollup_sentence(rollup, stamp.place, lang))
    figure = nearest_chart(ranked, lang, stamp.place, stamp.period_label, limit=NEAREST_SHOWN)
    _chart(for_projector(figure, PROJECTOR_HEIGHT - 130), "present_chart_nearest")


def _slipping(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    communes = query(progress_queries.next_tier_communes, filters)
    rows = slipping_rows(query(progress_queries.recognised_commune_indicators, filters), at_risk_margin())
    summary = slip_summary(communes, rows)
    figures = (("kpi_recognised", summary.recognised), ("kpi_slipping", summary.slipping),
               ("kpi_at_risk", summary.at_risk), ("kpi_no_data", summary.no_data))  # fmt: skip
    for column, (key, value) in zip(st.columns(len(figures)), figures, strict=True):
        column.metric(t(f"progress.slipping.{key}", lang), format_number(value, lang))
    if not rows.empty:
        figure = slipping_chart(slips_by_criterion(rows).head(6), lang, stamp.place, stamp.period_label)
        _chart(for_projector(figure, PROJECTOR_HEIGHT - 160), "present_chart_slipping")


def _map(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    units = query(map_queries.map_units, filters)
    if units.empty:
        st.info(t("present.nothing", lang))
        return
    layout = map_layout(units)
    figure = commune_map(
        layout.boundaries, colour_classes(units, "tier"), category_order("tier"), lang,
        {"text": ""}, height=PROJECTOR_HEIGHT - 30, font_size=22,
    )  # fmt: skip
    figure.update_layout(margin=dict(t=10), legend=dict(font=dict(size=22)))
    _chart(figure, "present_chart_map")


def _funding(filters: Filters, stamp: SlideStamp, lang: str) -> None:
    by_source, total, communes = scope_funding_by_source(query(scope_funding, filters))
    if not total:
        st.info(t("present.funding.none", lang))
        return
    left, right = st.columns([1, 3])
    left.metric(t("present.funding.total", lang), format_number(total, lang))
    left.metric(t("present.funding.communes", lang), format_number(communes, lang))
    with right:
        _chart(
            funding_slide_chart(by_source, total, lang, stamp.place, stamp.period_label),
            "present_chart_funding",
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
