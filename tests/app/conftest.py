"""Fixtures of the AppTest tests: the app's data (the mini fixture, with an overlay or as given) with its
own database cache and the app's caches cleared, and the app itself. Helpers live in helpers.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import count
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ntm.ui.cache import clear_caches
from tests.fixtures.materialise import FIXTURES, materialise

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Path]]:
    """`app_data(overlay=None, *, data=None)` makes the app read, from now on, the mini fixture with
    `overlay` laid over it (a folder name under tests/fixtures, or any folder of CSVs), or the ready
    folder `data`; returns that folder. Each call clears the app's caches, as does the end of the test."""
    calls = count()

    def use(overlay: str | Path | None = None, *, data: Path | None = None) -> Path:
        if data is None:
            overlays = (
                () if overlay is None else (FIXTURES / overlay if isinstance(overlay, str) else overlay,)
            )
            call = next(calls)
            data = materialise(tmp_path / ("data" if call == 0 else f"data-{call}"), *overlays)
        monkeypatch.setenv("NTM_DATA_DIR", str(data))
        monkeypatch.setenv("NTM_CACHE_DIR", str(tmp_path / "cache"))
        clear_caches()
        return data

    yield use
    clear_caches()


@pytest.fixture
def data_dir(app_data: Callable[..., Path]) -> Path:
    """The plain mini fixture as the app's data."""
    return app_data()


@pytest.fixture
def make_app() -> Callable[..., AppTest]:
    """`make_app(**query_params)`: the app through its entry script, with these URL parameters, not yet run."""

    def make(**query_params) -> AppTest:
        app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        for key, value in query_params.items():
            app.query_params[key] = value
        return app

    return make
