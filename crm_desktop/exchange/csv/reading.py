"""Reading the CSV files people really have, one row at a time.

The encoding and the separator are decided from the first 64 KiB; the rows are then
read in one pass, so a file of any size is never held in memory. Rows keep the line they
start on, are made as wide as the header (padding and surplus reported, never shifted)
and carry the problems found in them.
"""

from __future__ import annotations

import codecs
import csv
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from types import TracebackType
from typing import IO

from crm_desktop.errors import DomainError
from crm_desktop.exchange.csv.encoding import SAMPLE_SIZE, DetectedEncoding, detect_encoding
from crm_desktop.exchange.csv.separator import HEAD_RECORDS, detect_separator, excel_separator_hint
from crm_desktop.exchange.problems import Problem
from crm_desktop.registry import N_

#: stands for a bare CR inside a line of a LF or CRLF file while the csv module reads it
#: (U+FFFF is a noncharacter: no text has it)
_BARE_CR = "\uffff"


class CsvFileError(DomainError):
    """A file that cannot be read as CSV; the message says why."""


@dataclass
class CsvRow:
    """A row of data: as many ``cells`` as the header has columns."""

    #: the line of the file the row starts on (1 is the first line)
    line: int
    cells: list[str]
    #: cells past the header's width, kept as they were
    extra: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class CsvReader:
    """An open CSV file: its layout, and its rows when iterated (once)."""

    def __init__(
        self,
        path: Path,
        stream: IO[str],
        *,
        encoding: str,
        detected: DetectedEncoding | None,
        separator: str,
        protect_cr: bool,
        skip_first_line: bool,
    ) -> None:
        self.path = path
        #: the encoding the file is read with (forced by the caller, or detected)
        self.encoding = encoding
        #: what detection found (None when the caller forced the encoding)
        self.detected = detected
        self.separator = separator
        self._stream = stream
        self._protect_cr = protect_cr
        self._lines_read = 0
        self._lines = self._physical_lines(skip_first_line)
        self._reader = csv.reader(self._lines, delimiter=separator, quotechar='"', strict=False)
        head = self._head_records()
        index = _header_index([cells for _, cells in head])
        #: the lines before the header (LinkedIn's "Notes:"), as read
        self.preamble: list[list[str]] = [cells for _, cells in head[:index]]
        self.header_line, self.header = head[index] if head else (0, [])
        self._buffered = head[index + 1 :]

    def __enter__(self) -> CsvReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._stream.close()

    def __iter__(self) -> Iterator[CsvRow]:
        previous: tuple[int, list[str]] | None = None
        for record in chain(self._buffered, self._records()):
            if previous is not None:
                yield self._row(*previous)
            previous = record
        if previous is not None:
            last = self._row(*previous)
            # A quote never closed takes the rest of the file, line ends and all, into
            # the record's last cell (the csv module says nothing).
            if previous[1] and previous[1][-1].endswith(("\n", "\r")):
                last.problems.append(
                    Problem(
                        "unclosed_quote",
                        N_(
                            "Line %1: a quoted cell is never closed; the rest of the file is in it."
                        ),
                        (last.line,),
                    )
                )
            yield last

    def _physical_lines(self, skip_first_line: bool) -> Iterator[str]:
        for text in self._stream:
            self._lines_read += 1
            if skip_first_line and self._lines_read == 1:
                continue
            if self._protect_cr:
                body = text.rstrip("\r\n")
                if "\r" in body:
                    text = body.replace("\r", _BARE_CR) + text[len(body) :]
            yield text

    def _records(self) -> Iterator[tuple[int, list[str]]]:
        while True:
            start = self._lines_read + 1
            try:
                cells = next(self._reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if "field limit" in str(exc):
                    raise CsvFileError(
                        "“%1” cannot be read past line %2: a cell there "
                        "is longer than 128 KB (perhaps a quote is never closed).",
                        self.path.name, start
                    ) from exc
                raise CsvFileError(
                    "“%1” cannot be read past line %2: %3.", self.path.name, start, exc
                ) from exc
            if not any(c.strip() for c in cells):
                continue
            if self._protect_cr:
                cells = [c.replace(_BARE_CR, "\r") for c in cells]
            yield start, cells

    def _head_records(self) -> list[tuple[int, list[str]]]:
        head: list[tuple[int, list[str]]] = []
        for record in self._records():
            head.append(record)
            if len(head) == HEAD_RECORDS:
                break
        return head

    def _row(self, line: int, cells: list[str]) -> CsvRow:
        width = len(self.header)
        row = CsvRow(line, cells[:width], cells[width:])
        if len(cells) < width:
            row.cells.extend([""] * (width - len(cells)))
            row.problems.append(
                Problem(
                    "short_row",
                    N_(
                        "Line %1 has %2 cells where the header has %3; "
                        "the missing ones are left empty."
                    ),
                    (line, len(cells), width),
                )
            )
        elif row.extra:
            row.problems.append(
                Problem(
                    "long_row",
                    N_(
                        "Line %1 has %2 cells where the header has %3; "
                        "the cells past the last column are not imported."
                    ),
                    (line, len(cells), width),
                )
            )
        if any("\ufffd" in c for c in cells):
            row.problems.append(
                Problem(
                    "undecodable",
                    N_("Line %1 has characters that are not %2; they are shown as �."),
                    (line, self.encoding),
                )
            )
        return row


def open_csv(
    path: str | Path, *, encoding: str | None = None, separator: str | None = None
) -> CsvReader:
    """Open a CSV file, detecting its encoding and separator unless they are given.

    Raises :class:`CsvFileError` for a file that is missing, empty or not text.
    """
    path = Path(path)
    try:
        with path.open("rb") as raw:
            sample = raw.read(SAMPLE_SIZE)
    except OSError as exc:
        raise CsvFileError("Cannot read “%1”: %2.", path, exc.strerror or exc) from exc
    if not sample.strip():
        raise CsvFileError("“%1” is empty.", path.name)
    detected = None
    if encoding is None:
        detected = detect_encoding(sample)
        encoding = detected.encoding
    else:
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError as exc:
            raise CsvFileError("“%1” is not an encoding this program knows.", encoding) from exc
    text = sample.decode(encoding, errors="replace")
    if "\x00" in text:
        if detected is None:  # the encoding the user chose
            raise CsvFileError("“%1” is not a text file in %2.", path.name, encoding)
        raise CsvFileError(
            "“%1” is not a CSV file: it holds binary data (a picture, a program, "
            "or a spreadsheet still in its own format: save it as CSV first).",
            path.name
        )
    hinted = excel_separator_hint(text)
    if separator is None:
        separator = hinted or detect_separator(text, truncated=len(sample) == SAMPLE_SIZE)
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    bare_cr = text.count("\r") - crlf
    # A file whose lines end in LF or CRLF has a bare CR only inside a cell; in a file
    # of CR line ends, CR is the line end.
    protect_cr = (crlf + lf) > 0
    newline = "\n" if protect_cr or not bare_cr else ""
    stream = path.open(encoding=encoding, errors="replace", newline=newline)
    try:
        return CsvReader(
            path,
            stream,
            encoding=encoding,
            detected=detected,
            separator=separator,
            protect_cr=protect_cr,
            skip_first_line=hinted is not None,
        )
    except BaseException:
        stream.close()  # the header could not be read: nobody will close it
        raise


def _header_index(records: list[list[str]]) -> int:
    """Which of the first records is the header: the first with at least two non-empty
    cells, mostly filled, about as wide as most records."""
    widths = Counter(len(r) for r in records if len(r) > 1)
    usual = max(widths.items(), key=lambda kv: (kv[1], kv[0]))[0] if widths else 1
    for index, cells in enumerate(records):
        filled = sum(1 for c in cells if c.strip())
        if filled >= 2 and len(cells) * 2 >= usual and filled * 2 >= len(cells):
            return index
    return 0
