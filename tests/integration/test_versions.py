"""Publishing, listing, rolling back and pruning data versions; a round trip template → filled → import → query."""

import io
import json

import openpyxl
import pytest

from ntm.filters import Filters
from ntm.importing.importer import import_file
from ntm.importing.templates import build_template
from ntm.queries.commune import indicator_results
from ntm.store.database import Store
from ntm.store.versions import (
    CURRENT,
    VersionError,
    current_id,
    list_versions,
    log_entries,
    prune,
    published_dir,
    rollback,
    versions_dir,
)
from tests.fixtures.materialise import materialise

ASSESSMENT = "subject_code,period,set_id,indicator_code,value,status\n00001,2020-H1,S1,1.1,{value},\n"


@pytest.fixture
def root(tmp_path):
    return materialise(tmp_path / "data")


def _publish(root, value="47"):
    result = import_file(root, "assessments.csv", ASSESSMENT.format(value=value).encode(), admin="Lan")
    assert result.ok, [p.render("en") for p in result.problems]
    return result


def test_before_any_publish_the_roots_own_files_are_the_data(root):
    assert published_dir(root) == root
    assert list_versions(root) == []


def test_the_first_publish_keeps_the_initial_data_as_a_version_and_switches_to_the_new_one(root):
    result = _publish(root)
    versions = list_versions(root)
    assert [v.source for v in versions] == ["assessments.csv", "initial"]
    assert versions[0].is_current and versions[0].admin == "Lan"
    assert (root / CURRENT).read_text().strip() == result.version.id
    assert published_dir(root) == versions_dir(root) / result.version.id
    info = json.loads((published_dir(root) / "version.json").read_text())
    # One value changed; the slice's other three indicators are kept (an import merges by key).
    assert info["summary"]["assessments"] == {"added": 0, "changed": 1, "removed": 0}


def test_version_ids_sort_in_publish_order(root):
    first, second = _publish(root, "47").version.id, _publish(root, "48").version.id
    assert sorted([first, second]) == [first, second]
    assert [v.id for v in list_versions(root)][:2] == [second, first]


def test_rollback_switches_current_and_is_logged(root):
    _publish(root, "47")
    initial = list_versions(root)[-1].id
    rollback(root, initial, admin="Minh")
    assert current_id(root) == initial
    entry = log_entries(root)[-1]
    assert (entry["action"], entry["version"], entry["admin"]) == ("rollback", initial, "Minh")
    with pytest.raises(VersionError):
        rollback(root, "20000101T000000Z-9999")


def test_pruning_keeps_the_newest_versions_and_never_the_current_one(root, monkeypatch):
    monkeypatch.setenv("NTM_KEEP_VERSIONS", "100")
    for value in ("41", "42", "43", "44"):
        _publish(root, value)
    oldest = list_versions(root)[-1].id
    rollback(root, oldest)
    removed = prune(root, keep=2)
    left = [v.id for v in list_versions(root)]
    assert oldest in left and len(left) == 2 and len(removed) == 3


def test_publishing_keeps_only_ntm_keep_versions(root, monkeypatch):
    monkeypatch.setenv("NTM_KEEP_VERSIONS", "2")
    for value in ("41", "42", "43"):
        _publish(root, value)
    assert len(list_versions(root)) == 2


def test_a_dry_run_validates_without_publishing(root):
    result = import_file(root, "assessments.csv", ASSESSMENT.format(value="47").encode(), publish=False)
    assert result.ok and result.version is None
    assert published_dir(root) == root and list_versions(root) == []


def test_a_file_changes_the_rows_with_its_keys_and_keeps_the_rest_of_their_slice(root, tmp_path):
    _publish(root, "47")
    store = Store(published_dir(root), tmp_path / "cache")
    rows = store.frame("SELECT subject_code, period, indicator_code, value FROM assessments ORDER BY ALL")
    store.close()
    slice_rows = rows[(rows.subject_code == "00001") & (rows.period == "2020-H1")]
    assert slice_rows.indicator_code.tolist() == ["1.1", "2.1", "2.2", "3.1"]
    assert slice_rows.value.tolist()[:2] == [47.0, 85.0]
    assert len(rows[rows.subject_code != "00001"]) > 0


def _fill(workbook_bytes: bytes, values: dict[tuple[str, str], object]) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes))
    sheet = book["assessments"]
    for row in range(3, sheet.max_row + 1):
        key = (sheet.cell(row, 1).value, sheet.cell(row, 4).value)
        if key in values:
            sheet.cell(row, 5).value = values[key]
            sheet.cell(row, 6).value = None  # the status follows from the new value and the threshold
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_filled_template_imports_and_the_dashboard_query_shows_the_new_numbers(root, tmp_path):
    template = build_template(root, "assessments", "001", "2020-H1")
    # Text with a decimal comma, a percentage typed as text: what staff type.
    filled = _fill(template, {("00002", "1.1"): "50,5", ("00002", "2.1"): "90%", ("00001", "1.1"): 30})
    result = import_file(root, "mau-nhap.xlsx", filled, admin="Lan")
    assert result.ok, [p.render("en") for p in result.problems]
    store = Store(published_dir(root), tmp_path / "cache")
    filters = Filters(period="2020-H1", set_id="S1", province_code="01", district_code="001")
    cursor = store.cursor()
    try:
        by_key = {
            (unit, r.indicator_code): (r.value, r.status)
            for unit in ("00001", "00002")
            for r in indicator_results(cursor, filters, unit).itertuples()
        }
    finally:
        cursor.close()
        store.close()
    assert by_key[("00002", "1.1")] == (50.5, "met")
    assert by_key[("00002", "2.1")] == (90.0, "met")
    assert by_key[("00001", "1.1")] == (30.0, "not_met")
