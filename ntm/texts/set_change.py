"""Texts of the page comparing the new criteria set with the old (Bộ tiêu chí mới)."""

TEXTS: dict[str, dict[str, str]] = {
    "set_change.intro": {
        "vi": "Mỗi xã: kết quả theo {old_set} (kỳ đánh giá cuối của chính xã) và theo {new_set} ({period_name}); tiêu chí mới chưa đạt / mới đạt: tiêu chí của bộ mới có chỉ tiêu đạt theo bộ cũ mà chưa đạt theo bộ mới, hoặc ngược lại (so chỉ tiêu cùng tên). Chọn một dòng để mở trang của xã.",
        "en": "Each commune: its standing by the {old_set} (its own last period on it) and by the {new_set} ({period_name}); newly failing / newly passing: criteria of the new set with an indicator met by the old set and not by the new, or the other way round (indicators of the same name compared). Pick a row to open the commune's page.",
    },
    "set_change.none": {
        "vi": "Không có xã nào trong phạm vi được đánh giá theo cả bộ tiêu chí đã chọn và bộ tiêu chí trước đó (trong vòng một năm sau khi bộ trước hết hiệu lực).",
        "en": "No commune of the scope is assessed on both the chosen set and the set it replaced (within a year of the old set's end).",
    },
    "set_change.kpi_communes": {"vi": "Xã được so sánh", "en": "Communes compared"},
    "set_change.kpi_failing": {
        "vi": "Xã có tiêu chí mới chưa đạt",
        "en": "Communes with a newly failing criterion",
    },
    "set_change.kpi_passing": {
        "vi": "Xã có tiêu chí mới đạt",
        "en": "Communes with a newly passing criterion",
    },
    "set_change.col.old": {"vi": "Đạt theo bộ cũ", "en": "Met by the old set"},
    "set_change.col.old_period": {"vi": "Kỳ (bộ cũ)", "en": "Period (old set)"},
    "set_change.col.new": {"vi": "Đạt theo bộ mới", "en": "Met by the new set"},
    "set_change.col.old_total": {"vi": "Tổng số tiêu chí bộ cũ", "en": "Criteria in the old set"},
    "set_change.col.new_total": {"vi": "Tổng số tiêu chí bộ mới", "en": "Criteria in the new set"},
    "set_change.col.newly_failing": {"vi": "Tiêu chí mới chưa đạt", "en": "Newly failing criteria"},
    "set_change.col.newly_passing": {"vi": "Tiêu chí mới đạt", "en": "Newly passing criteria"},
    "export.table.set_change": {
        "vi": "Bộ tiêu chí mới so với bộ cũ",
        "en": "New criteria set against the old",
    },
}
