"""The names of a scope's places that are not in the data as such (a former district's area), and what the
commune search found."""

from __future__ import annotations

from ntm.i18n import format_number, t

NAMES_IN_SEARCH_HINT = 3


def area_name(district_name: str, lang: str) -> str:
    """`Huyện Sông Lô` → “Khu vực huyện Sông Lô (cũ)” / “Former Huyện Sông Lô area”."""
    return t("scope.area_name", lang, district=former_district(district_name, lang))


def former_district(district_name: str, lang: str) -> str:
    """The district's name inside a sentence: Vietnamese writes the administrative word in lower case
    there (“huyện Sông Lô”, “thành phố Vĩnh Yên”); English keeps the name as the data writes it."""
    if lang == "vi" and district_name:
        return district_name[0].lower() + district_name[1:]
    return district_name


def search_hint(names: list[str], lang: str) -> str:
    """What the commune search found, under the box: “1 xã khớp: Tứ Yên — chọn trong ô Xã”, “3 xã khớp: …”,
    “Không có xã nào khớp”; the names as the data writes them (the caller escapes markdown)."""
    if not names:
        return t("scope.search_none", lang)
    shown = ", ".join(names[:NAMES_IN_SEARCH_HINT]) + (" …" if len(names) > NAMES_IN_SEARCH_HINT else "")
    key = "scope.search_found_single" if len(names) == 1 else "scope.search_found"
    return t(key, lang, count=format_number(len(names), lang), names=shown)
