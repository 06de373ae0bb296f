"""The validation report: one row per problem, both languages, safe to open in Excel."""

import io

import openpyxl

from ntm.importing.problems import ImportProblem, report_frame, report_xlsx


def _problems():
    return [
        ImportProblem("wrong_number", "a.xlsx", "assessments", 7, "value", '=HYPERLINK("http://x")'),
        ImportProblem("missing_sheet", "a.xlsx", value="thresholds", details={"kind": "criteria"}),
    ]


def test_the_report_names_file_sheet_row_column_value_and_the_reason_in_both_languages():
    frame = report_frame(_problems(), "en")
    assert frame.columns.tolist() == [
        "File",
        "Sheet",
        "Row",
        "Column",
        "Value found",
        "Problem (Vietnamese)",
        "Problem (English)",
    ]
    first = frame.iloc[0]
    assert (first["Sheet"], first["Row"], first["Column"]) == ("assessments", 7, "value")
    assert (
        "không phải số" in first["Problem (Vietnamese)"] and "is not a number" in first["Problem (English)"]
    )


def test_the_report_workbook_neutralises_formulas_in_values_found():
    book = openpyxl.load_workbook(io.BytesIO(report_xlsx(_problems(), "vi")))
    sheet = book.active
    assert sheet.title == "Báo cáo kiểm tra"
    header, first, second = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert header[:3] == ["Tệp", "Trang tính", "Dòng"]
    assert first[4].startswith("'=HYPERLINK")
    assert first[2] == 7 and second[2] is None


def test_a_problem_renders_where_it_is_and_why():
    problem = _problems()[0]
    assert problem.render("en").startswith("ERROR a.xlsx, Sheet assessments, Row 7, Column value: ")
    assert problem.render("vi").startswith("LỖI a.xlsx, Trang tính assessments, Dòng 7, Cột value: ")
