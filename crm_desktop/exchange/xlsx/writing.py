"""A table written as an Excel workbook (.xlsx) of one sheet.

XlsxWriter in ``constant_memory`` mode writes each row to the sheet's file as it comes
and forgets it, so a million rows take the memory of one (openpyxl keeps every cell
until it saves). Dates and points in time are Excel dates with a format, numbers are
numbers, yes/no are Excel's booleans; the header row is bold and stays in view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from crm_desktop.errors import DomainError
from crm_desktop.exchange.table_columns import ColumnKind, LocalTime

#: the rows of a sheet, the header's included
MAX_ROWS = 1_048_576
#: characters Excel keeps in a cell
MAX_CELL = 32_767
_WIDTHS = {
    ColumnKind.DATE: 12,
    ColumnKind.MOMENT: 18,
    ColumnKind.YES_NO: 8,
    ColumnKind.INTEGER: 10,
    ColumnKind.NUMBER: 14,
}


class TooManyRows(DomainError):
    """More rows than an Excel sheet holds."""


class XlsxTableWriter:
    """Rows into an .xlsx file: the header, then rows of plain values in the columns'
    order (see :class:`~crm_desktop.exchange.csv.writing.CsvTableWriter`)."""

    def __init__(self, path: Path, kinds: Sequence[ColumnKind], *, sheet: str = "") -> None:
        self._book = xlsxwriter.Workbook(
            str(path),
            # strings_to_numbers off (the default): a phone number or a postal code stays
            # text with its leading zeros; constant_memory: see the module's description.
            {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
        )
        # A sheet name: at most 31 characters, none of []:*?/\
        name = "".join(c for c in sheet if c not in "[]:*?/\\")[:31]
        self._sheet = self._book.add_worksheet(name or None)
        self._kinds = list(kinds)
        self._row = 0
        self._local_time = LocalTime()
        formats = {
            ColumnKind.DATE: self._book.add_format({"num_format": "yyyy-mm-dd"}),
            ColumnKind.MOMENT: self._book.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
        }
        self._formats = [formats.get(kind) for kind in self._kinds]
        for column, kind in enumerate(self._kinds):
            self._sheet.set_column(column, column, _WIDTHS.get(kind, 20))

    def header(self, labels: Sequence[str]) -> None:
        bold = self._book.add_format({"bold": True})
        for column, label in enumerate(labels):
            self._sheet.write_string(0, column, label, bold)
        self._sheet.freeze_panes(1, 0)
        self._row = 1

    def rows(self, rows: Iterable[Sequence[Any]]) -> None:
        sheet = self._sheet
        for row in rows:
            if self._row >= MAX_ROWS:
                raise TooManyRows(
                    "An Excel sheet holds at most %1 rows; export to CSV instead.",
                    f"{MAX_ROWS - 1:,}"
                )
            for column, value in enumerate(row):
                if value is None or value == "":
                    continue
                cell_format = self._formats[column]
                if isinstance(value, str):
                    # Excel breaks a cell's lines at LF; a CR would show as "_x000D_".
                    if "\r" in value:
                        value = value.replace("\r\n", "\n").replace("\r", "\n")
                    sheet.write_string(self._row, column, value[:MAX_CELL])
                elif isinstance(value, bool):
                    sheet.write_boolean(self._row, column, value)
                elif isinstance(value, int | float | Decimal):
                    sheet.write_number(self._row, column, float(value))
                elif isinstance(value, dt.datetime):
                    local = self._local_time(value)
                    sheet.write_datetime(self._row, column, local, cell_format)
                elif isinstance(value, dt.date):
                    sheet.write_datetime(self._row, column, value, cell_format)
                else:
                    sheet.write_string(self._row, column, str(value)[:MAX_CELL])
            self._row += 1

    def close(self) -> None:
        self._book.close()
