"""The import's pass over the rows of a CSV file: the same outcomes as
:meth:`RowImporter.outcome`, for the rows that read and check without a problem with
less work per row (each column read as its :class:`RowReader` decided once per file; no
copies of the row; the required fields checked by name), a chunk at a time. Any other
row (a cell that cannot be read, a value refused, a required field empty, a row that
updates a record) is handed whole to :meth:`RowImporter.outcome`, so every problem and
rejection reads as in the preview."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from crm_desktop.exchange.csv.reading import CsvRow
from crm_desktop.exchange.csv.records import RowReader
from crm_desktop.exchange.problems import Problem
from crm_desktop.services.imports.pipeline import RowImporter
from crm_desktop.services.imports.plan import Action, OnMatch, RowOutcome
from crm_desktop.services.imports.sources import source_row
from crm_desktop.services.records import values as field_values


class BulkRows:
    def __init__(self, importer: RowImporter, reader: RowReader):
        self.importer = importer
        self.reader = reader
        rtype = importer.rtype
        self.required = [f.name for f in rtype.fields if f.required and not f.read_only]
        self.reference_names = [f.name for f in importer.references]
        #: (reference field, its cached name's field): what matching compares
        self.match_caches = [(f.name, f.cache) for f in importer.references if f.cache]
        self.creates_on_match = importer.plan.on_match is OnMatch.CREATE
        self.skips_on_match = importer.plan.on_match is OnMatch.SKIP

    def outcomes(self, rows: Iterable[CsvRow]) -> list[RowOutcome]:
        """The outcomes of a chunk of rows, in their order (new records handed to the
        importer's writer)."""
        return [self.outcome(row) for row in rows]

    def outcome(self, row: CsvRow) -> RowOutcome:
        importer = self.importer
        values = self.reader.quick(row)
        if values is None:
            return importer.outcome(source_row(row, self.reader))
        problems: list[Problem] = []
        if importer.mapped_columns:
            importer.map_values(row.cells, values, problems)
        if "owner_id" in values:
            importer.find_owner(row.line, values, problems)
        names: dict[str, str] = {}
        for name in self.reference_names:
            value = values.get(name)
            if isinstance(value, str):
                del values[name]
                if value.strip():
                    names[name] = value.strip()
        cleaned, errors = field_values.clean(importer.rtype, values)
        if errors:
            return importer.outcome(source_row(row, self.reader))
        target = None
        if importer.index is not None:
            match_values: dict[str, Any] = cleaned
            if names and self.match_caches:
                match_values = dict(cleaned)
                for name, cache in self.match_caches:
                    if name in names:
                        match_values[cache] = names[name]
            target = importer.index.find(match_values)
        shown = {**cleaned, **names}
        if target is not None and not self.creates_on_match:
            if self.skips_on_match:
                return RowOutcome(row.line, Action.SKIP, shown, target.id, problems=problems)
            return importer.outcome(source_row(row, self.reader))
        defaults = importer.new_values
        for name in self.required:
            value = cleaned[name] if name in cleaned else defaults.get(name)
            if value is None or value == "":
                return importer.outcome(source_row(row, self.reader))
        caches = importer.resolve(row.line, names, cleaned, problems)
        created = importer.writer.create(cleaned, caches, None)
        if importer.index is not None:
            importer.index.add({**cleaned, **caches}, created)
        return RowOutcome(row.line, Action.CREATE, shown, problems=problems)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while an import makes its rows. Each row makes a
    score of small dicts and lists, thousands of them live until their chunk is
    written: the collector walked them again and again, 2 s of CPU in an import of
    100,000 rows (a sixth of it), and found nothing (rows make no cycles). It runs
    again, once, at the end."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
