"""Dữ liệu / Data page: templates for anyone, login, rollback for the administrator, and broken data."""

import pandas as pd
import pytest

from ntm.importing.importer import import_file
from ntm.store.admin import LIMITER, hash_password
from ntm.store.tables_io import write_table
from ntm.store.versions import current_id, list_versions, published_dir
from ntm.ui.cache import current_store

PASSWORD = "mật-khẩu-thử"
ASSESSMENT = "subject_code,period,set_id,indicator_code,value,status\n00001,2020-H1,S1,1.1,47,\n"


@pytest.fixture
def admin_configured(monkeypatch):
    monkeypatch.setenv("NTM_ADMIN_PASSWORD_HASH", hash_password(PASSWORD))
    LIMITER.reset()
    yield
    LIMITER.reset()


def _data_page(make_app, lang="en"):
    app = make_app(lang=lang).run()
    return app.switch_page("pages/data.py").run()


def _texts(app) -> str:
    parts = [
        e.value
        for kind in ("info", "warning", "success", "error", "caption", "markdown")
        for e in app.get(kind)
    ]
    return "\n".join(str(p) for p in parts)


def test_without_an_admin_the_page_says_how_to_configure_one_and_offers_templates(
    data_dir, make_app, monkeypatch
):
    monkeypatch.delenv("NTM_ADMIN_PASSWORD_HASH", raising=False)
    monkeypatch.setattr("ntm.store.admin.PROJECT_ROOT", data_dir)
    app = _data_page(make_app)
    assert not app.exception and not app.error
    assert app.title[0].value == "Data"
    assert "make admin-password" in _texts(app) and "no restart is needed" in _texts(app)
    assert not app.get("file_uploader")
    template = {s.label: s.value for s in app.selectbox if s.label in ("Input kind", "District", "Period")}
    # The template's district and period follow the scope bar (the data's default view).
    assert template == {
        "Input kind": "units",
        "District": app.selectbox(key="scope_district").value,
        "Period": app.selectbox(key="scope_period").value,
    }


def test_a_wrong_password_is_refused_and_the_right_one_logs_in(data_dir, make_app, admin_configured):
    app = _data_page(make_app)
    app.text_input(key="admin_login_name").input("Lan")
    app.text_input(key="admin_login_password").input("sai")
    app.button[0].click().run()
    assert "Wrong password." in _texts(app)
    app.text_input(key="admin_login_password").input(PASSWORD)
    app.button[0].click().run()
    assert not app.exception
    assert "Logged in: Lan" in _texts(app)


def test_the_admin_rolls_back_to_an_earlier_version(data_dir, make_app, admin_configured):
    assert import_file(data_dir, "assessments.csv", ASSESSMENT.encode(), admin="Lan").ok
    initial = list_versions(data_dir)[-1].id
    app = _data_page(make_app)
    app.text_input(key="admin_login_name").input("Minh")
    app.text_input(key="admin_login_password").input(PASSWORD)
    app.button[0].click().run()
    rollback = next(s for s in app.selectbox if s.label == "Roll back to version")
    rollback.set_value(initial).run()
    button = next(b for b in app.button if b.label == "Roll back")
    assert button.disabled  # nothing is rolled back before the admin has read what it does
    shown = _texts(app).replace("\\", "")  # the lines are Markdown, escaped
    assert (
        "After the rollback the dashboard shows the version: Initial data (before the first publish)."
        in shown
    )
    assert "No longer shown: the changes of " in shown and " · Lan · assessments.csv (" in shown
    app.checkbox(key=f"rollback_confirm_{initial}").check().run()
    next(b for b in app.button if b.label == "Roll back").click().run()
    assert not app.exception
    assert current_id(data_dir) == initial
    assert f"Switched to version {initial}." in _texts(app)
    assert app.dataframe[-1].value.iloc[-1, -1] == "✓"
    # Every page's store follows CURRENT: the dashboards show the rolled-back data at their next run.
    assert current_store().data_dir == published_dir(data_dir)


def test_the_page_works_while_the_current_data_is_broken(data_dir, make_app):
    (data_dir / "units.parquet").write_bytes(b"not parquet")
    app = _data_page(make_app, lang="vi")
    assert not app.exception
    assert app.title[0].value == "Dữ liệu"
    assert "Dữ liệu hiện tại có lỗi" in _texts(app)


def _logged_in(make_app):
    app = _data_page(make_app)
    app.text_input(key="admin_login_name").input("Lan")
    app.text_input(key="admin_login_password").input(PASSWORD)
    app.button[0].click().run()
    return app


def _click(app, label: str):
    next(b for b in app.button if b.label == label).click().run()
    assert not app.exception, app.exception
    return app


def test_validate_only_previews_each_change_per_commune_and_publishes_nothing(
    data_dir, make_app, admin_configured
):
    app = _logged_in(make_app)
    csv = ASSESSMENT + "00003,2020-H1,S1,2.1,70,\n"
    app.file_uploader(key="import_file").set_value(("assessments.csv", csv.encode(), "text/csv")).run()
    _click(app, "Validate only")
    assert "The file is valid: 2 rows. Not published." in _texts(app)
    counts, preview = app.dataframe[0].value, app.dataframe[1].value
    assert counts.values.tolist() == [["00001", "An", 0, 1, 0], ["00003", "Cát", 0, 1, 0]]
    assert preview.columns.tolist() == [
        "Unit code",
        "Commune",
        "Period",
        "Indicator / item",
        "Before",
        "After",
        "Change",
    ]
    assert preview.values.tolist()[0] == [
        "00001",
        "An",
        "2020-H1",
        "1.1",
        "46",  # the status its threshold decides is met before and after: not a change to show
        "47",
        "Change",
    ]
    assert "Every other row is kept as it is." in _texts(app)
    assert list_versions(data_dir) == []


def test_a_replace_that_removes_rows_publishes_only_after_the_removals_are_confirmed(
    data_dir, make_app, admin_configured
):
    app = _logged_in(make_app)
    app.file_uploader(key="import_file").set_value(("assessments.csv", ASSESSMENT.encode(), "text/csv")).run()
    next(c for c in app.checkbox if c.label.startswith("Replace")).check().run()
    _click(app, "Validate and publish")
    assert list_versions(data_dir) == []
    assert "removing exactly 3 rows was not confirmed" in app.dataframe[0].value.iloc[0, -1]
    assert "Replace mode will remove 3 rows" in _texts(app)
    preview = app.dataframe[-1].value
    assert preview[preview["Change"] == "Remove"]["Indicator / item"].tolist() == ["2.1", "2.2", "3.1"]

    confirm = next(c for c in app.checkbox if "these 3 rows" in c.label)
    confirm.check().run()
    _click(app, "Validate and publish")
    assert "Published version" in _texts(app)
    assert list_versions(data_dir)[0].summary["assessments"] == {"added": 0, "changed": 1, "removed": 3}


def test_the_data_page_marks_sample_data_like_every_page(data_dir, make_app):
    write_table("metadata", pd.DataFrame({"key": ["is_sample"], "value": ["true"]}), data_dir)
    vietnamese = _data_page(make_app, lang="vi")
    assert any("Dữ liệu mẫu" in w.value for w in vietnamese.warning)


def test_the_data_page_of_real_data_has_no_sample_notice(data_dir, make_app):
    assert not any("Dữ liệu mẫu" in w.value for w in _data_page(make_app, lang="vi").warning)


def test_an_assessments_template_is_made_for_a_chosen_set_and_named_like_every_export(data_dir, make_app):
    app = _data_page(make_app, lang="vi")
    app.selectbox(key="datain_template_kind").select("assessments").run()
    chosen_set = app.selectbox(key="datain_template_set")
    assert chosen_set.options[0] == "Bộ thử"  # the NTM set of xã first, the template's default
    assert chosen_set.label == "Bộ tiêu chí"
    assert [b.proto.label for b in app.get("download_button")] == ["Tải mẫu Excel"]
    assert chosen_set.options == ["Bộ thử", "Thôn kiểu mẫu thử"]  # every set in force, the villages' too


def test_a_template_is_named_like_every_export_in_vietnamese_words():
    from ntm.importing.templates import template_file_name

    # Like `ntm_bang-diem_song-lo_2019-H1.xlsx`: what in Vietnamese (ASCII), place, period; no code.
    assert (
        template_file_name("assessments", "Huyện Sông Lô", "2024-H2", "advanced")
        == "ntm_mau-nhap-ket-qua-danh-gia-tieu-chi-ntm-nang-cao_song-lo_2024-H2.xlsx"
    )
    assert (
        template_file_name("units", "Huyện Sông Lô", "2024-H2")
        == "ntm_mau-nhap-don-vi-va-thon_song-lo_2024-H2.xlsx"
    )
