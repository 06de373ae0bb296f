"""The names of a scope's places that are not in the data as such: a former district's area."""

from __future__ import annotations

from ntm.i18n import t


def area_name(district_name: str, lang: str) -> str:
    """`Huyện Sông Lô` → “Khu vực huyện Sông Lô (cũ)” / “Former Huyện Sông Lô area”."""
    return t("scope.area_name", lang, district=former_district(district_name, lang))


def former_district(district_name: str, lang: str) -> str:
    """The district's name inside a sentence: Vietnamese writes the administrative word in lower case
    there (“huyện Sông Lô”, “thành phố Vĩnh Yên”); English keeps the name as the data writes it."""
    if lang == "vi" and district_name:
        return district_name[0].lower() + district_name[1:]
    return district_name
