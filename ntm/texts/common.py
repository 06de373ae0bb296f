"""Texts of the application shell, the scope bar and the overview."""

TEXTS: dict[str, dict[str, str]] = {
    # Application
    "app.language": {"vi": "Ngôn ngữ / Language", "en": "Ngôn ngữ / Language"},
    # Written into the page Streamlit sends before its scripts run: the language is not known yet.
    "app.loading": {"vi": "Đang tải bảng điều hành…", "en": "Loading the dashboard…"},
    "app.sample_notice": {
        "vi": "Dữ liệu mẫu — không phải số liệu chính thức.",
        "en": "Sample data — not official figures.",
    },
    # The data set holds only part of the province (metadata `coverage.<province>.<lang>`).
    "app.coverage": {
        "vi": "Phạm vi dữ liệu của tỉnh: {note}.",
        "en": "Data coverage of this province: {note}.",
    },
    "app.data_error": {
        "vi": "Không tải được dữ liệu. Hãy sửa các lỗi sau rồi tải lại trang:",
        "en": "The data could not be loaded. Fix these problems, then reload the page:",
    },
    "app.serving_last_good": {
        "vi": "Dữ liệu mới nhất không tải được nên bảng điều khiển đang hiển thị bản dữ liệu tốt gần nhất. "
        "Cán bộ quản trị cần sửa các lỗi sau:",
        "en": "The newest data could not be loaded, so the dashboard shows the last good version. "
        "An administrator needs to fix these problems:",
    },
    "app.no_data": {
        "vi": "Chưa có dữ liệu trong thư mục {path}. Chạy `make run` để tạo dữ liệu mẫu.",
        "en": "There is no data in {path}. Run `make run` to build the sample data.",
    },
    "page.overview": {"vi": "Tổng quan", "en": "Overview"},
    "scope.heading": {"vi": "Phạm vi", "en": "Scope"},
    "scope.province": {"vi": "Tỉnh", "en": "Province"},
    "scope.district": {"vi": "Huyện", "en": "District"},
    "scope.all_districts": {"vi": "Toàn tỉnh", "en": "Whole province"},
    "scope.period": {"vi": "Kỳ báo cáo", "en": "Period"},
    "scope.communes": {"vi": "Xã", "en": "Communes"},
    "scope.all_communes": {"vi": "Tất cả các xã", "en": "All communes"},
    "scope.commune_search": {"vi": "Tìm xã", "en": "Find a commune"},
    "scope.commune_search_hint": {"vi": "gõ có dấu hoặc không dấu", "en": "with or without diacritics"},
    "scope.search_found_single": {
        "vi": "1 xã khớp: {names} — chọn trong ô “Xã” bên dưới.",
        "en": "1 commune matches: {names} — choose it in “Communes” below.",
    },
    "scope.search_found": {
        "vi": "{count} xã khớp: {names} — chọn trong ô “Xã” bên dưới.",
        "en": "{count} communes match: {names} — choose in “Communes” below.",
    },
    "scope.search_none": {"vi": "Không có xã nào khớp.", "en": "No commune matches."},
    "scope.criteria": {"vi": "Tiêu chí", "en": "Criteria"},
    "page.commune": {"vi": "Xã", "en": "Commune"},
    "page.criterion": {"vi": "Tiêu chí", "en": "Criterion"},
    "page.set_change": {"vi": "Bộ tiêu chí mới", "en": "New criteria set"},
    "scope.criteria_set": {"vi": "Bộ tiêu chí", "en": "Criteria set"},
    "scope.caption": {
        "vi": "{place} · {period_name} · {set_name}",
        "en": "{place} · {period_name} · {set_name}",
    },
    "scope.fallback": {
        "vi": "Giá trị “{value}” của bộ lọc {name} không có trong dữ liệu; đã dùng mặc định.",
        "en": "Filter {name} value “{value}” is not in the data; the default is used.",
    },
    "period.name": {"vi": "6 tháng đầu năm {year}", "en": "first half of {year}"},
    "period.name_h2": {"vi": "6 tháng cuối năm {year}", "en": "second half of {year}"},
    "period.axis_halves": {
        "vi": "Mỗi năm hai kỳ: 6 tháng đầu năm, 6 tháng cuối năm",
        "en": "Two periods a year: first half, second half",
    },
    # The same names broken into lines for a chart's axis (tests check the words are the names').
    "period.tick": {"vi": "6 tháng<br>đầu năm<br>{year}", "en": "first half<br>of {year}"},
    "period.tick_h2": {"vi": "6 tháng<br>cuối năm<br>{year}", "en": "second half<br>of {year}"},
    "chart.bins_title": {"vi": "Số xã theo số tiêu chí đạt", "en": "Communes by criteria met"},
    "chart.bins_x": {"vi": "Số tiêu chí đạt", "en": "Criteria met"},
    "chart.bins_y": {"vi": "Số xã", "en": "Communes"},
    "col.unit_code": {"vi": "Mã xã", "en": "Code"},
    "col.name": {"vi": "Xã", "en": "Commune"},
    "col.district_name": {"vi": "Huyện", "en": "District"},
    "col.criteria_met": {"vi": "Tiêu chí đạt", "en": "Criteria met"},
    "col.reaches": {"vi": "Đạt chuẩn", "en": "Meets all"},
    "col.recognised": {"vi": "Đã công nhận", "en": "Recognised"},
    "col.decision": {"vi": "Quyết định công nhận", "en": "Recognition decision"},
    "empty.no_communes": {
        "vi": "Không có xã nào trong phạm vi đã chọn cho kỳ này.",
        "en": "No commune is in the chosen scope for this period.",
    },
}
