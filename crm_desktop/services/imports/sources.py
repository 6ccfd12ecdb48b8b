"""The rows of an import's file as field values: CSV through exchange/csv, vCard
through exchange/vcard. Nothing here touches the database."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from pathlib import Path
from typing import Any

from crm_desktop.errors import DomainError
from crm_desktop.exchange.csv.labels import key, names_of
from crm_desktop.exchange.csv.presets import ColumnMap, ColumnMapping, Use, map_columns
from crm_desktop.exchange.csv.reading import CsvRow, open_csv
from crm_desktop.exchange.csv.records import RowReader, decide_formats
from crm_desktop.exchange.problems import Problem
from crm_desktop.exchange.vcard.reading import read_vcard_file
from crm_desktop.registry import N_, default_registry
from crm_desktop.services.imports.plan import ImportPlan

#: how many first rows decide each column's date order, decimal mark and name order
#: (the same rows for the preview, the dry run and the import: they read alike)
FORMAT_ROWS = 2000
#: how other programs' exports name the owner column (beside our label in every language)
_OWNER_HEADERS = ("Owner", "Record owner", "Contact owner", "Account owner", "Deal owner")


@dataclass
class SourceRow:
    """A row of the file: its cells as read, and the field values made of them."""

    line: int
    cells: list[str]
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    #: a vCard's photo: (bytes, MIME type)
    photo: tuple[bytes, str] | None = None


@dataclass
class Source:
    """An open file: its header (a vCard file: its rejects file's columns) and rows."""

    header: list[str]
    column_map: ColumnMap | None
    rows: Iterator[SourceRow]
    #: about how many rows there are (for progress)
    total: int
    #: a CSV file: its rows as read, and how they are made field values (the bulk pass
    #: of an import reads them so; ``rows`` are these, read one by one: iterate one)
    csv_rows: Iterator[CsvRow] | None = None
    reader: RowReader | None = None


def source_row(row: CsvRow, reader: RowReader) -> SourceRow:
    """A CSV row made into field values, one by one."""
    read = reader.values(row)
    return SourceRow(row.line, [*row.cells, *row.extra], read.values, read.problems)


def header_key(header: list[str], record_type: str) -> str:
    """The settings key under which the column map of a header layout is remembered."""
    digest = hashlib.sha1("\x1f".join([record_type, *map(key, header)]).encode()).hexdigest()
    return f"import_map:{digest}"


def map_to_json(column_map: ColumnMap) -> str:
    return json.dumps(
        {
            "preset": column_map.preset,
            "record_type": column_map.record_type,
            "columns": [
                [c.index, c.header, c.use.value, c.field, c.type_column, c.type_of]
                for c in column_map.columns
            ],
        }
    )


def map_from_json(text: str, header: list[str]) -> ColumnMap | None:
    """A remembered map, or None if it does not fit ``header`` (or cannot be read)."""
    try:
        data = json.loads(text)
        columns = tuple(
            ColumnMapping(index, head, Use(use), field_, type_column, type_of)
            for index, head, use, field_, type_column, type_of in data["columns"]
        )
        column_map = ColumnMap(data["preset"], data["record_type"], columns)
    except (ValueError, KeyError, TypeError):
        return None
    if [c.header for c in columns] != header:
        return None
    return column_map


def default_map(header: list[str], record_type: str, preset: str | None = None) -> ColumnMap:
    """``map_columns``'s map (with ``preset``, else the one recognised), with a column
    named like the owner field (in any language we ship) read as the owner: the import
    finds the user by name."""
    column_map = map_columns(header, record_type, preset)
    spec = default_registry().get(record_type).field("owner_id")
    names = {key(n) for n in (*names_of(spec.label, "registry"), spec.name, *_OWNER_HEADERS)}
    if any(c.field == spec.name for c in column_map.columns):
        return column_map
    for column in column_map.columns:
        if column.use is Use.IGNORED and key(column.header) in names:
            owner = replace(column, use=Use.FIELD, field=spec.name)
            columns = tuple(owner if c is column else c for c in column_map.columns)
            return replace(column_map, columns=columns)
    return column_map


@contextmanager
def open_source(plan: ImportPlan, remembered: ColumnMap | None) -> Iterator[Source]:
    """The plan's file, open; its rows are read as they are iterated."""
    if plan.is_vcard:
        if plan.record_type != "contacts":
            raise DomainError("A vCard file can only be imported as contacts.")
        cards = read_vcard_file(plan.path)
        yield Source([N_("Card"), N_("Name")], None, (_card_row(c) for c in cards), len(cards))
        return
    with open_csv(plan.path, encoding=plan.encoding, separator=plan.separator) as reader:
        header = list(reader.header)
        column_map = plan.column_map or remembered or default_map(header, plan.record_type)
        if column_map.record_type != plan.record_type:
            raise DomainError(
                "The column map is for %1, not %2.", column_map.record_type, plan.record_type
            )
        rows = iter(reader)
        first = list(islice(rows, FORMAT_ROWS))
        formats = decide_formats(
            column_map, first, date_default=plan.date_order, decimal_default=plan.decimal_mark
        )

        reader_ = RowReader(column_map, formats)
        csv_rows = chain(first, rows)
        made = (source_row(row, reader_) for row in csv_rows)
        yield Source(header, column_map, made, _lines(plan.path), csv_rows, reader_)


def _lines(path: Path) -> int:
    """The line ends in the file: about its number of rows, counted without decoding."""
    count = 0
    with path.open("rb") as raw:
        while chunk := raw.read(1 << 20):
            count += chunk.count(b"\n")
    return count


def _card_row(contact: Any) -> SourceRow:
    name = " ".join(str(contact.values.get(f) or "") for f in ("first_name", "last_name")).strip()
    problems = list(contact.problems)
    for extra in contact.extras:
        problems.append(
            Problem(
                "no_field",
                N_("Card %1: %2 “%3” has no field in the program; it was not imported."),
                (contact.number, extra.property, extra.value),
            )
        )
    photo = (contact.photo, contact.photo_type or "image/jpeg") if contact.photo else None
    return SourceRow(
        contact.number, [str(contact.number), name], dict(contact.values), problems, photo
    )
