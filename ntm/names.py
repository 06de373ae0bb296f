"""Vietnamese names as people type them (with or without diacritics, any case) and as file names take them."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """`Quang Yên` → `quang yen`; `Đồng Thịnh` → `dong thinh` (composed or decomposed input alike)."""
    decomposed = unicodedata.normalize("NFD", text or "")
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(stripped.replace("đ", "d").replace("Đ", "D").casefold().split())


def matches(name: str, query: str) -> bool:
    """Whether every word typed appears in the name, diacritics and case ignored."""
    folded = fold(name)
    return all(word in folded for word in fold(query).split())


# A province's or district's administrative word: Vietnamese writes it before the name (“Huyện Sông Lô”),
# English after it (“Sông Lô district”).
PLACE_WORDS = (
    ("Thành phố", "city"),
    ("Thị xã", "town"),
    ("Tỉnh", "province"),
    ("Huyện", "district"),
    ("Quận", "urban district"),
)
# A commune's, which file names drop too.
_COMMUNE_WORDS = (("Xã", "commune"), ("Phường", "ward"), ("Thị trấn", "township"))
_ADMINISTRATIVE_WORDS = re.compile(
    rf"^(?:{'|'.join(fold(vi) for vi, _ in PLACE_WORDS + _COMMUNE_WORDS)}) (?=\S)"
)
# English writes the word after the name: a file is named alike in both languages.
_ENGLISH_ADMINISTRATIVE_WORDS = re.compile(
    rf"(?<=\S) (?:{'|'.join(en for _, en in PLACE_WORDS + _COMMUNE_WORDS)})$"
)


def slug(text: str, drop_administrative_word: bool = False) -> str:
    """`Huyện Sông Lô` → `huyen-song-lo` (or `song-lo`, as `Sông Lô district` gives): ASCII that survives every
    e-mail and file system."""
    folded = fold(text)
    if drop_administrative_word:
        folded = _ENGLISH_ADMINISTRATIVE_WORDS.sub("", _ADMINISTRATIVE_WORDS.sub("", folded))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
