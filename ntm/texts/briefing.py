"""Texts of the meeting briefing (Word) and its Excel annex, in the register of a People's Committee's report."""

TEXTS: dict[str, dict[str, str]] = {
    # Buttons on the overview page.
    "briefing.download_docx": {"vi": "Tải báo cáo họp (Word)", "en": "Download meeting briefing (Word)"},
    "briefing.download_annex": {"vi": "Tải phụ lục (Excel)", "en": "Download annex (Excel)"},
    "briefing.buttons_note": {
        "vi": "Báo cáo và phụ lục được lập cho phạm vi và kỳ đang chọn (toàn bộ tiêu chí của bộ), khi bấm nút.",
        "en": "The briefing and annex cover the scope and period chosen (every criterion of the set), built on click.",
    },
    # The heading block of a report in the form of Nghị định 30/2020/NĐ-CP (Phụ lục I): the issuing body,
    # the number line, the nation and motto, the place and date; blanks (…) the office fills when it issues.
    "briefing.issuer": {"vi": "ỦY BAN NHÂN DÂN", "en": "PEOPLE'S COMMITTEE"},
    "briefing.issuer_commune": {"vi": "Xã {name}", "en": "Xã {name}"},
    "briefing.number": {"vi": "Số: …/BC-UBND", "en": "No.: …/BC-UBND"},
    "briefing.nation": {"vi": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "en": "SOCIALIST REPUBLIC OF VIET NAM"},
    "briefing.motto": {"vi": "Độc lập - Tự do - Hạnh phúc", "en": "Independence - Freedom - Happiness"},
    "briefing.dated": {
        "vi": "{place}, ngày … tháng … năm {year}",
        "en": "{place}, …/…/{year}",
    },
    "briefing.kind": {"vi": "BÁO CÁO", "en": "REPORT"},
    "briefing.title_in_area": {"vi": "{title} trên địa bàn {area}", "en": "{title}, {area}"},
    "briefing.title": {
        "vi": "Kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới {period_name}",
        "en": "Results of the National Target Programme on New Rural Development, {period_name}",
    },
    # A year-end report speaks of the year, not of its second half.
    "briefing.period.year": {"vi": "năm {year}", "en": "year {year}"},
    "briefing.sample": {
        "vi": "Dữ liệu mẫu: số liệu trong báo cáo này là giả định, chỉ dùng để thử nghiệm.",
        "en": "Sample data: the figures in this report are invented, for trials only.",
    },
    "briefing.part_results": {"vi": "KẾT QUẢ THỰC HIỆN", "en": "RESULTS"},
    "briefing.section.overall": {"vi": "1. Kết quả chung", "en": "1. Overall results"},
    "briefing.section.bins": {
        "vi": "2. Kết quả phân nhóm xã theo số tiêu chí đạt",
        "en": "2. Communes by number of criteria met",
    },
    "briefing.section.criteria": {
        "vi": "3. Kết quả thực hiện từng tiêu chí",
        "en": "3. Results per criterion",
    },
    "briefing.section.nearest": {"vi": "4. Các xã gần đạt chuẩn", "en": "4. Communes nearest the next tier"},
    "briefing.section.slipping": {
        "vi": "5. Duy trì tiêu chí ở các xã đã được công nhận",
        "en": "5. Recognised communes keeping their criteria",
    },
    "briefing.section.funding": {"vi": "6. Huy động nguồn lực", "en": "6. Capital mobilised"},
    "briefing.section.training": {
        "vi": "7. Công tác đào tạo, tập huấn, tuyên truyền",
        "en": "7. Training and communication",
    },
    # Parts II and III: headed, with blank lines for what the data cannot write.
    "briefing.part_problems": {
        "vi": "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        "en": "SHORTCOMINGS AND THEIR CAUSES",
    },
    "briefing.section.shortcomings": {"vi": "1. Tồn tại, hạn chế", "en": "1. Shortcomings"},
    "briefing.section.causes": {"vi": "2. Nguyên nhân", "en": "2. Causes"},
    "briefing.part_tasks": {
        "vi": "NHIỆM VỤ, GIẢI PHÁP {period_name}",
        "en": "TASKS AND MEASURES FOR THE {period_name}",
    },
    "briefing.section.tasks": {"vi": "1. Nhiệm vụ", "en": "1. Tasks"},
    "briefing.section.measures": {"vi": "2. Giải pháp", "en": "2. Measures"},
    # The closing block: recipients (placeholders) and the signature of the People's Committee.
    "briefing.recipients": {"vi": "Nơi nhận:", "en": "Recipients:"},
    "briefing.recipient_blank": {"vi": "- ……;", "en": "- ……;"},
    "briefing.recipient_archive": {"vi": "- Lưu: VT, ….", "en": "- Archived: VT, …."},
    "briefing.sign.on_behalf": {"vi": "TM. ỦY BAN NHÂN DÂN", "en": "ON BEHALF OF THE PEOPLE'S COMMITTEE"},
    "briefing.sign.for_chair": {"vi": "KT. CHỦ TỊCH", "en": "FOR THE CHAIR"},
    "briefing.sign.title": {"vi": "PHÓ CHỦ TỊCH", "en": "VICE CHAIR"},
    "briefing.sign.placeholder": {
        "vi": "(Ký, ghi rõ họ tên, đóng dấu)",
        "en": "(Signature, full name, seal)",
    },
    "briefing.sign.name": {"vi": "……", "en": "……"},
    # The whole of the scope as a report names it.
    "briefing.whole.district": {"vi": "toàn huyện", "en": "the district"},
    "briefing.whole.province": {"vi": "toàn tỉnh", "en": "the province"},
    "briefing.whole.communes": {"vi": "các xã được chọn", "en": "the communes chosen"},
    # Sentences written from the data.
    "briefing.sentence.recognised": {
        "vi": "Đến hết {period_name}, {whole} có {recognised}/{communes} xã đạt chuẩn NTM ({share} số xã)",
        "en": "By the end of the {period_name}, {whole} had {recognised} of {communes} communes recognised as meeting the NTM standard ({share} of all communes)",
    },
    "briefing.sentence.up": {
        "vi": ", tăng {change} xã so với cùng kỳ năm {year}",
        "en": ", {change} more than a year earlier ({year})",
    },
    "briefing.sentence.down": {
        "vi": ", giảm {change} xã so với cùng kỳ năm {year}",
        "en": ", {change} fewer than a year earlier ({year})",
    },
    "briefing.sentence.same": {
        "vi": ", không thay đổi so với cùng kỳ năm {year}",
        "en": ", the same as a year earlier ({year})",
    },
    "briefing.sentence.average": {
        "vi": "; bình quân đạt {average} tiêu chí/xã",
        "en": "; on average {average} criteria were met per commune",
    },
    "briefing.sentence.average_before": {
        "vi": " (cùng kỳ năm {year}: {average} tiêu chí/xã)",
        "en": " ({year}: {average})",
    },
    "briefing.sentence.reaching": {
        "vi": "Có {count} xã đã đạt đủ các tiêu chí nhưng chưa được công nhận đạt chuẩn NTM.",
        "en": "Communes meeting every criterion but not yet recognised: {count}.",
    },
    "briefing.sentence.tier": {
        "vi": "Số xã đạt chuẩn {goal}: {count} xã, chiếm {share} {base}.",
        "en": "Communes recognised {goal}: {count}, {share} of the {base}.",
    },
    "briefing.sentence.villages": {
        "vi": "Số thôn được công nhận thôn NTM kiểu mẫu: {villages}/{all_villages} thôn.",
        "en": "Villages recognised as model villages: {villages} of {all_villages}.",
    },
    "briefing.sentence.bins_intro": {
        "vi": "Phân theo số tiêu chí đạt ({criteria_total} tiêu chí): ",
        "en": "By criteria met (of {criteria_total}): ",
    },
    "briefing.bin.one": {"vi": "đạt {low} tiêu chí", "en": "{low} criteria"},
    "briefing.bin.range": {"vi": "đạt từ {low} đến {high} tiêu chí", "en": "{low} to {high} criteria"},
    "briefing.bin.under": {"vi": "đạt dưới {limit} tiêu chí", "en": "under {limit} criteria"},
    "briefing.bin.count": {"vi": "{what}: {count} xã ({share})", "en": "{what}: {count} communes ({share})"},
    "briefing.sentence.hardest": {
        "vi": "Các tiêu chí có ít xã đạt nhất: {items}.",
        "en": "The criteria fewest communes meet: {items}.",
    },
    "briefing.criterion_item": {
        "vi": "tiêu chí số {no} – {name} ({met}/{communes} xã)",
        "en": "criterion {no} – {name} ({met} of {communes})",
    },
    "briefing.sentence.unknown": {
        "vi": "Có {count} lượt tiêu chí chưa có số liệu đánh giá, được tính là chưa đạt.",
        "en": "{count} criterion results lack data and count as not met.",
    },
    "briefing.sentence.nearest": {
        "vi": "Có {one_away} xã chỉ còn thiếu 1 tiêu chí để đạt chuẩn ở mức tiếp theo; {count} xã đứng đầu danh sách:",
        "en": "{one_away} communes lack a single criterion for their next tier; the {count} nearest:",
    },
    "briefing.sentence.nearest_none": {
        "vi": "Không có xã nào đang xét lên mức chuẩn tiếp theo.",
        "en": "No commune is a candidate for a next tier.",
    },
    "briefing.sentence.slipping_rows": {
        "vi": "Các chỉ tiêu không đạt, thiếu số liệu hoặc sát ngưỡng ({rows} chỉ tiêu):",
        "en": "The indicators failing, lacking data or near a threshold ({rows}):",
    },
    "briefing.sentence.funding": {
        "vi": "Tổng nguồn vốn huy động thực hiện Chương trình {period_name} là {total} triệu đồng, trong đó: {items}.",
        "en": "Capital mobilised for the Programme in the {period_name}: {total} million VND, of which {items}.",
    },
    "briefing.funding_item": {
        "vi": "{source} {amount} triệu đồng ({share})",
        "en": "{source} {amount} million ({share})",
    },
    "briefing.sentence.funding_none": {
        "vi": "Chưa có số liệu về nguồn vốn huy động trong kỳ.",
        "en": "The data hold no capital mobilised this period.",
    },
    "briefing.sentence.training": {
        "vi": "Trong {period_name}, tổ chức được {events} lớp tập huấn với {participants} lượt người tham dự",
        "en": "In the {period_name}, {events} training classes were held with {participants} participants",
    },
    "briefing.sentence.communication": {
        "vi": "; {events} hoạt động tuyên truyền với {participants} lượt người tham gia",
        "en": "; {events} communication events reached {participants} people",
    },
    "briefing.sentence.communication_events": {
        "vi": "; {events} hoạt động tuyên truyền",
        "en": "; {events} communication events were held",
    },
    "briefing.sentence.training_none": {
        "vi": "Chưa có số liệu về công tác đào tạo, tập huấn trong kỳ.",
        "en": "The data hold no training or communication this period.",
    },
    "briefing.list_cut": {
        "vi": "(Danh sách đầy đủ: {total} dòng, xem Bảng điều hành NTM.)",
        "en": "(The full list has {total} rows: see the NTM Dashboard.)",
    },
    # Figures and tables.
    "briefing.figure": {"vi": "Biểu đồ {no}. {title}", "en": "Figure {no}. {title}"},
    "briefing.table": {"vi": "Bảng {no}. {title}", "en": "Table {no}. {title}"},
    "briefing.table.nearest": {"vi": "Các xã gần đạt chuẩn", "en": "Communes nearest the next tier"},
    "briefing.table.funding": {"vi": "Nguồn vốn huy động", "en": "Capital mobilised by source"},
    "briefing.table.training": {"vi": "Đào tạo, tập huấn, tuyên truyền", "en": "Training and communication"},
    "briefing.col.no": {"vi": "TT", "en": "No."},
    "briefing.col.group": {"vi": "Nhóm xã", "en": "Group"},
    "briefing.col.communes": {"vi": "Số xã", "en": "Communes"},
    "briefing.col.share": {"vi": "Tỷ lệ", "en": "Share"},
    "briefing.col.criterion": {"vi": "Tiêu chí", "en": "Criterion"},
    "briefing.col.met": {"vi": "Số xã đạt", "en": "Meeting"},
    "briefing.col.commune": {"vi": "Xã", "en": "Commune"},
    "briefing.col.lacking": {"vi": "Tiêu chí còn thiếu", "en": "Criteria lacking"},
    "briefing.col.source": {"vi": "Nguồn vốn", "en": "Source"},
    "briefing.col.amount": {"vi": "Số tiền (triệu đồng)", "en": "Amount (million VND)"},
    "briefing.col.kind": {"vi": "Hoạt động", "en": "Activity"},
    "briefing.col.events": {"vi": "Số lớp/đợt", "en": "Events"},
    "briefing.col.participants": {"vi": "Lượt người", "en": "Participants"},
    "briefing.col.unit_code": {"vi": "Mã xã", "en": "Code"},
    "briefing.col.village": {"vi": "Thôn", "en": "Village"},
    "briefing.col.decision_no": {"vi": "Số quyết định", "en": "Decision no."},
    "briefing.col.decision_date": {"vi": "Ngày quyết định", "en": "Decision date"},
    "briefing.col.revoked_date": {"vi": "Ngày thu hồi", "en": "Revoked"},
    "briefing.col.district": {"vi": "Huyện", "en": "District"},
    "briefing.district_wide": {"vi": "Cấp huyện", "en": "District-wide"},
    "briefing.total": {"vi": "Tổng cộng", "en": "Total"},
    "briefing.kind.training": {"vi": "Đào tạo, tập huấn", "en": "Training"},
    "briefing.kind.communication": {"vi": "Tuyên truyền", "en": "Communication"},
    "briefing.chart.bins": {"vi": "Số xã theo số tiêu chí đạt", "en": "Communes by criteria met"},
    "briefing.chart.hardest": {"vi": "Số xã đạt từng tiêu chí", "en": "Communes meeting each criterion"},
    "briefing.source_note": {
        "vi": "Số liệu trích từ Bảng điều hành NTM ({set_name}), phiên bản dữ liệu {version}, lập lúc {moment}. Các bảng chi tiết xem Phụ lục (Excel) kèm theo.",
        "en": "Figures from the NTM Dashboard ({set_name}), data version {version}, built {moment}. Detailed tables: see the Excel annex.",
    },
    # The annex's sheets (≤ 31 characters) and the files' names.
    "briefing.sheet.matrix": {"vi": "Kết quả tiêu chí theo xã", "en": "Criteria by commune"},
    "briefing.sheet.bins": {"vi": "Nhóm xã theo tiêu chí đạt", "en": "Communes by criteria met"},
    "briefing.sheet.criteria": {"vi": "Số xã đạt từng tiêu chí", "en": "Communes per criterion"},
    "briefing.sheet.recognitions": {"vi": "Công nhận", "en": "Recognitions"},
    "briefing.sheet.funding": {"vi": "Nguồn vốn", "en": "Funding"},
    "briefing.sheet.activities": {"vi": "Đào tạo, tuyên truyền", "en": "Activities"},
    "briefing.file.report": {"vi": "Báo cáo họp", "en": "Meeting briefing"},
    "briefing.file.annex": {"vi": "Phụ lục báo cáo", "en": "Briefing annex"},
    # Command line.
    "briefing.written": {"vi": "Đã ghi {path}", "en": "Wrote {path}"},
}
