"""Published data versions: `<root>/versions/<id>/`, the current one named by `<root>/CURRENT`, switched atomically.

A version is built in `versions/.incoming-<id>`, renamed into place, then CURRENT is replaced in one
`os.replace`; a kill at any moment leaves the previous version current and whole.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ntm.settings import setting
from ntm.store.schema import TABLES

VERSIONS = "versions"
CURRENT = "CURRENT"
LOG = "log.jsonl"
INFO = "version.json"
INCOMING_PREFIX = ".incoming-"
INITIAL_SOURCE = "initial"


class VersionError(ValueError):
    """A version that does not exist, or a data root that cannot be published to."""


@dataclass(frozen=True)
class VersionInfo:
    id: str
    created_at: str  # ISO 8601, UTC
    admin: str
    source: str
    summary: dict = field(default_factory=dict)  # table -> {"added": n, "changed": n, "removed": n}
    is_current: bool = False


def versions_dir(root: Path) -> Path:
    return Path(root) / VERSIONS


def current_id(root: Path) -> str | None:
    try:
        text = (Path(root) / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return text or None


def published_dir(root: Path) -> Path:
    """The folder of the data viewers see: the CURRENT version, or the root's own files before any publish."""
    root = Path(root)
    version = current_id(root)
    if version and (versions_dir(root) / version).is_dir():
        return versions_dir(root) / version
    return root


def _pause_at(stage: str) -> None:
    # Test hook: the kill test stops a publishing process exactly here (see tests/integration).
    if os.environ.get("NTM_PUBLISH_PAUSE_AT") == stage:
        print(f"PAUSED {stage}", flush=True)
        time.sleep(3600)


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _write_atomic(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    _pause_at("current_written")
    os.replace(temporary, path)
    _fsync_dir(path.parent)


def _new_id(root: Path, now: datetime, ahead: int = 0) -> str:
    """`20261127T211503Z-0003`: sortable by time, the sequence unique within the root."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    sequences = [
        int(suffix)
        for path in versions_dir(root).iterdir()
        if (suffix := path.name.rsplit("-", 1)[-1]).isdigit() and "T" in path.name
    ]
    return f"{stamp}-{max(sequences, default=0) + 1 + ahead:04d}"


@contextmanager
def _publish_lock(root: Path) -> Iterator[None]:
    versions_dir(root).mkdir(parents=True, exist_ok=True)
    with (versions_dir(root) / ".lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _table_files(directory: Path) -> list[Path]:
    return [directory / t.file_name for t in TABLES.values() if (directory / t.file_name).is_file()]


def _link_or_copy(source: Path, target: Path) -> None:
    # Files are never rewritten in place (writes replace them), so versions can share them.
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _remove_stale_incoming(root: Path) -> None:
    # Under the publish lock, an incoming folder is what a killed publish left behind.
    for path in versions_dir(root).glob(f"{INCOMING_PREFIX}*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in Path(root).glob(f".{CURRENT}.*.tmp"):
        path.unlink(missing_ok=True)


def _now() -> datetime:
    return datetime.now(UTC)


def _commit(root: Path, incoming: Path, version_id: str, info: dict) -> Path:
    (incoming / INFO).write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
    for path in incoming.iterdir():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())
    _fsync_dir(incoming)
    _pause_at("staged")
    target = versions_dir(root) / version_id
    os.rename(incoming, target)
    _fsync_dir(versions_dir(root))
    _pause_at("renamed")
    _write_atomic(Path(root) / CURRENT, version_id + "\n")
    _pause_at("switched")
    return target


def _append_log(root: Path, entry: dict) -> None:
    with (versions_dir(root) / LOG).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _needs_initial(root: Path) -> bool:
    return not current_id(root) and bool(_table_files(Path(root)))


def _snapshot_initial(root: Path, version_id: str) -> None:
    """Before the first publish, the root's own files become version "initial", so rollback can reach them."""
    incoming = versions_dir(root) / f"{INCOMING_PREFIX}{version_id}"
    incoming.mkdir()
    for path in _table_files(Path(root)):
        _link_or_copy(path, incoming / path.name)
    info = {
        "id": version_id,
        "created_at": _now().isoformat(timespec="seconds"),
        "admin": "",
        "source": INITIAL_SOURCE,
        "summary": {},
    }
    _commit(root, incoming, version_id, info)
    _append_log(root, {"action": "initial", "version": version_id, "at": info["created_at"]})


@dataclass
class Staging:
    """A candidate version being built; `folder` starts as a copy of the published tables."""

    root: Path
    version_id: str
    folder: Path
    base: Path
    initial_id: str | None = None

    def publish(self, admin: str, source: str, summary: dict) -> VersionInfo:
        if self.initial_id:
            _snapshot_initial(self.root, self.initial_id)
        info = {
            "id": self.version_id,
            "created_at": _now().isoformat(timespec="seconds"),
            "admin": admin,
            "source": source,
            "summary": summary,
        }
        _commit(self.root, self.folder, self.version_id, info)
        _append_log(
            self.root,
            {
                "action": "publish",
                "version": self.version_id,
                "at": info["created_at"],
                "admin": admin,
                "source": source,
            },
        )
        prune(self.root)
        return VersionInfo(**info, is_current=True)


@contextmanager
def staging(root: Path) -> Iterator[Staging]:
    """A candidate folder beside the published versions; removed unless `publish` renamed it into place."""
    root = Path(root)
    if not root.is_dir():
        raise VersionError(str(root))
    with _publish_lock(root):
        _remove_stale_incoming(root)
        base = published_dir(root)
        initial_id = _new_id(root, _now()) if _needs_initial(root) else None
        version_id = _new_id(root, _now(), ahead=1 if initial_id else 0)
        folder = versions_dir(root) / f"{INCOMING_PREFIX}{version_id}"
        folder.mkdir()
        for path in _table_files(base):
            _link_or_copy(path, folder / path.name)
        try:
            yield Staging(root, version_id, folder, base, initial_id)
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def _read_info(folder: Path) -> dict | None:
    try:
        return json.loads((folder / INFO).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def list_versions(root: Path) -> list[VersionInfo]:
    """Every complete version, newest first."""
    current = current_id(root)
    directory = versions_dir(root)
    if not directory.is_dir():
        return []
    found = []
    for folder in sorted(directory.iterdir(), reverse=True):
        if folder.name.startswith(".") or not folder.is_dir() or (info := _read_info(folder)) is None:
            continue
        found.append(
            VersionInfo(
                id=folder.name,
                created_at=info.get("created_at", ""),
                admin=info.get("admin", ""),
                source=info.get("source", ""),
                summary=info.get("summary", {}),
                is_current=folder.name == current,
            )
        )
    return found


def log_entries(root: Path) -> list[dict]:
    try:
        lines = (versions_dir(root) / LOG).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    entries = []
    for line in lines:
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:  # a line cut short by a kill
            continue
    return entries


def rollback(root: Path, version_id: str, admin: str = "") -> VersionInfo:
    """Makes an earlier (or later) version current again; recorded in the log."""
    root = Path(root)
    with _publish_lock(root):
        known = {v.id: v for v in list_versions(root)}
        if version_id not in known:
            raise VersionError(version_id)
        previous = current_id(root)
        _write_atomic(root / CURRENT, version_id + "\n")
        _append_log(
            root,
            {
                "action": "rollback",
                "version": version_id,
                "from": previous,
                "at": _now().isoformat(timespec="seconds"),
                "admin": admin,
            },
        )
    return VersionInfo(**{**known[version_id].__dict__, "is_current": True})


def prune(root: Path, keep: int | None = None) -> list[str]:
    """Deletes the oldest versions beyond `keep` (NTM_KEEP_VERSIONS); never the current one."""
    keep = int(setting("NTM_KEEP_VERSIONS")) if keep is None else keep
    current = current_id(root)
    removable = [v.id for v in list_versions(root) if v.id != current]
    kept_others = max(0, keep - 1)
    removed = removable[kept_others:]
    for version_id in removed:
        shutil.rmtree(versions_dir(root) / version_id, ignore_errors=True)
    return removed
