"""Texts of the Thôn kiểu mẫu page (model villages, and its model-commune part)."""

TEXTS = {
    "page.villages": {"vi": "Thôn kiểu mẫu", "en": "Model villages"},
    # Model communes (section of the villages page)
    "villages.model.heading": {"vi": "Xã nông thôn mới kiểu mẫu", "en": "Model NTM communes"},
    "villages.model.rule": {
        "vi": "Xã xét kiểu mẫu: xã đã được công nhận NTM nâng cao. {candidates} xã xét, {reaching} xã đạt đủ "
        "tiêu chí, {recognised} xã đã được công nhận.",
        "en": "Candidates are the communes recognised advanced NTM. Candidates: {candidates}; meeting every "
        "criterion: {reaching}; recognised: {recognised}.",
    },
    "villages.model.none": {
        "vi": "Dữ liệu chưa có xã NTM kiểu mẫu (chưa có bộ tiêu chí hay quyết định công nhận) trong kỳ này.",
        "en": "The data hold no model commune for this period (no criteria set assessed, no decision).",
    },
    # Model villages page
    "villages.title": {"vi": "Thôn, khu dân cư kiểu mẫu", "en": "Model villages"},
    "villages.rule": {
        "vi": "Đạt đủ tiêu chí (theo {set_name}) và được công nhận (có quyết định) là hai việc khác nhau.",
        "en": "Meeting every criterion (of the {set_name}) and being recognised (by decision) are two facts.",
    },
    "villages.not_assessed": {
        "vi": "Không có bộ tiêu chí thôn kiểu mẫu nào được đánh giá trong {period_name}.",
        "en": "No model-village criteria set is assessed in the {period_name}.",
    },
    "villages.kpi_villages": {"vi": "Số thôn", "en": "Villages"},
    "villages.kpi_reaching": {"vi": "Thôn đạt đủ tiêu chí", "en": "Meeting every criterion"},
    "villages.kpi_recognised": {
        "vi": "Thôn đã công nhận kiểu mẫu",
        "en": "Recognised model villages",
    },
    "villages.kpi_planned": {"vi": "Kế hoạch đến năm {year}", "en": "Planned by {year}"},
    "villages.table_heading": {"vi": "Thôn kiểu mẫu theo xã", "en": "Model villages by commune"},
    "villages.col_villages": {"vi": "Số thôn", "en": "Villages"},
    "villages.col_assessed": {"vi": "Đánh giá", "en": "Assessed"},
    "villages.col_planned": {"vi": "Tổng KH", "en": "Plan, all"},
    "villages.col_reaching": {"vi": "Đạt đủ tiêu chí", "en": "All met"},
    "villages.col_planned_by_now": {"vi": "KH đến {year}", "en": "Plan by {year}"},
    "villages.col_criterion": {"vi": "TC{no}", "en": "C{no}"},
    "villages.criteria_legend": {
        "vi": "TC = số thôn đạt từng tiêu chí: {names}. KH = số thôn theo kế hoạch.",
        "en": "C = villages meeting each criterion: {names}.",
    },
    "villages.no_communes": {
        "vi": "Không có xã nào trong phạm vi đã chọn cho kỳ này.",
        "en": "No commune is in the chosen scope for this period.",
    },
    "villages.grid_heading": {"vi": "Từng thôn theo tiêu chí", "en": "Each village by criterion"},
    "villages.choose": {"vi": "Chọn xã", "en": "Choose a commune"},
    "villages.choice_label": {"vi": "{name} ({count} thôn)", "en": "{name} ({count} villages)"},
    "villages.grid_title": {
        "vi": "Thôn × tiêu chí thôn kiểu mẫu",
        "en": "Village × model-village criterion",
    },
    "villages.grid_none": {
        "vi": "Xã {name} không có thôn nào được đánh giá trong kỳ này.",
        "en": "{name} has no village assessed in this period.",
    },
    "villages.grid_legend": {
        "vi": "Đ = đạt (xanh), ✕ = chưa đạt (cam), ? = chưa có số liệu (xám).",
        "en": "M = met (blue), ✕ = not met (orange), ? = no data (grey).",
    },
    "villages.trend_title": {"vi": "Thôn kiểu mẫu theo kỳ", "en": "Model villages over time"},
}
