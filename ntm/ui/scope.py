"""The scope bar: language, province, district (a former district's area after 1/7/2025), period and
criteria set, kept in the URL.

Each page draws it (widgets in the entry script lose their state on rerun while a `pages/` folder
exists beside it). The chosen values live in session keys of their own, so they survive moving
between pages, and in the URL, so a copied link reopens the same view. A bad or stale value from a
URL falls back to the default with a notice, never an error. The bar returns a `Scope`: the filters and
the names shown for them, one value a page passes on (captions, file names, downloads).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import streamlit as st

from ntm import queries
from ntm.figures.scope import after_reform, follow_lineage, lineage_edge_list, main_province
from ntm.filters import Filters
from ntm.i18n import DEFAULT_LANGUAGE, LANGUAGES, format_number, period_choice, period_name, t
from ntm.markup import escape_markdown
from ntm.names import matches
from ntm.periods import parse_period
from ntm.tables.labels import criterion_label
from ntm.tables.scope import area_name, former_district, place_name, search_hint
from ntm.ui import state
from ntm.ui.cache import query
from ntm.ui.state import kept_key
from ntm.ui.streamlit_internals import widget_text_sent

_ALL = ""
# A link lists at most this many values per parameter (a province has a few hundred communes); a longer
# list is a crafted or broken link and costs every rerun a scan of it, so it is dropped whole.
MAX_LINKED_VALUES = 1_000
# How much of a bad linked value a notice repeats.
_NOTICE_CHARS = 40


@dataclass(frozen=True)
class ScopeNames:
    """The scope's names as shown, in the page's language: what captions, charts and files are titled with."""

    province: str
    district: str | None = None  # None: the whole province
    area: str | None = None  # “Khu vực huyện Sông Lô (cũ)”: a former district's area, None: none chosen
    communes: tuple[str, ...] = ()  # empty: every commune of the place
    set_name: str = ""
    period: str = ""


@dataclass(frozen=True)
class Scope:
    """What a page shows: the filters its queries take, and their names as the viewer reads them."""

    filters: Filters
    names: ScopeNames

    def __post_init__(self) -> None:
        # A scope without a place name would title charts and files with nothing, silently.
        if not self.names.province:
            raise ValueError("a Scope needs the province's name: build it with scope_of(filters, lang)")


def scope_of(filters: Filters, lang: str) -> Scope:
    """The scope of filters built by hand (a drill-down, a test), with the names looked up in the data."""
    province = query(queries.provinces, filters.period)
    districts = query(queries.districts, filters.province_code, filters.period)
    communes = query(
        queries.communes_in_place,
        filters.province_code,
        filters.district_code,
        filters.period,
        filters.area_code,
    )
    sets = query(queries.commune_sets_assessed_in, filters.period)
    province_names = dict(zip(province["province_code"], province["province_name"], strict=True))
    district_names = dict(zip(districts["district_code"], districts["district_name"], strict=True))
    commune_names = dict(zip(communes["unit_code"], communes["name"], strict=True))
    set_names = dict(zip(sets["set_id"], sets[f"name_{lang}"], strict=True))
    return Scope(
        filters,
        ScopeNames(
            province=place_name(
                province_names.get(filters.province_code) or filters.province_code or "", lang
            ),
            district=place_name(district_names.get(filters.district_code, filters.district_code), lang)
            if filters.district_code
            else None,
            area=_area_name(filters, lang) if filters.area_code else None,
            communes=tuple(commune_names.get(c, c) for c in filters.unit_codes),
            set_name=set_names.get(filters.set_id, filters.set_id),
            period=period_name(filters.period, lang),
        ),
    )


def _area_name(filters: Filters, lang: str) -> str:
    areas = query(queries.former_districts, filters.province_code, filters.period)
    names = dict(zip(areas["district_code"], areas["district_name"], strict=True))
    return area_name(names.get(filters.area_code, filters.area_code), lang)


def _keep(widget_key: str) -> None:
    st.session_state[kept_key(widget_key)] = st.session_state[widget_key]


def kept_choice(widget_key: str, options: list[str], default: str) -> dict:
    """A page's own view choice (the scorecard's sort) kept while the page is not drawn, so a drill-down
    and Back find it as it was left; returns the widget's arguments (its key and the keeping callback)."""
    kept = st.session_state.get(kept_key(widget_key))
    st.session_state[widget_key] = kept if kept in options else default
    return {"key": widget_key, "on_change": _keep, "args": (widget_key,)}


def _url_value(name: str) -> str | None:
    value = st.query_params.get(name)
    return value if isinstance(value, str) else None


def _seed(
    widget_key: str, url_name: str, options: list[str], default: str, lang: str, format_func=str
) -> dict:
    """Puts the kept (or sent, or linked, or default) value into the widget; returns the widget's arguments,
    its `format_func` among them (the page sends an option as that shows it)."""
    kept = kept_key(widget_key)
    if kept not in st.session_state:
        wanted = _sent_choice(widget_key, options, format_func)
        if wanted is None:
            wanted = _url_value(url_name)
        if wanted is not None and wanted not in options:
            st.session_state.setdefault(state.SCOPE_NOTICES, []).append(
                t("scope.fallback", lang, name=url_name, value=escape_markdown(wanted[:_NOTICE_CHARS]))
            )
            wanted = None
        st.session_state[kept] = wanted if wanted is not None else default
    elif (moved := _address_moved(url_name)) is not None and moved in options:
        st.session_state[kept] = moved
    elif st.session_state[kept] not in options:
        st.session_state[kept] = default
    st.session_state[widget_key] = st.session_state[kept]
    return {"key": widget_key, "format_func": format_func, "on_change": _keep, "args": (widget_key,)}


def _sent_choice(widget_key: str, options: list[str], format_func) -> str | None:
    """The option the page sent for the widget in this session's first run: a session that starts with a
    pick is a page whose server process died and that reconnected to another one (README, "Serving a
    meeting"), and the pick is newer than the URL it was made from."""
    sent = widget_text_sent(widget_key)
    if sent is None:
        return None
    return next((option for option in options if str(format_func(option)) == sent), None)


def _address_moved(url_name: str) -> str | None:
    """A value in the address that the app did not write there itself: the browser's Back / Forward
    (or an edited address) moved it, and the view follows the address, not the choice kept before."""
    wanted = _url_value(url_name)
    written = st.session_state.get(state.URL_WRITTEN, {})
    if wanted is None or url_name not in written or written[url_name] == wanted:
        return None
    return wanted


def _seed_many(widget_key: str, url_name: str, options: list[str], lang: str) -> dict:
    """Like `_seed` for a multi-select; a link lists values separated by commas, unknown ones are dropped."""
    kept = kept_key(widget_key)
    if kept not in st.session_state:
        linked = [v for v in (_url_value(url_name) or "").split(",") if v]
        if len(linked) > MAX_LINKED_VALUES:
            st.session_state.setdefault(state.SCOPE_NOTICES, []).append(
                t(
                    "hardening.too_many",
                    lang,
                    name=url_name,
                    count=format_number(len(linked), lang),
                    limit=format_number(MAX_LINKED_VALUES, lang),
                )
            )
            linked = []
        known = set(options)
        unknown = [v for v in linked if v not in known]
        if unknown:
            st.session_state.setdefault(state.SCOPE_NOTICES, []).append(
                t(
                    "scope.fallback",
                    lang,
                    name=url_name,
                    value=escape_markdown(", ".join(unknown)[:_NOTICE_CHARS]),
                )
            )
        # Each value once, in the link's order.
        st.session_state[kept] = list(dict.fromkeys(v for v in linked if v in known))
    else:
        st.session_state[kept] = [v for v in st.session_state[kept] if v in options]
    st.session_state[widget_key] = list(st.session_state[kept])
    return {"key": widget_key, "on_change": _keep, "args": (widget_key,)}


def focus_select(
    label: str,
    options: list[str],
    widget_key: str,
    url_name: str,
    default: str,
    lang: str,
    format_func=str,
    container=None,
) -> str | None:
    """A page's own choice (which commune, which criterion): kept across pages, in the URL, set by drill-downs."""
    if not options:
        return None
    value = (container or st).selectbox(
        label, options, **_seed(widget_key, url_name, options, default, lang, format_func)
    )
    # A page-level default is left out of the URL: its absence already means it, and writing it
    # would add a step to the browser's history that the back button would have to undo.
    if value != default or url_name in st.query_params:
        set_url_params({url_name: value})
    show_scope_notices()  # a bad value of this choice in the link is told here, where it is seen
    return value


def set_url_params(values: dict[str, str]) -> None:
    """Writes only what changed: each write of the URL adds a step to the browser's history, and the
    back button must return to the previous view, not to the same view with fewer parameters."""
    changed = {key: value for key, value in values.items() if st.query_params.get(key) != value}
    if changed:
        st.query_params.update(changed)
    st.session_state.setdefault(state.URL_WRITTEN, {}).update(values)


def current_language() -> str:
    """The language chosen in this session, else the link's, else Vietnamese (no widget drawn)."""
    kept = st.session_state.get(kept_key(state.LANGUAGE))
    if kept in LANGUAGES:
        return kept
    linked = _url_value("lang")
    return linked if linked in LANGUAGES else DEFAULT_LANGUAGE


_LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


def language_switch() -> str:
    st.sidebar.radio(
        t("app.language", "vi"),
        LANGUAGES,
        horizontal=True,
        **_seed(
            state.LANGUAGE,
            "lang",
            list(LANGUAGES),
            DEFAULT_LANGUAGE,
            DEFAULT_LANGUAGE,
            _LANGUAGE_NAMES.__getitem__,
        ),
    )
    return st.session_state[state.LANGUAGE]


def scope_sidebar(lang: str) -> Scope | None:
    """Draws the scope widgets and returns the chosen scope (None when no period is assessed)."""
    periods = query(queries.available_periods)
    if not periods:
        return None
    metadata = query(queries.dataset_metadata)
    st.sidebar.subheader(t("scope.heading", lang))

    newest_first = list(reversed(periods))
    period = st.sidebar.selectbox(
        t("scope.period", lang),
        newest_first,
        **_seed(
            state.SCOPE_PERIOD,
            "period",
            newest_first,
            newest_first[0],
            lang,
            partial(period_choice, lang=lang),
        ),
    )

    after = after_reform(period)
    _carry_across_reform(period, newest_first)

    province_frame = query(queries.provinces, period)
    province_codes = province_frame["province_code"].tolist()
    province_names = dict(zip(province_frame["province_code"], province_frame["province_name"], strict=True))
    default_province = metadata.get("default_province")
    default_province = default_province if default_province in province_codes else province_codes[0]
    province = st.sidebar.selectbox(
        t("scope.province", lang),
        province_codes,
        **_seed(
            state.SCOPE_PROVINCE, "province", province_codes, default_province, lang,
            lambda code: place_name(province_names.get(code, code), lang),
        ),
    )  # fmt: skip

    # One widget and one kept value for both eras: a district before the reform, the same code as a
    # former district's area after it, so a period change keeps the place.
    place_key, other_key = ("area", "district") if after else ("district", "area")
    _follow_renamed_link(other_key, place_key)
    if after:
        place_frame = query(queries.former_districts, province, period)
        place_names = {
            code: area_name(name, lang)
            for code, name in zip(place_frame["district_code"], place_frame["district_name"], strict=True)
        }
        default_place = _ALL
    else:
        place_frame = query(queries.districts, province, period)
        place_names = {
            code: place_name(name, lang)
            for code, name in zip(place_frame["district_code"], place_frame["district_name"], strict=True)
        }
        default_place = metadata.get("default_district")
    place_codes = [_ALL, *place_frame["district_code"].tolist()]
    default_place = default_place if default_place in place_codes else _ALL
    place = st.sidebar.selectbox(
        t("scope.area" if after else "scope.district", lang),
        place_codes,
        help=t("scope.area_help", lang) if after else None,
        **_seed(
            state.SCOPE_DISTRICT, place_key, place_codes, default_place, lang,
            lambda code: place_names.get(code) or t("scope.all_districts", lang),
        ),
    )  # fmt: skip
    district, area = (None, place or None) if after else (place or None, None)
    if area:
        _tell_shared_successors(province, area, period, lang)

    communes = query(queries.communes_in_place, province, district, period, area)
    commune_names = dict(zip(communes["unit_code"], communes["name"], strict=True))
    search = st.sidebar.text_input(
        t("scope.commune_search", lang),
        key=state.SCOPE_COMMUNE_SEARCH,
        placeholder=t("scope.commune_search_hint", lang),
    )
    chosen_before = st.session_state.get(kept_key(state.SCOPE_UNITS), [])
    all_codes = communes["unit_code"].tolist()
    shown_codes = [
        c for c in all_codes if c in chosen_before or not search or matches(commune_names[c], search)
    ]
    if search:  # say what the search found: it only narrows the "Xã" list, which is closed
        found = [escape_markdown(commune_names[c]) for c in all_codes if matches(commune_names[c], search)]
        st.sidebar.caption(search_hint(found, lang))
    # Unknown linked codes are judged against every commune of the place, not only those shown.
    seed = _seed_many(state.SCOPE_UNITS, "units", all_codes, lang)
    st.session_state[state.SCOPE_UNITS] = [c for c in st.session_state[state.SCOPE_UNITS] if c in shown_codes]
    unit_codes = st.sidebar.multiselect(
        t("scope.communes", lang),
        shown_codes,
        format_func=lambda code: commune_names.get(code, code),
        placeholder=t("scope.all_communes", lang),
        select_all=False,  # none chosen already means all; Streamlit's "Select all" has no Vietnamese
        **seed,
    )

    set_frame = query(queries.commune_sets_assessed_in, period)
    set_ids = set_frame["set_id"].tolist()
    set_names = dict(zip(set_frame["set_id"], set_frame[f"name_{lang}"], strict=True))
    set_id = st.sidebar.selectbox(
        t("scope.criteria_set", lang),
        set_ids,
        **_seed(
            state.SCOPE_SET,
            "set",
            set_ids,
            set_ids[0] if set_ids else "",
            lang,
            lambda s: set_names.get(s, s),
        ),
    )

    criteria_frame = query(queries.criteria_of_set, set_id) if set_id else None
    criterion_labels = (
        {
            str(no): criterion_label(no, name)
            for no, name in zip(criteria_frame["criterion_no"], criteria_frame[f"name_{lang}"], strict=True)
        }
        if criteria_frame is not None
        else {}
    )
    criteria = st.sidebar.multiselect(
        t("scope.criteria", lang),
        list(criterion_labels),
        format_func=lambda no: criterion_labels.get(no, no),
        placeholder=t("label.all_criteria", lang),
        select_all=False,  # as the communes' list: none chosen means all
        **_seed_many(state.SCOPE_CRITERIA, "criteria", list(criterion_labels), lang),
    )

    set_url_params(
        {
            "lang": lang,
            "period": period,
            "province": province,
            place_key: place or "",
            "units": ",".join(unit_codes),
            "set": set_id or "",
            "criteria": ",".join(criteria),
        }
    )
    if other_key in st.query_params:
        del st.query_params[other_key]
    filters = Filters(
        period=period,
        set_id=set_id or "",
        province_code=province,
        district_code=district,
        area_code=area,
        unit_codes=tuple(unit_codes),
        criteria=tuple(int(c) for c in criteria),
    )
    # Named as a drill-down names its scope (the same cached queries as above): one way to name a scope.
    scope = scope_of(filters, lang)
    notice_key = st.session_state.pop(state.SCOPE_REFORM_NOTICE, None)
    if notice_key:
        count = len(unit_codes) or len(all_codes)
        st.session_state[state.SCOPE_REFORM_NOTICE] = t(
            notice_key,
            lang,
            place=escape_markdown(scope_place(scope)),
            count=format_number(count, lang),
        )
    return scope


def _follow_renamed_link(old_name: str, new_name: str) -> None:
    """A link naming the place under the other era's key (`?district=253&period=2026-H1`, written before
    the reform's pages, or `area` for a period before the reform) opens that place under this era's key."""
    if old_name in st.query_params and new_name not in st.query_params:
        st.query_params[new_name] = st.query_params[old_name]
        del st.query_params[old_name]


def _tell_shared_successors(province: str, area: str, period: str, lang: str) -> None:
    """Under the area: which of its xã also took in xã of another former district (honest counts)."""
    communes = query(queries.area_communes, province, area, period)
    for name, others in zip(communes["name"], communes["shared_with"], strict=True):
        if len(others):
            st.sidebar.caption(
                t(
                    "scope.area_shared",
                    lang,
                    commune=escape_markdown(name),
                    districts=escape_markdown(", ".join(former_district(d, lang) for d in others)),
                )
            )


def _period_end(period: str):
    return parse_period(period).end


def _carry_across_reform(period: str, periods: list[str]) -> None:
    """When the period moves across 1/7/2025 (or a link names a province of the other era), carries the
    kept province and chosen xã along the lineage to their successors or predecessors and leaves word
    for a one-line notice; a former district's code is kept as is (the area of the same district)."""
    before = st.session_state.get(state.SCOPE_PERIOD_SHOWN)
    st.session_state[state.SCOPE_PERIOD_SHOWN] = period
    units_from: list[str] = []
    if before is None:
        linked = _url_value("province")
        if not linked or linked in query(queries.provinces, period)["province_code"].tolist():
            return
        other_era = [p for p in periods if after_reform(p) != after_reform(period)]
        if not other_era:
            return
        before = min(other_era, key=lambda p: abs((_period_end(p) - _period_end(period)).days))
        if linked not in query(queries.provinces, before)["province_code"].tolist():
            return  # not a province of either era: the ordinary fallback tells
        province_from = linked
    elif after_reform(before) == after_reform(period):
        return
    else:
        province_from = st.session_state.get(kept_key(state.SCOPE_PROVINCE))
        units_from = list(st.session_state.get(kept_key(state.SCOPE_UNITS), []))
    # Built on each carry, not cached: a cached list would be deep-copied for every caller (10.600 edges
    # nationally), which costs more than building it.
    edge_list = lineage_edge_list(query(queries.lineage_edges))
    start, end = _period_end(before), _period_end(period)
    units_before = query(queries.unit_provinces, before)
    units_after = query(queries.unit_provinces, period)
    province_of = dict(
        zip(units_after["unit_code"].tolist(), units_after["province_code"].tolist(), strict=True)
    )
    of_province = units_before.loc[units_before["province_code"] == province_from, "unit_code"].tolist()
    province = main_province(follow_lineage(of_province, edge_list, start, end), province_of)
    if province is None:
        return
    st.session_state[kept_key(state.SCOPE_PROVINCE)] = province
    if units_from:  # a link's own xã codes are of its period and judged by the bar as they are
        st.session_state[kept_key(state.SCOPE_UNITS)] = [
            code
            for code in follow_lineage(units_from, edge_list, start, end)
            if province_of.get(code) == province
        ]
    st.session_state[state.SCOPE_REFORM_NOTICE] = (
        "scope.reform_forward" if after_reform(period) else "scope.reform_back"
    )


def show_scope_notices() -> None:
    """Tells, once, what a period change across the reform did to the place, and which URL values were
    not in the data and fell back to defaults."""
    if reform_notice := st.session_state.pop(state.SCOPE_REFORM_NOTICE, None):
        st.info(reform_notice, icon=":material/merge_type:")
    for notice in st.session_state.pop(state.SCOPE_NOTICES, []):
        st.warning(notice)


def scope_place(scope: Scope) -> str:
    """The place in words: the chosen communes, else the former district's area, else the district, else
    the province."""
    place = scope.names.area or scope.names.district or scope.names.province
    communes = scope.names.communes
    if communes:
        shown = ", ".join(communes[:4]) + (" …" if len(communes) > 4 else "")
        return f"{place}: {shown}" if place else shown
    return place


def scope_caption(scope: Scope, lang: str) -> str:
    """“Huyện Sông Lô · 6 tháng đầu năm 2019 · Bộ tiêu chí …”, written on every page."""
    return t(
        "scope.caption",
        lang,
        place=escape_markdown(scope_place(scope)),
        period_name=scope.names.period or period_name(scope.filters.period, lang),
        set_name=escape_markdown(scope.names.set_name),
    )
