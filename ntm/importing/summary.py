"""What the “Dữ liệu” page and the command line show of versions: the current one, the list, the log."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd

from ntm.export import VIETNAM_TIME
from ntm.i18n import t
from ntm.store.versions import INITIAL_SOURCE, VersionInfo, current_id, list_versions, log_entries


def shown_time(iso: str, lang: str) -> str:
    """An ISO time in Vietnam's time: `27/11/2026 21:15` (vi), `27 Nov 2026 21:15` (en)."""
    try:
        moment = datetime.fromisoformat(iso).astimezone(VIETNAM_TIME)
    except (TypeError, ValueError):
        return iso or "–"
    return moment.strftime("%d/%m/%Y %H:%M" if lang == "vi" else "%d %b %Y %H:%M")


def summary_text(summary: dict, lang: str) -> str:
    """`assessments: +0 / ~2 / −2` per table that changed."""
    parts = [
        t("datain.summary.table", lang, table=t(f"datain.table.{table}", lang), **counts)
        for table, counts in summary.items()
        if any(counts.values())
    ]
    return "; ".join(parts) or t("datain.summary.none", lang)


def _source(source: str, lang: str) -> str:
    return t("datain.versions.initial", lang) if source == INITIAL_SOURCE else source


def version_label(version: VersionInfo, lang: str) -> str:
    """A version as a clerk recognises it: its local time, who published it and from which file (the
    id, in UTC, is for the command line); the initial data has no time of its own."""
    if version.source == INITIAL_SOURCE:
        return t("datain.versions.initial_label", lang)
    return (
        f"{shown_time(version.created_at, lang)} · {version.admin or '–'} · {_source(version.source, lang)}"
    )


def rollback_plan(root: Path, target_id: str, lang: str) -> list[str]:
    """What a rollback to `target_id` does, in lines: the version shown afterwards, and every version
    published after it whose changes stop being shown (with what each changed)."""
    versions = list_versions(root)
    target = next((v for v in versions if v.id == target_id), None)
    if target is None:
        return []
    lines = [t("datain.rollback.target", lang, version=version_label(target, lang))]
    undone = [v for v in versions if v.id > target_id]  # ids sort by time: newer ones come after
    lines += [
        t(
            "datain.rollback.undone",
            lang,
            version=version_label(v, lang),
            summary=summary_text(v.summary, lang),
        )
        for v in undone
    ]
    return lines


def current_version_text(root: Path, lang: str) -> str:
    version_id = current_id(root)
    version = next((v for v in list_versions(root) if v.id == version_id), None)
    if version is None:
        return t("datain.current_initial", lang)
    return t(
        "datain.current",
        lang,
        version=version.id,
        when=shown_time(version.created_at, lang),
        admin=version.admin or "–",
        source=_source(version.source, lang),
    )


def versions_frame(root: Path, lang: str) -> pd.DataFrame:
    """One row per version, newest first: id, when, by whom, from which file, what changed, current."""
    rows = [
        (
            v.id,
            t("datain.versions.initial_when", lang)
            if v.source == INITIAL_SOURCE
            else shown_time(v.created_at, lang),
            v.admin or "–",
            _source(v.source, lang),
            summary_text(v.summary, lang),
            "✓" if v.is_current else "",
        )
        for v in list_versions(root)
    ]
    columns = ("id", "when", "admin", "source", "summary", "current")
    return pd.DataFrame(rows, columns=[t(f"datain.versions.col.{c}", lang) for c in columns])


def log_lines(root: Path, lang: str) -> list[str]:
    """The publish and rollback log, newest first."""
    lines = []
    for entry in reversed(log_entries(root)):
        action = entry.get("action")
        if action not in ("publish", "rollback", "initial"):
            continue
        lines.append(
            t(
                f"datain.log.{action}",
                lang,
                at=shown_time(entry.get("at", ""), lang),
                admin=entry.get("admin") or "–",
                version=entry.get("version", ""),
                source=entry.get("source", ""),
                previous=entry.get("from") or "–",
            )
        )
    return lines
