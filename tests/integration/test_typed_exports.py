"""Every table a page exports, built from the mini fixture with the progress overlay as the page builds it,
written to xlsx and CSV and read back: numbers stay numbers (no `19/19`, `+1`, `68,4` as text), with
their column's number format; only identifiers (codes, criterion numbers) are digits as text."""

from __future__ import annotations

import io
import re
from datetime import date

import openpyxl
import pandas as pd
import pytest

from ntm.export import to_csv_bytes, to_xlsx_bytes
from ntm.figures.nearest import nearest_ranking
from ntm.figures.overview import ranking
from ntm.figures.slipping import slipping_rows
from ntm.filters import Filters
from ntm.i18n import t
from ntm.periods import parse_period
from ntm.queries import commune as commune_queries
from ntm.queries import commune_results, commune_results_before
from ntm.queries import criterion as criterion_queries
from ntm.queries import nearest as nearest_queries
from ntm.queries import slipping as slipping_queries
from ntm.tables import advanced as advanced_tables
from ntm.tables import commune as commune_tables
from ntm.tables.criterion import failing_values, trend_values
from ntm.tables.nearest import gaps_values
from ntm.tables.nearest import ranking_values as nearest_values
from ntm.tables.overview import ranking_values
from ntm.tables.slipping import slipping_values
from ntm.tables.typed import DATE, NUMBER, TypedTable

PROVINCE = Filters("2020-H1", "S1", province_code="01")
# Text a reader takes for a number: `19/19`, `+1`, `−1`, `±0`, `68,4`, `1.234`, `50 %`.
NUMBER_AS_TEXT = re.compile(r"[+\-−±]?\d[\d.,]*( ?%)?|\d+/\d+")
# Columns whose digits are names, not quantities: codes, indicator codes, lists of criterion numbers.
IDENTIFIERS = {"Mã xã", "Mã", "Chỉ tiêu", "Mã chỉ tiêu", "Tiêu chí còn thiếu", "Bộ tiêu chí"}


@pytest.fixture(scope="module")
def cursor(mini_store):
    return mini_store("progress").cursor()


def _tables(cursor) -> dict[str, TypedTable]:
    results = commune_results(cursor, PROVINCE)
    ranked = ranking(results, commune_results_before(cursor, PROVINCE))
    gaps = nearest_queries.next_tier_gaps(cursor, PROVINCE)
    nearest = nearest_ranking(nearest_queries.next_tier_communes(cursor, PROVINCE), gaps)
    slipping = slipping_rows(slipping_queries.recognised_commune_indicators(cursor, PROVINCE), 0.05)
    one = Filters("2020-H1", "S1", province_code="01", unit_codes=("00002",))
    end = parse_period("2020-H1").end
    return {
        "ranking": ranking_values(ranked, results, "vi"),
        "criterion_trend": trend_values(criterion_queries.criterion_trend(cursor, PROVINCE, 1), "vi"),
        "criterion_not_met": failing_values(
            criterion_queries.failing_indicators(cursor, PROVINCE, 1, "not_met"), "vi"
        ),
        "criterion_unknown": failing_values(
            criterion_queries.failing_indicators(cursor, PROVINCE, 3, "unknown"), "vi"
        ),
        "nearest_ranking": nearest_values(nearest, gaps, "vi"),
        "nearest_gaps": gaps_values(gaps, "vi"),
        "slipping": slipping_values(slipping, "vi"),
        "commune_plans": commune_tables.plan_values(
            commune_queries.commune_plans(cursor, one, "00002"), end, "vi"
        ),
        "commune_criteria": commune_tables.criteria_values(
            commune_queries.criterion_results(cursor, one, "00002"), "vi"
        ),
        "commune_indicators": commune_tables.indicator_values(
            commune_queries.indicator_results(cursor, one, "00002"), "vi"
        ),
        "commune_villages": commune_tables.village_values(
            commune_queries.village_progress(cursor, one, "00002"), "vi"
        ),
    }


def _sheet(table: TypedTable):
    content = to_xlsx_bytes(table.frame, "Bảng", [], "vi", title="Bảng — Tỉnh Thử — 2020", kinds=table.kinds)
    return openpyxl.load_workbook(io.BytesIO(content))["Bảng"]


TABLE_KEYS = [
    "ranking",
    "criterion_trend",
    "criterion_not_met",
    "criterion_unknown",
    "nearest_ranking",
    "nearest_gaps",
    "slipping",
    "commune_plans",
    "commune_criteria",
    "commune_indicators",
    "commune_villages",
]


@pytest.mark.parametrize("key", TABLE_KEYS)
def test_every_exported_table_holds_numbers_as_numbers(cursor, key):
    table = _tables(cursor)[key]
    assert len(table.frame), f"{key}: the fixture should give the table rows"
    sheet = _sheet(table)
    header = [c.value for c in sheet[2]]
    assert header == table.frame.columns.tolist()
    for row in sheet.iter_rows(min_row=3):
        for name, cell in zip(header, row, strict=True):
            if cell.data_type == "s" and name not in IDENTIFIERS:
                assert not NUMBER_AS_TEXT.fullmatch(cell.value.strip()), (key, name, cell.value)
    # Every typed column holds numbers (or blanks, or the words of a yes/no indicator) in its format.
    for col, name in enumerate(header, start=1):
        kind = table.kinds.get(name)
        if kind is None or kind == NUMBER:
            continue
        cells = [
            sheet.cell(r, col) for r in range(3, sheet.max_row + 1) if sheet.cell(r, col).value is not None
        ]
        if kind == DATE:  # a date is a date cell in dd/mm/yyyy, never the text "01/03/2020"
            assert all(c.is_date and c.number_format == "dd/mm/yyyy" for c in cells), (key, name)
        else:
            assert all(c.data_type == "n" for c in cells), (key, name)


@pytest.mark.parametrize("key", TABLE_KEYS)
def test_every_exported_table_writes_plain_numbers_in_csv(cursor, key):
    table = _tables(cursor)[key]
    back = pd.read_csv(io.BytesIO(to_csv_bytes(table.frame)), encoding="utf-8-sig", dtype=str)
    for name, kind in table.kinds.items():
        for text in back[name].dropna():
            if kind == DATE:  # ISO 8601, as every program reads a date
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", text), (key, name, text)
                continue
            # A decimal point, no thousands mark, no sign but a minus, no percent sign.
            assert re.fullmatch(r"-?\d+(\.\d+)?", text) or not re.match(r"[+\-±\d]", text), (key, name, text)


def test_the_ranking_holds_criteria_met_its_total_and_a_signed_change(cursor):
    sheet = _sheet(_tables(cursor)["ranking"])
    header = [c.value for c in sheet[2]]
    met, total, change = (header.index(h) + 1 for h in ("Tiêu chí đạt", "Tổng số tiêu chí", "Thay đổi"))
    assert all(sheet.cell(r, met).data_type == "n" for r in range(3, sheet.max_row + 1))
    assert {sheet.cell(r, total).value for r in range(3, sheet.max_row + 1)} == {3}  # set S1's criteria
    changes = [
        sheet.cell(r, change) for r in range(3, sheet.max_row + 1) if sheet.cell(r, change).value is not None
    ]
    assert changes and all(c.data_type == "n" and c.number_format == '+0;-0;"±0"' for c in changes)


def test_nearest_ranking_splits_criteria_met_from_the_sets_total(cursor):
    table = _tables(cursor)["nearest_ranking"]
    met = table.frame[t("nearest.col.met", "vi")].tolist()  # "Tiêu chí đạt (bộ của mức kế tiếp)"
    total = table.frame["Tổng số tiêu chí"].tolist()
    assert all(isinstance(m, int) and isinstance(n, int) and m <= n for m, n in zip(met, total, strict=True))


def test_advanced_recognised_communes_carry_the_decision_date_as_a_date():
    recognised = pd.DataFrame(
        {"name": ["An"], "district_name": ["Huyện Một"], "decision_no": ["5/QĐ-UBND"],
         "decision_date": [pd.Timestamp("2020-03-01")]}
    )  # fmt: skip
    sheet = _sheet(advanced_tables.recognised_values(recognised, "vi"))
    assert [c.value for c in sheet[2]] == ["Xã", "Quyết định", "Ngày"]
    day = sheet["C3"]
    assert day.is_date and day.value.date() == date(2020, 3, 1) and day.number_format == "dd/mm/yyyy"
