"""A corrupted file in the data folder: the app keeps serving the last good version and names the file."""

from ntm.ui.cache import clear_caches


def _truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _metrics(app):
    # As read: a no-break space (kept inside "33,3 %" so it never wraps alone) reads as a space.
    return {m.label: m.value.replace("\u00a0", " ") for m in app.metric}


def test_a_corrupted_file_keeps_the_last_good_numbers_and_names_the_broken_file(data_dir, make_app):
    good = make_app().run()
    assert not good.exception
    assert all("tốt gần nhất" not in w.value for w in good.warning)
    before = _metrics(good)
    assert before["Xã đạt chuẩn NTM"] == "1/3 xã · 33,3 %"

    _truncate(data_dir / "assessments.parquet")
    app = make_app().run()
    assert not app.exception
    warnings = " ".join(w.value for w in app.warning)
    assert "bản dữ liệu tốt gần nhất" in warnings and "assessments.parquet" in warnings
    assert _metrics(app) == before
    data_page = app.switch_page("pages/data.py").run()
    assert not data_page.exception
    assert any("Dữ liệu hiện tại có lỗi" in w.value for w in data_page.warning)

    clear_caches()  # as after a restart of the server: the record in the cache folder is enough
    restarted = make_app().run()
    assert not restarted.exception
    assert "assessments.parquet" in " ".join(w.value for w in restarted.warning)
    assert _metrics(restarted) == before


def test_a_corrupted_file_with_no_good_version_before_it_stops_with_the_reason(data_dir, make_app):
    _truncate(data_dir / "assessments.parquet")
    app = make_app().run()
    assert not app.exception
    errors = " ".join(e.value for e in app.error)
    assert "Không tải được dữ liệu" in errors and "assessments.parquet" in errors
    assert not app.metric
