"""Spreadsheets in and out.

Reading: an uploaded table — CSV in UTF-8 (with or without BOM) or XLSX — into rows that keep
their line numbers, with column headings matched in English or Vietnamese, with or without
diacritics. Problems with the file as a whole are reported with the line they are on.

Writing: CSV for Excel with Vietnamese regional settings — UTF-8 with a byte-order mark, ``;``
between cells (its list separator) and a decimal comma (12,5) — and XLSX, which needs neither.
Every exported cell goes through ``spreadsheet_cell``, which keeps numbers and dates
and turns everything else into text that a spreadsheet program will not run as a formula
(OWASP "CSV injection"). ``spreadsheet_response`` and ``spreadsheet_streaming_response`` are the
only writers; ``SafeSpreadsheetExportMixin`` routes Wagtail's list exports through them too."""

import csv
import datetime
import io
import math
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from core.text import fold_vietnamese

MAX_ROWS = 50_000
XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls format


@dataclass(frozen=True)
class Column:
    key: str
    headings: tuple[str, ...]  # accepted headings; the first is the one templates use
    required: bool = True


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str

    def __str__(self):
        if self.field:
            return str(
                _("Dòng %(line)s, cột “%(field)s”: %(message)s")
                % {"line": self.line, "field": self.field, "message": self.message}
            )
        return str(_("Dòng %(line)s: %(message)s") % {"line": self.line, "message": self.message})


class TableError(Exception):
    """The file cannot be read as a table; ``errors`` says where and why."""

    def __init__(self, errors: list[RowError]):
        super().__init__("; ".join(str(error) for error in errors))
        self.errors = errors


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, str]


def table_read(*, name: str, content: bytes, columns: list[Column]) -> list[Row]:
    """The data rows (blank rows skipped), or TableError for an unreadable or empty file,
    missing or repeated columns."""
    if not content.strip().lstrip(b"\xef\xbb\xbf").strip():
        raise TableError([RowError(1, "", str(_("tệp trống, không có dòng tiêu đề.")))])
    if content.startswith(OLE_MAGIC):
        raise TableError(
            [RowError(1, "", str(_("định dạng .xls cũ không được hỗ trợ; hãy lưu thành .xlsx.")))]
        )
    if name.lower().endswith(".xlsx") or content.startswith(XLSX_MAGIC):
        lines = _xlsx_lines(content)
    else:
        lines = _csv_lines(content)

    header_line, header = next(lines, (1, []))
    keys = _header_keys(header_line, header, columns)
    rows = []
    for line, cells in lines:
        if not any(cell.strip() for cell in cells):
            continue
        if len(rows) >= MAX_ROWS:
            raise TableError(
                [RowError(line, "", str(_("tệp có hơn %(max)s dòng.") % {"max": MAX_ROWS}))]
            )
        values = {key: "" for key in keys.values()}
        for index, key in keys.items():
            if index < len(cells):
                values[key] = cells[index].strip()
        rows.append(Row(line=line, values=values))
    if not rows:
        raise TableError([RowError(header_line + 1, "", str(_("tệp không có dòng dữ liệu nào.")))])
    return rows


def _header_keys(line: int, header: list[str], columns: list[Column]) -> dict[int, str]:
    by_heading = {
        fold_vietnamese(heading): column.key for column in columns for heading in column.headings
    }
    keys: dict[int, str] = {}
    errors = []
    for index, heading in enumerate(header):
        key = by_heading.get(fold_vietnamese(heading))
        if key is None:
            continue  # extra columns (a row number, a remark) are allowed and ignored
        if key in keys.values():
            errors.append(RowError(line, heading, str(_("cột bị lặp lại."))))
        keys[index] = key
    missing = [column for column in columns if column.required and column.key not in keys.values()]
    if missing:
        names = ", ".join(f"{column.headings[0]} ({column.headings[1]})" for column in missing)
        errors.append(RowError(line, "", str(_("thiếu cột: %(names)s.") % {"names": names})))
    if errors:
        raise TableError(errors)
    return keys


def _csv_lines(content: bytes):
    if content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        message = _(
            "tệp không được mã hóa UTF-8. Trong Excel, hãy chọn Lưu thành “CSV UTF-8 "
            "(Comma delimited)”, hoặc dùng tệp .xlsx."
        )
        raise TableError([RowError(line, "", str(message))]) from None
    delimiter = _csv_delimiter(text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1
    except csv.Error as error:
        raise TableError([RowError(start, "", str(error))]) from None


def _csv_delimiter(header: str) -> str:
    """``,``, ``;`` (Excel with Vietnamese regional settings) or a tab, from the heading row."""
    try:
        return csv.Sniffer().sniff(header, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {delimiter: header.count(delimiter) for delimiter in (";", ",", "\t")}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def _xlsx_lines(content: bytes):
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise TableError([RowError(1, "", str(_("không đọc được tệp .xlsx.")))]) from None
    try:
        sheet = workbook.worksheets[0]
        for line, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield line, [_cell_text(value) for value in cells]
    finally:
        workbook.close()


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)


# ---------------------------------------------------------------------------------------------
# Writing: one function decides every cell, one writer per format


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
