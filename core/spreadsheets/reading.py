"""Reading an uploaded table — CSV in UTF-8 (with or without BOM, `,` or `;` between cells) or
XLSX — into rows that keep their line numbers, with column headings matched in English or
Vietnamese, with or without diacritics. Problems with the file as a whole are reported with the
line they are on."""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from openpyxl import load_workbook
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
