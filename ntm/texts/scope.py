"""Texts of the scope bar across the reform of 1/7/2025: the former districts' areas and the notice of a
period change that crossed it."""

TEXTS = {
    "scope.area": {"vi": "Khu vực (huyện cũ)", "en": "Area (former district)"},
    "scope.area_name": {"vi": "Khu vực {district} (cũ)", "en": "Former {district} area"},
    "scope.area_shared": {
        "vi": "Xã {commune} cũng nhận xã của {districts} cũ.",
        "en": "{commune} also took in communes of the former {districts}.",
    },
    "scope.area_help": {
        "vi": "Các xã nhận sáp nhập từ xã của huyện này (từ 01/7/2025 không còn cấp huyện).",
        "en": "The communes that took in this district's communes (no districts since 01/07/2025).",
    },
    "export.what.area": {"vi": "khu vực huyện cũ", "en": "former district area"},
    "scope.reform_forward": {
        "vi": "Từ 01/7/2025 không còn cấp huyện: đang xem {place} — {count} xã sau sáp nhập.",
        "en": "No districts since 01/07/2025: showing {place} — {count} communes after the merger.",
    },
    "scope.reform_back": {
        "vi": "Trước 01/7/2025 còn cấp huyện: đang xem {place} — {count} xã trước sáp nhập.",
        "en": "Districts existed before 01/07/2025: showing {place} — {count} communes before the merger.",
    },
}
