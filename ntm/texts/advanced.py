"""Texts of the page of the commune tier above NTM ({goal}: nâng cao until 2025, hiện đại from 2026), shared
with the Thôn kiểu mẫu page."""

TEXTS = {
    "page.advanced": {"vi": "NTM nâng cao, hiện đại", "en": "Advanced, modern NTM"},
    # Shared by both pages
    "advanced.col_commune": {"vi": "Xã", "en": "Commune"},
    "advanced.col_district": {"vi": "Huyện", "en": "District"},
    "advanced.col_decision": {"vi": "Quyết định", "en": "Decision"},
    "advanced.col_date": {"vi": "Ngày", "en": "Date"},
    "advanced.col_year": {"vi": "Năm kế hoạch", "en": "Target year"},
    "advanced.col_planned": {"vi": "Kế hoạch", "en": "Planned"},
    "advanced.col_reached": {"vi": "Đạt đủ tiêu chí", "en": "Meeting every criterion"},
    "advanced.col_recognised": {"vi": "Đã công nhận", "en": "Recognised"},
    "advanced.not_yet": {"vi": "Chưa", "en": "Not yet"},
    "advanced.total": {"vi": "Tổng", "en": "Total"},
    "advanced.click_hint": {
        "vi": "Bấm vào một dòng để mở trang của xã đó.",
        "en": "Click a row to open that commune's page.",
    },
    "advanced.plan_heading": {"vi": "Kế hoạch và thực hiện", "en": "Plan and results"},
    "advanced.plan_note": {
        "vi": "Đạt đủ tiêu chí: theo kỳ đánh giá cuối cùng của năm kế hoạch (không sau kỳ đang xem). "
        "Đã công nhận: có quyết định còn hiệu lực đến 31/12 của năm đó (hoặc cuối kỳ đang xem).",
        "en": "Meeting every criterion: at the last assessment of the target year (not after the period shown). "
        "Recognised: a decision in force on 31 December of that year (or at the end of the period shown).",
    },
    "advanced.plan_none": {
        "vi": "Không có kế hoạch nào trong phạm vi đã chọn.",
        "en": "No plan in the chosen scope.",
    },
    "advanced.plan_title": {"vi": "Kế hoạch và thực hiện theo năm", "en": "Plan and results by target year"},
    "advanced.plan_x": {"vi": "Năm kế hoạch", "en": "Target year"},
    "advanced.trend_reaching": {"vi": "Đạt đủ tiêu chí", "en": "Meeting every criterion"},
    "advanced.trend_recognised": {"vi": "Đã công nhận", "en": "Recognised"},
    "advanced.trend_target": {"vi": "Mục tiêu kế hoạch (cộng dồn)", "en": "Plan target (cumulative)"},
    # Advanced NTM page
    "advanced.title": {"vi": "Xã {tier}", "en": "{tier} communes"},
    "advanced.rule": {
        "vi": "Chỉ xã đã được công nhận nông thôn mới đến cuối kỳ mới là xã xét {goal}. "
        "Bộ tiêu chí: {set_name}.",
        "en": "Only communes recognised NTM by the end of the period are candidates for {goal}. "
        "Criteria set: {set_name}.",
    },
    "advanced.not_assessed": {
        "vi": "Không có bộ tiêu chí {goal} nào được đánh giá trong {period_name}.",
        "en": "No {goal} criteria set is assessed in the {period_name}.",
    },
    "advanced.kpi_candidates": {
        "vi": "Xã xét {goal} (đã đạt NTM)",
        "en": "NTM communes, candidates for {goal}",
    },
    "advanced.kpi_reaching": {
        "vi": "Đạt đủ tiêu chí {goal}",
        "en": "Meeting all {goal} criteria",
    },
    "advanced.kpi_recognised": {"vi": "Đã công nhận {goal}", "en": "Recognised {goal}"},
    "advanced.kpi_average": {"vi": "Bình quân tiêu chí đạt/xã", "en": "Average criteria met"},
    "advanced.kpi_average_help": {
        "vi": "Trung bình số tiêu chí {goal} đạt của các xã xét {goal}, trên {total} tiêu chí.",
        "en": "Average {goal} criteria met by the candidates, out of {total}.",
    },
    "advanced.table_heading": {
        "vi": "Tiêu chí {goal} đạt theo xã",
        "en": "Criteria of {goal} met by commune",
    },
    "advanced.col_criteria": {"vi": "Tiêu chí đạt", "en": "Criteria met"},
    "advanced.col_of": {"vi": "Trên tổng số", "en": "Out of"},
    "advanced.no_candidates": {
        "vi": "Chưa có xã nào đạt chuẩn NTM trong phạm vi đã chọn, nên chưa có xã xét {goal}.",
        "en": "No commune of the chosen scope is recognised NTM, so none is a candidate for {goal}.",
    },
    "advanced.others_single": {
        "vi": "1 xã chưa được công nhận NTM (chưa xét {goal}): {names}",
        "en": "1 commune not yet recognised NTM (not a candidate for {goal}): {names}",
    },
    "advanced.others": {
        "vi": "{count} xã chưa được công nhận NTM (chưa xét {goal}): {names}",
        "en": "{count} communes not yet recognised NTM (not candidates for {goal}): {names}",
    },
    "advanced.trend_title": {
        "vi": "Xã đạt và được công nhận {goal}",
        "en": "Communes meeting and recognised {goal}",
    },
    "advanced.recognised_heading": {
        "vi": "Xã đã được công nhận {goal}",
        "en": "Communes recognised {goal}",
    },
    "advanced.recognised_none": {
        "vi": "Chưa có xã nào được công nhận {goal} đến cuối kỳ này.",
        "en": "No commune is recognised {goal} by the end of this period.",
    },
    "advanced.blocking_heading": {
        "vi": "Tiêu chí vướng nhiều xã nhất",
        "en": "Criteria blocking most candidates",
    },
    "advanced.blocking_title": {
        "vi": "Số xã xét {goal} chưa đạt từng tiêu chí",
        "en": "Candidates for {goal} not meeting each criterion",
    },
    "advanced.blocking_none": {
        "vi": "Không có xã xét {goal} nào đang chờ công nhận.",
        "en": "No candidate for {goal} is waiting for recognition.",
    },
    "advanced.blocking_x": {"vi": "Số xã", "en": "Communes"},
    "advanced.blocking_note": {
        "vi": "Tính trên {count} xã đã đạt NTM nhưng chưa được công nhận {goal}; "
        "biểu đồ hiện {shown}/{total} tiêu chí vướng nhiều xã nhất.",
        "en": "Among the {count} NTM communes not yet recognised {goal}; "
        "the chart shows the {shown} of {total} criteria blocking most.",
    },
}
