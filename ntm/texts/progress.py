"""Texts of the progress pages: nearest to the next tier (Gần đạt) and slipping (Sụt giảm tiêu chí)."""

TEXTS: dict[str, dict[str, str]] = {
    "page.nearest": {"vi": "Gần đạt", "en": "Nearest to next tier"},
    "page.slipping": {"vi": "Sụt giảm tiêu chí", "en": "Slipping"},
    # Tiers, as a goal in a sentence and as a short label
    "progress.goal.ntm": {"vi": "chuẩn NTM", "en": "NTM"},
    "progress.goal.advanced": {"vi": "NTM nâng cao", "en": "advanced NTM"},
    "progress.goal.model_commune": {"vi": "NTM kiểu mẫu", "en": "model NTM"},
    "progress.tier.ntm": {"vi": "Đạt chuẩn NTM", "en": "NTM"},
    "progress.tier.advanced": {"vi": "NTM nâng cao", "en": "Advanced NTM"},
    "progress.tier.model_commune": {"vi": "NTM kiểu mẫu", "en": "Model NTM"},
    "progress.tier.none": {"vi": "Chưa công nhận", "en": "Not recognised"},
    # Roll-up sentences (nearest page)
    "progress.rollup.one_away": {
        "vi": "{count} xã chỉ còn 1 tiêu chí để đạt {goal}",
        "en": "{count} communes are one criterion from {goal}",
    },
    "progress.rollup.one_away_single": {
        "vi": "1 xã chỉ còn 1 tiêu chí để đạt {goal}",
        "en": "1 commune is one criterion from {goal}",
    },
    "progress.rollup.none_one_away": {
        "vi": "Chưa xã nào chỉ còn 1 tiêu chí để đạt {goal}; xã gần nhất còn thiếu {nearest} tiêu chí",
        "en": "No commune is one criterion from {goal}; the nearest still lacks {nearest} criteria",
    },
    "progress.rollup.blocker": {
        "vi": "tiêu chí vướng nhiều nhất là tiêu chí {no} ({name})",
        "en": "the most common blocker is criterion {no} ({name})",
    },
    "progress.rollup.rise": {
        "vi": "nếu các xã này hoàn thành, tỷ lệ xã đạt {goal} (đã công nhận hoặc đạt đủ tiêu chí) của {place} sẽ tăng từ {now} lên {after}",
        "en": "if they close it, {place} goes from {now} to {after} of communes at {goal} (recognised or meeting every criterion)",
    },
    "progress.rollup.rise_single": {
        "vi": "nếu xã này hoàn thành, tỷ lệ xã đạt {goal} (đã công nhận hoặc đạt đủ tiêu chí) của {place} sẽ tăng từ {now} lên {after}",
        "en": "if it closes it, {place} goes from {now} to {after} of communes at {goal} (recognised or meeting every criterion)",
    },
    "progress.rollup.share": {
        "vi": "tỷ lệ xã đạt {goal} (đã công nhận hoặc đạt đủ tiêu chí) của {place} hiện là {now}",
        "en": "{now} of communes in {place} are at {goal} (recognised or meeting every criterion)",
    },
    "progress.rollup.awaiting": {
        "vi": "{count} xã đã đạt đủ tiêu chí {goal} nhưng chưa được công nhận.",
        "en": "{count} communes meet every {goal} criterion but are not recognised yet.",
    },
    "progress.rollup.awaiting_single": {
        "vi": "1 xã đã đạt đủ tiêu chí {goal} nhưng chưa được công nhận.",
        "en": "1 commune meets every {goal} criterion but is not recognised yet.",
    },
    # Nearest page
    "progress.nearest.scope_note": {
        "vi": "Mỗi xã được so với bộ tiêu chí của hạng kế tiếp (chưa đạt chuẩn → NTM; NTM → nâng cao; nâng cao → kiểu mẫu) được đánh giá trong kỳ; tiêu chí chưa có số liệu tính là chưa đạt. Bộ lọc bộ tiêu chí và tiêu chí không áp dụng ở trang này.",
        "en": "Each commune is compared with the set of its next tier (not recognised → NTM; NTM → advanced; advanced → model) assessed in the period; a criterion lacking data counts as unmet. The criteria-set and criteria filters do not apply on this page.",
    },
    "progress.nearest.empty": {
        "vi": "Không có xã nào có bộ tiêu chí của hạng kế tiếp được đánh giá trong kỳ này.",
        "en": "No commune has its next tier's criteria assessed in this period.",
    },
    "progress.nearest.chart_title": {
        "vi": "Số tiêu chí còn thiếu để lên hạng kế tiếp ({count} xã gần đạt nhất)",
        "en": "Criteria still lacking for the next tier (the {count} nearest communes)",
    },
    "progress.nearest.chart_x": {"vi": "Số tiêu chí chưa đạt", "en": "Criteria not met"},
    "progress.nearest.chart_hint": {
        "vi": "Bấm vào một xã để mở trang của xã đó.",
        "en": "Click a commune to open its page.",
    },
    "progress.blockers.title": {
        "vi": "Tiêu chí còn vướng ở nhiều xã nhất",
        "en": "Criteria blocking the most communes",
    },
    "progress.blockers.x": {"vi": "Số xã chưa đạt", "en": "Communes not meeting it"},
    "progress.blockers.hint": {
        "vi": "Bấm vào một tiêu chí để mở trang tiêu chí đó (theo bộ tiêu chí của hạng tương ứng).",
        "en": "Click a criterion to open its page (on the set of that tier).",
    },
    "progress.nearest.table_heading": {
        "vi": "Chỉ tiêu còn thiếu của từng xã — {period_name}",
        "en": "Each commune's missing indicators — {period_name}",
    },
    "progress.nearest.ranking_heading": {
        "vi": "Xếp hạng xã gần đạt hạng kế tiếp — {period_name}",
        "en": "Communes nearest to their next tier — {period_name}",
    },
    "progress.nearest.rank_note": {
        "vi": "Xếp theo số tiêu chí chưa đạt, rồi theo tổng khoảng cách tương đối (khoảng cách chia ngưỡng; chỉ tiêu có/không hoặc chưa có số liệu tính là 1). Chọn một dòng để mở trang xã.",
        "en": "Ranked by criteria not met, then by total relative gap (gap divided by threshold; a yes/no indicator or one lacking data counts 1). Select a row to open the commune.",
    },
    "progress.nearest.model_done": {
        "vi": "{count} xã đã đạt NTM kiểu mẫu (không còn hạng kế tiếp).",
        "en": "{count} communes are model NTM already (no next tier).",
    },
    "progress.nearest.no_set": {
        "vi": "{count} xã chưa có bộ tiêu chí của hạng kế tiếp được đánh giá trong kỳ: {names}.",
        "en": "{count} communes have no next-tier set assessed in this period: {names}.",
    },
    "progress.col.rank": {"vi": "Hạng", "en": "Rank"},
    "progress.col.name": {"vi": "Xã", "en": "Commune"},
    "progress.col.district": {"vi": "Huyện", "en": "District"},
    "progress.col.recognised": {"vi": "Đã công nhận", "en": "Recognised"},
    "progress.col.next_tier": {"vi": "Hạng kế tiếp", "en": "Next tier"},
    "progress.col.tier": {"vi": "Hạng", "en": "Tier"},
    "progress.col.unmet": {"vi": "Tiêu chí chưa đạt", "en": "Criteria not met"},
    "progress.col.met": {"vi": "Tiêu chí đạt", "en": "Criteria met"},
    "progress.col.relative_gap": {"vi": "Khoảng cách tương đối", "en": "Relative gap"},
    "progress.col.unmet_list": {"vi": "Tiêu chí còn thiếu", "en": "Criteria missing"},
    "progress.col.criterion": {"vi": "Tiêu chí", "en": "Criterion"},
    "progress.col.indicator": {"vi": "Chỉ tiêu", "en": "Indicator"},
    "progress.col.indicator_name": {"vi": "Tên chỉ tiêu", "en": "Indicator name"},
    "progress.col.value": {"vi": "Giá trị", "en": "Value"},
    "progress.col.threshold": {"vi": "Ngưỡng", "en": "Threshold"},
    "progress.col.gap": {"vi": "Còn thiếu", "en": "Gap"},
    "progress.col.gap_margin": {"vi": "Thiếu / dư", "en": "Gap / headroom"},
    "progress.col.unit": {"vi": "Đơn vị", "en": "Unit"},
    "progress.col.status": {"vi": "Tình trạng", "en": "Status"},
    "progress.col.last_met": {"vi": "Đạt gần nhất", "en": "Last met"},
    "progress.col.code": {"vi": "Mã xã", "en": "Code"},
    "progress.value.yes": {"vi": "Có", "en": "Yes"},
    "progress.value.no": {"vi": "Không", "en": "No"},
    "progress.gap.bool": {"vi": "cần đạt (có/không)", "en": "must be met (yes/no)"},
    "progress.gap.no_data": {"vi": "chưa có số liệu", "en": "no data"},
    "progress.status.not_met": {"vi": "Chưa đạt", "en": "Not met"},
    "progress.status.unknown": {"vi": "Chưa có số liệu", "en": "No data"},
    "progress.situation.failing": {"vi": "Không đạt", "en": "Failing"},
    "progress.situation.no_data": {"vi": "Chưa có số liệu", "en": "No data"},
    "progress.situation.at_risk": {"vi": "Sát ngưỡng", "en": "Near threshold"},
    "progress.never_met": {"vi": "chưa từng đạt", "en": "never met"},
    "progress.met_now": {"vi": "đang đạt", "en": "met now"},
    # Slipping page
    "progress.slipping.note": {
        "vi": "Xã được công nhận (quyết định còn hiệu lực đến cuối kỳ) so với bộ tiêu chí của hạng cao nhất đã công nhận, đánh giá trong kỳ. Sát ngưỡng: chỉ tiêu đạt nhưng cách ngưỡng không quá {margin} giá trị ngưỡng. Bộ lọc bộ tiêu chí và tiêu chí không áp dụng ở trang này.",
        "en": "Recognised communes (decision in force at the period's end) against the set of their highest recognised tier, assessed in the period. Near threshold: an indicator met but within {margin} of the threshold's value. The criteria-set and criteria filters do not apply on this page.",
    },
    "progress.slipping.kpi_recognised": {"vi": "Xã đã công nhận", "en": "Recognised communes"},
    "progress.slipping.kpi_slipping": {"vi": "Xã sụt giảm tiêu chí", "en": "Communes slipping"},
    "progress.slipping.kpi_criteria": {"vi": "Lượt tiêu chí không đạt", "en": "Criteria failed"},
    "progress.slipping.kpi_at_risk": {"vi": "Xã sát ngưỡng", "en": "Communes near a threshold"},
    "progress.slipping.kpi_no_data": {"vi": "Xã thiếu số liệu", "en": "Communes lacking data"},
    "progress.slipping.none_recognised": {
        "vi": "Không có xã nào trong phạm vi được công nhận đến cuối kỳ này.",
        "en": "No commune in the scope is recognised by the end of this period.",
    },
    "progress.slipping.none": {
        "vi": "Không có xã nào sụt giảm tiêu chí trong kỳ này.",
        "en": "No commune slips on a criterion in this period.",
    },
    "progress.slipping.none_near": {
        "vi": "Không có xã nào sụt giảm tiêu chí hay sát ngưỡng trong kỳ này.",
        "en": "No commune slips or is near a threshold in this period.",
    },
    "progress.slipping.table_heading": {
        "vi": "Xã đã công nhận không đạt hoặc sát ngưỡng — {period_name}",
        "en": "Recognised communes failing or near a threshold — {period_name}",
    },
    "progress.slipping.hint": {
        "vi": "Chọn một dòng để mở trang của xã đó. Cột “Thiếu / dư”: còn thiếu so với ngưỡng khi không đạt, còn dư khi sát ngưỡng.",
        "en": "Select a row to open that commune's page. “Gap / headroom”: how far below the threshold when failing, how far above when near it.",
    },
    "progress.slipping.chart_title": {
        "vi": "Xã đã công nhận sụt giảm hoặc sát ngưỡng, theo tiêu chí",
        "en": "Recognised communes slipping or near a threshold, by criterion",
    },
    "progress.slipping.chart_x": {"vi": "Số xã", "en": "Communes"},
}
