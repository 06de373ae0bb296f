"""Texts of the advanced-NTM (NTM nâng cao) and model-village (Thôn kiểu mẫu) pages."""

TEXTS: dict[str, dict[str, str]] = {
    "page.advanced": {"vi": "NTM nâng cao", "en": "Advanced NTM"},
    "page.villages": {"vi": "Thôn kiểu mẫu", "en": "Model villages"},
    # Shared by both pages
    "targets.col_commune": {"vi": "Xã", "en": "Commune"},
    "targets.col_district": {"vi": "Huyện", "en": "District"},
    "targets.col_decision": {"vi": "Quyết định", "en": "Decision"},
    "targets.col_date": {"vi": "Ngày", "en": "Date"},
    "targets.col_year": {"vi": "Năm kế hoạch", "en": "Target year"},
    "targets.col_planned": {"vi": "Kế hoạch", "en": "Planned"},
    "targets.col_reached": {"vi": "Đạt đủ tiêu chí", "en": "Meeting every criterion"},
    "targets.col_recognised": {"vi": "Đã công nhận", "en": "Recognised"},
    "targets.yes": {"vi": "Có", "en": "Yes"},
    "targets.no": {"vi": "Chưa", "en": "Not yet"},
    "targets.total": {"vi": "Tổng", "en": "Total"},
    "targets.click_hint": {
        "vi": "Bấm vào một dòng để mở trang của xã đó.",
        "en": "Click a row to open that commune's page.",
    },
    "targets.plan_heading": {"vi": "Kế hoạch và thực hiện", "en": "Plan and results"},
    "targets.plan_note": {
        "vi": "Đạt đủ tiêu chí: theo kỳ đánh giá cuối cùng của năm kế hoạch (không sau kỳ đang xem). "
        "Đã công nhận: có quyết định còn hiệu lực đến 31/12 của năm đó (hoặc cuối kỳ đang xem).",
        "en": "Meeting every criterion: at the last assessment of the target year (not after the period shown). "
        "Recognised: a decision in force on 31 December of that year (or at the end of the period shown).",
    },
    "targets.plan_none": {
        "vi": "Không có kế hoạch nào trong phạm vi đã chọn.",
        "en": "No plan in the chosen scope.",
    },
    "targets.plan_title": {"vi": "Kế hoạch và thực hiện theo năm", "en": "Plan and results by target year"},
    "targets.plan_x": {"vi": "Năm kế hoạch", "en": "Target year"},
    "targets.trend_reaching": {"vi": "Đạt đủ tiêu chí", "en": "Meeting every criterion"},
    "targets.trend_recognised": {"vi": "Đã công nhận", "en": "Recognised"},
    "targets.trend_target": {"vi": "Mục tiêu kế hoạch (cộng dồn)", "en": "Plan target (cumulative)"},
    # Advanced NTM page
    "targets.advanced.title": {"vi": "Xã nông thôn mới nâng cao", "en": "Advanced NTM communes"},
    "targets.advanced.rule": {
        "vi": "Chỉ xã đã được công nhận nông thôn mới đến cuối kỳ mới là xã xét nâng cao. "
        "Bộ tiêu chí: {set_name}.",
        "en": "Only communes recognised NTM by the end of the period are candidates for advanced NTM. "
        "Criteria set: {set_name}.",
    },
    "targets.advanced.not_assessed": {
        "vi": "Không có bộ tiêu chí NTM nâng cao nào được đánh giá trong {period_name}.",
        "en": "No advanced NTM criteria set is assessed in the {period_name}.",
    },
    "targets.advanced.kpi_candidates": {"vi": "Xã xét nâng cao (đã đạt NTM)", "en": "Candidates (NTM)"},
    "targets.advanced.kpi_reaching": {
        "vi": "Đạt đủ tiêu chí nâng cao",
        "en": "Meeting every advanced criterion",
    },
    "targets.advanced.kpi_recognised": {"vi": "Đã công nhận NTM nâng cao", "en": "Recognised advanced"},
    "targets.advanced.kpi_average": {"vi": "Bình quân tiêu chí đạt/xã", "en": "Average criteria met"},
    "targets.advanced.kpi_average_help": {
        "vi": "Trung bình số tiêu chí nâng cao đạt của các xã xét nâng cao, trên {total} tiêu chí.",
        "en": "Average advanced criteria met by the candidates, out of {total}.",
    },
    "targets.advanced.table_heading": {
        "vi": "Tiêu chí nâng cao đạt theo xã",
        "en": "Advanced criteria met by commune",
    },
    "targets.advanced.col_criteria": {"vi": "Tiêu chí đạt", "en": "Criteria met"},
    "targets.advanced.col_of": {"vi": "Trên tổng số", "en": "Out of"},
    "targets.advanced.col_unknown": {"vi": "Chưa có số liệu", "en": "Lacking data"},
    "targets.advanced.no_candidates": {
        "vi": "Chưa có xã nào đạt chuẩn NTM trong phạm vi đã chọn, nên chưa có xã xét nâng cao.",
        "en": "No commune of the chosen scope is recognised NTM, so none is a candidate for advanced NTM.",
    },
    "targets.advanced.others": {
        "vi": "{count} xã chưa được công nhận NTM (chưa xét nâng cao): {names}",
        "en": "{count} communes not yet recognised NTM (not candidates): {names}",
    },
    "targets.advanced.trend_title": {
        "vi": "Xã đạt và được công nhận NTM nâng cao",
        "en": "Communes meeting and recognised advanced NTM",
    },
    "targets.advanced.recognised_heading": {
        "vi": "Xã đã được công nhận NTM nâng cao",
        "en": "Recognised advanced NTM communes",
    },
    "targets.advanced.recognised_none": {
        "vi": "Chưa có xã nào được công nhận NTM nâng cao đến cuối kỳ này.",
        "en": "No commune is recognised advanced NTM by the end of this period.",
    },
    "targets.advanced.blocking_heading": {
        "vi": "Tiêu chí vướng nhiều xã nhất",
        "en": "Criteria blocking most candidates",
    },
    "targets.advanced.blocking_title": {
        "vi": "Số xã xét nâng cao chưa đạt từng tiêu chí",
        "en": "Candidates not meeting each criterion",
    },
    "targets.advanced.blocking_none": {
        "vi": "Không có xã xét nâng cao nào đang chờ công nhận.",
        "en": "No candidate is waiting for recognition.",
    },
    "targets.advanced.blocking_x": {"vi": "Số xã", "en": "Communes"},
    "targets.blocking_not_met": {"vi": "Chưa đạt", "en": "Not met"},
    "targets.blocking_unknown": {"vi": "Chưa có số liệu", "en": "No data"},
    "targets.advanced.blocking_note": {
        "vi": "Tính trên {count} xã đã đạt NTM nhưng chưa được công nhận nâng cao; "
        "biểu đồ hiện {shown}/{total} tiêu chí vướng nhiều xã nhất.",
        "en": "Among the {count} NTM communes not yet recognised advanced; "
        "the chart shows the {shown} of {total} criteria blocking most.",
    },
    # Model communes (section of the villages page)
    "targets.model.heading": {"vi": "Xã nông thôn mới kiểu mẫu", "en": "Model NTM communes"},
    "targets.model.rule": {
        "vi": "Xã xét kiểu mẫu: xã đã được công nhận NTM nâng cao. {candidates} xã xét, {reaching} xã đạt đủ "
        "tiêu chí, {recognised} xã đã được công nhận.",
        "en": "Candidates are the communes recognised advanced NTM. Candidates: {candidates}; meeting every "
        "criterion: {reaching}; recognised: {recognised}.",
    },
    "targets.model.none": {
        "vi": "Dữ liệu chưa có xã NTM kiểu mẫu (chưa có bộ tiêu chí hay quyết định công nhận) trong kỳ này.",
        "en": "The data hold no model commune for this period (no criteria set assessed, no decision).",
    },
    # Model villages page
    "targets.villages.title": {"vi": "Thôn, khu dân cư kiểu mẫu", "en": "Model villages"},
    "targets.villages.rule": {
        "vi": "Đạt đủ tiêu chí (theo {set_name}) và được công nhận (có quyết định) là hai việc khác nhau.",
        "en": "Meeting every criterion (of the {set_name}) and being recognised (by decision) are two facts.",
    },
    "targets.villages.not_assessed": {
        "vi": "Không có bộ tiêu chí thôn kiểu mẫu nào được đánh giá trong {period_name}.",
        "en": "No model-village criteria set is assessed in the {period_name}.",
    },
    "targets.villages.kpi_villages": {"vi": "Số thôn", "en": "Villages"},
    "targets.villages.kpi_reaching": {"vi": "Thôn đạt đủ tiêu chí", "en": "Meeting every criterion"},
    "targets.villages.kpi_recognised": {
        "vi": "Thôn đã công nhận kiểu mẫu",
        "en": "Recognised model villages",
    },
    "targets.villages.kpi_planned": {"vi": "Kế hoạch đến năm {year}", "en": "Planned by {year}"},
    "targets.villages.table_heading": {"vi": "Thôn kiểu mẫu theo xã", "en": "Model villages by commune"},
    "targets.villages.col_villages": {"vi": "Số thôn", "en": "Villages"},
    "targets.villages.col_assessed": {"vi": "Đánh giá", "en": "Assessed"},
    "targets.villages.col_planned": {"vi": "Tổng KH", "en": "Plan, all"},
    "targets.villages.col_reaching": {"vi": "Đạt đủ tiêu chí", "en": "All met"},
    "targets.villages.col_planned_by_now": {"vi": "KH đến {year}", "en": "Plan by {year}"},
    "targets.villages.col_criterion": {"vi": "TC{no}", "en": "C{no}"},
    "targets.villages.criteria_legend": {
        "vi": "TC = số thôn đạt từng tiêu chí: {names}. KH = số thôn theo kế hoạch.",
        "en": "C = villages meeting each criterion: {names}.",
    },
    "targets.villages.no_communes": {
        "vi": "Không có xã nào trong phạm vi đã chọn cho kỳ này.",
        "en": "No commune is in the chosen scope for this period.",
    },
    "targets.villages.grid_heading": {"vi": "Từng thôn theo tiêu chí", "en": "Each village by criterion"},
    "targets.villages.choose": {"vi": "Chọn xã", "en": "Choose a commune"},
    "targets.villages.choice_label": {"vi": "{name} ({count} thôn)", "en": "{name} ({count} villages)"},
    "targets.villages.grid_title": {
        "vi": "Thôn × tiêu chí thôn kiểu mẫu",
        "en": "Village × model-village criterion",
    },
    "targets.villages.grid_none": {
        "vi": "Xã {name} không có thôn nào được đánh giá trong kỳ này.",
        "en": "{name} has no village assessed in this period.",
    },
    "targets.villages.grid_legend": {
        "vi": "Đ = đạt (xanh), ✕ = chưa đạt (cam), ? = chưa có số liệu (xám).",
        "en": "M = met (blue), ✕ = not met (orange), ? = no data (grey).",
    },
    "targets.villages.trend_title": {"vi": "Thôn kiểu mẫu theo kỳ", "en": "Model villages over time"},
}
