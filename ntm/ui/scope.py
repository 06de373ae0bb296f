"""The scope bar: language, province, district, period and criteria set, kept in the URL.

Values from a URL are checked against the data; a bad or stale one falls back to the default with a
notice, never an error.
"""

from __future__ import annotations

import streamlit as st

from ntm import queries
from ntm.filters import Filters
from ntm.i18n import LANGUAGES, period_name, t
from ntm.ui.cache import query

_URL_KEYS = {"lang": "lang", "period": "period", "province": "province", "district": "district", "set": "set"}
_ALL = ""


def _from_url(name: str) -> str | None:
    value = st.query_params.get(_URL_KEYS[name])
    return value if isinstance(value, str) else None


def _initialise(state_key: str, url_name: str, options: list[str], default: str, lang: str) -> None:
    """Seeds a widget's state from the URL once, and re-seeds it when its value left the options."""
    if state_key not in st.session_state:
        wanted = _from_url(url_name)
        if wanted is not None and wanted not in options:
            st.session_state.setdefault("scope_notices", []).append(
                t("scope.fallback", lang, name=url_name, value=wanted[:40])
            )
            wanted = None
        st.session_state[state_key] = wanted if wanted is not None else default
    elif st.session_state[state_key] not in options:
        st.session_state[state_key] = default


def language() -> str:
    _initialise("lang", "lang", list(LANGUAGES), "vi", "vi")
    st.sidebar.radio(
        t("app.language", "vi"),
        LANGUAGES,
        key="lang",
        format_func=lambda code: {"vi": "Tiếng Việt", "en": "English"}[code],
        horizontal=True,
    )
    return st.session_state["lang"]


def scope_sidebar(lang: str) -> Filters | None:
    """Draws the scope widgets and returns the chosen scope (None when no period is assessed)."""
    periods = query(queries.available_periods)
    if not periods:
        return None
    metadata = query(queries.dataset_metadata)
    st.sidebar.subheader(t("scope.heading", lang))

    newest_first = list(reversed(periods))
    _initialise("scope_period", "period", newest_first, newest_first[0], lang)
    period = st.sidebar.selectbox(
        t("scope.period", lang), newest_first, key="scope_period", format_func=lambda p: period_name(p, lang)
    )

    province_frame = query(queries.provinces, period)
    province_codes = province_frame["province_code"].tolist()
    province_names = dict(zip(province_frame["province_code"], province_frame["province_name"], strict=True))
    default_province = metadata.get("default_province")
    default_province = default_province if default_province in province_codes else province_codes[0]
    _initialise("scope_province", "province", province_codes, default_province, lang)
    province = st.sidebar.selectbox(
        t("scope.province", lang), province_codes, key="scope_province", format_func=province_names.get
    )

    district_frame = query(queries.districts, province, period)
    district_codes = [_ALL, *district_frame["district_code"].tolist()]
    district_names = dict(zip(district_frame["district_code"], district_frame["district_name"], strict=True))
    default_district = metadata.get("default_district")
    default_district = default_district if default_district in district_codes else _ALL
    _initialise("scope_district", "district", district_codes, default_district, lang)
    district = st.sidebar.selectbox(
        t("scope.district", lang),
        district_codes,
        key="scope_district",
        format_func=lambda code: district_names.get(code) or t("scope.all_districts", lang),
    )

    set_frame = query(queries.commune_sets_assessed_in, period)
    set_ids = set_frame["set_id"].tolist()
    set_names = dict(zip(set_frame["set_id"], set_frame[f"name_{lang}"], strict=True))
    _initialise("scope_set", "set", set_ids, set_ids[0] if set_ids else "", lang)
    set_id = st.sidebar.selectbox(
        t("scope.criteria_set", lang), set_ids, key="scope_set", format_func=lambda s: set_names.get(s, s)
    )

    st.query_params.update(
        {
            "lang": lang,
            "period": period,
            "province": province,
            "district": district or "",
            "set": set_id or "",
        }
    )
    st.session_state["scope_names"] = {
        "province": province_names.get(province, province),
        "district": district_names.get(district) if district else None,
        "set": set_names.get(set_id, set_id),
    }
    return Filters(
        period=period,
        set_id=set_id or "",
        province_code=province,
        district_code=district or None,
    )


def show_scope_notices() -> None:
    """Tells, once, which URL values were not in the data and fell back to defaults."""
    for notice in st.session_state.pop("scope_notices", []):
        st.warning(notice)


def scope_caption(filters: Filters, lang: str) -> str:
    """“Huyện Sông Lô · 6 tháng đầu năm 2019 · Bộ tiêu chí …”, written on every page."""
    names = st.session_state.get("scope_names", {})
    place = names.get("district") or names.get("province") or ""
    return t(
        "scope.caption",
        lang,
        place=place,
        period_name=period_name(filters.period, lang),
        set_name=names.get("set", ""),
    )


def scope_place(filters: Filters) -> str:
    names = st.session_state.get("scope_names", {})
    return names.get("district") or names.get("province") or ""
