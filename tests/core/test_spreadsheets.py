"""The writing side of core.spreadsheets: one function decides every cell, and no text cell can
become a formula (OWASP "CSV injection"), in CSV or XLSX."""

import csv
import datetime
import io
import zipfile
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy
from openpyxl import Workbook, load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from core.spreadsheets.reading import Column, table_read
from core.spreadsheets.writing import (
    SafeSpreadsheetExportMixin,
    Sheet,
    spreadsheet_cell,
    spreadsheet_response,
    spreadsheet_streaming_response,
)

DANGEROUS = [
    "=1+1",
    '=HYPERLINK("http://evil.example/x","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",  # spaces a spreadsheet program may trim on import
]


@pytest.mark.parametrize("text", DANGEROUS)
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_text_that_could_be_a_formula_gets_a_leading_apostrophe(text, file_format):
    assert spreadsheet_cell(text, file_format) == "'" + text


@pytest.mark.parametrize(
    "text", ["", "Lớp 7A", "Trường THCS Lâm Sơn", "a=b", "1-2", "'=already quoted", "7A - sáng"]
)
def test_ordinary_text_is_unchanged(text):
    assert spreadsheet_cell(text) == text


@pytest.mark.parametrize("text", DANGEROUS)
def test_neutralising_twice_changes_nothing(text):
    once = spreadsheet_cell(text)
    assert spreadsheet_cell(once) == once


@pytest.mark.parametrize("number", [0, 35, -2, 2.5, -0.5, Decimal("-1.25"), Decimal("66.7")])
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_numbers_stay_numbers_even_negative_ones(number, file_format):
    cell = spreadsheet_cell(number, file_format)
    assert cell == number and type(cell) is type(number)


def test_a_negative_number_stays_a_number_but_the_same_text_does_not():
    assert spreadsheet_cell(-2) == -2
    assert spreadsheet_cell("-2+3") == "'-2+3"


def test_numbers_that_are_not_finite_are_text():
    assert spreadsheet_cell(float("nan")) == "nan"
    assert spreadsheet_cell(float("-inf")) == "'-inf"
    assert spreadsheet_cell(Decimal("NaN")) == "NaN"


def test_bools_none_lazy_text_and_lists():
    assert spreadsheet_cell(True) == "1" and spreadsheet_cell(False) == "0"
    assert spreadsheet_cell(None) == ""
    with translation.override("vi"):
        assert spreadsheet_cell(gettext_lazy("Lớp")) == "Lớp"
    assert spreadsheet_cell(["Tiểu học", "THCS"]) == "Tiểu học, THCS"
    assert spreadsheet_cell(["=1+1", "THCS"]) == "'=1+1, THCS"
    assert spreadsheet_cell(123456789012345678901234567890) == 123456789012345678901234567890


def test_control_characters_are_removed_and_cannot_hide_a_formula():
    assert spreadsheet_cell("\x01=1+1") == "'=1+1"
    assert spreadsheet_cell("Lớp\x0b 7A\nchiều") == "Lớp 7A\nchiều"


def test_dates_stay_dates_in_xlsx_and_are_iso_text_in_csv():
    day = datetime.date(2025, 9, 5)
    assert spreadsheet_cell(day) == day
    assert spreadsheet_cell(day, "csv") == "2025-09-05"
    moment = datetime.datetime(2025, 9, 5, 1, 30, tzinfo=datetime.UTC)
    with timezone.override("Asia/Ho_Chi_Minh"):
        assert spreadsheet_cell(moment) == datetime.datetime(2025, 9, 5, 8, 30)
        assert spreadsheet_cell(moment, "csv") == "2025-09-05 08:30:00"
    naive = datetime.datetime(2025, 9, 5, 7, 0)
    assert spreadsheet_cell(naive) == naive
    assert spreadsheet_cell(datetime.time(7, 15), "csv") == "07:15:00"


# ---------------------------------------------------------------------------------------------
# The writers

HEADINGS = ["Tên", "Số", "Ngày", "Ghi chú"]
ROWS = [
    ["=1+1", -2, datetime.date(2025, 9, 5), "-2+3"],
    ["Lớp 7A", 2.5, None, "@SUM(1+1)"],
]


def _csv_cells(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_csv_response_has_a_bom_and_neutralised_cells():
    response = spreadsheet_response(
        headings=HEADINGS, rows=ROWS, file_format="csv", filename="bao-cao"
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao.csv"'
    assert _csv_cells(response.content.decode("utf-8")) == [
        HEADINGS,
        ["'=1+1", "-2", "2025-09-05", "'-2+3"],
        ["Lớp 7A", "2,5", "", "'@SUM(1+1)"],  # a decimal comma, as Vietnamese Excel reads
    ]


def test_streaming_csv_response_reads_the_rows_as_it_goes():
    rows = (row for row in ROWS)
    response = spreadsheet_streaming_response(headings=HEADINGS, rows=rows, filename="buoi-day")
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8")
    assert _csv_cells(text)[1] == ["'=1+1", "-2", "2025-09-05", "'-2+3"]
    assert response["Content-Disposition"] == 'attachment; filename="buoi-day.csv"'


def _sheet_xml(content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return b"".join(
            archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/")
        )


def test_xlsx_response_writes_strings_never_formulas_and_keeps_numbers_and_dates():
    response = spreadsheet_response(
        headings=HEADINGS,
        rows=ROWS,
        file_format="xlsx",
        filename="bao-cao",
        sheet_title="Học kỳ I 2025/2026: [tỉnh] và những đơn vị trực thuộc",
        column_widths=[24, 12],
        more_sheets=[Sheet("Hướng dẫn", ["Cột", "Ý nghĩa"], [["=A1", "@x"]])],
    )
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao.xlsx"'
    assert b"<f>" not in _sheet_xml(response.content)
    workbook = load_workbook(io.BytesIO(response.content))
    data, guide = workbook.worksheets
    assert data.title == "Học kỳ I 2025-2026- -tỉnh- và n"  # what Excel allows, 31 characters
    assert data.column_dimensions["A"].width == 24
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    values = [[cell.value for cell in row] for row in data.iter_rows()]
    assert values[1][0] == "'=1+1" and values[1][3] == "'-2+3"
    assert values[1][1] == -2 and values[2][1] == 2.5
    assert values[1][2] == datetime.datetime(2025, 9, 5)
    assert values[2][2] is None
    assert [[cell.value for cell in row] for row in guide.iter_rows()][1] == ["'=A1", "'@x"]


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError):
        spreadsheet_response(headings=[], rows=[], file_format="ods", filename="x")


# ---------------------------------------------------------------------------------------------
# Wagtail's exports through the same function


class _Export(SafeSpreadsheetExportMixin, SpreadsheetExportMixin):
    list_export = ["name", "count", "when", "tags"]
    export_headings = {"name": "Tên", "count": "Số", "when": "Lúc", "tags": "Nhãn"}
    export_filename = "thu"


ITEMS = [
    SimpleNamespace(
        name='=HYPERLINK("http://evil.example/x","click")',
        count=-2,
        when=datetime.datetime(2025, 9, 5, 1, 30, tzinfo=datetime.UTC),
        tags=["-2+3", "b"],
    ),
    SimpleNamespace(name="Lớp 7A", count=3, when=None, tags=[]),
]


def test_wagtail_csv_export_goes_through_spreadsheet_cell():
    response = _Export().write_csv_response(ITEMS)
    text = b"".join(response.streaming_content).decode("utf-8")
    rows = _csv_cells(text)
    assert rows[0] == ["Tên", "Số", "Lúc", "Nhãn"]
    assert rows[1][0] == "'" + ITEMS[0].name and rows[1][1] == "-2" and rows[1][3] == "'-2+3, b"
    assert rows[2] == ["Lớp 7A", "3", "", ""]
    assert response["Content-Disposition"] == 'attachment; filename="thu.csv"'


def test_wagtail_xlsx_export_writes_strings_never_formulas():
    response = _Export().write_xlsx_response(ITEMS)
    content = b"".join(response.streaming_content)
    assert b"<f>" not in _sheet_xml(content)
    sheet = load_workbook(io.BytesIO(content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][0] == "'" + ITEMS[0].name and values[1][1] == -2
    assert isinstance(values[1][2], datetime.datetime)


def test_wagtail_row_writers_are_safe_too():
    export = _Export()
    worksheet = Workbook(write_only=True).create_sheet()
    row = export.to_row_dict(ITEMS[0])
    cells = list(export.generate_xlsx_row(worksheet, row))
    assert [cell.data_type for cell in cells[:2]] == ["s", "n"]
    assert cells[0].value.startswith("'=")

    class Writer:
        def writerow(self, values):
            return values

    assert export.write_csv_row(Writer(), row)["name"].startswith("'=")


def test_a_views_own_field_preprocessing_still_runs_before_spreadsheet_cell():
    class Custom(_Export):
        custom_field_preprocess = {"count": {"csv": lambda value: f"={value}"}}

    assert Custom().preprocess_field_value("count", 5, "csv") == "'=5"
    assert Custom().preprocess_field_value("count", 5, "xlsx") == 5


# ---------------------------------------------------------------------------------------------
# CSV for Excel with Vietnamese regional settings: ";" between cells, a decimal comma


def test_csv_uses_semicolons_and_a_decimal_comma():
    response = spreadsheet_response(
        headings=["Đơn vị", "Tỉ lệ hoàn thành (%)", "Số trường"],
        rows=[["Huyện Ninh Sơn, Ninh Thuận", 66.7, 3], ["Tổng", Decimal("12.50"), -2]],
        file_format="csv",
        filename="tong-hop",
    )
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffĐơn vị;Tỉ lệ hoàn thành (%);Số trường\r\n")
    assert "Huyện Ninh Sơn, Ninh Thuận;66,7;3\r\n" in text
    assert "Tổng;12,50;-2\r\n" in text


def test_an_exported_csv_imports_again():
    columns = [Column("code", ("code", "Mã trường")), Column("name", ("name", "Tên trường"))]
    response = spreadsheet_response(
        headings=["Mã trường", "Tên trường"],
        rows=[["5850101", "Trường Tiểu học Lâm Sơn; điểm chính"]],
        file_format="csv",
        filename="truong",
    )
    rows = table_read(name="truong.csv", content=response.content, columns=columns)
    assert rows[0].values == {"code": "5850101", "name": "Trường Tiểu học Lâm Sơn; điểm chính"}


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_the_reader_finds_the_delimiter(delimiter):
    columns = [Column("code", ("code", "Mã trường")), Column("share", ("share", "Tỉ lệ"))]
    content = f'\ufeffMã trường{delimiter}Tỉ lệ\r\n5850101{delimiter}"66,7"\r\n'
    rows = table_read(name="a.csv", content=content.encode("utf-8"), columns=columns)
    assert rows[0].values == {"code": "5850101", "share": "66,7"}
