"""Texts of the map page (Bản đồ) and of boundary files' problems."""

TEXTS: dict[str, dict[str, str]] = {
    "page.map": {"vi": "Bản đồ", "en": "Map"},
    "map.colour_by": {"vi": "Tô màu theo", "en": "Colour by"},
    "map.colour_by.tier": {"vi": "Mức công nhận", "en": "Tier"},
    "map.colour_by.criteria_met": {"vi": "Số tiêu chí đạt", "en": "Criteria met"},
    "map.colour_by.criterion": {"vi": "Một tiêu chí", "en": "One criterion"},
    "map.colour_by.indicator": {"vi": "Một chỉ tiêu", "en": "One indicator"},
    "map.criterion": {"vi": "Tiêu chí", "en": "Criterion"},
    "map.indicator": {"vi": "Chỉ tiêu", "en": "Indicator"},
    "map.tab.map": {"vi": "Bản đồ kỳ đã chọn", "en": "Map of the chosen period"},
    "map.tab.years": {"vi": "Thay đổi qua các năm", "en": "Change over the years"},
    "map.title.tier": {"vi": "Xã theo mức công nhận", "en": "Communes by tier"},
    "map.title.criteria_met": {"vi": "Xã theo số tiêu chí đạt", "en": "Communes by criteria met"},
    "map.title.criterion": {"vi": "Tiêu chí {label}", "en": "Criterion {label}"},
    "map.title.indicator": {"vi": "Chỉ tiêu {label}", "en": "Indicator {label}"},
    "map.title.years": {
        "vi": "Xã theo mức công nhận, cuối mỗi năm",
        "en": "Communes by tier, at the end of each year",
    },
    "map.class.not_yet": {"vi": "Chưa đạt chuẩn", "en": "Not yet NTM"},
    "map.class.met_threshold": {"vi": "Đạt ngưỡng ({threshold})", "en": "Meets the threshold ({threshold})"},
    "map.class.not_met_threshold": {
        "vi": "Chưa đạt ngưỡng ({threshold})",
        "en": "Below the threshold ({threshold})",
    },
    "map.threshold_by_region": {"vi": "ngưỡng theo vùng", "en": "threshold by region"},
    "map.class.bin": {"vi": "{label} tiêu chí", "en": "{label} criteria"},
    "map.class.not_assessed": {"vi": "Phường, thị trấn (không xét)", "en": "Ward or town (not assessed)"},
    "map.hover.code": {"vi": "Mã", "en": "Code"},
    "map.hover.criteria_met": {"vi": "Tiêu chí đạt: {met}/{total}", "en": "Criteria met: {met}/{total}"},
    "map.hover.value": {
        "vi": "Giá trị: {value}; ngưỡng: {threshold}",
        "en": "Value: {value}; threshold: {threshold}",
    },
    "map.hover.open": {"vi": "Bấm để mở trang xã", "en": "Click to open the commune page"},
    "map.hint": {
        "vi": "Rê chuột lên tên xã để xem số liệu; bấm vào điểm tên xã để mở trang của xã.",
        "en": "Hover over a commune's name for its figures; click its dot to open the commune page.",
    },
    "map.attribution": {
        "vi": "Ranh giới xã: gói R vietnam63, © Marc Choisy, giấy phép MIT. Chỉ để minh hoạ, không dùng tính diện tích.",
        "en": "Commune polygons: vietnam63 R package, © Marc Choisy, MIT licence. For illustration, not for areas.",
    },
    "map.grid_notice": {
        "vi": (
            "Chưa có tệp ranh giới xã ({path}), nên bản đồ vẽ mỗi xã một ô vuông. Để vẽ ranh giới thật: đặt tệp "
            "GeoJSON có mã xã (thuộc tính `unit_code` hoặc `gso_code`) vào đường dẫn trên, hoặc đặt biến "
            "NTM_BOUNDARIES, hoặc quản trị viên tải tệp lên ở cuối trang."
        ),
        "en": (
            "No commune boundary file ({path}), so the map draws one square per commune. To draw real outlines: put "
            "a GeoJSON file whose features carry the unit code (property `unit_code` or `gso_code`) at that path, "
            "set NTM_BOUNDARIES, or have an administrator upload one at the bottom of this page."
        ),
    },
    "map.unusable_notice": {
        "vi": "Tệp ranh giới {path} không dùng được, bản đồ vẽ mỗi xã một ô vuông:",
        "en": "The boundary file {path} cannot be used, so the map draws one square per commune:",
    },
    "map.none_in_file": {
        "vi": "Tệp ranh giới không có xã nào của phạm vi này, bản đồ vẽ mỗi xã một ô vuông.",
        "en": "The boundary file holds none of this scope's communes, so the map draws one square per commune.",
    },
    "map.missing_shapes": {
        "vi": "{count} đơn vị không có ranh giới trong tệp nên không vẽ được: {names}",
        "en": "{count} units have no outline in the file and are not drawn: {names}",
    },
    "map.years_note": {
        "vi": "Mỗi bản đồ là cuối một năm (và kỳ đã chọn); màu theo mức công nhận tại thời điểm đó.",
        "en": "Each map is the end of a year (and the chosen period); colours show the tier at that time.",
    },
    "map.estimated_note": {
        "vi": "Ranh giới ước tính từ ranh giới các xã trước sáp nhập (01/07/2025), chưa phải ranh giới chính thức.",
        "en": "Boundaries estimated from the pre-merger communes (01/07/2025), not official outlines.",
    },
    "map.estimated_left_out": {
        "vi": (
            "Phần đất của {count} xã cũ chưa được vẽ vào xã mới nào (không có ranh giới, hoặc được chia cho "
            "nhiều xã mới mà chưa có số liệu để chia): {codes}"
        ),
        "en": (
            "The land of {count} former communes is in no new commune's outline (no outline, or divided among "
            "several new communes with no data to divide it by): {codes}"
        ),
    },
    "map.estimated_how_to_replace": {
        "vi": "Khi có ranh giới chính thức của các xã mới, quản trị viên tải tệp lên ở cuối trang (mục “xã từ 01/07/2025”).",
        "en": "When the new communes' official outlines exist, an administrator uploads them at the bottom of this page (“communes from 01/07/2025”).",
    },
    "map.hover.estimated": {"vi": "Ranh giới ước tính", "en": "Estimated boundary"},
    "map.years.estimated_title": {
        "vi": "{period}<br>(ranh giới ước tính)",
        "en": "{period}<br>(estimated boundaries)",
    },
    "map.after_reform_unusable": {
        "vi": "Tệp ranh giới các xã mới {path} không dùng được, bản đồ dùng ranh giới ước tính:",
        "en": "The new communes' boundary file {path} cannot be used, so the map uses estimated boundaries:",
    },
    "map.no_indicators": {
        "vi": "Bộ tiêu chí này không có chỉ tiêu.",
        "en": "This criteria set has no indicators.",
    },
    # Admin upload
    "map.upload.heading": {"vi": "Thay tệp ranh giới (quản trị)", "en": "Replace the boundary file (admin)"},
    "map.upload.era": {"vi": "Ranh giới của", "en": "Outlines of"},
    "map.upload.era.before": {"vi": "xã trước 01/07/2025", "en": "communes before 01/07/2025"},
    "map.upload.era.after": {"vi": "xã từ 01/07/2025", "en": "communes from 01/07/2025"},
    "map.upload.file": {"vi": "Tệp GeoJSON ranh giới xã", "en": "GeoJSON file of commune outlines"},
    "map.upload.save": {"vi": "Kiểm tra và lưu", "en": "Check and save"},
    "map.upload.saved": {
        "vi": "Đã lưu {count} ranh giới xã vào {path}.",
        "en": "Saved {count} commune outlines to {path}.",
    },
    "map.upload.rejected": {"vi": "Không lưu: tệp có lỗi.", "en": "Not saved: the file has errors."},
    # Problems of a boundary file (rendered by ntm.store.problems.Problem)
    "problem.geo_not_json": {"vi": "không phải JSON hợp lệ ({reason})", "en": "not valid JSON ({reason})"},
    "problem.geo_not_collection": {
        "vi": "không phải GeoJSON FeatureCollection (cần “type”: “FeatureCollection” và danh sách “features”)",
        "en": "not a GeoJSON FeatureCollection (needs “type”: “FeatureCollection” and a “features” list)",
    },
    "problem.geo_no_features": {"vi": "không có đối tượng (feature) nào", "en": "holds no features"},
    "problem.geo_no_code": {
        "vi": "đối tượng không có mã đơn vị (một trong các thuộc tính: {names})",
        "en": "feature without a unit code (one of the properties: {names})",
    },
    "problem.geo_bad_geometry": {
        "vi": "mã {code}: hình không phải Polygon/MultiPolygon hợp lệ ({kind})",
        "en": "code {code}: geometry is not a valid Polygon/MultiPolygon ({kind})",
    },
    "problem.geo_duplicate_code": {
        "vi": "mã {code} xuất hiện hơn một lần",
        "en": "code {code} appears more than once",
    },
    "problem.geo_none_matched": {
        "vi": "không mã nào trong {count} mã khớp với đơn vị trong dữ liệu",
        "en": "none of its {count} codes matches a unit of the data",
    },
    "problem.geo_unmatched": {
        "vi": "{count} mã không khớp với đơn vị nào trong dữ liệu: {codes}",
        "en": "{count} codes match no unit of the data: {codes}",
    },
}
