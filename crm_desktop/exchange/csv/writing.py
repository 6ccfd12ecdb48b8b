"""A table written as CSV the way Excel opens it right in every language: UTF-8 with a
byte-order mark (without one, Excel reads Windows-1252 and "Nguyễn" comes out as
"Nguyá»…n"), comma-separated, CRLF line ends, quotes only where a cell needs them.

Cells are written as text a person and our import read back: dates ISO (2026-12-31),
points in time in this computer's time zone (2026-12-31 17:05:00), yes/no, numbers with
a decimal point. Only the columns that need it are converted, so a million rows cost
little more than the csv module's own writing.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from crm_desktop.exchange.table_columns import ColumnKind, LocalTime


def _yes_no(value: Any) -> Any:
    return value if value is None else ("yes" if value else "no")


def _moment_text(local_time: LocalTime) -> Callable[[Any], Any]:
    def moment(value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return local_time(value).isoformat(sep=" ", timespec="seconds")
        return value

    return moment


class CsvTableWriter:
    """Rows into a CSV file: the header, then rows of plain values (str, int, Decimal,
    date, datetime, bool, None) in the columns' order."""

    def __init__(self, path: Path, kinds: Sequence[ColumnKind]) -> None:
        self._file: IO[str] = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._file)
        convert: dict[ColumnKind, Callable[[Any], Any]] = {
            ColumnKind.MOMENT: _moment_text(LocalTime()),
            ColumnKind.YES_NO: _yes_no,
        }
        self._converted = [(i, convert[k]) for i, k in enumerate(kinds) if k in convert]

    def header(self, labels: Sequence[str]) -> None:
        self._writer.writerow(labels)

    def rows(self, rows: Iterable[Sequence[Any]]) -> None:
        if not self._converted:
            self._writer.writerows(rows)
            return
        converted = self._converted
        for row in rows:
            cells = list(row)
            for i, convert in converted:
                cells[i] = convert(cells[i])
            self._writer.writerow(cells)

    def close(self) -> None:
        self._file.close()
