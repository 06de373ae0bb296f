"""Texts of the headline figures table (`python -m ntm export summary`, the overview's download): its title,
column headers and the line above its buttons."""

TEXTS: dict[str, dict[str, str]] = {
    "export.table.summary": {"vi": "Chỉ tiêu tổng hợp", "en": "Headline figures"},
    "summary.download_note": {
        "vi": "Chỉ tiêu tổng hợp (tử số, mẫu số, tỷ lệ chính thức, mục tiêu):",
        "en": "Headline figures (numerator, denominator, official share, target):",
    },
    "summary.col.measure": {"vi": "Chỉ tiêu", "en": "Measure"},
    "summary.col.numerator": {"vi": "Tử số", "en": "Numerator"},
    "summary.col.denominator": {"vi": "Mẫu số", "en": "Denominator"},
    "summary.col.basis": {"vi": "Cơ sở tính", "en": "Basis"},
    "summary.col.share": {"vi": "Tỷ lệ", "en": "Share"},
    "summary.col.as_of": {"vi": "Tính đến ngày", "en": "As of"},
    "summary.col.target_year": {"vi": "Năm mục tiêu", "en": "Target year"},
    "summary.col.target_share": {"vi": "Mục tiêu (tỷ lệ)", "en": "Target (share)"},
    "summary.col.target_count": {"vi": "Mục tiêu (số xã)", "en": "Target (communes)"},
    "summary.col.target_basis": {"vi": "Cơ sở tính mục tiêu", "en": "Target basis"},
}
