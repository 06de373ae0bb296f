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
    assert (first["Sheet"], first["Row"], first["Column"]) == ("assessments", 7, "Value")
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
    assert problem.render("en").startswith("ERROR a.xlsx, Sheet assessments, Row 7, Column Value: ")
    assert problem.render("vi").startswith("LỖI a.xlsx, Trang tính assessments, Dòng 7, Cột Giá trị: ")


def test_columns_are_named_as_the_templates_headers_name_them():
    problem = ImportProblem(
        "unknown_code", "a.xlsx", "assessments", 3, "subject_code", "99999", {"expected": "units"}
    )
    assert ", Cột Mã xã / thôn: " in problem.render("vi")
    assert ", Column Commune / village code: " in problem.render("en")


def test_a_status_is_written_in_the_clerks_words_not_as_a_code():
    problem = ImportProblem(
        "status_contradicts_threshold", "a.xlsx", "assessments", 4, "status", "not_met",
        {"measured": "99", "threshold": "85", "expected": "met"},
    )  # fmt: skip
    assert "“Chưa đạt”" in problem.message("vi") and "not_met" not in problem.message("vi")
    assert "“Not met”" in problem.message("en") and "gives “Met”" in problem.message("en")


def test_an_unknown_code_names_the_list_it_was_looked_up_in():
    problem = ImportProblem(
        "unknown_code", "a.xlsx", "assessments", 3, "subject_code", "99999", {"expected": "units / villages"}
    )
    assert problem.message("vi") == "mã “99999” không có trong danh mục đơn vị hành chính / danh mục thôn"
    assert (
        problem.message("en")
        == "code “99999” is not in the list of administrative units / the list of villages"
    )


def test_a_code_that_lost_its_leading_zero_gets_a_hint_with_the_code_meant():
    problem = ImportProblem(
        "unknown_code",
        "a.xlsx",
        "assessments",
        3,
        "subject_code",
        "8773",
        {"expected": "units", "leading_zero": "08773"},
    )
    assert "mất số 0 ở đầu" in problem.message("vi") and "“08773”" in problem.message("vi")
    assert "leading zero" in problem.message("en") and "“08773”" in problem.message("en")
