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
    "pace.axis": {"vi": "Tỷ lệ xã", "en": "Share of communes"},
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
