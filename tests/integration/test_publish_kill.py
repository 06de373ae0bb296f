"""A publishing process killed (SIGKILL) at any stage leaves the previous version current, whole and loadable."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ntm.importing.importer import import_file
from ntm.store.database import Store
from ntm.store.versions import current_id, list_versions, published_dir, versions_dir
from tests.fixtures.materialise import materialise
from tests.integration.test_import_broken import folder_digest

ROOT = Path(__file__).resolve().parents[2]
ASSESSMENT = "subject_code,period,set_id,indicator_code,value,status\n00001,2020-H1,S1,1.1,{value},\n"


def _value_of_00001(data_dir: Path, cache: Path) -> float:
    store = Store(data_dir, cache)
    try:
        frame = store.frame(
            "SELECT value FROM assessments WHERE subject_code = '00001' AND period = '2020-H1' "
            "AND indicator_code = '1.1'"
        )
    finally:
        store.close()
    return float(frame.value.iloc[0])


def _publish_and_kill_at(stage: str, root: Path, file: Path) -> None:
    env = {**os.environ, "NTM_PUBLISH_PAUSE_AT": stage}
    process = subprocess.Popen(
        [sys.executable, "-m", "ntm", "import", str(file), "--data", str(root), "--admin", "Lan"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()
        assert line.strip() == f"PAUSED {stage}", line + process.stderr.read()
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)


@pytest.mark.parametrize("stage", ["staged", "renamed", "current_written", "switched"])
def test_a_publish_killed_at_any_stage_leaves_a_whole_version_current(stage, tmp_path):
    root = materialise(tmp_path / "data")
    assert import_file(root, "assessments.csv", ASSESSMENT.format(value="47").encode(), admin="Lan").ok
    previous = current_id(root)
    previous_digest = folder_digest(versions_dir(root) / previous)
    file = tmp_path / "assessments.csv"
    file.write_text(ASSESSMENT.format(value="52"), encoding="utf-8")

    _publish_and_kill_at(stage, root, file)

    assert folder_digest(versions_dir(root) / previous) == previous_digest
    expected = 52.0 if stage == "switched" else 47.0
    assert (current_id(root) == previous) is (stage != "switched")
    assert _value_of_00001(published_dir(root), tmp_path / "cache") == expected
    # The next publish clears what the killed one left and succeeds.
    assert import_file(root, "assessments.csv", ASSESSMENT.format(value="53").encode(), admin="Lan").ok
    assert _value_of_00001(published_dir(root), tmp_path / "cache") == 53.0
    assert not list(versions_dir(root).glob(".incoming-*"))
    assert not list(root.glob(".CURRENT.*"))


def test_a_first_publish_killed_while_keeping_the_initial_data_leaves_the_initial_data(tmp_path):
    root = materialise(tmp_path / "data")
    before = _value_of_00001(root, tmp_path / "cache")
    file = tmp_path / "assessments.csv"
    file.write_text(ASSESSMENT.format(value="52"), encoding="utf-8")

    _publish_and_kill_at("staged", root, file)

    assert _value_of_00001(published_dir(root), tmp_path / "cache") == before
    assert [v.source for v in list_versions(root)] in ([], ["initial"])
