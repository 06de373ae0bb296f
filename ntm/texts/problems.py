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
    "problem.invalid_year_range": {
        "vi": "năm kết thúc {value} trước năm bắt đầu {start}",
        "en": "end year {value} is before start year {start}",
    },
    "problem.threshold_group_in_region_set": {
        "vi": "ngưỡng cho nhóm xã “{value}” nhưng bộ {set_id} đặt ngưỡng theo vùng, không theo nhóm xã: "
        "dòng này không bao giờ được dùng; để trống cột commune_group hoặc ghi threshold_basis = "
        "commune_group cho bộ trong criteria_sets",
        "en": "a threshold for commune group “{value}”, but set {set_id} keys its thresholds by region, not by "
        "commune group: this row is never used; leave commune_group empty or give the set threshold_basis = "
        "commune_group in criteria_sets",
    },
    "problem.threshold_region_in_group_set": {
        "vi": "ngưỡng cho vùng “{value}” nhưng bộ {set_id} đặt ngưỡng theo nhóm xã, không theo vùng: "
        "dòng này không bao giờ được dùng; để trống cột region và ghi nhóm xã vào cột commune_group",
        "en": "a threshold for region “{value}”, but set {set_id} keys its thresholds by commune group, not by "
        "region: this row is never used; leave region empty and put the group in commune_group",
    },
    "problem.overlapping_groups": {
        "vi": "nhóm xã của “{unit}” cho các năm {value}–{year_to} chồng lên các năm {other_from}–{other_to} "
        "ở dòng {other_row}: mỗi năm một xã chỉ thuộc một nhóm",
        "en": "the group of “{unit}” for {value}–{year_to} overlaps {other_from}–{other_to} at row {other_row}: "
        "a commune is in one group a year",
    },
    "problem.group_for_non_commune": {
        "vi": "“{value}” là {unit_type}, không phải xã, trong các năm {year_from}–{year_to}: nhóm xã chỉ dành cho xã",
        "en": "“{value}” is a {unit_type}, not a xã, in {year_from}–{year_to}: commune groups are for xã only",
    },
    "problem.no_commune_group": {
        "vi": "xã “{value}” được đánh giá theo bộ {set_id} (ngưỡng theo nhóm xã) kỳ {period} nhưng không có "
        "nhóm xã cho năm {year} trong commune_groups.parquet: không chọn được ngưỡng của xã",
        "en": "commune “{value}” is assessed against set {set_id} (thresholds by commune group) in {period} but "
        "has no group for {year} in commune_groups.parquet: its thresholds cannot be chosen",
    },
    "problem.recognition_before_unit": {
        "vi": "quyết định công nhận “{value}” ký ngày {decision_date}, trước khi đơn vị này có "
        "(có hiệu lực từ {valid_from})",
        "en": "the recognition of “{value}” is dated {decision_date}, before the unit existed "
        "(valid from {valid_from})",
    },
    "problem.recognition_after_unit": {
        "vi": "quyết định công nhận “{value}” ký ngày {decision_date}, khi đơn vị này đã hết hiệu lực "
        "(đến {valid_to}); xã sau sáp nhập không kế thừa công nhận, cần quyết định theo mã mới",
        "en": "the recognition of “{value}” is dated {decision_date}, after the unit ceased to exist "
        "(valid to {valid_to}); a merged commune does not inherit recognitions, a decision needs its new code",
    },
    "problem.recognised_year_after_decision": {
        "vi": "năm được công nhận {value} sau năm ký quyết định ({decision_date})",
        "en": "recognised year {value} is after the year the decision was signed ({decision_date})",
    },
    "problem.recognised_year_long_before_decision": {
        "vi": "năm được công nhận {value} sớm hơn năm ký quyết định ({decision_date}) quá một năm",
        "en": "recognised year {value} is more than one year before the decision was signed ({decision_date})",
    },
    "problem.district_after_reform": {
        "vi": "đơn vị “{unit}” có hiệu lực từ {valid_from} nhưng ghi huyện “{value}”: từ 01/07/2025 không còn "
        "cấp huyện; để trống cột này",
        "en": "unit “{unit}” is valid from {valid_from} but names district “{value}”: there is no district "
        "level since 01/07/2025; leave this column empty",
    },
    "problem.target_share_out_of_range": {
        "vi": "tỷ lệ mục tiêu {value} nằm ngoài khoảng 0–100 (tính theo phần trăm)",
        "en": "target share {value} is outside 0–100 (it is a percentage)",
    },
    "problem.target_without_share_or_count": {
        "vi": "mục tiêu không có tỷ lệ (target_share) lẫn số xã (target_count): cần đúng một trong hai",
        "en": "the target has neither a share (target_share) nor a count (target_count): give exactly one",
    },
    "problem.target_with_share_and_count": {
        "vi": "mục tiêu có cả tỷ lệ {share} lẫn số xã {value}: cần đúng một trong hai",
        "en": "the target has both a share {share} and a count {value}: give exactly one",
    },
    "problem.scope_code_for_national": {
        "vi": "mục tiêu toàn quốc có mã phạm vi “{value}”: để trống scope_code khi scope_level là national",
        "en": "a national target has scope code “{value}”: leave scope_code empty when scope_level is national",
    },
    "problem.scope_code_missing": {
        "vi": "mục tiêu có scope_level = {level} nhưng thiếu scope_code (mã tỉnh hoặc mã xã)",
        "en": "the target has scope_level = {level} but no scope_code (the province's or commune's code)",
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
