"""Texts of the criterion page (Tiêu chí)."""

TEXTS: dict[str, dict[str, str]] = {
    "criterion.choose": {"vi": "Chọn tiêu chí", "en": "Choose a criterion"},
    "criterion.no_criteria": {
        "vi": "Bộ tiêu chí đã chọn không có tiêu chí nào trong danh sách lọc.",
        "en": "The chosen criteria set has none of the filtered criteria.",
    },
    "criterion.no_communes": {
        "vi": "Không có xã nào trong phạm vi đã chọn được đánh giá tiêu chí này trong kỳ.",
        "en": "No commune in the chosen scope is assessed on this criterion in this period.",
    },
    # Headline figures of the chosen period
    "criterion.kpi_met": {"vi": "Xã đạt tiêu chí", "en": "Communes meeting it"},
    "criterion.kpi_not_met": {"vi": "Xã chưa đạt", "en": "Communes not meeting it"},
    "criterion.kpi_unknown": {"vi": "Xã chưa có đủ số liệu", "en": "Communes lacking data"},
    "criterion.kpi_share": {"vi": "Tỷ lệ xã đạt", "en": "Share meeting it"},
    # Communes meeting it per period
    "criterion.trend_title": {
        "vi": "Số xã đạt tiêu chí {criterion} qua các kỳ",
        "en": "Communes meeting criterion {criterion}, by period",
    },
    "criterion.chart_where_when": {"vi": "{place}, {when}", "en": "{place}, {when}"},
    "criterion.trend_y": {"vi": "Số xã", "en": "Communes"},
    "criterion.trend_set_change": {
        "vi": "Từ đây: bộ tiêu chí {set_years}",
        "en": "From here: the {set_years} set",
    },
    "criterion.trend_numbers": {"vi": "Số liệu theo kỳ", "en": "Figures by period"},
    # Failing communes
    "criterion.failing_title": {
        "vi": "Xã chưa đạt tiêu chí {criterion} — {period_name}",
        "en": "Communes not meeting criterion {criterion} — {period_name}",
    },
    "criterion.unknown_title": {
        "vi": "Xã chưa có đủ số liệu để đánh giá — {period_name}",
        "en": "Communes lacking the data to judge it — {period_name}",
    },
    "criterion.none_failing": {
        "vi": "Không có xã nào chưa đạt tiêu chí này trong kỳ.",
        "en": "No commune fails this criterion in this period.",
    },
    "criterion.none_unknown": {
        "vi": "Mọi xã trong phạm vi đều có đủ số liệu cho tiêu chí này.",
        "en": "Every commune in scope has the data for this criterion.",
    },
    "criterion.open_hint": {
        "vi": "Chọn một dòng (ô bên trái) để mở trang của xã đó.",
        "en": "Select a row (box on the left) to open that commune's page.",
    },
    "criterion.col.unit_code": {"vi": "Mã xã", "en": "Code"},
    "criterion.col.name": {"vi": "Xã", "en": "Commune"},
    "criterion.col.district_name": {"vi": "Huyện", "en": "District"},
    "criterion.col.indicator": {"vi": "Chỉ tiêu", "en": "Indicator"},
    "criterion.col.indicator_name": {"vi": "Tên chỉ tiêu", "en": "Indicator name"},
    "criterion.col.value": {"vi": "Giá trị", "en": "Value"},
    "criterion.col.threshold": {"vi": "Ngưỡng", "en": "Threshold"},
    "criterion.col.gap": {"vi": "Còn thiếu", "en": "Gap"},
    "criterion.col.unit": {"vi": "Đơn vị", "en": "Unit"},
    "criterion.col.status": {"vi": "Tình trạng", "en": "Status"},
    "criterion.col.period": {"vi": "Kỳ", "en": "Period"},
    "criterion.col.set": {"vi": "Bộ tiêu chí", "en": "Criteria set"},
    "criterion.col.communes": {"vi": "Số xã", "en": "Communes"},
    "criterion.col.met_share": {"vi": "Tỷ lệ đạt", "en": "Share meeting it"},
    # Distribution of one indicator
    "criterion.distribution_heading": {"vi": "Phân bố giá trị chỉ tiêu", "en": "Spread of an indicator"},
    "criterion.choose_indicator": {"vi": "Chọn chỉ tiêu", "en": "Choose an indicator"},
    "criterion.no_numeric": {
        "vi": "Tiêu chí này chỉ gồm các chỉ tiêu đánh giá đạt / chưa đạt, không có giá trị số để vẽ phân bố.",
        "en": "This criterion has only met / not met indicators: there are no values to show a spread of.",
    },
    "criterion.distribution_title": {
        "vi": "Số xã theo giá trị chỉ tiêu {indicator}",
        "en": "Communes by value of indicator {indicator}",
    },
    "criterion.distribution_y": {"vi": "Số xã", "en": "Communes"},
    "criterion.threshold_line": {"vi": "Ngưỡng {value}", "en": "Threshold {value}"},
    "criterion.threshold_line_regions": {
        "vi": "Ngưỡng {regions}: {value}",
        "en": "Threshold {regions}: {value}",
    },
    "criterion.thresholds_differ": {
        "vi": "Ngưỡng khác nhau theo vùng; mỗi ngưỡng được vẽ một đường, màu cột theo ngưỡng của từng xã.",
        "en": "Thresholds differ by region: each is drawn as a line; bar colours follow each commune's own threshold.",
    },
    "criterion.thresholds_by_group": {
        "vi": "Ngưỡng theo nhóm xã (bộ tiêu chí 2026–2030): {thresholds}.",
        "en": "Thresholds by commune group (the 2026–2030 set): {thresholds}.",
    },
    "criterion.threshold_of_groups": {
        "vi": "{groups}: {threshold} ({communes} xã)",
        "en": "{groups}: {threshold} ({communes} communes)",
    },
    "criterion.every_group": {"vi": "mọi nhóm", "en": "every group"},
    "criterion.col.commune_group": {"vi": "Nhóm xã", "en": "Commune group"},
    "criterion.no_threshold": {
        "vi": "Chưa có ngưỡng của chỉ tiêu này cho năm {year}.",
        "en": "This indicator has no threshold for {year}.",
    },
    "criterion.no_values": {
        "vi": "Chưa xã nào trong phạm vi có giá trị của chỉ tiêu này trong kỳ.",
        "en": "No commune in scope has a value for this indicator in this period.",
    },
    "criterion.missing_values": {
        "vi": "{count}/{total} xã chưa có giá trị của chỉ tiêu này (không vẽ trên biểu đồ).",
        "en": "{count} of {total} communes have no value for this indicator (not drawn).",
    },
    "criterion.all_values": {
        "vi": "Cả {total} xã đều có giá trị.",
        "en": "All {total} communes have a value.",
    },
    "criterion.bin_hover": {"vi": "{low} – {high}", "en": "{low} – {high}"},
    # Units of indicators (data values, translated where known)
}
