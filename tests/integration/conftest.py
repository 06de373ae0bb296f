"""The stores integration tests read: the mini fixture (tests/fixtures/mini), alone or with one overlay
folder of tests/fixtures, as Parquet and a built DuckDB store, made once per overlay per session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ntm.store.database import Store
from tests.fixtures.materialise import FIXTURES, materialise


@pytest.fixture(scope="session")
def mini_data(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str | None], Path]:
    """`mini_data(overlay=None)`: the data folder of the mini fixture with `tests/fixtures/<overlay>` laid
    over it. Shared by the session: read it, never write into it (copy it or call materialise for that)."""
    folders: dict[str | None, Path] = {}

    def data_folder(overlay: str | None = None) -> Path:
        if overlay not in folders:
            root = tmp_path_factory.mktemp(f"mini-{overlay or 'plain'}")
            overlays = (FIXTURES / overlay,) if overlay else ()
            folders[overlay] = materialise(root / "data", *overlays)
        return folders[overlay]

    return data_folder


@pytest.fixture(scope="session")
def mini_store(mini_data: Callable[[str | None], Path]) -> Iterator[Callable[[str | None], Store]]:
    """`mini_store(overlay=None)`: the Store over `mini_data(overlay)`, its database cache beside the data
    folder (`<root>/cache`, where a CLI run given NTM_CACHE_DIR finds it built)."""
    stores: dict[str | None, Store] = {}

    def store_of(overlay: str | None = None) -> Store:
        if overlay not in stores:
            data = mini_data(overlay)
            stores[overlay] = Store(data, data.parent / "cache")
        return stores[overlay]

    yield store_of
    for store in stores.values():
        store.close()


@pytest.fixture(scope="session")
def cursor(mini_store: Callable[[str | None], Store]):
    """A cursor over the plain mini fixture; a file that also needs an overlay names it `overlay_cursor`."""
    return mini_store().cursor()
