"""Texts of meeting mode (Trình chiếu)."""

TEXTS: dict[str, dict[str, str]] = {
    "page.meeting": {"vi": "Trình chiếu", "en": "Meeting mode"},
    "meeting.open": {"vi": "Trình chiếu", "en": "Meeting mode"},
    "meeting.open_help": {
        "vi": "Mở các trang trình chiếu của phạm vi đang chọn: chữ to, không có thanh bên.",
        "en": "Open the slides of the chosen scope: large type, no sidebar.",
    },
    "meeting.exit": {"vi": "Thoát trình chiếu", "en": "Leave meeting mode"},
    "meeting.previous": {"vi": "◀ Trang trước", "en": "◀ Previous"},
    "meeting.next": {"vi": "Trang sau ▶", "en": "Next ▶"},
    "meeting.position": {"vi": "Trang {number}/{count}", "en": "Slide {number} of {count}"},
    "meeting.all": {"vi": "Tất cả (để in)", "en": "All slides (to print)"},
    "meeting.one": {"vi": "Từng trang", "en": "One slide at a time"},
    "meeting.keys_hint": {
        "vi": "Phím ← → chuyển trang. Để in mỗi trang một slide: chọn “Tất cả (để in)” rồi Ctrl+P.",
        "en": "Arrow keys ← → change slides. To print one slide per page: choose “All slides (to print)”, then Ctrl+P.",
    },
    "meeting.data_until": {"vi": "Số liệu đến ngày {date}", "en": "Data up to {date}"},
    "meeting.sample": {"vi": "DỮ LIỆU MẪU", "en": "SAMPLE DATA"},
    "meeting.title.kpis": {"vi": "Các chỉ số chính", "en": "Headline figures"},
    "meeting.title.bins": {"vi": "Xã theo số tiêu chí đạt", "en": "Communes by criteria met"},
    "meeting.title.hardest": {"vi": "Các tiêu chí khó đạt nhất", "en": "The hardest criteria"},
    "meeting.title.nearest": {"vi": "Xã gần đạt mức tiếp theo", "en": "Communes nearest to the next tier"},
    "meeting.title.slipping": {"vi": "Xã sụt giảm tiêu chí", "en": "Communes slipping"},
    "meeting.title.map": {"vi": "Bản đồ mức công nhận", "en": "Map of tiers"},
    "meeting.title.funding": {"vi": "Vốn huy động", "en": "Capital mobilised"},
    "meeting.kpi.compared": {"vi": "Thay đổi so với {period_name}", "en": "Change since {period_name}"},
    "meeting.kpi.no_previous": {
        "vi": "Không có kỳ trước để so sánh",
        "en": "No earlier period to compare with",
    },
    "meeting.funding.x": {"vi": "Triệu đồng", "en": "Million VND"},
    "meeting.funding.total": {"vi": "Tổng vốn (triệu đồng)", "en": "Total (million VND)"},
    "meeting.funding.communes": {"vi": "Xã có báo cáo vốn", "en": "Communes reporting funding"},
    "meeting.funding.none": {
        "vi": "Chưa có số liệu vốn huy động trong kỳ này.",
        "en": "No funding figures for this period.",
    },
    "meeting.hardest.all_met": {
        "vi": "Mọi xã đều đạt mọi tiêu chí.",
        "en": "Every commune meets every criterion.",
    },
    "meeting.nothing": {"vi": "Chưa có số liệu cho trang này.", "en": "No figures for this slide."},
}
