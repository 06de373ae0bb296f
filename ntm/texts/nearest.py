"""Texts of the Gần đạt page (communes nearest to their next tier)."""

TEXTS = {
    "page.nearest": {"vi": "Gần đạt", "en": "Nearest to next tier"},
    # Tiers, as a goal in a sentence and as a short label
    # Roll-up sentences (nearest page)
    "nearest.rollup.one_away": {
        "vi": "{count} xã{names} chỉ còn 1 tiêu chí để đạt {goal}",
        "en": "{count} communes{names} are one criterion from {goal}",
    },
    "nearest.rollup.one_away_single": {
        "vi": "1 xã{names} chỉ còn 1 tiêu chí để đạt {goal}",
        "en": "1 commune{names} is one criterion from {goal}",
    },
    # The one-away communes named after their count: " (Tứ Yên)", " (A, B, C, D, E và 2 xã khác)".
    "nearest.rollup.names": {"vi": " ({names})", "en": " ({names})"},
    "nearest.rollup.names_more": {"vi": " ({names} và {more} xã khác)", "en": " ({names} and {more} others)"},
    "nearest.rollup.none_one_away": {
        "vi": "Chưa xã nào chỉ còn 1 tiêu chí để đạt {goal}; xã gần nhất còn thiếu {nearest} tiêu chí",
        "en": "No commune is one criterion from {goal}; the nearest still lacks {nearest} criteria",
    },
    "nearest.rollup.blocker": {
        "vi": "tiêu chí vướng nhiều nhất là tiêu chí {no} ({name})",
        "en": "the most common blocker is criterion {no} ({name})",
    },
    "nearest.rollup.rise": {
        "vi": "nếu các xã này hoàn thành, tỷ lệ xã đạt {goal} (đã công nhận hoặc đạt đủ tiêu chí) của {place} sẽ tăng từ {now} lên {after}",
        "en": "if they close it, {place} goes from {now} to {after} of communes at {goal} (recognised or meeting every criterion)",
    },
    "nearest.rollup.rise_single": {
        "vi": "nếu xã này hoàn thành, tỷ lệ xã đạt {goal} (đã công nhận hoặc đạt đủ tiêu chí) của {place} sẽ tăng từ {now} lên {after}",
        "en": "if it closes it, {place} goes from {now} to {after} of communes at {goal} (recognised or meeting every criterion)",
    },
    "nearest.rollup.share": {
        "vi": "tỷ lệ xã đạt {goal} (đã công nhận hoặc đạt đủ tiêu chí) của {place} hiện là {now}",
        "en": "{now} of communes in {place} are at {goal} (recognised or meeting every criterion)",
    },
    "nearest.rollup.awaiting": {
        "vi": "{count} xã đã đạt đủ tiêu chí {goal} nhưng chưa được công nhận.",
        "en": "{count} communes meet every {goal} criterion but are not recognised yet.",
    },
    "nearest.rollup.awaiting_single": {
        "vi": "1 xã đã đạt đủ tiêu chí {goal} nhưng chưa được công nhận.",
        "en": "1 commune meets every {goal} criterion but is not recognised yet.",
    },
    # Nearest page
    "nearest.scope_note": {
        "vi": "Mỗi xã được so với bộ tiêu chí của mức kế tiếp (chưa đạt chuẩn → NTM; NTM → nâng cao; nâng cao → kiểu mẫu) được đánh giá trong kỳ; tiêu chí chưa có số liệu tính là chưa đạt. Bộ lọc bộ tiêu chí và tiêu chí không áp dụng ở trang này.",
        "en": "Each commune is compared with the set of its next tier (not recognised → NTM; NTM → advanced; advanced → model) assessed in the period; a criterion lacking data counts as unmet. The criteria-set and criteria filters do not apply on this page.",
    },
    "nearest.empty": {
        "vi": "Không có xã nào có bộ tiêu chí của mức kế tiếp được đánh giá trong kỳ này.",
        "en": "No commune has its next tier's criteria assessed in this period.",
    },
    "nearest.chart_title": {
        "vi": "Số tiêu chí còn thiếu để lên mức kế tiếp ({count} xã gần đạt nhất)",
        "en": "Criteria still lacking for the next tier (the {count} nearest communes)",
    },
    "nearest.chart_x": {"vi": "Số tiêu chí chưa đạt", "en": "Criteria not met"},
    "nearest.chart_hint": {
        "vi": "Bấm vào một xã để mở trang của xã đó.",
        "en": "Click a commune to open its page.",
    },
    "nearest.blockers.title": {
        "vi": "Tiêu chí còn vướng ở nhiều xã nhất",
        "en": "Criteria blocking the most communes",
    },
    "nearest.blockers.x": {"vi": "Số xã chưa đạt", "en": "Communes not meeting it"},
    "nearest.blockers.hint": {
        "vi": "Bấm vào một tiêu chí để mở trang tiêu chí đó (theo bộ tiêu chí của mức tương ứng).",
        "en": "Click a criterion to open its page (on the set of that tier).",
    },
    "nearest.table_heading": {
        "vi": "Chỉ tiêu còn thiếu của từng xã — {period_name}",
        "en": "Each commune's missing indicators — {period_name}",
    },
    "nearest.ranking_heading": {
        "vi": "Xếp hạng xã gần đạt mức kế tiếp — {period_name}",
        "en": "Communes nearest to their next tier — {period_name}",
    },
    "nearest.rank_note": {
        "vi": "Xếp theo số tiêu chí chưa đạt, rồi theo tổng khoảng cách tương đối (khoảng cách chia ngưỡng; chỉ tiêu có/không hoặc chưa có số liệu tính là 1). Chọn một dòng để mở trang xã.",
        "en": "Ranked by criteria not met, then by total relative gap (gap divided by threshold; a yes/no indicator or one lacking data counts 1). Select a row to open the commune.",
    },
    "nearest.col.met": {"vi": "Tiêu chí đạt (bộ của mức kế tiếp)", "en": "Criteria met (next tier's set)"},
    "nearest.col.set": {"vi": "Bộ tiêu chí của mức kế tiếp", "en": "Next tier's criteria set"},
    "nearest.model_done": {
        "vi": "{count} xã đã đạt NTM kiểu mẫu (không còn mức kế tiếp).",
        "en": "{count} communes are model NTM already (no next tier).",
    },
    "nearest.model_done_single": {
        "vi": "1 xã đã đạt NTM kiểu mẫu (không còn mức kế tiếp).",
        "en": "1 commune is model NTM already (no next tier).",
    },
    "nearest.no_set_single": {
        "vi": "1 xã chưa có bộ tiêu chí của mức kế tiếp được đánh giá trong kỳ: {names}.",
        "en": "1 commune has no next-tier set assessed in this period: {names}.",
    },
    "nearest.no_set": {
        "vi": "{count} xã chưa có bộ tiêu chí của mức kế tiếp được đánh giá trong kỳ: {names}.",
        "en": "{count} communes have no next-tier set assessed in this period: {names}.",
    },
}
