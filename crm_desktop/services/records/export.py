"""Export of a list as it is filtered and sorted: CSV, Excel, vCard (contacts) and
iCalendar (activities).

The rows come from :meth:`ListService.stream` (keyset chunks, each a short read), go to
the writer as they come and are forgotten, so a million contacts take the memory of a
chunk. Every file goes through :func:`~crm_desktop.services.output_file.replacing`: a
database or another bad target is refused, and a failure or a cancel leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from crm_desktop.errors import DomainError, Label
from crm_desktop.exchange.table_columns import ColumnKind
from crm_desktop.registry import FieldSpec, Kind, RecordType
from crm_desktop.services.access.types import PRIVATE_NAME
from crm_desktop.services.output_file import replacing
from crm_desktop.services.records.lists import ListQuery, ListService
from crm_desktop.services.records.types import FORMATS, ExportResult, formats_of

if TYPE_CHECKING:
    from crm_desktop.services import Services

#: rows read and written at a time; the progress and a cancel are seen between chunks
CHUNK = 5000
_KINDS = {
    Kind.INTEGER: ColumnKind.INTEGER,
    Kind.DECIMAL: ColumnKind.NUMBER,
    Kind.MONEY: ColumnKind.NUMBER,
    Kind.PERCENT: ColumnKind.NUMBER,
    Kind.DATE: ColumnKind.DATE,
    Kind.DATETIME: ColumnKind.MOMENT,
    Kind.BOOL: ColumnKind.YES_NO,
}


class ExportCancelled(Exception):
    """Raised inside the output's block so that the partial file is removed."""


class _TableWriter(Protocol):
    def header(self, labels: Sequence[str]) -> None: ...
    def rows(self, rows: Sequence[Sequence[Any]]) -> None: ...
    def close(self) -> None: ...


def export_fields(record_type: RecordType, names: Sequence[str] | None = None) -> list[FieldSpec]:
    """The fields of an export in their order: ``names`` (all fields when None), the
    record number first."""
    chosen = [record_type.field(n) for n in names] if names else list(record_type.fields)
    numbers = [f for f in chosen if f.name == "number"]
    if record_type.has_field("number") and not numbers:
        numbers = [record_type.field("number")]
    return numbers + [f for f in chosen if f.name != "number"]


def export_list(
    services: Services,
    query: ListQuery,
    target: Path,
    file_format: str,
    *,
    fields: Sequence[str] | None = None,
    labels: dict[str, str] | None = None,
    progress: Callable[[int, int], object] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the rows of ``query``, in its order, to ``target`` as ``file_format``.

    ``fields``: the columns of a CSV or Excel file (every field when None; the number
    is always first); ``labels``: their header text by field name (default: the
    registry's English labels). ``progress(done, total)`` is called after each chunk
    and ``cancelled()`` asked; a cancel removes what was written. The open database
    is never written over. A role without the right to export the type is refused.
    """
    lists = services.lists
    record_type = lists.registry.get(query.record_type)
    services.access.require(record_type, "export")  # before anything is written
    if file_format not in formats_of(record_type):
        shown = ", ".join(FORMATS[f][0] for f in formats_of(record_type))
        raise DomainError("%1 can be exported as %2 only.", Label(record_type.label), shown)
    total = lists.count(query)
    run = _Run(progress, cancelled, total)
    reads = [services.db.path] if services.db.path else []
    try:
        with replacing(target, reads) as temporary:
            if file_format == "vcf":
                _write_vcards(lists, query, temporary, run)
            elif file_format == "ics":
                _write_calendar(services, query, temporary, run)
            else:
                specs = export_fields(record_type, fields)
                kinds = [_KINDS.get(spec.kind, ColumnKind.TEXT) for spec in specs]
                writer = _table_writer(file_format, temporary, kinds, record_type)
                try:
                    writer.header([(labels or {}).get(s.name, s.label) for s in specs])
                    for chunk in run.chunks(lists.stream(query, specs, chunk=CHUNK)):
                        writer.rows([_named(row.values) for row in chunk])
                finally:
                    writer.close()
    except ExportCancelled:
        return ExportResult(run.done, cancelled=True)
    return ExportResult(run.done)


def _named(values: Sequence[Any]) -> tuple[Any, ...]:
    """A row as a file gets it: the name of a linked record the user may not see is left
    out (a file goes on elsewhere; the list shows PRIVATE_NAME there)."""
    return tuple(None if v == PRIVATE_NAME else v for v in values)


def _table_writer(
    file_format: str, path: Path, kinds: list[ColumnKind], record_type: RecordType
) -> _TableWriter:
    # Imported here: the export's writers are not needed to start the program.
    if file_format == "xlsx":
        from crm_desktop.exchange.xlsx.writing import XlsxTableWriter

        return XlsxTableWriter(path, kinds, sheet=record_type.label)
    from crm_desktop.exchange.csv.writing import CsvTableWriter

    return CsvTableWriter(path, kinds)


class _Run:
    """The progress of one export, and its cancel."""

    def __init__(
        self,
        progress: Callable[[int, int], object] | None,
        cancelled: Callable[[], bool] | None,
        total: int,
    ) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.total = total
        self.done = 0

    def chunks(self, chunks: Iterator[list[Any]]) -> Iterator[list[Any]]:
        """``chunks`` as they come, counted; stops (raising) at a cancel."""
        for chunk in chunks:
            self.check()
            yield chunk
            self.done += len(chunk)
            if self._progress is not None:
                self._progress(self.done, max(self.total, self.done))
        self.check()

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled


def _write_vcards(lists: ListService, query: ListQuery, path: Path, run: _Run) -> None:
    from crm_desktop.exchange.vcard.reading import VCardContact
    from crm_desktop.exchange.vcard.writing import CARD_FIELDS, write_vcards

    record_type = lists.registry.get(query.record_type)
    specs = [record_type.field(name) for name in CARD_FIELDS]
    with path.open("w", encoding="utf-8", newline="") as out:
        for chunk in run.chunks(lists.stream(query, specs, chunk=CHUNK)):
            contacts = [
                VCardContact({s.name: v for s, v in zip(specs, row, strict=True) if v is not None})
                for row in (_named(listed.values) for listed in chunk)
            ]
            out.write(write_vcards(contacts))


def _write_calendar(services: Services, query: ListQuery, path: Path, run: _Run) -> None:
    from crm_desktop.exchange.ical.exporter import export_activities

    # A calendar is one document whose repeated events and their exceptions refer to
    # each other: the ids are streamed, the calendar is made whole (activities are few
    # beside contacts).
    activities = []
    for chunk in run.chunks(services.lists.stream(query, (), chunk=CHUNK)):
        activities += services.activities.all([row.id for row in chunk])
    path.write_bytes(export_activities(activities))
