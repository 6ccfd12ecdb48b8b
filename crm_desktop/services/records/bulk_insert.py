"""Fast bulk inserts of records, for generated data: executemany in short write
transactions, the derived columns computed as the record service computes them, and a
second thread that prepares the next batch while SQLite writes the current one."""

from __future__ import annotations

import operator
import queue
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, event, func, select, text
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from crm_desktop.registry import Kind, RecordType
from crm_desktop.services.duplicates.keys import match_keys
from crm_desktop.services.records.names import fill_name_order
from crm_desktop.services.records.numbering import reserve_numbers
from crm_desktop.services.records.service import table_of
from crm_desktop.textfold import fold

if TYPE_CHECKING:
    from crm_desktop.models.database import Database

#: Page cache of the writing connection (KiB): a batch touches thousands of index pages.
CACHE_KIB = 128 * 1024
_NOT_DIGITS = re.compile(r"\D+")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
#: no value a row holds
_NOTHING = object()


class Folder:
    """:func:`fold` with a bounded cache (pool words repeat) and an ASCII fast path."""

    def __init__(self, limit: int = 100_000):
        self._cache: dict[str, str] = {}
        self._limit = limit

    def __call__(self, value: Any) -> str:
        if value is None or value == "":
            return ""
        if not isinstance(value, str):
            value = str(value)
        if value.isascii():
            # fold() of ASCII text: lower case, runs of white space as one space, stripped.
            return " ".join(value.lower().split())
        folded = self._cache.get(value)
        if folded is None:
            if len(self._cache) >= self._limit:
                self._cache.clear()
            folded = self._cache[value] = fold(value)
        return folded

    def ascii(self, value: str) -> str:
        """Letters and digits of ``value`` without accents, for e-mail addresses and domains."""
        return _NOT_ALNUM.sub("", self(value))


class Inserter:
    """Executemany inserts into one table.

    On SQLite the rows are converted to driver values by SQLAlchemy's own bind processors
    of the columns in :meth:`pack` (called where the rows are built, off the writing
    thread) and inserted with the statement compiled from ``table.insert()``; columns only
    known in the write transaction (ids, numbers) are then set in the packed rows. Other
    databases get ``conn.execute(table.insert(), rows)``.
    """

    def __init__(self, table: Table, dialect: Dialect, late: Sequence[str]):
        self.table = table
        self.names = [c.name for c in table.columns]
        self.late = [(self.names.index(n), n) for n in late if n in table.c]
        self.sql: str | None = None
        self.processors: list[tuple[int, Callable[[Any], Any]]] = []
        if dialect.name != "sqlite":
            return
        compiled = table.insert().compile(dialect=dialect, column_keys=self.names)
        if list(compiled.positiontup or ()) != self.names:
            return
        for i, column in enumerate(table.columns):
            process = column.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                if any(i == j for j, _ in self.late):
                    return  # a late column that needs converting: stay on the plain path
                self.processors.append((i, process))
        self.sql = compiled.string
        self._columns = operator.itemgetter(*self.names)
        #: the rows hold every column (else each is looked up, None when missing)
        self._complete = True
        #: per column, the last value converted and what it became: one tuple, replaced
        #: whole, so rows packed on two threads never see half of it
        self._last: list[tuple[Any, Any]] = [(_NOTHING, None)] * len(self.names)

    def pack(self, row: dict[str, Any]) -> list[Any] | None:
        if self.sql is None:
            return None
        values: list[Any] | None = None
        if self._complete:
            try:
                values = list(self._columns(row))
            except KeyError:
                self._complete = False
        if values is None:
            values = [row.get(name) for name in self.names]
        last = self._last
        for i, process in self.processors:
            value = values[i]
            # Rows written together share many values (their stamps, no deletion...):
            # a value the same object as the last one of its column is converted once.
            seen, converted = last[i]
            if value is not seen:
                converted = process(value)
                last[i] = (value, converted)
            values[i] = converted
        return values

    def insert(
        self,
        conn: Connection,
        rows: list[dict[str, Any]],
        packed: Sequence[list[Any] | None] | None = None,
    ) -> None:
        if self.sql is None:
            conn.execute(self.table.insert(), rows)
            return
        if packed is None:
            packed = [self.pack(row) for row in rows]
        else:
            late = self.late
            for values, row in zip(packed, rows, strict=True):
                assert values is not None
                for i, name in late:
                    values[i] = row[name]
        conn.exec_driver_sql(self.sql, [tuple(values) for values in packed])  # type: ignore[arg-type]


#: Columns given values inside the write transaction.
_LATE = (
    "id",
    "number",
    "search_text",
    "organization_id",
    "contact_id",
    "code",
    "opportunity_id",
    "related_id",
)


class RowWriter:
    """Rows of one record type with the columns RecordService derives, and their insert."""

    def __init__(
        self, record_type: RecordType, folder: Folder, dialect: Dialect, name_locale: str = ""
    ):
        self.record_type = record_type
        #: a person's empty name order is guessed from the name, else from this locale
        self.name_locale = name_locale
        self.table: Table = table_of(record_type)
        self.inserter = Inserter(self.table, dialect, _LATE)
        self.fold = folder
        columns = self.table.c
        self.fillers = {
            c.name: (c.default.arg if isinstance(c.default, ScalarElementColumnDefault) else None)
            for c in self.table.columns
        }
        #: (folded key column, source column)
        self.keys: list[tuple[str, str]] = []
        for f in record_type.fields:
            if f.sort and f.sort.endswith("_key") and f.kind is not Kind.REFERENCE:
                self.keys.append((f.sort, f.name))
            if f.kind is Kind.REFERENCE and f.cache and f"{f.cache}_key" in columns:
                self.keys.append((f"{f.cache}_key", f.cache))
        #: (source column, is a phone) of the search text, as records.search_text reads them
        self.search = [
            (f.cache if f.kind is Kind.REFERENCE and f.cache else f.name, f.kind is Kind.PHONE)
            for f in record_type.searchable_fields
        ]
        # The number, given out inside the write transaction, leads the search text: the
        # rest is folded beforehand, outside the lock.
        self.number_first = bool(self.search) and self.search[0][0] == "number"

    def row(self, values: dict[str, Any], common: dict[str, Any]) -> dict[str, Any]:
        return self.row_over(self.base(common), values)

    def base(self, *common: dict[str, Any]) -> dict[str, Any]:
        """The columns' defaults under ``common``'s values (later ones win), for
        :meth:`row_over`: what many rows share, merged once."""
        base = dict(self.fillers)
        for values in common:
            base.update(values)
        return base

    def row_over(self, base: dict[str, Any], *values: dict[str, Any]) -> dict[str, Any]:
        """A row of ``values`` (later ones win) over ``base``, with its derived columns."""
        row = base.copy()
        for part in values:
            row.update(part)
        fill_name_order(self.record_type, row, self.name_locale)
        fold_ = self.fold
        folded = {}
        for key, source in self.keys:
            folded[source] = row[key] = fold_(row[source])
        if self.number_first:
            row["search_text"] = self._search_text(row, self.search[1:], folded)
        row.update(match_keys(self.record_type.key, row, fold_))
        return row

    def search_text(self, row: dict[str, Any]) -> str:
        return self._search_text(row, self.search, {})

    def _search_text(
        self, row: dict[str, Any], fields: Sequence[tuple[str, bool]], folded: dict[str, str]
    ) -> str:
        """As ``records.search_text``: fold() works character by character, so the folded
        parts joined by spaces are the fold of the parts joined by spaces."""
        fold_ = self.fold
        parts = []
        for source, phone in fields:
            value = row[source]
            if value is None or value == "":
                continue
            part = folded.get(source)
            if part is None:
                part = fold_(value)
            if part:
                parts.append(part)
            if phone:
                digits = _NOT_DIGITS.sub("", str(value))
                if digits:
                    parts.append(digits)
        return " ".join(parts)

    def insert(
        self,
        conn: Connection,
        rows: list[dict[str, Any]],
        packed: Sequence[list[Any] | None] | None = None,
        numbered: Callable[[dict[str, Any], str], None] | None = None,
    ) -> None:
        """Give ``rows`` ids and numbers (in the caller's write transaction) and insert them
        (``packed``: the rows as :meth:`Inserter.pack` made them, if it did)."""
        if not rows:
            return
        ids = reserve_ids(conn, self.table, len(rows))
        numbers: Sequence[str | None] = (
            reserve_numbers(conn, self.record_type.key, len(rows))  # type: ignore[arg-type]
            if self.record_type.number_prefix
            else [None] * len(rows)
        )
        fold_ = self.fold
        for row, record_id, number in zip(rows, ids, numbers, strict=True):
            row["id"] = record_id
            if number is None:
                row["search_text"] = self.search_text(row)
                continue
            row["number"] = number
            if numbered is not None:
                numbered(row, number)
                row["search_text"] = self.search_text(row)
            elif self.number_first:
                tail = row["search_text"]
                row["search_text"] = f"{fold_(number)} {tail}" if tail else fold_(number)
            else:
                row["search_text"] = self.search_text(row)
        self.inserter.insert(conn, rows, packed)


def reserve_ids(conn: Connection, table: Table, count: int) -> Sequence[int]:
    """Primary keys for ``count`` new rows; the write lock keeps them ours until commit."""
    if conn.dialect.name == "postgresql":
        return list(
            conn.execute(
                text(
                    "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"
                ),
                {"t": table.name, "n": count},
            ).scalars()
        )
    last = conn.execute(select(func.max(table.c.id))).scalar() or 0
    return range(last + 1, last + 1 + count)


class Prefetch:
    """Runs an iterator in a thread, a few items ahead of the consumer (``with`` it)."""

    _END = object()

    def __init__(self, items: Iterator[Any], depth: int = 2):
        self._items = items
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="demo-rows", daemon=True)

    def _run(self) -> None:
        try:
            for item in self._items:
                if not self._put(item):
                    return
        except BaseException as exc:  # handed to the consumer
            self._error = exc
        self._put(self._END)

    def _put(self, item: Any) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def __enter__(self) -> Prefetch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def __iter__(self) -> Iterator[Any]:
        while True:
            item = self._queue.get()
            if item is self._END:
                if self._error is not None:
                    raise self._error
                return
            yield item


# -- the generator --------------------------------------------------------------------------------
@contextmanager
def bulk_settings(db: Database) -> Iterator[None]:
    """While generating, SQLite connections get a page cache that holds the thousands of
    index pages a batch changes (else they are written out and read back within the
    transaction) and keep statement journals in memory (else every inserted row copies
    the pages it changes to a temporary file). Both can only be set outside a
    transaction: when a connection is taken from the pool."""
    if not db.is_sqlite:
        yield
        return

    def on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            cursor.execute("PRAGMA temp_store=MEMORY")
        finally:
            cursor.close()

    event.listen(db.engine, "checkout", on_checkout)
    try:
        yield
    finally:
        event.remove(db.engine, "checkout", on_checkout)
