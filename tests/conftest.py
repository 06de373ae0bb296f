"""Fixtures shared by every test folder (unit, integration, app, browser)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]

# Generous, but below pytest-timeout's default (300 s) so a hang reports the generator's own output.
SAMPLE_TIMEOUT_S = 240


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The project folder (where dashboard.py, ntm/ and .streamlit/ live)."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_geo(repo_root: Path) -> Path:
    """The workplace's commune outlines (never committed) in the `shared/` folder beside the project.

    The project is cloned beside `shared/` here and in CI, which is also where the default of
    NTM_SAMPLE_BOUNDARIES (`../shared/geo/…`, relative to the project) finds them.
    """
    folder = repo_root.parent / "shared" / "geo"
    if not folder.is_dir():
        pytest.fail(f"{folder} is missing: clone the project beside the workplace's shared/ folder")
    return folder


@pytest.fixture(scope="session")
def sample_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """District-scale sample Parquet tables, built once per test session by the project's own CLI."""
    out = tmp_path_factory.mktemp("ntm-sample-district")
    cmd = [sys.executable, "-m", "ntm", "sample", "--scale", "district", "--out", str(out)]
    try:
        proc = subprocess.run(
            cmd,
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=SAMPLE_TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(
            f"`{' '.join(cmd)}` did not finish in {SAMPLE_TIMEOUT_S} s\n"
            f"--- stdout ---\n{exc.stdout or ''}\n--- stderr ---\n{exc.stderr or ''}"
        )
    if proc.returncode != 0:
        pytest.fail(
            f"`{' '.join(cmd)}` exited {proc.returncode}\n"
            f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}"
        )
    if not any(out.rglob("*.parquet")):
        pytest.fail(f"`{' '.join(cmd)}` wrote no *.parquet file into {out}\n--- stdout ---\n{proc.stdout}")
    return out
