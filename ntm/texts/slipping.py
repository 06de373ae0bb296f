"""Texts of the Sụt giảm tiêu chí page (recognised communes slipping)."""

TEXTS = {
    "page.slipping": {"vi": "Sụt giảm tiêu chí", "en": "Slipping"},
    "slipping.situation.at_risk": {"vi": "Sát ngưỡng", "en": "Near threshold"},
    "slipping.never_met": {"vi": "chưa từng đạt", "en": "never met"},
    "slipping.met_now": {"vi": "đang đạt", "en": "met now"},
    # Slipping page
    "slipping.note": {
        "vi": "Xã được công nhận (quyết định còn hiệu lực đến cuối kỳ) so với bộ tiêu chí của mức cao nhất đã công nhận, đánh giá trong kỳ. Sát ngưỡng: chỉ tiêu đạt nhưng cách ngưỡng không quá {margin} giá trị ngưỡng. Bộ lọc bộ tiêu chí và tiêu chí không áp dụng ở trang này.",
        "en": "Recognised communes (decision in force at the period's end) against the set of their highest recognised tier, assessed in the period. Near threshold: an indicator met but within {margin} of the threshold's value. The criteria-set and criteria filters do not apply on this page.",
    },
    "slipping.kpi_recognised": {"vi": "Xã đã công nhận", "en": "Recognised communes"},
    "slipping.kpi_slipping": {"vi": "Xã sụt giảm tiêu chí", "en": "Communes slipping"},
    "slipping.kpi_criteria": {"vi": "Lượt tiêu chí không đạt", "en": "Criteria failed"},
    "slipping.kpi_at_risk": {"vi": "Xã sát ngưỡng", "en": "Communes near a threshold"},
    "slipping.kpi_no_data": {"vi": "Xã thiếu số liệu", "en": "Communes lacking data"},
    # The counts read out, one wording for the page, the meeting slide and the Word briefing; each phrase
    # is its KPI label with a count in front (tests/unit/test_slipping_tables.py holds them together).
    "slipping.count.failing": {
        "vi": "{count} {communes} sụt giảm tiêu chí",
        "en": "{count} {communes} slipping",
    },
    "slipping.count.at_risk": {
        "vi": "{count} {communes} sát ngưỡng",
        "en": "{count} {communes} near a threshold",
    },
    "slipping.count.no_data": {
        "vi": "{count} {communes} thiếu số liệu",
        "en": "{count} {communes} lacking data",
    },
    "slipping.communes": {"vi": "xã", "en": "communes"},
    "slipping.commune": {"vi": "xã", "en": "commune"},
    "slipping.counts": {
        "vi": "Trong {recognised} {communes} đã công nhận: {counts}.",
        "en": "Of {recognised} recognised {communes}: {counts}.",
    },
    "slipping.none_recognised": {
        "vi": "Không có xã nào trong phạm vi được công nhận đến cuối kỳ này.",
        "en": "No commune in the scope is recognised by the end of this period.",
    },
    "slipping.none": {
        "vi": "Không có xã nào sụt giảm tiêu chí trong kỳ này.",
        "en": "No commune slips on a criterion in this period.",
    },
    "slipping.none_near": {
        "vi": "Không có xã nào sụt giảm tiêu chí hay sát ngưỡng trong kỳ này.",
        "en": "No commune slips or is near a threshold in this period.",
    },
    "slipping.table_heading": {
        "vi": "Xã đã công nhận không đạt, thiếu số liệu hoặc sát ngưỡng — {period_name}",
        "en": "Recognised communes failing, lacking data or near a threshold — {period_name}",
    },
    "slipping.hint": {
        "vi": "Chọn một dòng để mở trang của xã đó. Cột “Thiếu / dư”: còn thiếu so với ngưỡng khi không đạt, còn dư khi sát ngưỡng.",
        "en": "Select a row to open that commune's page. “Gap / headroom”: how far below the threshold when failing, how far above when near it.",
    },
    "slipping.chart_title": {
        "vi": "Xã đã công nhận không đạt, thiếu số liệu hoặc sát ngưỡng, theo tiêu chí",
        "en": "Recognised communes failing, lacking data or near a threshold, by criterion",
    },
    "slipping.chart_x": {"vi": "Số xã", "en": "Communes"},
}
