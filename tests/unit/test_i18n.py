import re
from datetime import date
from pathlib import Path

import pytest

from ntm.i18n import (
    CATALOGUE,
    LANGUAGES,
    MissingTranslation,
    format_date,
    format_number,
    format_percent,
    period_name,
    t,
)

ROOT = Path(__file__).resolve().parents[2]


def test_every_key_has_every_language_and_the_same_placeholders():
    for key, texts in CATALOGUE.items():
        assert set(texts) == set(LANGUAGES), key
        placeholders = {lang: set(re.findall(r"{(\w+)(?:[:!][^}]*)?}", text)) for lang, text in texts.items()}
        assert placeholders["vi"] == placeholders["en"], key
        assert all(text.strip() for text in texts.values()), key


def test_every_key_used_in_code_is_in_the_catalogue():
    used = set()
    for path in [
        *ROOT.joinpath("ntm").rglob("*.py"),
        *ROOT.joinpath("pages").glob("*.py"),
        ROOT / "dashboard.py",
    ]:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]+)["']""", path.read_text(encoding="utf-8")))
    assert used, "the scan found no keys"
    assert used - set(CATALOGUE) == set()


def test_missing_key_fails_loudly():
    with pytest.raises(MissingTranslation):
        t("no.such.key", "vi")


def test_vietnamese_numbers_use_dot_thousands_and_comma_decimals():
    assert format_number(1234.5, "vi", 1) == "1.234,5"
    assert format_number(1234.5, "en", 1) == "1,234.5"
    assert format_number(None, "vi") == "–"


def test_percent_and_date_formats():
    assert format_percent(0.4125, "vi") == "41,3 %"
    assert format_percent(0.4125, "en") == "41.3%"
    assert format_date(date(2019, 3, 5), "vi") == "05/03/2019"


def test_period_names_read_like_the_report():
    assert period_name("2019-H1", "vi") == "6 tháng đầu năm 2019"
    assert period_name("2019-H2", "en") == "second half of 2019"


def test_the_commune_search_hint_names_what_matched():
    from ntm.tables.scope import search_hint

    assert search_hint(["Tứ Yên"], "vi") == "1 xã khớp: Tứ Yên — chọn trong ô “Xã” bên dưới."
    assert (
        search_hint(["A", "B", "C", "D"], "en") == "4 communes match: A, B, C … — choose in “Communes” below."
    )
    assert search_hint([], "vi") == "Không có xã nào khớp."


def test_a_period_in_a_list_starts_with_a_capital_and_stays_lower_case_in_a_sentence():
    from ntm.i18n import period_choice, period_name

    assert period_choice("2024-H2", "en") == "Second half of 2024"
    assert period_name("2024-H2", "en") == "second half of 2024"
    assert period_choice("2024-H2", "vi") == "6 tháng cuối năm 2024"
