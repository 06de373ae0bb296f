"""Texts of data import: the “Dữ liệu” page, templates, the validation report, versions and the admin login."""

from ntm.texts.problems import TEXTS as PROBLEM_TEXTS

# Column labels of templates and reports: (table.column) -> (Vietnamese, English).
_COLUMNS = {
    "units.unit_code": ("Mã xã", "Unit code"),
    "units.name": ("Tên", "Name"),
    "units.unit_type": ("Loại đơn vị", "Unit type"),
    "units.district_code": ("Mã huyện", "District code"),
    "units.district_name": ("Tên huyện", "District name"),
    "units.province_code": ("Mã tỉnh", "Province code"),
    "units.province_name": ("Tên tỉnh", "Province name"),
    "units.region": ("Vùng", "Region"),
    "units.valid_from": ("Hiệu lực từ", "Valid from"),
    "units.valid_to": ("Hiệu lực đến", "Valid to"),
    "unit_lineage.from_code": ("Mã đơn vị cũ", "From code"),
    "unit_lineage.to_code": ("Mã đơn vị mới", "To code"),
    "unit_lineage.relation": ("Hình thức", "Relation"),
    "unit_lineage.legal_act": ("Văn bản", "Legal act"),
    "unit_lineage.effective_date": ("Ngày hiệu lực", "Effective date"),
    "villages.village_code": ("Mã thôn", "Village code"),
    "villages.unit_code": ("Mã xã", "Unit code"),
    "villages.name": ("Tên thôn", "Village name"),
    "villages.valid_from": ("Hiệu lực từ", "Valid from"),
    "villages.valid_to": ("Hiệu lực đến", "Valid to"),
    "criteria_sets.set_id": ("Mã bộ tiêu chí", "Set id"),
    "criteria_sets.tier": ("Mức", "Tier"),
    "criteria_sets.level": ("Cấp", "Level"),
    "criteria_sets.name_vi": ("Tên (tiếng Việt)", "Name (Vietnamese)"),
    "criteria_sets.name_en": ("Tên (tiếng Anh)", "Name (English)"),
    "criteria_sets.legal_basis": ("Căn cứ pháp lý", "Legal basis"),
    "criteria_sets.valid_from": ("Hiệu lực từ", "Valid from"),
    "criteria_sets.valid_to": ("Hiệu lực đến", "Valid to"),
    "criteria_sets.threshold_basis": (
        "Ngưỡng theo (region = vùng, commune_group = nhóm xã)",
        "Thresholds by (region, commune_group)",
    ),
    "criteria.set_id": ("Mã bộ tiêu chí", "Set id"),
    "criteria.criterion_no": ("Số tiêu chí", "Criterion no."),
    "criteria.group_no": ("Nhóm", "Group no."),
    "criteria.name_vi": ("Tên (tiếng Việt)", "Name (Vietnamese)"),
    "criteria.name_en": ("Tên (tiếng Anh)", "Name (English)"),
    "indicators.set_id": ("Mã bộ tiêu chí", "Set id"),
    "indicators.indicator_code": ("Mã chỉ tiêu", "Indicator code"),
    "indicators.criterion_no": ("Số tiêu chí", "Criterion no."),
    "indicators.name_vi": ("Tên (tiếng Việt)", "Name (Vietnamese)"),
    "indicators.name_en": ("Tên (tiếng Anh)", "Name (English)"),
    "indicators.unit": ("Đơn vị tính", "Unit of measure"),
    "indicators.kind": ("Loại", "Kind"),
    "indicators.direction": ("Chiều so sánh", "Direction"),
    "thresholds.set_id": ("Mã bộ tiêu chí", "Set id"),
    "thresholds.indicator_code": ("Mã chỉ tiêu", "Indicator code"),
    "thresholds.region": ("Vùng (trống = mọi vùng)", "Region (empty = every region)"),
    "thresholds.commune_group": ("Nhóm xã (trống = mọi nhóm)", "Commune group (empty = every group)"),
    "thresholds.year_from": ("Từ năm", "From year"),
    "thresholds.year_to": ("Đến năm", "To year"),
    "thresholds.threshold_value": ("Ngưỡng", "Threshold"),
    "thresholds.source": ("Nguồn", "Source"),
    "assessments.subject_code": ("Mã xã / thôn", "Commune / village code"),
    "assessments.period": ("Kỳ", "Period"),
    "assessments.set_id": ("Mã bộ tiêu chí", "Set id"),
    "assessments.indicator_code": ("Mã chỉ tiêu", "Indicator code"),
    "assessments.value": ("Giá trị", "Value"),
    "assessments.status": ("Trạng thái", "Status"),
    "assessments.source": ("Nguồn", "Source"),
    "assessments.note": ("Ghi chú", "Note"),
    "recognitions.subject_code": ("Mã xã / thôn", "Commune / village code"),
    "recognitions.tier": ("Mức", "Tier"),
    "recognitions.decision_no": ("Số quyết định", "Decision no."),
    "recognitions.decision_date": ("Ngày quyết định", "Decision date"),
    "recognitions.recognised_year": (
        "Công nhận cho năm (trống = năm quyết định)",
        "Recognised for year (empty = the decision's)",
    ),
    "recognitions.revoked_date": ("Ngày thu hồi", "Revoked on"),
    "plans.subject_code": ("Mã xã / thôn", "Commune / village code"),
    "plans.tier": ("Mức", "Tier"),
    "plans.target_year": ("Năm kế hoạch đạt", "Target year"),
    "funding.unit_code": ("Mã xã", "Unit code"),
    "funding.period": ("Kỳ", "Period"),
    "funding.source_category": ("Nguồn vốn", "Source of funds"),
    "funding.amount_mvnd": ("Số tiền (triệu đồng)", "Amount (million VND)"),
    "activities.period": ("Kỳ", "Period"),
    "activities.unit_code": ("Mã xã (trống = toàn huyện)", "Unit code (empty = district-wide)"),
    "activities.district_code": ("Mã huyện", "District code"),
    "activities.kind": ("Loại hoạt động", "Kind"),
    "activities.events": ("Số lớp / đợt", "Events"),
    "activities.participants": ("Số người tham gia", "Participants"),
    "commune_groups.unit_code": ("Mã xã", "Unit code"),
    "commune_groups.commune_group": ("Nhóm xã (1, 2, 3)", "Commune group (1, 2, 3)"),
    "commune_groups.year_from": ("Từ năm", "From year"),
    "commune_groups.year_to": ("Đến năm", "To year"),
    "commune_groups.source": ("Căn cứ", "Source"),
    "programme_targets.scope_level": (
        "Cấp (national, province, commune)",
        "Level (national, province, commune)",
    ),
    "programme_targets.scope_code": (
        "Mã tỉnh / xã (trống = toàn quốc)",
        "Province / commune code (empty = national)",
    ),
    "programme_targets.tier": ("Mức", "Tier"),
    "programme_targets.target_year": ("Năm mục tiêu", "Target year"),
    "programme_targets.target_share": ("Tỷ lệ mục tiêu (%)", "Target share (%)"),
    "programme_targets.target_count": ("Số xã mục tiêu", "Target count"),
    "programme_targets.basis": ("Cơ sở tính tỷ lệ", "Base of the share"),
    "programme_targets.legal_basis": ("Căn cứ pháp lý", "Legal basis"),
    "programme_targets.note": ("Ghi chú", "Note"),
    "metadata.key": ("Khóa", "Key"),
    "metadata.value": ("Giá trị", "Value"),
}

_TABLES = {
    "units": ("Đơn vị", "Units"),
    "unit_lineage": ("Sáp nhập", "Unit lineage"),
    "villages": ("Thôn", "Villages"),
    "criteria_sets": ("Bộ tiêu chí", "Criteria sets"),
    "criteria": ("Tiêu chí", "Criteria"),
    "indicators": ("Chỉ tiêu", "Indicators"),
    "thresholds": ("Ngưỡng", "Thresholds"),
    "assessments": ("Đánh giá", "Assessments"),
    "recognitions": ("Công nhận", "Recognitions"),
    "plans": ("Kế hoạch", "Plans"),
    "funding": ("Nguồn vốn", "Funding"),
    "activities": ("Hoạt động", "Activities"),
    "metadata": ("Thông tin", "Metadata"),
    "commune_groups": ("Nhóm xã", "Commune groups"),
    "programme_targets": ("Mục tiêu chương trình", "Programme targets"),
}

_KINDS = {
    "units": ("Đơn vị và thôn", "Units and villages"),
    "assessments": ("Kết quả đánh giá tiêu chí", "Criteria assessments"),
    "recognitions": ("Quyết định công nhận", "Recognition decisions"),
    "plans": ("Kế hoạch đạt chuẩn", "Plans"),
    "funding": ("Nguồn vốn", "Funding"),
    "activities": ("Đào tạo, truyền thông", "Training and communication"),
    "criteria": ("Bộ tiêu chí và ngưỡng (quản trị)", "Criteria sets and thresholds (administrators)"),
    "reform_units": (
        "Đơn vị sau sắp xếp 01/7/2025, sáp nhập và nhóm xã",
        "Units after the 1/7/2025 reform, lineage and commune groups",
    ),
    "targets": ("Mục tiêu chương trình", "Programme targets"),
}

TEXTS: dict[str, dict[str, str]] = {
    **{f"datain.col.{key}": {"vi": vi, "en": en} for key, (vi, en) in _COLUMNS.items()},
    **{f"datain.table.{key}": {"vi": vi, "en": en} for key, (vi, en) in _TABLES.items()},
    **{f"datain.kind.{key}": {"vi": vi, "en": en} for key, (vi, en) in _KINDS.items()},
    # Page
    "page.data": {"vi": "Dữ liệu", "en": "Data"},
    "datain.current": {
        "vi": "Phiên bản đang dùng: {version} · xuất bản {when} · bởi {admin} · từ tệp {source}",
        "en": "Current version: {version} · published {when} · by {admin} · from {source}",
    },
    "datain.current_initial": {
        "vi": "Đang dùng dữ liệu ban đầu của thư mục (chưa có lần nhập nào).",
        "en": "Showing the folder's initial data (nothing imported yet).",
    },
    "datain.data_broken": {
        "vi": "Dữ liệu hiện tại có lỗi; có thể nhập tệp sửa lỗi hoặc quay lại phiên bản trước.",
        "en": "The current data has errors; import a corrected file or roll back to an earlier version.",
    },
    "datain.templates.heading": {"vi": "Tải mẫu nhập liệu", "en": "Download an input template"},
    "datain.templates.kind": {"vi": "Loại dữ liệu", "en": "Input kind"},
    "datain.templates.district": {"vi": "Huyện", "en": "District"},
    "datain.templates.download": {"vi": "Tải mẫu Excel", "en": "Download the Excel template"},
    "datain.templates.unavailable": {
        "vi": "Chưa tạo được mẫu: dữ liệu hiện tại chưa có đơn vị hoặc kỳ nào.",
        "en": "No template yet: the current data has no units or periods.",
    },
    "datain.upload.heading": {"vi": "Nhập dữ liệu", "en": "Import data"},
    "datain.upload.file": {
        "vi": "Tệp Excel (.xlsx), CSV hoặc Parquet",
        "en": "Excel (.xlsx), CSV or Parquet file",
    },
    "datain.upload.rules": {
        "vi": "Dòng của tệp thêm mới hoặc sửa dòng cùng khóa; mọi dòng tệp không có được giữ nguyên. Mẫu tải "
        "từ trang này chỉ nhận xã, thôn và kỳ của huyện, kỳ đã chọn khi tải. Có lỗi thì không thay đổi gì. "
        "Bấm “Chỉ kiểm tra” để xem trước từng thay đổi theo xã.",
        "en": "The file's rows add rows or change the rows with the same key; every row the file does not "
        "hold is kept. A template from this page accepts only the communes, villages and period of the "
        "district and period it was made for. Any error changes nothing. “Validate only” previews every "
        "change per commune.",
    },
    "datain.upload.replace": {
        "vi": "Thay thế: xoá các dòng cũ mà tệp không có, trong từng (xã, kỳ, bộ tiêu chí) của tệp",
        "en": "Replace: remove the old rows the file does not hold, in each (unit, period, set) of the file",
    },
    "datain.upload.replace_help": {
        "vi": "Đánh giá theo (xã, kỳ, bộ tiêu chí), nguồn vốn theo (xã, kỳ), hoạt động theo (kỳ, huyện), "
        "ngưỡng theo chỉ tiêu, tiêu chí và chỉ tiêu theo bộ. Các dòng bị xoá được liệt kê và phải xác nhận "
        "trước khi xuất bản.",
        "en": "Assessments per (unit, period, set), funding per (unit, period), activities per (period, "
        "district), thresholds per indicator, criteria and indicators per set. The rows to remove are "
        "listed and must be confirmed before publishing.",
    },
    "datain.upload.confirm_removals": {
        "vi": "Tôi đã xem và đồng ý xoá {count} dòng nêu trên",
        "en": "I have read the list and agree to remove these {count} rows",
    },
    "datain.upload.removals_warning": {
        "vi": "Chế độ thay thế sẽ xoá {count} dòng (dòng “Xoá” trong bảng). Hãy kiểm tra, đánh dấu xác nhận "
        "rồi bấm “Kiểm tra và xuất bản”.",
        "en": "Replace mode will remove {count} rows (the “Remove” rows of the table). Check them, tick the "
        "confirmation, then press “Validate and publish”.",
    },
    # Change preview
    "datain.preview.heading": {"vi": "Thay đổi theo xã", "en": "Changes per commune"},
    "datain.preview.none": {
        "vi": "Tệp không thay đổi dòng nào (mọi giá trị đã có sẵn).",
        "en": "The file changes no row (every value is already there).",
    },
    "datain.preview.kept": {
        "vi": "Mọi dòng khác được giữ nguyên.",
        "en": "Every other row is kept as it is.",
    },
    "datain.preview.col.unit": {"vi": "Mã xã", "en": "Unit code"},
    "datain.preview.col.name": {"vi": "Xã", "en": "Commune"},
    "datain.preview.col.period": {"vi": "Kỳ", "en": "Period"},
    "datain.preview.col.item": {"vi": "Chỉ tiêu", "en": "Indicator / item"},
    "datain.preview.col.before": {"vi": "Trước", "en": "Before"},
    "datain.preview.col.after": {"vi": "Sau", "en": "After"},
    "datain.preview.col.change": {"vi": "Thay đổi", "en": "Change"},
    "datain.preview.col.added": {"vi": "Thêm", "en": "Added"},
    "datain.preview.col.changed": {"vi": "Sửa", "en": "Changed"},
    "datain.preview.col.removed": {"vi": "Xoá", "en": "Removed"},
    "datain.preview.added": {"vi": "Thêm", "en": "Add"},
    "datain.preview.changed": {"vi": "Sửa", "en": "Change"},
    "datain.preview.removed": {"vi": "Xoá", "en": "Remove"},
    "datain.preview.unit_line": {
        "vi": "thêm {added}, sửa {changed}, xoá {removed}",
        "en": "{added} added, {changed} changed, {removed} removed",
    },
    "datain.preview.more": {"vi": "… và {count} dòng nữa", "en": "… and {count} more rows"},
    "datain.upload.validate": {"vi": "Chỉ kiểm tra", "en": "Validate only"},
    "datain.upload.publish": {"vi": "Kiểm tra và xuất bản", "en": "Validate and publish"},
    "datain.report.ok": {
        "vi": "Tệp hợp lệ: {rows} dòng. Chưa xuất bản.",
        "en": "The file is valid: {rows} rows. Not published.",
    },
    "datain.report.failed": {
        "vi": "Tệp có {count} lỗi; không có gì thay đổi.",
        "en": "The file has {count} problems; nothing was changed.",
    },
    "datain.report.download": {"vi": "Tải báo cáo lỗi (Excel)", "en": "Download the report (Excel)"},
    "datain.report.sheet": {"vi": "Báo cáo kiểm tra", "en": "Validation report"},
    "datain.published": {
        "vi": "Đã xuất bản phiên bản {version}: {summary}",
        "en": "Published version {version}: {summary}",
    },
    "datain.summary.table": {
        "vi": "{table}: thêm {added}, sửa {changed}, xoá {removed} dòng",
        "en": "{table}: {added} rows added, {changed} changed, {removed} removed",
    },
    "datain.summary.none": {"vi": "không thay đổi", "en": "no change"},
    "datain.versions.heading": {"vi": "Các phiên bản", "en": "Versions"},
    "datain.versions.none": {"vi": "Chưa có phiên bản nào được xuất bản.", "en": "No version published yet."},
    "datain.versions.rollback_to": {"vi": "Quay lại phiên bản", "en": "Roll back to version"},
    "datain.versions.rollback": {"vi": "Quay lại", "en": "Roll back"},
    "datain.versions.rolled_back": {
        "vi": "Đã chuyển về phiên bản {version}.",
        "en": "Switched to version {version}.",
    },
    "datain.versions.col.id": {"vi": "Phiên bản", "en": "Version"},
    "datain.versions.col.when": {"vi": "Thời điểm", "en": "When"},
    "datain.versions.col.admin": {"vi": "Người xuất bản", "en": "By"},
    "datain.versions.col.source": {"vi": "Tệp nguồn", "en": "Source file"},
    "datain.versions.col.summary": {"vi": "Thay đổi", "en": "Changes"},
    "datain.versions.col.current": {"vi": "Đang dùng", "en": "Current"},
    "datain.versions.initial": {"vi": "dữ liệu ban đầu", "en": "initial data"},
    "datain.versions.initial_when": {"vi": "trước lần xuất bản đầu tiên", "en": "before the first publish"},
    "datain.versions.initial_label": {
        "vi": "Dữ liệu ban đầu (trước lần xuất bản đầu tiên)",
        "en": "Initial data (before the first publish)",
    },
    "datain.rollback.target": {
        "vi": "Sau khi quay lại, bảng điều khiển hiển thị phiên bản: {version}.",
        "en": "After the rollback the dashboard shows the version: {version}.",
    },
    "datain.rollback.undone": {
        "vi": "Không còn hiển thị thay đổi của {version} ({summary}).",
        "en": "No longer shown: the changes of {version} ({summary}).",
    },
    "datain.rollback.confirm": {
        "vi": "Tôi đã đọc và xác nhận quay lại phiên bản này",
        "en": "I have read this and confirm the rollback to this version",
    },
    "datain.versions.log": {"vi": "Nhật ký", "en": "Log"},
    "datain.log.publish": {
        "vi": "{at}: {admin} xuất bản {version} từ {source}",
        "en": "{at}: {admin} published {version} from {source}",
    },
    "datain.log.rollback": {
        "vi": "{at}: {admin} quay lại {version} (trước đó {previous})",
        "en": "{at}: {admin} rolled back to {version} (was {previous})",
    },
    "datain.log.initial": {
        "vi": "{at}: lưu dữ liệu ban đầu thành {version}",
        "en": "{at}: initial data kept as {version}",
    },
    # Admin login
    "datain.admin.heading": {"vi": "Đăng nhập quản trị", "en": "Administrator login"},
    "datain.admin.name": {"vi": "Tên người quản trị", "en": "Administrator name"},
    "datain.admin.password": {"vi": "Mật khẩu", "en": "Password"},
    "datain.admin.login": {"vi": "Đăng nhập", "en": "Log in"},
    "datain.admin.logout": {"vi": "Đăng xuất", "en": "Log out"},
    "datain.admin.logged_in": {"vi": "Đã đăng nhập: {name}", "en": "Logged in: {name}"},
    "datain.admin.not_configured": {
        "vi": "Chưa cấu hình quản trị nên không thể nhập hay thay đổi dữ liệu. Trên máy chủ, trong thư mục "
        "của ứng dụng, chạy `make admin-password` (nhập mật khẩu hai lần; mã băm được ghi vào "
        ".streamlit/secrets.toml), rồi tải lại trang này: không cần khởi động lại.",
        "en": "No administrator is configured, so data cannot be imported or changed. On the server, in the "
        "app's folder, run `make admin-password` (type the password twice; its hash goes into "
        ".streamlit/secrets.toml), then reload this page: no restart is needed.",
    },
    "datain.cli.password_saved": {
        "vi": "Đã ghi mã băm mật khẩu vào {path}; tải lại trang Dữ liệu để đăng nhập.",
        "en": "The password hash is written to {path}; reload the Data page to log in.",
    },
    "datain.admin.wrong_password": {"vi": "Sai mật khẩu.", "en": "Wrong password."},
    "datain.admin.missing_name": {
        "vi": "Hãy nhập tên người quản trị.",
        "en": "Enter the administrator's name.",
    },
    "datain.admin.locked": {
        "vi": "Sai mật khẩu quá nhiều lần. Hãy thử lại sau {seconds} giây.",
        "en": "Too many failed attempts. Try again in {seconds} seconds.",
    },
    "datain.admin.needed": {
        "vi": "Cần đăng nhập quản trị để nhập dữ liệu hoặc quay lại phiên bản trước.",
        "en": "Log in as administrator to import data or roll back.",
    },
    # Report columns
    "datain.report.col.file": {"vi": "Tệp", "en": "File"},
    "datain.report.col.sheet": {"vi": "Trang tính", "en": "Sheet"},
    "datain.report.col.row": {"vi": "Dòng", "en": "Row"},
    "datain.report.col.column": {"vi": "Cột", "en": "Column"},
    "datain.report.col.value": {"vi": "Giá trị", "en": "Value found"},
    "datain.report.col.problem_vi": {"vi": "Lỗi (tiếng Việt)", "en": "Problem (Vietnamese)"},
    "datain.report.col.problem_en": {"vi": "Lỗi (tiếng Anh)", "en": "Problem (English)"},
    # Problems of an import, one per line of the report
    "datain.problem.file_type": {
        "vi": "loại tệp không được nhận; chỉ nhận {allowed}",
        "en": "this file type is not accepted; expected {allowed}",
    },
    "datain.problem.macros": {
        "vi": "tệp có macro (.xlsm) không được nhận; hãy lưu thành .xlsx",
        "en": "files with macros (.xlsm) are refused; save it as .xlsx",
    },
    "datain.problem.too_large": {
        "vi": "tệp {size_mb} MB, vượt giới hạn {limit_mb} MB",
        "en": "the file is {size_mb} MB, over the {limit_mb} MB limit",
    },
    "datain.problem.too_many_rows": {
        "vi": "quá nhiều dòng; tối đa {limit} dòng dữ liệu",
        "en": "too many rows; at most {limit} data rows",
    },
    "datain.problem.unreadable": {
        "vi": "không đọc được tệp (hỏng hoặc sai định dạng) {detail}",
        "en": "the file cannot be read (damaged or not that format) {detail}",
    },
    "datain.problem.not_utf8": {
        "vi": "tệp CSV phải mã hóa UTF-8",
        "en": "the CSV file must be UTF-8 encoded",
    },
    "datain.problem.empty_file": {"vi": "tệp không có dòng dữ liệu nào", "en": "the file has no data rows"},
    "datain.problem.unknown_table": {
        "vi": "không nhận ra bảng “{value}”; tên trang tính / tệp phải là một trong: {expected}",
        "en": "unknown table “{value}”; the sheet or file name must be one of: {expected}",
    },
    "datain.problem.missing_sheet": {
        "vi": "thiếu trang tính “{value}” của mẫu {kind}",
        "en": "sheet “{value}” of the {kind} template is missing",
    },
    "datain.problem.no_sheet": {
        "vi": "không có trang tính dữ liệu nào; cần một trong: {expected}",
        "en": "no data sheet found; expected one of: {expected}",
    },
    "datain.problem.missing_column": {
        "vi": "thiếu cột bắt buộc “{value}”",
        "en": "required column “{value}” is missing",
    },
    "datain.problem.null_value": {"vi": "ô bắt buộc bị trống", "en": "required value is empty"},
    "datain.problem.wrong_number": {
        "vi": "“{value}” không phải số; cần số, ví dụ 85 hoặc 85,5",
        "en": "“{value}” is not a number; expected a number such as 85 or 85.5",
    },
    "datain.problem.wrong_int": {
        "vi": "“{value}” không phải số nguyên",
        "en": "“{value}” is not a whole number",
    },
    "datain.problem.wrong_date": {
        "vi": "ngày “{value}” không hợp lệ; cần dạng dd/mm/yyyy",
        "en": "date “{value}” is not valid; expected dd/mm/yyyy",
    },
    "datain.problem.malformed_period": {
        "vi": "kỳ “{value}” sai dạng; cần dạng 2019-H1 hoặc 2019-H2",
        "en": "period “{value}” is malformed; expected like 2019-H1 or 2019-H2",
    },
    "datain.problem.not_allowed": {
        "vi": "giá trị “{value}” không hợp lệ; chỉ nhận: {expected}",
        "en": "value “{value}” is not allowed; expected one of: {expected}",
    },
    # The same rule as `ntm check` (problem.threshold_*), named at the file's row.
    "datain.problem.threshold_group_in_region_set": PROBLEM_TEXTS["problem.threshold_group_in_region_set"],
    "datain.problem.threshold_region_in_group_set": PROBLEM_TEXTS["problem.threshold_region_in_group_set"],
    "datain.problem.duplicate_key": {
        "vi": "trùng khóa ({key}) = {value} với dòng {first_row}",
        "en": "duplicate key ({key}) = {value}, same as row {first_row}",
    },
    "datain.problem.leading_zero": {
        "vi": "có thể ô đã mất số 0 ở đầu: mã đúng là “{code}”? Định dạng cột là Văn bản (Text) rồi nhập lại",
        "en": "the leading zero may have been lost: is the code “{code}”? Format the column as Text and type it again",
    },
    # The lists a code is looked up in, as the clerk knows them.
    "datain.reference.units": {"vi": "danh mục đơn vị hành chính", "en": "the list of administrative units"},
    "datain.reference.villages": {"vi": "danh mục thôn", "en": "the list of villages"},
    "datain.reference.units.district_code": {"vi": "danh mục huyện", "en": "the list of districts"},
    "datain.reference.criteria_sets": {"vi": "danh mục bộ tiêu chí", "en": "the list of criteria sets"},
    "datain.reference.criteria": {"vi": "danh mục tiêu chí của bộ", "en": "the set's criteria"},
    "datain.reference.indicators": {"vi": "danh mục chỉ tiêu của bộ", "en": "the set's indicators"},
    "datain.problem.unknown_code": {
        "vi": "mã “{value}” không có trong {expected}",
        "en": "code “{value}” is not in {expected}",
    },
    "datain.problem.not_valid_in_period": {
        "vi": "đơn vị “{value}” không có hiệu lực vào kỳ {period}",
        "en": "unit “{value}” is not valid in period {period}",
    },
    "datain.problem.percent_out_of_range": {
        "vi": "tỷ lệ {value} nằm ngoài khoảng 0–100 (chỉ tiêu {indicator})",
        "en": "percentage {value} is outside 0–100 (indicator {indicator})",
    },
    "datain.problem.yes_no_for_number": {
        "vi": "“{value}” là giá trị có/không, nhưng chỉ tiêu {indicator} cần một số",
        "en": "“{value}” is a yes/no value, but indicator {indicator} needs a number",
    },
    "datain.problem.yes_no_not_0_1": {
        "vi": "chỉ tiêu {indicator} là chỉ tiêu có/không: ghi 1 hoặc Có, 0 hoặc Không (không nhận {value})",
        "en": "indicator {indicator} is yes/no: enter 1 or Có (yes), 0 or Không (no), not {value}",
    },
    "datain.problem.negative_value": {
        "vi": "giá trị âm {value}; cần số không âm",
        "en": "negative value {value}; expected zero or more",
    },
    "datain.problem.invalid_date_range": {
        "vi": "ngày/năm kết thúc {value} trước ngày/năm bắt đầu {start}",
        "en": "end {value} is before start {start}",
    },
    "datain.problem.status_contradicts_threshold": {
        "vi": "trạng thái “{value}” trái với ngưỡng: giá trị {measured} so với ngưỡng {threshold} cho “{expected}”",
        "en": "status “{value}” contradicts the threshold: value {measured} against {threshold} gives “{expected}”",
    },
    "datain.problem.whole_data": {
        "vi": "sau khi nhập, dữ liệu có lỗi: {detail}",
        "en": "after the import the data has an error: {detail}",
    },
    "datain.problem.outside_place": {
        "vi": "mã “{value}” là {name}, thuộc {district}, không thuộc {place} mà mẫu này được tạo cho; "
        "hãy sửa mã, hoặc tải mẫu của {district}",
        "en": "code “{value}” is {name}, in {district}, not in {place} that this template was made for; "
        "correct the code, or download the template of {district}",
    },
    "datain.problem.outside_period": {
        "vi": "kỳ “{value}” khác kỳ {period} mà mẫu này được tạo cho; hãy tải mẫu của kỳ “{value}”",
        "en": "period “{value}” is not {period} that this template was made for; download the template of “{value}”",
    },
    "datain.problem.removals_not_confirmed": {
        "vi": "chế độ thay thế sẽ xoá {count} dòng mà tệp không có (xem bảng thay đổi); chưa xác nhận xoá "
        "đúng {count} dòng nên chưa xuất bản",
        "en": "replace mode would remove {count} rows the file does not hold (see the changes); removing "
        "exactly {count} rows was not confirmed, so nothing was published",
    },
    "datain.problem.no_admin": {
        "vi": "cần tên người quản trị để xuất bản",
        "en": "an administrator name is needed to publish",
    },
    # Templates
    "datain.template.instructions": {"vi": "Hướng dẫn", "en": "Instructions"},
    "datain.template.lines": {
        "vi": "Mẫu nhập liệu: {kind}\nHuyện: {district} · Kỳ: {period}\n"
        "Dòng 1 là tiêu đề tiếng Việt, dòng 2 là tiếng Anh; nhập dữ liệu từ dòng 3.\n"
        "Các cột mã đã điền sẵn; chỉ điền các cột giá trị. Chọn mã, trạng thái, kỳ trong danh sách thả xuống.\n"
        "Trạng thái (Đạt / Chưa đạt): để trống với chỉ tiêu có ngưỡng, hệ thống tự tính từ giá trị.\n"
        "Mã xã, mã thôn là chữ số có số 0 ở đầu (08773): giữ định dạng Văn bản (Text) của cột mã.\n"
        "Số dùng dấu phẩy thập phân (85,5) hoặc dấu chấm; tỷ lệ ghi 0–100 (có thể ghi 85%).\n"
        "Chỉ tiêu dạng có/không: ghi 1 hoặc Có nếu có, 0 hoặc Không nếu không.\n"
        "Ngày ghi dd/mm/yyyy. Dòng để trống cột giá trị sẽ được bỏ qua.\n"
        "Không đổi tên trang tính và tiêu đề cột. Cột có tiêu đề lạ được bỏ qua.\n"
        "Khi nhập: dòng của tệp thêm mới hoặc sửa dòng cùng khóa, dòng tệp không có được giữ nguyên; "
        "chỉ nhận xã, thôn và kỳ của mẫu này. Có lỗi thì không thay đổi gì.",
        "en": "Input template: {kind}\nDistrict: {district} · Period: {period}\n"
        "Row 1 holds Vietnamese headers, row 2 English ones; enter data from row 3.\n"
        "Code columns are filled in; fill only the value columns. Pick codes, statuses and periods "
        "from the drop-down lists.\n"
        "Status (Đạt / Chưa đạt): leave it empty for indicators with a threshold; it is computed from the value.\n"
        "Commune and village codes are digits with leading zeros (08773): keep the code columns formatted as Text.\n"
        "Numbers take a decimal comma (85,5) or point; percentages are 0–100 (85% is accepted).\n"
        "Yes/no indicators: enter 1 or Có (yes), 0 or Không (no); Yes and No are accepted too.\n"
        "Dates are dd/mm/yyyy. Rows whose value columns are empty are skipped.\n"
        "Do not rename the sheets or the column headers. Columns with other headers are ignored.\n"
        "On import: the file's rows add rows or change the rows with the same key, rows the file does not "
        "hold are kept; only this template's communes, villages and period are accepted. Any error changes "
        "nothing.",
    },
    "datain.template.criteria_lines": {
        "vi": "Bộ tiêu chí có ngưỡng theo nhóm xã (2026–2030, QĐ 51/2025/QĐ-TTg):\n"
        "• Trang criteria_sets: mỗi bộ một dòng; cột “Ngưỡng theo” ghi commune_group (bộ 2016–2025: region "
        "hoặc để trống).\n"
        "• Trang criteria: mỗi tiêu chí một dòng (bộ 2026–2030 có 10 tiêu chí). Trang indicators: mỗi chỉ "
        "tiêu một dòng, với số tiêu chí, loại (bool / percent / number) và chiều so sánh (>=, <=, =).\n"
        "• Trang thresholds: với mỗi chỉ tiêu có ngưỡng số, một dòng cho mỗi nhóm xã 1, 2, 3 (chọn trong "
        "danh sách thả xuống); để trống cột Vùng. Để trống Nhóm xã là ngưỡng chung cho các nhóm không có "
        "dòng riêng. Không có nhóm 4; ngưỡng theo vùng trong bộ theo nhóm xã (hoặc ngược lại) bị từ chối.\n"
        "• Nhóm của từng xã nhập bằng mẫu “Đơn vị sau sắp xếp 01/7/2025, sáp nhập và nhóm xã”.\n"
        "• Thay bộ mẫu bằng danh mục chính thức (cùng mã bộ): chọn Thay thế khi nhập, để các tiêu chí, chỉ "
        "tiêu và ngưỡng không còn trong tệp được xoá (danh sách xoá hiện ra để xác nhận).",
        "en": "A set with thresholds by commune group (2026–2030, QĐ 51/2025/QĐ-TTg):\n"
        "• Sheet criteria_sets: one row per set; “Thresholds by” is commune_group (2016–2025 sets: region or "
        "empty).\n"
        "• Sheet criteria: one row per criterion (the 2026–2030 set has 10). Sheet indicators: one row per "
        "indicator, with its criterion number, kind (bool / percent / number) and direction (>=, <=, =).\n"
        "• Sheet thresholds: for each indicator with a numeric threshold, one row per commune group 1, 2, 3 "
        "(pick it from the drop-down list); leave Region empty. An empty group is the threshold of every group "
        "without a row of its own. There is no group 4; a region threshold in a commune-group set (or the "
        "reverse) is refused.\n"
        "• Each xã's group is entered with the template “Units after the 1/7/2025 reform, lineage and commune "
        "groups”.\n"
        "• To replace the sample set by the official list (same set code), tick Replace when importing, so the "
        "criteria, indicators and thresholds the file no longer holds are removed (listed for confirmation).",
    },
    "datain.template.reform_units_lines": {
        "vi": "Đơn vị từ 01/7/2025: trang units (xã mới, để trống mã và tên huyện), trang unit_lineage (xã "
        "cũ → xã mới, văn bản và ngày hiệu lực), trang commune_groups: mỗi xã một dòng với Nhóm xã 1, 2 hoặc 3 "
        "(chọn trong danh sách thả xuống) và Từ năm; nhóm xã chọn ngưỡng của bộ tiêu chí 2026–2030.",
        "en": "Units from 1/7/2025: sheet units (the new xã, district code and name left empty), sheet "
        "unit_lineage (old xã → new xã, legal act and effective date), sheet commune_groups: one row per xã "
        "with its commune group 1, 2 or 3 (pick it from the drop-down list) and From year; the group picks the "
        "thresholds of the 2026–2030 set.",
    },
    "datain.upload.browse": {"vi": "Chọn tệp", "en": "Choose a file"},
    "datain.upload.drop": {
        "vi": "hoặc kéo thả tệp vào đây · tối đa {megabytes} MB mỗi tệp",
        "en": "or drop a file here · at most {megabytes} MB per file",
    },
    "datain.upload.limits": {
        "vi": "Tệp .xlsx, .csv hoặc .parquet; tối đa {megabytes} MB và {rows} dòng.",
        "en": "An .xlsx, .csv or .parquet file; at most {megabytes} MB and {rows} rows.",
    },
    "datain.template.helper_name": {"vi": "Tên (tham khảo)", "en": "Name (for reference)"},
    # CLI
    "datain.cli.published": {
        "vi": "Đã xuất bản phiên bản {version}.",
        "en": "Published version {version}.",
    },
    "datain.cli.valid": {"vi": "Tệp hợp lệ (chưa xuất bản).", "en": "The file is valid (not published)."},
    "datain.cli.failed": {
        "vi": "{count} lỗi; không có gì thay đổi.",
        "en": "{count} problems; nothing was changed.",
    },
    "datain.cli.removals_refused": {
        "vi": "Chưa xuất bản: chế độ thay thế sẽ xoá {count} dòng nêu trên. Nếu đúng, chạy lại với "
        "--replace --confirm-removals {count}",
        "en": "Not published: replace mode would remove the {count} rows listed above. If that is right, "
        "run again with --replace --confirm-removals {count}",
    },
    "datain.cli.confirm_without_replace": {
        "vi": "--confirm-removals chỉ dùng cùng --replace (mặc định không xoá dòng nào).",
        "en": "--confirm-removals goes with --replace only (by default no row is removed).",
    },
    "datain.cli.rolled_back": {
        "vi": "Đã chuyển về phiên bản {version}.",
        "en": "Switched to version {version}.",
    },
    "datain.cli.unknown_version": {
        "vi": "Không có phiên bản “{version}”. Có: {choices}",
        "en": "No version “{version}”. Available: {choices}",
    },
    "datain.cli.unknown_choice": {
        "vi": "Không có {name} “{value}”. Có: {choices}",
        "en": "No {name} “{value}”. Available: {choices}",
    },
    "datain.cli.template_written": {"vi": "Đã ghi mẫu {path}", "en": "Template written to {path}"},
    "datain.cli.passwords_differ": {"vi": "Hai mật khẩu khác nhau.", "en": "The passwords differ."},
    "datain.cli.empty_password": {"vi": "Mật khẩu trống.", "en": "The password is empty."},
}
