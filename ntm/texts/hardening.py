"""Texts of the safeguards against hostile or broken input (over-long links)."""

TEXTS = {
    "hardening.too_many": {
        "vi": "Liên kết có {count} giá trị cho “{name}”, vượt quá giới hạn {limit}: đã bỏ qua, dùng mặc định.",
        "en": "The link holds {count} values for “{name}”, over the limit of {limit}: ignored, the default is used.",
    },
}
