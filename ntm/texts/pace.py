"""Texts of the pace section (the share per tier, projected at the recent pace)."""

TEXTS: dict[str, dict[str, str]] = {
    "pace.heading": {"vi": "Tiến độ so với kế hoạch", "en": "Pace against the plan"},
    "pace.title": {
        "vi": "Tỷ lệ xã theo mức công nhận và dự báo",
        "en": "Share of communes per tier, with projection",
    },
    "pace.projection": {
        "vi": "{tier} — dự báo theo tốc độ gần đây",
        "en": "{tier} — projected at the recent pace",
    },
    "pace.plan": {"vi": "{tier} — kế hoạch", "en": "{tier} — plan"},
    "pace.plan_hover": {
        "vi": "Kế hoạch đến hết năm {year}: {planned}/{base} {base_words} · {share}",
        "en": "Plan for the end of {year}: {planned}/{base} {base_words} · {share}",
    },
    "pace.base_planned": {"vi": "xã NTM theo kế hoạch", "en": "communes planned to be NTM"},
    "pace.target": {"vi": "{tier} — mục tiêu Chương trình", "en": "{tier} — programme target"},
    "pace.target_hover": {
        "vi": "Mục tiêu năm {year}: {share} {base} ({source})",
        "en": "Target for {year}: {share} of {base} ({source})",
    },
    "pace.target_met": {
        "vi": "Theo tốc độ gần đây, mục tiêu {tier} năm {year} ({planned} {base}; {source}) sẽ đạt: dự báo {projected}.",
        "en": "At the recent pace, the {tier} target for {year} ({planned} of {base}; {source}) will be met: projected {projected}.",
    },
    "pace.target_not_met": {
        "vi": "Theo tốc độ gần đây, mục tiêu {tier} năm {year} ({planned} {base}; {source}) sẽ KHÔNG đạt: dự báo chỉ {projected}.",
        "en": "At the recent pace, the {tier} target for {year} ({planned} of {base}; {source}) will NOT be met: projected only {projected}.",
    },
    "pace.shares_note": {
        "vi": "Dự báo theo tỷ lệ, không theo số xã, vì số xã thay đổi khi sắp xếp ĐVHC (01/7/2025): NTM trên tổng số xã; "
        "nâng cao, kiểu mẫu, hiện đại trên số xã đạt chuẩn NTM. Tốc độ chỉ tính từ các kỳ cùng một phía của "
        "01/7/2025 với kỳ cuối (xã mới không kế thừa công nhận của xã cũ). Mục tiêu tính bằng số xã được đổi "
        "thành tỷ lệ theo số xã của kỳ cuối. Kế hoạch nâng cao của một năm tính trên số xã NTM theo kế hoạch NTM "
        "của năm đó (nếu nhiều hơn số xã NTM hiện nay).",
        "en": "Shares are projected, not counts, since the number of communes changed with the reorganisation "
        "(1/7/2025): NTM among all communes; advanced, model and modern among the NTM communes. The pace uses "
        "only periods on the same side of 1/7/2025 as the last one (new communes inherit no recognition). A "
        "target given as a number of communes becomes a share of the last period's count. An advanced plan for a year "
        "is a share of the communes the NTM plan expects to be NTM by then (when more than are NTM now).",
    },
    "pace.met": {
        "vi": "Theo tốc độ của 2 năm gần đây, kế hoạch đạt {tier} đến năm {year} ({planned}) sẽ đạt: dự báo {projected}.",
        "en": "At the pace of the last two years, the {tier} plan for {year} ({planned}) will be met: projected {projected}.",
    },
    "pace.not_met": {
        "vi": "Theo tốc độ của 2 năm gần đây, kế hoạch đạt {tier} đến năm {year} ({planned}) sẽ KHÔNG đạt: dự báo chỉ {projected}.",
        "en": "At the pace of the last two years, the {tier} plan for {year} ({planned}) will NOT be met: projected only {projected}.",
    },
    "pace.no_plan": {
        "vi": "Chưa có kế hoạch nào từ năm nay trở đi để so sánh với dự báo.",
        "en": "No plan from this year on to compare the projection with.",
    },
    "pace.note": {
        "vi": "Nét đứt là dự báo (xu hướng tuyến tính của 4 kỳ gần nhất), không phải số liệu.",
        "en": "Dashed lines are projections (the linear trend of the last 4 periods), not data.",
    },
}
