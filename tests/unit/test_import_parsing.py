"""The forgiving cell parsers of imports: numbers, percentages, periods, dates, choices, headers."""

import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ntm.i18n import format_number
from ntm.importing.parsing import (
    FileRefused,
    parse_choice,
    parse_date,
    parse_int,
    parse_number,
    parse_period,
    parse_yes_no,
    read_sheets,
    text,
)
from ntm.store.schema import STATUSES

finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda x: round(x, 3))


@given(finite)
def test_a_number_written_the_vietnamese_way_reads_back(value):
    assert parse_number(format_number(value, "vi", 3)) == pytest.approx(value, abs=1e-9)


@given(finite)
def test_a_number_written_the_english_way_reads_back(value):
    assert parse_number(format_number(value, "en", 3)) == pytest.approx(value, abs=1e-9)


@given(
    st.integers(min_value=0, max_value=100),
    st.sampled_from(["%", " %", "% "]),
    st.sampled_from(["", " ", "  "]),
)
def test_a_percentage_typed_as_text_reads_as_its_number(value, sign, space):
    assert parse_number(f"{space}{value}{sign}") == value


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_an_integer_reads_from_a_number_or_its_text(value):
    assert parse_int(value) == value
    assert parse_int(str(value)) == value
    assert parse_int(float(value)) == value


@given(st.text(alphabet="abcxyz!?# ", min_size=1))
def test_words_are_not_numbers(value):
    with pytest.raises(ValueError):
        parse_number(value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1,5", 1.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1.234.567", 1234567), ("85%", 85), (" 7 ", 7)],
)
def test_decimal_marks_follow_the_rules_written_in_the_docstring(raw, expected):
    assert parse_number(raw) == expected


@pytest.mark.parametrize("raw", ["1,2,3", "1.2.3,4,5", "", "12,", "--3", True])
def test_malformed_numbers_are_refused(raw):
    with pytest.raises(ValueError):
        parse_number(raw)


@given(st.integers(min_value=1900, max_value=2100), st.sampled_from([1, 2]))
def test_a_period_reads_from_every_accepted_form(year, half):
    canonical = f"{year}-H{half}"
    for form in (canonical, f" {year} H{half} ", f"{year}-h{half}", f"H{half}/{year}", f"h{half}-{year}"):
        assert parse_period(form) == canonical


@given(st.integers(min_value=1900, max_value=2100), st.integers(min_value=3, max_value=9))
def test_a_period_with_a_third_half_is_malformed(year, half):
    with pytest.raises(ValueError):
        parse_period(f"{year}-H{half}")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_a_date_reads_from_a_date_cell_and_from_its_text(value):
    assert parse_date(value) == value
    assert parse_date(datetime(value.year, value.month, value.day)) == value
    assert parse_date(value.strftime("%d/%m/%Y")) == value
    assert parse_date(value.isoformat()) == value
    assert parse_date(f"{value.day}.{value.month}.{value.year}") == value


@pytest.mark.parametrize("raw", ["31/02/2020", "2020-13-01", "hôm qua", "1/1/20"])
def test_impossible_dates_are_refused(raw):
    with pytest.raises(ValueError):
        parse_date(raw)


@given(st.text(alphabet="àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệ xyz", min_size=1))
def test_decomposed_vietnamese_reads_as_composed_and_trimmed(value):
    decomposed = unicodedata.normalize("NFD", f"  {value}  ")
    assert text(decomposed) == " ".join(unicodedata.normalize("NFC", value).split())


def test_statuses_match_without_case_and_in_vietnamese_words():
    synonyms = {"đạt": "met"}
    assert parse_choice(" MET ", STATUSES) == "met"
    assert parse_choice(unicodedata.normalize("NFD", "Đạt"), STATUSES, synonyms) == "met"
    with pytest.raises(ValueError):
        parse_choice("maybe", STATUSES, synonyms)


def test_a_code_typed_as_a_number_keeps_its_digits():
    assert text(1.0) == "1"
    assert text(8776) == "8776"


@pytest.mark.parametrize(
    ("name", "code"), [("a.xlsm", "macros"), ("a.xls", "file_type"), ("a.json", "file_type")]
)
def test_files_of_other_types_are_refused_before_reading(name, code):
    with pytest.raises(FileRefused) as refusal:
        read_sheets(name, b"whatever", max_bytes=10**6, max_rows=10)
    assert refusal.value.code == code


def test_a_csv_with_semicolons_and_trailing_empty_rows_reads_its_rows_only():
    data = "a;b\n1;2\n;\n\n".encode("utf-8-sig")
    [sheet] = read_sheets("assessments.csv", data, max_bytes=10**6, max_rows=10)
    assert sheet.rows == [(1, ["a", "b"]), (2, ["1", "2"])]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Có", 1.0), (" có ", 1.0), ("CÓ", 1.0), (unicodedata.normalize("NFD", "Có"), 1.0), ("Yes", 1.0),
     ("Không", 0.0), ("KHÔNG", 0.0), (unicodedata.normalize("NFD", "không"), 0.0), ("no", 0.0)],
)  # fmt: skip
def test_a_yes_no_word_reads_as_one_or_zero(raw, expected):
    assert parse_yes_no(raw) == expected


@pytest.mark.parametrize("raw", ["Co", "Khong", "x", "Đạt", "1", "", "có không", None])
def test_other_words_are_not_yes_or_no(raw):
    with pytest.raises(ValueError):
        parse_yes_no(raw)
