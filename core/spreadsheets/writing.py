"""Writing spreadsheets: CSV for Excel with Vietnamese regional settings — UTF-8 with a
byte-order mark, ``;`` between cells (its list separator) and a decimal comma (12,5) — and XLSX.

Every exported cell goes through ``spreadsheet_cell``, which keeps numbers and dates and turns
everything else into text that a spreadsheet program will not run as a formula (OWASP "CSV
injection"). ``spreadsheet_response`` and ``spreadsheet_streaming_response`` are the only
writers; ``SafeSpreadsheetExportMixin`` routes Wagtail's list exports through them too, and
``wagtail_exports_secure`` does the same for the reports Wagtail ships."""

import csv
import datetime
import io
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter

CSV = "csv"
XLSX = "xlsx"
FORMATS = (CSV, XLSX)
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A byte-order mark, so spreadsheet programs read the Vietnamese letters as UTF-8.
BOM = "\ufeff"
# Excel with Vietnamese regional settings separates list items with ";" and writes decimals
# with ",": a comma-separated file opens there as one column, and 12.5 as a date or text.
CSV_DELIMITER = ";"
CSV_DECIMAL_MARK = ","
# What makes Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
SHEET_TITLE_FORBIDDEN = re.compile(r"[\\/*?:\[\]]")
SHEET_TITLE_MAX = 31

Cell = str | int | float | Decimal | datetime.date | datetime.datetime | datetime.time


def spreadsheet_cell(value, file_format: str = XLSX) -> Cell:
    """How ``value`` is written in a cell of a CSV or XLSX export — the only place that decides.

    Numbers (int, float, Decimal; not bool) stay numbers, so -2 is still the number -2. Dates,
    times and datetimes stay dates for XLSX (aware datetimes in local time) and become ISO
    text for CSV. None is an empty cell, a bool is "1" or "0" (what the imports read), a list
    its items joined by commas. Everything else becomes text, and text that a spreadsheet
    program could run as a formula — starting with =, +, -, @, a tab or a carriage return,
    also after leading spaces — gets a leading apostrophe, so "-2+3" is shown, not computed.
    Applying it twice changes nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return value
    if isinstance(value, float | Decimal):
        finite = value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
        return value if finite else _text_neutralised(str(value))
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.make_naive(value)
        return value.isoformat(sep=" ", timespec="seconds") if file_format == CSV else value
    if isinstance(value, datetime.date):
        return value.isoformat() if file_format == CSV else value
    if isinstance(value, datetime.time):
        value = value.replace(tzinfo=None)
        return value.isoformat(timespec="seconds") if file_format == CSV else value
    if isinstance(value, list | tuple | set | frozenset):
        return _text_neutralised(", ".join("" if item is None else str(item) for item in value))
    return _text_neutralised(str(value))


def _text_neutralised(text: str) -> str:
    # Characters XML cannot hold would make the XLSX unreadable; they mean nothing in CSV either.
    # Removed first, so that they cannot hide a formula behind them.
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if text.startswith(FORMULA_PREFIXES) or text.lstrip().startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


@dataclass(frozen=True)
class Sheet:
    """One worksheet: a heading row, the data rows and, optionally, column widths."""

    title: str
    headings: Sequence
    rows: Iterable[Sequence]
    column_widths: Sequence[float] = ()


def _sheet_title(title: str, number: int) -> str:
    title = SHEET_TITLE_FORBIDDEN.sub("-", str(title)).strip().strip("'")[:SHEET_TITLE_MAX]
    return title or f"Sheet{number}"


def _xlsx_cell(worksheet, value) -> WriteOnlyCell:
    cell = WriteOnlyCell(worksheet, spreadsheet_cell(value, XLSX))
    if isinstance(cell.value, str):
        cell.data_type = "s"  # a string cell, never a formula, whatever the text
    return cell


def _xlsx_row(worksheet, values) -> list[WriteOnlyCell]:
    return [_xlsx_cell(worksheet, value) for value in values]


def xlsx_write(output, sheets: Iterable[Sheet]) -> None:
    """Write a workbook of ``sheets`` to the binary file ``output``; every cell through
    ``spreadsheet_cell``, every text cell a string."""
    workbook = Workbook(write_only=True)
    for number, sheet in enumerate(sheets, start=1):
        worksheet = workbook.create_sheet(title=_sheet_title(sheet.title, number))
        for index, width in enumerate(sheet.column_widths, start=1):
            worksheet.column_dimensions[get_column_letter(index)].width = width
        worksheet.append(_xlsx_row(worksheet, sheet.headings))
        for row in sheet.rows:
            worksheet.append(_xlsx_row(worksheet, row))
    workbook.save(output)


class _Echo:
    def write(self, value):
        return value


def csv_cell(value) -> Cell:
    """A CSV cell: ``spreadsheet_cell``, with a decimal comma for numbers with decimals."""
    cell = spreadsheet_cell(value, CSV)
    if isinstance(cell, float | Decimal):
        return str(cell).replace(".", CSV_DECIMAL_MARK)
    return cell


def csv_lines(headings: Sequence, rows: Iterable[Sequence]) -> Iterator[str]:
    """The CSV text line by line, starting with the byte-order mark and the heading row;
    cells separated by ``;``, every cell through ``csv_cell``."""
    writer = csv.writer(_Echo(), delimiter=CSV_DELIMITER)
    yield BOM + writer.writerow([csv_cell(value) for value in headings])
    for row in rows:
        yield writer.writerow([csv_cell(value) for value in row])


def _attachment(response, filename: str, file_format: str):
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{filename}.{file_format}"
    )
    return response


def spreadsheet_response(
    *,
    headings: Sequence,
    rows: Iterable[Sequence],
    file_format: str,
    filename: str,
    sheet_title: str = "",
    column_widths: Sequence[float] = (),
    more_sheets: Sequence[Sheet] = (),
) -> HttpResponse:
    """A table as a downloaded CSV (UTF-8 with BOM, ``;``-separated) or XLSX file named
    ``filename`` plus the format's extension. ``more_sheets`` (a guide, say) are written in
    XLSX only."""
    if file_format not in FORMATS:
        raise ValueError(f"unknown spreadsheet format: {file_format!r}")
    if file_format == CSV:
        response = HttpResponse("".join(csv_lines(headings, rows)), content_type=CSV_CONTENT_TYPE)
        return _attachment(response, filename, CSV)
    output = io.BytesIO()
    first = Sheet(sheet_title, headings, rows, column_widths)
    xlsx_write(output, [first, *more_sheets])
    return _attachment(
        HttpResponse(output.getvalue(), content_type=XLSX_CONTENT_TYPE), filename, XLSX
    )


def spreadsheet_streaming_response(
    *, headings: Sequence, rows: Iterable[Sequence], filename: str
) -> StreamingHttpResponse:
    """A CSV file (UTF-8 with BOM) written while ``rows`` are read, for long tables."""
    response = StreamingHttpResponse(csv_lines(headings, rows), content_type=CSV_CONTENT_TYPE)
    return _attachment(response, filename, CSV)


class SafeSpreadsheetExportMixin:
    """Wagtail's list exports (``SpreadsheetExportMixin``: index views with ``list_export``,
    reports) written by the writers above, every cell through ``spreadsheet_cell``.

    Put it before the Wagtail view class: ``class MyIndexView(SafeSpreadsheetExportMixin,
    IndexView)``. Wagtail's own value conversions (``custom_value_preprocess``: lists, dates)
    are left to ``spreadsheet_cell``; a view's ``custom_field_preprocess`` still applies, before
    it."""

    custom_value_preprocess = {}
    export_sheet_title = ""

    def get_preprocess_function(self, field, value, export_format):
        functions = self.custom_field_preprocess.get(field, {})
        if export_format in functions:
            return functions[export_format]
        for value_classes, functions in self.custom_value_preprocess.items():
            if isinstance(value, value_classes) and export_format in functions:
                return functions[export_format]
        return None  # spreadsheet_cell decides

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_cell(value, export_format)

    def get_heading(self, queryset, field):
        return spreadsheet_cell(super().get_heading(queryset, field), CSV)

    def export_headings_list(self, queryset) -> list:
        return [self.get_heading(queryset, field) for field in self.list_export]

    def export_rows(self, queryset, export_format) -> Iterator[list]:
        for item in queryset:
            yield [
                self.preprocess_field_value(field, value, export_format)
                for field, value in self.to_row_dict(item).items()
            ]

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: csv_cell(self.preprocess_field_value(field, value, CSV))
                for field, value in row_dict.items()
            }
        )

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for field, value in row_dict.items():
            yield _xlsx_cell(worksheet, self.preprocess_field_value(field, value, XLSX))

    def write_csv_response(self, queryset):
        return spreadsheet_streaming_response(
            headings=self.export_headings_list(queryset),
            rows=self.export_rows(queryset, CSV),
            filename=self.get_filename(),
        )

    def write_xlsx(self, queryset, output):
        sheet = Sheet(
            title=self.export_sheet_title or self.get_filename(),
            headings=self.export_headings_list(queryset),
            rows=self.export_rows(queryset, XLSX),
        )
        xlsx_write(output, [sheet])


def wagtail_exports_secure() -> None:
    """Neutralise the CSV cells of the reports Wagtail ships (aging pages, locked pages,
    workflows…): their titles are typed by editors, and Wagtail writes CSV cells as they are.
    Our own views already write through ``SafeSpreadsheetExportMixin``; applying
    ``spreadsheet_cell`` twice changes nothing."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralised", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        value = original(self, field, value, export_format)
        return spreadsheet_cell(value, export_format) if export_format == CSV else value

    preprocess_field_value.neutralised = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
