"""The names of a scope's places that are not in the data as such (a former district's area), and what the
commune search found."""

from __future__ import annotations

from ntm.i18n import format_number, t
from ntm.names import PLACE_WORDS

NAMES_IN_SEARCH_HINT = 3


def place_name(name: str, lang: str) -> str:
    """A province's or district's name in the language: `Huyện Sông Lô` stays so in Vietnamese and reads
    `Sông Lô district` in English (`Tỉnh Phú Thọ` → `Phú Thọ province`); other names as the data writes them."""
    if lang != "en" or not name:
        return name
    for word, english in PLACE_WORDS:
        if name.startswith(f"{word} ") and len(name) > len(word) + 1:
            return f"{name[len(word) + 1 :]} {english}"
    return name


def area_name(district_name: str, lang: str) -> str:
    """`Huyện Sông Lô` → “Khu vực huyện Sông Lô (cũ)” / “Former Sông Lô district area”."""
    return t("scope.area_name", lang, district=former_district(district_name, lang))


def former_district(district_name: str, lang: str) -> str:
    """The district's name inside a sentence: Vietnamese writes the administrative word in lower case
    there (“huyện Sông Lô”, “thành phố Vĩnh Yên”); English puts it after the name (“Sông Lô district”)."""
    if lang == "vi" and district_name:
        return district_name[0].lower() + district_name[1:]
    return place_name(district_name, lang)


def search_hint(names: list[str], lang: str) -> str:
    """What the commune search found, under the box: “1 xã khớp: Tứ Yên — chọn trong ô Xã”, “3 xã khớp: …”,
    “Không có xã nào khớp”; the names as the data writes them (the caller escapes markdown)."""
    if not names:
        return t("scope.search_none", lang)
    shown = ", ".join(names[:NAMES_IN_SEARCH_HINT]) + (" …" if len(names) > NAMES_IN_SEARCH_HINT else "")
    key = "scope.search_found_single" if len(names) == 1 else "scope.search_found"
    return t(key, lang, count=format_number(len(names), lang), names=shown)
