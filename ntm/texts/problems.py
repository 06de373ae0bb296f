"""Messages about data problems (ntm check, loading, import)."""

TEXTS: dict[str, dict[str, str]] = {
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
    # The command line's refusals of a path it was given (after "LỖI / ERROR:", both languages on one line).
    "cli.no_folder": {"vi": "không có thư mục", "en": "no such folder"},
    "cli.no_file": {"vi": "không có tệp", "en": "no such file"},
    "check.ok": {
        "vi": "Dữ liệu hợp lệ: {tables} bảng, {rows} dòng.",
        "en": "Data is valid: {tables} tables, {rows} rows.",
    },
    "check.failed": {
        "vi": "Dữ liệu có {errors} lỗi, {warnings} cảnh báo.",
        "en": "The data has {errors} errors and {warnings} warnings.",
    },
}
