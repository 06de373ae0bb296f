"""How every command finds its data: the root it names (--data, else NTM_DATA_DIR), refused in both
languages when it is not a folder, and the store of that root's current published version."""

from __future__ import annotations

import argparse
from pathlib import Path

from ntm.i18n import t
from ntm.store.database import Store, open_published_store

# What is missing, and the catalogue key that says so.
_MISSING = {"folder": "cli.no_folder", "file": "cli.no_file"}


class NoSuchPath(Exception):
    """A path the command was given that is not there: `main` prints it and exits with code 2."""

    def __init__(self, path: Path, what: str = "folder"):
        super().__init__(path)
        self.path, self.what = Path(path), what

    def __str__(self) -> str:
        def both(key: str) -> str:
            return f"{t(key, 'vi')} / {t(key, 'en')}"

        return f"{both('problem.severity.error')}: {both(_MISSING[self.what])}: {self.path}"


def existing_folder(folder: Path) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise NoSuchPath(folder)
    return folder


def existing_file(file: Path) -> Path:
    file = Path(file)
    if not file.is_file():
        raise NoSuchPath(file, "file")
    return file


def data_root(args: argparse.Namespace) -> Path:
    """The data root the command names: `--data`, else NTM_DATA_DIR."""
    from ntm.settings import data_dir

    return existing_folder(Path(args.data) if args.data else data_dir())


def open_current_store(args: argparse.Namespace) -> Store:
    """The store of the data viewers are shown now: the current published version of the command's root."""
    from ntm.settings import cache_dir

    return open_published_store(data_root(args), cache_dir())
