"""Importing a CSV or vCard file: preview, dry run, the import as one transaction, undo.

Every import is a batch (``import_batches``): undo removes the records it created (to
the recycle bin) and gives the records it updated their prior values back, also after a
restart. A record somebody changed after the import is left as it is, and said.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.exchange.csv.encoding import DetectedEncoding
from crm_desktop.exchange.csv.presets import ColumnMap, recognise
from crm_desktop.exchange.csv.reading import open_csv
from crm_desktop.exchange.vcard.reading import VCardContact
from crm_desktop.models.entities import Setting
from crm_desktop.models.imports import ImportBatch
from crm_desktop.registry import N_
from crm_desktop.services.access.rules import Access
from crm_desktop.services.imports.bulk import BulkRows, collector_paused
from crm_desktop.services.imports.distinct import distinct_values
from crm_desktop.services.imports.pipeline import RowImporter
from crm_desktop.services.imports.plan import (
    Action,
    BatchInfo,
    ColumnValues,
    ImportPlan,
    ImportResult,
    OnMatch,
    Preview,
    RowOutcome,
    UndoResult,
)
from crm_desktop.services.imports.sources import (
    Source,
    default_map,
    header_key,
    map_from_json,
    map_to_json,
    open_source,
)
from crm_desktop.services.imports.undo import undo_batch
from crm_desktop.services.imports.writing import DatabaseWriter, DryWriter
from crm_desktop.services.output_file import check_target, replacing
from crm_desktop.services.records.bulk_insert import bulk_settings
from crm_desktop.services.records.changes import Change
from crm_desktop.services.records.photos import contact_photo
from crm_desktop.services.records.service import RecordService

#: progress(done, total, text): what views/jobs.py's JobContext.progress takes
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
#: rows between two progress reports (and two looks at Cancel)
_STEP = 500
#: the rows of a file shown by the file's first look
_SAMPLE_ROWS = 10


@dataclass
class FileLayout:
    """What a first look at a CSV file finds, for the wizard's first pages."""

    encoding: str
    #: None: the caller chose the encoding; else what detection found (and if it is sure)
    detected: DetectedEncoding | None
    separator: str
    header: list[str]
    preamble: list[list[str]]
    #: the recognised preset ("outlook", "google", ..., "generic")
    preset: str
    column_map: ColumnMap
    #: the column map is the one chosen last time for this header
    remembered: bool
    sample: list[list[str]]


class _Stop(Exception):
    """Cancel: leaves the write transaction, which rolls back."""


class ImportService:
    def __init__(self, records: RecordService, access: Access):
        self.records = records
        #: what the user may do: an import creates, and updates when told to
        self.access = access
        self.db = records.db

    # -- looking at a file -------------------------------------------------------------------------
    def inspect(
        self,
        path: Path,
        record_type: str = "contacts",
        *,
        encoding: str | None = None,
        separator: str | None = None,
    ) -> FileLayout:
        """Encoding, separator, header and first rows of a CSV file, and the column map
        to start from (the one remembered for its header, else the preset's)."""
        with open_csv(path, encoding=encoding, separator=separator) as reader:
            header = list(reader.header)
            sample = []
            for row in reader:
                sample.append(row.cells)
                if len(sample) >= _SAMPLE_ROWS:
                    break
            remembered = self.remembered_map(header, record_type)
            return FileLayout(
                encoding=reader.encoding,
                detected=reader.detected,
                separator=reader.separator,
                header=header,
                preamble=reader.preamble,
                preset=recognise(header),
                column_map=remembered or default_map(header, record_type),
                remembered=remembered is not None,
                sample=sample,
            )

    def distinct_values(
        self,
        path: Path,
        record_type: str,
        columns: Mapping[str, int],
        *,
        encoding: str | None = None,
        separator: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> dict[str, ColumnValues]:
        """The distinct values of the CSV file's columns saved in fields with choices
        (``columns``: field -> column index), each counted and matched to our choices as
        the import matches it; Cancel returns the values read until then."""
        return distinct_values(
            path,
            self.records.registry.get(record_type),
            columns,
            encoding=encoding,
            separator=separator,
            progress=progress,
            cancelled=cancelled,
        )

    def remembered_map(self, header: list[str], record_type: str) -> ColumnMap | None:
        """The column map last used for a file with this header, if any."""
        with self.db.read() as session:
            setting = session.get(Setting, header_key(header, record_type))
            return map_from_json(setting.value, header) if setting else None

    # -- preview, dry run, import ------------------------------------------------------------------
    def preview(self, plan: ImportPlan, limit: int = 20) -> Preview:
        """The first ``limit`` rows as they will be saved, and why any is rejected."""
        with self.db.read() as session, self._source(session, plan) as source:
            importer = RowImporter(self.records, session, plan, source.column_map, DryWriter())
            rows = []
            for row in source.rows:
                rows.append(importer.outcome(row))
                if len(rows) >= limit:
                    break
            return Preview(source.header, source.column_map, rows)

    def _check_rights(self, plan: ImportPlan) -> None:
        """An import creates records (and organizations a row names), and updates the
        matches when told to: refused, before any row is read, to a role that may not."""
        record_type = self.records.registry.get(plan.record_type)
        self.access.require(record_type, "create")
        if plan.on_match in (OnMatch.FILL, OnMatch.UPDATE):
            self.access.require(record_type, "edit")

    def dry_run(
        self,
        plan: ImportPlan,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """What :meth:`run` would do, counted; nothing is saved. The rejected rows are
        written to ``plan.rejects`` when it is set."""
        self._check_rights(plan)
        self._check_rejects(plan)
        writer = DryWriter()
        try:
            with self.db.read() as session, self._source(session, plan) as source:
                importer = RowImporter(self.records, session, plan, source.column_map, writer)
                result = self._each_row(importer, source, progress, cancelled)
        except _Stop:
            return ImportResult(cancelled=True)
        result.organizations_created = writer.organizations
        self._write_rejects(plan, result)
        return result

    def run(
        self,
        plan: ImportPlan,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Import the file in one transaction: all of it, or (Cancel, a problem, a crash)
        nothing. Returns the counts and the batch number; the rejected rows are written
        to ``plan.rejects`` when it is set, and the column map is remembered for the
        file's header."""
        self._check_rights(plan)
        self._check_rejects(plan)
        try:
            with (
                bulk_settings(self.db),
                self.db.write() as session,
                self._source(session, plan) as source,
            ):
                batch = ImportBatch(
                    record_type=plan.record_type,
                    file_name=plan.path.name[:500],
                    created_by_id=self.records.user_id,
                    added=0,
                    updated=0,
                    skipped=0,
                    rejected=0,
                )
                session.add(batch)
                session.flush()
                writer = DatabaseWriter(self.records, session, plan.record_type, batch.id)
                importer = RowImporter(self.records, session, plan, source.column_map, writer)
                result = self._each_row(importer, source, progress, cancelled)
                writer.finish()
                batch.added, batch.updated = result.added, result.updated
                batch.skipped, batch.rejected = result.skipped, result.rejected
                result.batch_id = batch.id
                result.organizations_created = writer.organizations
                if source.column_map is not None:
                    session.merge(
                        Setting(
                            key=header_key(source.header, plan.record_type),
                            value=map_to_json(source.column_map),
                        )
                    )
                # Last, still inside the transaction: rejects that cannot be written
                # leave nothing imported either.
                self._write_rejects(plan, result)
                created = writer.written_ids()
        except _Stop:
            return ImportResult(cancelled=True)
        for type_key, ids in created.items():
            self.records.hub.publish(Change(type_key, tuple(ids), "created"))
        return result

    @contextmanager
    def _source(self, session: Session, plan: ImportPlan) -> Iterator[Source]:
        remembered = None
        if not plan.is_vcard and plan.column_map is None:
            with open_csv(plan.path, encoding=plan.encoding, separator=plan.separator) as reader:
                header = list(reader.header)
            setting = session.get(Setting, header_key(header, plan.record_type))
            remembered = map_from_json(setting.value, header) if setting else None
        with open_source(plan, remembered) as source:
            yield source

    def _each_row(
        self,
        importer: RowImporter,
        source: Source,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> ImportResult:
        result = ImportResult(header=source.header)
        done = 0
        with collector_paused():
            for outcomes in _chunks(importer, source):
                for outcome in outcomes:
                    _count(result, outcome)
                done += len(outcomes)
                if cancelled is not None and cancelled():
                    raise _Stop
                if progress is not None:
                    progress(done, max(done, source.total), "")
            importer.writer.flush()
        if progress is not None:
            progress(done, done, "")
        return result

    def _check_rejects(self, plan: ImportPlan) -> None:
        if plan.rejects is not None:
            check_target(plan.rejects, reads=[plan.path, *self._database_files()])

    def _database_files(self) -> list[Path]:
        return [self.db.path] if self.db.path else []

    def _write_rejects(self, plan: ImportPlan, result: ImportResult) -> None:
        """The rejected rows: the file's cells, then the reason in a last column (UTF-8
        with a byte-order mark, as Excel opens it)."""
        if plan.rejects is None:
            return
        reads = [plan.path, *self._database_files()]
        with (
            replacing(plan.rejects, reads) as temporary,
            temporary.open("w", encoding="utf-8-sig", newline="") as out,
        ):
            writer = csv.writer(out)
            writer.writerow([*result.header, N_("Reason")])
            for row in result.rejected_rows:
                writer.writerow([*row.cells, row.reason])

    # -- batches and undo --------------------------------------------------------------------------
    def batches(self, limit: int = 50) -> list[BatchInfo]:
        """The newest imports first."""
        with self.db.read() as session:
            rows = session.scalars(
                select(ImportBatch).order_by(ImportBatch.id.desc()).limit(limit)
            ).all()
            return [
                BatchInfo(
                    b.id,
                    b.record_type,
                    b.file_name,
                    b.created_at,
                    b.added,
                    b.updated,
                    b.skipped,
                    b.rejected,
                    b.undone_at,
                )
                for b in rows
            ]

    def undo_import(self, batch_id: int) -> UndoResult:
        """Undo a whole import: the records it created go to the recycle bin, the records
        it updated get their prior values back. A record changed after the import (its
        version moved on) is left as it is and listed in ``kept``."""
        return undo_batch(self.records, batch_id)

    # -- contacts' cards ---------------------------------------------------------------------------
    def contact_card(self, contact_id: int) -> VCardContact:
        """A contact's values and photo as exchange/vcard/writing.py writes them: the
        organization by its name."""
        record = self.records.get("contacts", contact_id)
        values: dict[str, str | date] = {
            name: value
            for name, value in record.values.items()
            if isinstance(value, str | date) and not isinstance(value, datetime) and value != ""
        }
        if record.values.get("organization_id") is not None:
            values["organization_id"] = record.references.get("organization_id", "")
        photo = contact_photo(self.db, contact_id)
        return VCardContact(
            values=values,
            photo=photo[0] if photo else None,
            photo_type=photo[1] if photo else None,
        )


def _chunks(importer: RowImporter, source: Source) -> Iterator[list[RowOutcome]]:
    """The outcomes of the source's rows, ``_STEP`` rows at a time: a CSV file's by the
    bulk pass, a vCard file's one by one."""
    if source.csv_rows is not None and source.reader is not None:
        bulk = BulkRows(importer, source.reader)
        while chunk := list(islice(source.csv_rows, _STEP)):
            yield bulk.outcomes(chunk)
        return
    while rows := list(islice(source.rows, _STEP)):
        yield [importer.outcome(row) for row in rows]


def _count(result: ImportResult, outcome: RowOutcome) -> None:
    if outcome.action is Action.CREATE:
        result.added += 1
    elif outcome.action in (Action.FILL, Action.UPDATE):
        result.updated += 1
    elif outcome.action is Action.SKIP:
        result.skipped += 1
    else:
        result.rejected += 1
        result.rejected_rows.append(outcome)
    if outcome.action is not Action.REJECT:
        result.problems.extend(outcome.problems)
