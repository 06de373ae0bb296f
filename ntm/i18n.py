"""Every user-visible string, in Vietnamese (first) and English, looked up by key; number and date formats."""

from __future__ import annotations

import math
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

CATALOGUE: dict[str, dict[str, str]] = {
    # Data problems (ntm check, loading)
    "problem.location": {
        "vi": "{file}, dòng {row}, cột {column}",
        "en": "{file}, row {row}, column {column}",
    },
    "problem.location_column": {"vi": "{file}, cột {column}", "en": "{file}, column {column}"},
    "problem.location_file": {"vi": "{file}", "en": "{file}"},
    "problem.missing_file": {
        "vi": "thiếu tệp bắt buộc (cần bảng {table})",
        "en": "required file is missing (table {table})",
    },
    "problem.unreadable_file": {
        "vi": "không đọc được tệp Parquet (hỏng hoặc không phải Parquet): {detail}",
        "en": "cannot read the Parquet file (corrupt or not Parquet): {detail}",
    },
    "problem.missing_column": {"vi": "thiếu cột bắt buộc", "en": "required column is missing"},
    "problem.wrong_type": {
        "vi": "sai kiểu dữ liệu: cần {expected}, tệp có {found}",
        "en": "wrong type: expected {expected}, found {found}",
    },
    "problem.null_value": {"vi": "ô bắt buộc bị trống", "en": "required value is empty"},
    "problem.not_allowed": {
        "vi": "giá trị “{value}” không hợp lệ; chỉ nhận: {allowed}",
        "en": "value “{value}” is not allowed; expected one of: {allowed}",
    },
    "problem.duplicate_key": {
        "vi": "trùng khóa ({key}) = {value}, đã có ở dòng {first_row}",
        "en": "duplicate key ({key}) = {value}, already at row {first_row}",
    },
    "problem.unknown_code": {
        "vi": "mã “{value}” không có trong {reference}",
        "en": "code “{value}” is not in {reference}",
    },
    "problem.malformed_period": {
        "vi": "kỳ “{value}” sai dạng; cần dạng 2019-H1 hoặc 2019-H2",
        "en": "period “{value}” is malformed; expected like 2019-H1 or 2019-H2",
    },
    "problem.percent_out_of_range": {
        "vi": "tỷ lệ {value} nằm ngoài khoảng 0–100 (chỉ tiêu {indicator})",
        "en": "percentage {value} is outside 0–100 (indicator {indicator})",
    },
    "problem.negative_value": {"vi": "giá trị âm {value}", "en": "negative value {value}"},
    "problem.missing_threshold": {
        "vi": "chỉ tiêu định lượng {indicator} của bộ {set_id} chưa có ngưỡng nào",
        "en": "numeric indicator {indicator} of set {set_id} has no threshold",
    },
    "problem.invalid_date_range": {
        "vi": "ngày kết thúc {value} trước ngày bắt đầu {start}",
        "en": "end {value} is before start {start}",
    },
    "problem.not_valid_in_period": {
        "vi": "đơn vị “{value}” không còn/chưa có hiệu lực vào kỳ {period}",
        "en": "unit “{value}” is not valid in period {period}",
    },
    "problem.status_contradicts_threshold": {
        "vi": "trạng thái ghi “{value}” trái với ngưỡng (giá trị {measured} so với {threshold})",
        "en": "recorded status “{value}” contradicts the threshold (value {measured} against {threshold})",
    },
    "problem.more": {
        "vi": "… và {count} dòng khác cùng lỗi ở cột này",
        "en": "… and {count} more rows with the same problem in this column",
    },
    "problem.severity.error": {"vi": "LỖI", "en": "ERROR"},
    "problem.severity.warning": {"vi": "CẢNH BÁO", "en": "WARNING"},
    "type.str": {"vi": "chuỗi", "en": "text"},
    "type.date": {"vi": "ngày", "en": "date"},
    "type.int": {"vi": "số nguyên", "en": "integer"},
    "type.float": {"vi": "số", "en": "number"},
    "type.bool": {"vi": "đúng/sai", "en": "true/false"},
    "check.ok": {
        "vi": "Dữ liệu hợp lệ: {tables} bảng, {rows} dòng.",
        "en": "Data is valid: {tables} tables, {rows} rows.",
    },
    "check.failed": {
        "vi": "Dữ liệu có {errors} lỗi, {warnings} cảnh báo.",
        "en": "The data has {errors} errors and {warnings} warnings.",
    },
    # Application
    "app.title": {"vi": "Bảng điều hành Nông thôn mới", "en": "New Rural Development Dashboard"},
    "app.short_title": {"vi": "NTM", "en": "NTM"},
    "app.language": {"vi": "Ngôn ngữ / Language", "en": "Ngôn ngữ / Language"},
    "app.sample_notice": {
        "vi": "Dữ liệu mẫu — không phải số liệu chính thức.",
        "en": "Sample data — not official figures.",
    },
    "app.data_error": {
        "vi": "Không tải được dữ liệu. Hãy sửa các lỗi sau rồi tải lại trang:",
        "en": "The data could not be loaded. Fix these problems, then reload the page:",
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
    "kpi.communes": {"vi": "Số xã", "en": "Communes"},
    "kpi.reaching": {"vi": "Xã đạt 19/19 tiêu chí", "en": "Communes meeting all criteria"},
    "kpi.reaching_generic": {
        "vi": "Xã đạt đủ {total} tiêu chí",
        "en": "Communes meeting all {total} criteria",
    },
    "kpi.recognised": {"vi": "Xã được công nhận", "en": "Communes recognised"},
    "kpi.average": {"vi": "Bình quân tiêu chí/xã", "en": "Average criteria met per commune"},
    "kpi.unknown": {"vi": "Xã còn tiêu chí chưa có số liệu", "en": "Communes with criteria lacking data"},
    "kpi.share_of": {"vi": "{share} số xã", "en": "{share} of communes"},
    "chart.bins_title": {
        "vi": "Số xã theo số tiêu chí đạt — {place}, {period_name}",
        "en": "Communes by criteria met — {place}, {period_name}",
    },
    "chart.bins_x": {"vi": "Số tiêu chí đạt", "en": "Criteria met"},
    "chart.bins_y": {"vi": "Số xã", "en": "Communes"},
    "table.communes_title": {"vi": "Kết quả theo xã", "en": "Results by commune"},
    "col.unit_code": {"vi": "Mã xã", "en": "Code"},
    "col.name": {"vi": "Xã", "en": "Commune"},
    "col.district_name": {"vi": "Huyện", "en": "District"},
    "col.criteria_met": {"vi": "Tiêu chí đạt", "en": "Criteria met"},
    "col.criteria_unknown": {"vi": "Chưa có số liệu", "en": "Lacking data"},
    "col.reaches": {"vi": "Đạt chuẩn", "en": "Meets all"},
    "col.recognised": {"vi": "Đã công nhận", "en": "Recognised"},
    "col.decision": {"vi": "Quyết định công nhận", "en": "Recognition decision"},
    "value.yes": {"vi": "Có", "en": "Yes"},
    "value.no": {"vi": "Không", "en": "No"},
    "empty.no_communes": {
        "vi": "Không có xã nào trong phạm vi đã chọn cho kỳ này.",
        "en": "No commune is in the chosen scope for this period.",
    },
}


class MissingTranslation(KeyError):
    pass


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **values: object) -> str:
    try:
        template = CATALOGUE[key][lang if lang in LANGUAGES else DEFAULT_LANGUAGE]
    except KeyError as error:
        raise MissingTranslation(key) from error
    return template.format(**values) if values else template


def format_number(value: float | int | None, lang: str = DEFAULT_LANGUAGE, decimals: int = 0) -> str:
    """`1.234,5` in Vietnamese, `1,234.5` in English; an empty value shows as an en dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    # Half-up, as people round by hand: 41,25 → 41,3 (binary floats would give 41,2).
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"
    if lang == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_percent(share: float | None, lang: str = DEFAULT_LANGUAGE, decimals: int = 1) -> str:
    """A share (0–1) as a percentage: `41,2 %` in Vietnamese, `41.2%` in English."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    number = format_number(share * 100, lang, decimals)
    return f"{number} %" if lang == "vi" else f"{number}%"


def format_date(value: date | None, lang: str = DEFAULT_LANGUAGE) -> str:
    if value is None:
        return "–"
    return value.strftime("%d/%m/%Y") if lang == "vi" else value.strftime("%d %b %Y")


def period_name(label: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """`2019-H1` → `6 tháng đầu năm 2019` / `first half of 2019`."""
    year, half = label[:4], label[-1]
    return t("period.name" if half == "1" else "period.name_h2", lang, year=year)
