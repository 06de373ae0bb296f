"""Texts of the commune page (Xã)."""

TEXTS: dict[str, dict[str, str]] = {
    "commune.title": {"vi": "Xã {name}", "en": "{name} commune"},
    "commune.choose": {"vi": "Chọn xã", "en": "Choose a commune"},
    "commune.choice_label": {"vi": "{name} ({district})", "en": "{name} ({district})"},
    # Tiers
    # Headline figures
    "commune.kpi.tier": {"vi": "Đã được công nhận", "en": "Recognised as"},
    "commune.kpi.tier_help": {
        "vi": "Cấp cao nhất có quyết định công nhận còn hiệu lực đến {day}.",
        "en": "Highest tier with a recognition decision in force on {day}.",
    },
    "commune.kpi.criteria_met": {"vi": "Tiêu chí đạt ({tier})", "en": "Criteria met ({tier})"},
    "commune.kpi.criteria_met_help": {"vi": "Theo {set_name}.", "en": "By the {set_name}."},
    "commune.kpi.since": {"vi": "so với {period_name}", "en": "since the {period_name}"},
    "commune.kpi.unknown": {"vi": "Tiêu chí chưa có số liệu", "en": "Criteria lacking data"},
    "commune.kpi.villages": {"vi": "Thôn kiểu mẫu", "en": "Model villages"},
    "commune.kpi.villages_help": {
        "vi": "Thôn đã được công nhận thôn kiểu mẫu / tổng số thôn. Trong kỳ: {reaching} thôn đạt đủ tiêu chí, {assessed} thôn được đánh giá.",
        "en": "Villages recognised as model villages / all villages. This period: {reaching} meet every criterion, {assessed} assessed.",
    },
    "commune.empty.no_communes": {
        "vi": "Không có xã nào trong phạm vi đã chọn cho kỳ này.",
        "en": "No commune is in the chosen scope for this period.",
    },
    "commune.empty.set_not_assessed": {
        "vi": "Bộ tiêu chí đã chọn không được đánh giá trong kỳ này, nên chưa có kết quả tiêu chí của xã.",
        "en": "The chosen criteria set is not assessed in this period, so the commune has no criteria results.",
    },
    "commune.empty.nothing_assessed": {
        "vi": "Xã {name} chưa có số liệu đánh giá nào trong {period_name}: mọi tiêu chí là “chưa có số liệu”.",
        "en": "{name} has no assessment in the {period_name}: every criterion lacks data.",
    },
    # Recognition decisions
    "commune.recognitions.heading": {"vi": "Quyết định công nhận", "en": "Recognition decisions"},
    "commune.recognitions.line": {
        "vi": "{tier}: Quyết định {number} ngày {day}",
        "en": "{tier}: decision {number} of {day}",
    },
    "commune.recognitions.revoked": {"vi": "(đã thu hồi ngày {day})", "en": "(revoked on {day})"},
    "commune.recognitions.none": {
        "vi": "Chưa có quyết định công nhận nào tính đến ngày {day}.",
        "en": "No recognition decision up to {day}.",
    },
    # Plans
    "commune.plans.heading": {"vi": "Kế hoạch", "en": "Plan"},
    "commune.plans.none": {
        "vi": "Xã chưa có kế hoạch đạt chuẩn.",
        "en": "The commune has no plan on record.",
    },
    "commune.plans.col_target": {"vi": "Mục tiêu", "en": "Target"},
    "commune.plans.col_year": {"vi": "Năm kế hoạch", "en": "Target year"},
    "commune.plans.col_criteria": {"vi": "Tiêu chí đạt trong kỳ", "en": "Criteria met this period"},
    "commune.plans.col_decision": {"vi": "Quyết định công nhận", "en": "Recognition decision"},
    "commune.plans.col_status": {"vi": "Tình hình", "en": "Standing"},
    "commune.plan.on_time": {"vi": "Đạt đúng kế hoạch", "en": "Reached on time"},
    "commune.plan.late": {"vi": "Đạt, muộn hơn kế hoạch", "en": "Reached, later than planned"},
    "commune.plan.awaiting": {
        "vi": "Đủ tiêu chí, chờ công nhận",
        "en": "All criteria met, awaiting decision",
    },
    "commune.plan.overdue": {"vi": "Quá hạn, chưa đạt", "en": "Overdue, not reached"},
    "commune.plan.in_progress": {"vi": "Đang thực hiện", "en": "In progress"},
    # Criteria met over time
    "commune.history.title": {
        "vi": "Xã {name}: số tiêu chí đạt qua các kỳ ({tier})",
        "en": "{name}: criteria met, period by period ({tier})",
    },
    "commune.history.subtitle": {
        "vi": "Từ {first} đến {last}; đường đứt nét: ngày quyết định công nhận",
        "en": "From the {first} to the {last}; dashed line: date of the recognition decision",
    },
    "commune.history.y": {"vi": "Số tiêu chí", "en": "Criteria"},
    "commune.history.recognised": {"vi": "Công nhận {day}", "en": "Recognised {day}"},
    "commune.history.revoked": {"vi": "Thu hồi {day}", "en": "Revoked {day}"},
    "commune.grid.title": {
        "vi": "Xã {name}: kết quả từng tiêu chí qua các kỳ",
        "en": "{name}: each criterion, period by period",
    },
    "commune.grid.subtitle": {"vi": "Từ {first} đến {last}", "en": "From the {first} to the {last}"},
    "commune.grid.criterion": {"vi": "Tiêu chí {no}", "en": "Criterion {no}"},
    # Statuses
    # Criteria and indicators of the period
    "commune.criteria.heading": {
        "vi": "Kết quả từng tiêu chí, {period_name}",
        "en": "Each criterion, {period_name}",
    },
    "commune.criteria.hint": {
        "vi": "Chọn một dòng để mở trang của tiêu chí đó (giữ nguyên phạm vi).",
        "en": "Pick a row to open that criterion's page (the scope is kept).",
    },
    "commune.criteria.col_criterion": {"vi": "Tiêu chí", "en": "Criterion"},
    "commune.criteria.col_indicators": {"vi": "Chỉ tiêu đạt", "en": "Indicators met"},
    "commune.criteria.col_status": {"vi": "Kết quả", "en": "Result"},
    "commune.criteria.filtered": {
        "vi": "Chỉ hiện các tiêu chí đã chọn: {numbers}.",
        "en": "Only the chosen criteria are shown: {numbers}.",
    },
    "commune.indicators.heading": {"vi": "Chỉ tiêu, {period_name}", "en": "Indicators, {period_name}"},
    "commune.indicators.note": {
        "vi": "Ngưỡng theo vùng {region} và năm {year}. Chỉ tiêu không có dòng đánh giá được tính là chưa có số liệu.",
        "en": "Thresholds of the {region} region for {year}. An indicator without an assessment row lacks data.",
    },
    "commune.indicators.note_group": {
        "vi": "Ngưỡng áp dụng cho xã {group} năm {year} (chỉ tiêu không có ngưỡng riêng cho nhóm: ngưỡng chung của mọi nhóm). Chỉ tiêu không có dòng đánh giá được tính là chưa có số liệu.",
        "en": "Thresholds for {group} communes in {year} (an indicator without a threshold of the group's own: the one common to every group). An indicator without an assessment row lacks data.",
    },
    "commune.indicators.note_no_group": {
        "vi": "Xã chưa được xếp nhóm năm {year}: ngưỡng chung của mọi nhóm. Chỉ tiêu không có dòng đánh giá được tính là chưa có số liệu.",
        "en": "The commune has no group for {year}: the thresholds common to every group. An indicator without an assessment row lacks data.",
    },
    "commune.indicators.col_code": {"vi": "Mã", "en": "Code"},
    "commune.indicators.col_name": {"vi": "Chỉ tiêu", "en": "Indicator"},
    "commune.indicators.col_value": {"vi": "Giá trị", "en": "Value"},
    "commune.indicators.col_threshold": {"vi": "Ngưỡng", "en": "Threshold"},
    "commune.indicators.col_gap": {"vi": "Còn thiếu", "en": "Gap"},
    "commune.indicators.col_status": {"vi": "Kết quả", "en": "Result"},
    "commune.indicators.col_note": {"vi": "Ghi chú", "en": "Note"},
    # Villages
    "commune.villages.heading": {"vi": "Thôn kiểu mẫu, {period_name}", "en": "Model villages, {period_name}"},
    "commune.villages.none": {
        "vi": "Xã không có thôn nào trong dữ liệu của kỳ này.",
        "en": "The commune has no village in the data for this period.",
    },
    "commune.villages.col_village": {"vi": "Thôn", "en": "Village"},
    "commune.villages.col_criteria": {"vi": "Tiêu chí đạt", "en": "Criteria met"},
    "commune.villages.col_reaches": {"vi": "Đạt đủ tiêu chí", "en": "Meets all"},
    "commune.villages.col_decision": {"vi": "Quyết định công nhận", "en": "Recognition decision"},
    "commune.villages.col_plan": {"vi": "Năm kế hoạch", "en": "Target year"},
    "commune.villages.not_assessed": {"vi": "Chưa đánh giá", "en": "Not assessed"},
    # Funding
    "commune.funding.none": {
        "vi": "Chưa có số liệu vốn huy động của xã trong {period_name}.",
        "en": "No capital mobilised is recorded for the commune in the {period_name}.",
    },
    "commune.funding.title": {
        "vi": "Xã {name}: vốn huy động theo nguồn, {period_name}",
        "en": "{name}: capital mobilised by source, {period_name}",
    },
    "commune.funding.subtitle": {
        "vi": "Tổng cộng {total} triệu đồng",
        "en": "Total {total} million VND",
    },
    "commune.funding.x": {"vi": "Triệu đồng", "en": "Million VND"},
    "commune.funding.central": {"vi": "Ngân sách trung ương", "en": "Central budget"},
    "commune.funding.local": {"vi": "Ngân sách địa phương", "en": "Local budgets"},
    "commune.funding.integrated": {"vi": "Vốn lồng ghép", "en": "Integrated programmes"},
    "commune.funding.credit": {"vi": "Vốn tín dụng", "en": "Credit"},
    "commune.funding.enterprise": {"vi": "Doanh nghiệp", "en": "Enterprises"},
    "commune.funding.community": {"vi": "Cộng đồng / người dân", "en": "Community and people"},
    # Before the merger: the xã the commune was formed from
    "commune.before.heading": {
        "vi": "Trước sáp nhập: các xã cũ hợp thành xã {name}",
        "en": "Before the merger: the communes {name} was formed from",
    },
    "commune.before.note": {
        "vi": "Kết quả và quyết định công nhận dưới đây là của các xã cũ, đến ngày {last_day}. Xã {name} (từ {day}) không kế thừa các quyết định này: tình trạng của xã chỉ tính từ các đánh giá và quyết định của chính xã.",
        "en": "The results and recognition decisions below are the former communes', up to {last_day}. {name} (since {day}) does not inherit these decisions: its status counts only its own assessments and decisions.",
    },
    "commune.before.col_name": {"vi": "Xã cũ", "en": "Former commune"},
    "commune.before.col_district": {"vi": "Huyện cũ", "en": "Former district"},
    "commune.before.col_criteria": {"vi": "Tiêu chí đạt (kỳ cuối)", "en": "Criteria met (last period)"},
    "commune.before.criteria_in": {
        "vi": "{met}/{total} ({period_name})",
        "en": "{met}/{total} ({period_name})",
    },
    "commune.before.col_tier": {"vi": "Đã được công nhận", "en": "Recognised as"},
    "commune.before.col_act": {"vi": "Văn bản sắp xếp", "en": "Legal act"},
    "commune.before.col_date": {"vi": "Ngày hiệu lực", "en": "Effective"},
    # Old set vs new set
    "commune.set_change.heading": {
        "vi": "Bộ tiêu chí mới so với bộ cũ: xã thay đổi gì",
        "en": "New criteria set against the old: what changes for the commune",
    },
    "commune.set_change.note": {
        "vi": "Theo {old_set} ({old_period}): đạt {old_met}/{old_total} tiêu chí. Theo {new_set} ({new_period}): đạt {new_met}/{new_total} tiêu chí. Mỗi chỉ tiêu của bộ mới được so với chỉ tiêu cùng tên của bộ cũ.",
        "en": "By the {old_set} ({old_period}): {old_met} of {old_total} criteria met. By the {new_set} ({new_period}): {new_met} of {new_total} met. Each indicator of the new set is compared with the old set's indicator of the same name.",
    },
    "commune.set_change.col_change": {"vi": "So với bộ cũ", "en": "Against the old set"},
    "commune.set_change.col_lost": {
        "vi": "Chỉ tiêu đạt theo bộ cũ, chưa đạt theo bộ mới",
        "en": "Indicators met by the old set, not by the new",
    },
    "commune.set_change.col_gained": {
        "vi": "Chỉ tiêu chưa đạt theo bộ cũ, đạt theo bộ mới",
        "en": "Indicators not met by the old set, met by the new",
    },
    "commune.set_change.newly_failing": {"vi": "Mới chưa đạt", "en": "Newly failing"},
    "commune.set_change.newly_passing": {"vi": "Mới đạt", "en": "Newly passing"},
    "commune.set_change.same": {"vi": "Không đổi", "en": "No change"},
}
