"""The official 2026–2030 list through the data page: the administrator uploads the criteria workbook, the
criterion page then shows its group thresholds; a workbook with a group 4 is refused at its row and changes
nothing. The workbook and the hand-computed statuses: tests/integration/test_import_criteria_2026.py."""

import io
import shutil

import openpyxl
import pytest

from ntm.store.admin import LIMITER, hash_password
from ntm.store.versions import list_versions
from tests.app.helpers import open_page
from tests.integration.test_import_criteria_2026 import official_workbook

PASSWORD = "mật-khẩu-thử"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def root(app_data, sample_data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("NTM_ADMIN_PASSWORD_HASH", hash_password(PASSWORD))
    LIMITER.reset()
    data = shutil.copytree(sample_data_dir, tmp_path / "sample")
    app_data(data=data)
    yield data
    LIMITER.reset()


def _upload(make_app, name: str, data: bytes):
    app = make_app(lang="en").run()
    app.switch_page("pages/data.py").run()
    app.text_input(key="admin_login_name").input("Lan")
    app.text_input(key="admin_login_password").input(PASSWORD)
    app.button[0].click().run()
    app.file_uploader(key="import_file").set_value((name, data, XLSX)).run()
    next(b for b in app.button if b.label == "Validate and publish").click().run()
    assert not app.exception, app.exception
    return app


def _texts(app) -> str:
    return "\n".join(
        str(e.value) for kind in ("info", "warning", "success", "error", "caption") for e in app.get(kind)
    )


def test_the_official_list_uploaded_on_the_data_page_gives_the_criterion_page_its_group_thresholds(
    root, make_app
):
    app = _upload(make_app, "bo-tieu-chi-2026-2030.xlsx", official_workbook(root))
    assert "Published version" in _texts(app), _texts(app)
    assert len(list_versions(root)) == 2  # the sample kept as "initial", then the official list

    page = open_page(make_app, "pages/criterion.py", criterion="3", period="2026-H1")
    assert page.selectbox(key="focus_indicator").value == "3.1"
    captions = _texts(page)
    # Sông Lô, Yên Lãng, Hải Lựu, Sơn Đông are group 2, Tam Sơn group 1.
    assert (
        "Ngưỡng theo nhóm xã (bộ tiêu chí 2026–2030): nhóm 2: ≥ 87,6 triệu đồng/người/năm (4 xã); "
        "nhóm 1: ≥ 86 triệu đồng/người/năm (1 xã)." in captions
    )
    failing = next(f.value for f in page.dataframe if list(f.value.columns[:1]) == ["Xã"])
    song_lo = failing[failing["Mã xã"] == "08848"]
    assert song_lo[["Chỉ tiêu", "Giá trị", "Ngưỡng", "Nhóm xã", "Tình trạng"]].values.tolist() == [
        ["3.1", "87,5", "≥ 87,6", "nhóm 2", "Chưa đạt"]
    ]


def test_a_group_4_threshold_is_refused_on_the_page_naming_file_row_and_column(root, make_app):
    book = openpyxl.load_workbook(io.BytesIO(official_workbook(root)))
    sheet = book["thresholds"]
    sheet["D3"].value = "4"
    assert "commune_group" in str(sheet["D2"].value)
    buffer = io.BytesIO()
    book.save(buffer)
    app = _upload(make_app, "bo-tieu-chi-sai.xlsx", buffer.getvalue())
    report = app.dataframe[0].value
    assert report.iloc[0, :5].tolist() == [
        "bo-tieu-chi-sai.xlsx",
        "thresholds",
        3,
        "Commune group (empty = every group)",
        "4",
    ]
    assert "expected one of: 1, 2, 3" in report.iloc[0, -1] and "chỉ nhận: 1, 2, 3" in report.iloc[0, -2]
    assert list_versions(root) == []
