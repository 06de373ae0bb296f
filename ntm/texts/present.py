"""Texts of meeting mode (Trình chiếu)."""

TEXTS: dict[str, dict[str, str]] = {
    "page.present": {"vi": "Trình chiếu", "en": "Meeting mode"},
    "present.open": {"vi": "Trình chiếu", "en": "Present (meeting mode)"},
    "present.open_help": {
        "vi": "Mở các trang trình chiếu của phạm vi đang chọn: chữ to, không có thanh bên.",
        "en": "Open the slides of the chosen scope: large type, no sidebar.",
    },
    "present.exit": {"vi": "Thoát trình chiếu", "en": "Leave meeting mode"},
    "present.previous": {"vi": "◀ Trang trước", "en": "◀ Previous"},
    "present.next": {"vi": "Trang sau ▶", "en": "Next ▶"},
    "present.position": {"vi": "Trang {number}/{count}", "en": "Slide {number} of {count}"},
    "present.all": {"vi": "Tất cả (để in)", "en": "All slides (to print)"},
    "present.one": {"vi": "Từng trang", "en": "One slide at a time"},
    "present.keys_hint": {
        "vi": "Phím ← → chuyển trang. Để in mỗi trang một slide: chọn “Tất cả (để in)” rồi Ctrl+P.",
        "en": "Arrow keys ← → change slides. To print one slide per page: choose “All slides (to print)”, then Ctrl+P.",
    },
    "present.data_until": {"vi": "Số liệu đến ngày {date}", "en": "Data up to {date}"},
    "present.sample": {"vi": "DỮ LIỆU MẪU", "en": "SAMPLE DATA"},
    "present.title.kpis": {"vi": "Các chỉ số chính", "en": "Headline figures"},
    "present.title.bins": {"vi": "Xã theo số tiêu chí đạt", "en": "Communes by criteria met"},
    "present.title.hardest": {"vi": "Các tiêu chí khó đạt nhất", "en": "The hardest criteria"},
    "present.title.nearest": {"vi": "Xã gần đạt mức tiếp theo", "en": "Communes nearest to the next tier"},
    "present.title.slipping": {"vi": "Xã sụt giảm tiêu chí", "en": "Communes slipping"},
    "present.title.map": {"vi": "Bản đồ mức công nhận", "en": "Map of tiers"},
    "present.title.funding": {"vi": "Vốn huy động", "en": "Capital mobilised"},
    "present.kpi.compared": {"vi": "Thay đổi so với {period_name}", "en": "Change since {period_name}"},
    "present.kpi.no_previous": {
        "vi": "Không có kỳ trước để so sánh",
        "en": "No earlier period to compare with",
    },
    "present.funding.chart": {
        "vi": "Vốn huy động theo nguồn: tổng {total} triệu đồng",
        "en": "Capital mobilised by source: {total} million VND in total",
    },
    "present.funding.x": {"vi": "Triệu đồng", "en": "Million VND"},
    "present.funding.total": {"vi": "Tổng vốn (triệu đồng)", "en": "Total (million VND)"},
    "present.funding.communes": {"vi": "Xã có báo cáo vốn", "en": "Communes reporting funding"},
    "present.funding.none": {
        "vi": "Chưa có số liệu vốn huy động trong kỳ này.",
        "en": "No funding figures for this period.",
    },
    "present.nothing": {"vi": "Chưa có số liệu cho trang này.", "en": "No figures for this slide."},
}
