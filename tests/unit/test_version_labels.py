"""Versions as a clerk recognises them (local time, who, which file) and what a rollback would undo."""

import json

from ntm.importing.summary import rollback_plan, version_label, versions_frame
from ntm.store.versions import INITIAL_SOURCE, VersionInfo


def _version(root, version_id, created_at, admin, source, summary):
    folder = root / "versions" / version_id
    folder.mkdir(parents=True)
    (folder / "version.json").write_text(
        json.dumps({"created_at": created_at, "admin": admin, "source": source, "summary": summary})
    )


def test_a_version_is_labelled_in_vietnam_time_with_who_and_which_file():
    version = VersionInfo("20261201T063944Z", "2026-12-01T06:39:44+00:00", "Lan", "mau-nhap.xlsx")
    assert version_label(version, "vi") == "01/12/2026 13:39 · Lan · mau-nhap.xlsx"
    assert version_label(version, "en") == "01 Dec 2026 13:39 · Lan · mau-nhap.xlsx"


def test_the_initial_data_is_not_labelled_with_the_time_of_the_first_import():
    version = VersionInfo("20261201T063944Z", "2026-12-01T06:39:44+00:00", "", INITIAL_SOURCE)
    assert version_label(version, "vi") == "Dữ liệu ban đầu (trước lần xuất bản đầu tiên)"


def test_a_rollback_names_the_version_shown_after_it_and_every_later_version_it_undoes(tmp_path):
    changed = {"assessments": {"added": 0, "changed": 2, "removed": 0}}
    _version(tmp_path, "20261201T010000Z", "2026-12-01T01:00:00+00:00", "", INITIAL_SOURCE, {})
    _version(tmp_path, "20261201T020000Z", "2026-12-01T02:00:00+00:00", "Lan", "a.xlsx", changed)
    _version(tmp_path, "20261201T030000Z", "2026-12-01T03:00:00+00:00", "Minh", "b.csv", changed)
    (tmp_path / "CURRENT").write_text("20261201T030000Z")
    lines = rollback_plan(tmp_path, "20261201T010000Z", "vi")
    assert (
        lines[0]
        == "Sau khi quay lại, bảng điều khiển hiển thị phiên bản: Dữ liệu ban đầu (trước lần xuất bản đầu tiên)."
    )
    assert [line.split(" (")[0] for line in lines[1:]] == [
        "Không còn hiển thị thay đổi của 01/12/2026 10:00 · Minh · b.csv",
        "Không còn hiển thị thay đổi của 01/12/2026 09:00 · Lan · a.xlsx",
    ]
    english = rollback_plan(tmp_path, "20261201T020000Z", "en")
    assert len(english) == 2 and english[1].startswith(
        "No longer shown: the changes of 01 Dec 2026 10:00 · Minh · b.csv ("
    )
    frame = versions_frame(tmp_path, "vi")
    assert frame.iloc[-1, 1] == "trước lần xuất bản đầu tiên"
