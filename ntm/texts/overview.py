"""Texts of the overview page (Tổng quan)."""

TEXTS: dict[str, dict[str, str]] = {
    "kpi.recognised_ntm": {"vi": "Xã đạt chuẩn NTM", "en": "NTM communes"},
    "kpi.recognised_advanced": {"vi": "Xã NTM nâng cao", "en": "Advanced NTM communes"},
    "kpi.recognised_model_commune": {"vi": "Xã NTM kiểu mẫu", "en": "Model NTM communes"},
    "kpi.recognised_modern": {"vi": "Xã NTM hiện đại", "en": "Modern NTM communes"},
    # What the N of "n/N" counts (the full name of each base is `label.basis.*`).
    "kpi.base.all_communes": {"vi": "xã", "en": "communes"},
    "kpi.base.ntm_communes": {"vi": "xã NTM", "en": "NTM communes"},
    "kpi.base_name.villages": {"vi": "Tổng số thôn", "en": "All villages"},
    "kpi.help.share": {
        "vi": "Tử số: {numerator} ({value}) · Mẫu số: {denominator} ({total}). {compared}",
        "en": "Numerator: {numerator} ({value}) · Denominator: {denominator} ({total}). {compared}",
    },
    # Why a headline figure shows no change since the period before.
    "kpi.no_change.new_set": {"vi": "Bộ tiêu chí mới", "en": "New criteria set"},
    "kpi.no_change.reorganised": {"vi": "ĐVHC mới từ 01/7/2025", "en": "New units from 1/7/2025"},
    "kpi.average_criteria_met": {"vi": "Bình quân tiêu chí/xã", "en": "Average criteria met"},
    "kpi.under_15": {"vi": "Xã dưới 15 tiêu chí", "en": "Under 15 criteria"},
    "kpi.compared_with": {"vi": "Thay đổi so với {period_name}", "en": "Change since the {period_name}"},
    "kpi.no_previous": {"vi": "Chưa có kỳ trước để so sánh", "en": "No earlier period to compare with"},
    "kpi.criteria_note": {
        "vi": "Số tiêu chí đạt theo {set_name}; công nhận tính theo quyết định đến cuối kỳ.",
        "en": "Criteria met by the {set_name}; recognitions counted by decisions up to the period's end.",
    },
    "trend.title": {
        "vi": "Tỷ lệ xã được công nhận theo mức công nhận",
        "en": "Share of communes recognised per tier",
    },
    "trend.axis": {"vi": "Tỷ lệ trên cơ sở chính thức", "en": "Share on its official base"},
    "trend.hover": {
        "vi": "{period}: {numerator}/{denominator} {base} · {share}",
        "en": "{period}: {numerator}/{denominator} {base} · {share}",
    },
    "trend.reform": {"vi": "Sắp xếp ĐVHC 01/7/2025", "en": "2025 reorganisation"},
    "trend.note": {
        "vi": "Tỷ lệ, không phải số xã: NTM trên tổng số xã; nâng cao, kiểu mẫu, hiện đại trên số xã đạt chuẩn NTM. "
        "Số xã thay đổi khi sắp xếp ĐVHC (01/7/2025); xã mới không kế thừa công nhận của xã cũ.",
        "en": "Shares, not counts: NTM among all communes; advanced, model and modern among the NTM communes. "
        "The number of communes changed with the reorganisation (1/7/2025); new communes inherit no recognition.",
    },
    "trend.plan_ntm": {"vi": "Kế hoạch đạt chuẩn NTM (lũy kế)", "en": "NTM plan (cumulative)"},
    "trend.plan_note": {
        "vi": "Đường kế hoạch: số xã đã đạt chuẩn khi bắt đầu có số liệu cộng số xã có kế hoạch đạt chuẩn đến năm đó.",
        "en": "Plan line: communes already recognised when the data begin plus those planned by that year.",
    },
    "scorecard.heading": {"vi": "Bảng điểm xã × tiêu chí", "en": "Commune × criterion scorecard"},
    "scorecard.title": {"vi": "Kết quả từng tiêu chí theo xã", "en": "Each criterion by commune"},
    "scorecard.criterion": {"vi": "Tiêu chí", "en": "Criterion"},
    "scorecard.legend": {
        "vi": "Đ = đạt (xanh) · ✕ = chưa đạt (cam) · ? = chưa có số liệu (xám). Trong ngoặc: số tiêu chí đạt "
        "của xã; dưới số tiêu chí: số xã đạt. Bấm vào một ô để mở trang xã.",
        "en": "M = met (blue) · ✕ = not met (orange) · ? = no data (grey). In brackets: criteria met by the "
        "commune; under each criterion: communes meeting it. Click a cell to open the commune.",
    },
    "scorecard.sort": {"vi": "Sắp xếp xã theo", "en": "Sort communes by"},
    "scorecard.sort.criteria_met": {"vi": "Số tiêu chí đạt", "en": "Criteria met"},
    "scorecard.sort.name": {"vi": "Tên xã", "en": "Name"},
    "scorecard.sort.district": {"vi": "Huyện", "en": "District"},
    "hardest.title": {"vi": "Số xã đạt từng tiêu chí", "en": "Communes meeting each criterion"},
    "hardest.x": {"vi": "Số xã đạt", "en": "Communes meeting it"},
    "hardest.hint": {
        "vi": "Bấm vào một tiêu chí để mở trang tiêu chí.",
        "en": "Click a criterion to open its page.",
    },
    "ranking.heading": {"vi": "Xếp hạng xã", "en": "Commune ranking"},
    "ranking.hint": {
        "vi": "Bấm vào một dòng để mở trang xã. Thay đổi: so với {period_name}.",
        "en": "Click a row to open the commune. Change: since the {period_name}.",
    },
    "col.rank": {"vi": "Hạng", "en": "Rank"},
    "col.change": {"vi": "Thay đổi", "en": "Change"},
    "col.change_rank": {"vi": "Hạng tiến bộ", "en": "Improvement rank"},
    "col.previous": {"vi": "Kỳ trước", "en": "Previous"},
}
