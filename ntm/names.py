"""Matching Vietnamese names the way people type them: with or without diacritics, any case."""

from __future__ import annotations

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
