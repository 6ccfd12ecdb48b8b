"""Noticing changes that other programs made to the database.

SQLite: ``PRAGMA data_version`` on one connection kept for the purpose changes whenever
any *other* connection commits to the file — cheap enough to poll every second or two.
PostgreSQL: every write transaction sends ``NOTIFY crm_changes``; the watcher LISTENs.

Any commit counts, also the presence heartbeats every program writes twice a minute.
:meth:`ChangeWatcher.changed_tables` therefore compares a signature of each record
table: its change counter (migration 0007: a ``table_changes`` row on SQLite, bumped for
every updated or deleted row; a sequence on PostgreSQL, advanced by every writing
statement) and its highest id (new rows), a few look-ups however big the tables are,
and true whatever the clocks of the computers say.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from crm_desktop.errors import DatabaseError
from crm_desktop.models.database import Database

log = logging.getLogger(__name__)
CHANNEL = "crm_changes"


class ChangeWatcher:
    """``poll()`` answers whether the database changed since the last poll."""

    def __init__(self, db: Database, tables: Mapping[str, str] | None = None):
        self.db = db
        #: what :meth:`changed_tables` answers about: a name of the caller's -> table name
        self.tables = dict(tables or {})
        self._raw: Any = None
        self._last: int | None = None
        self._signatures: dict[str, tuple[Any, ...]] | None = None

    def _connection(self) -> Any:
        if self._raw is None:
            if self.db.is_sqlite:
                self._raw = self.db.engine.raw_connection()
                self._last = self._data_version()
            else:
                self._raw = self.db.engine.raw_connection()
                driver = self._raw.driver_connection
                driver.autocommit = True
                driver.execute(f"LISTEN {CHANNEL}")
        return self._raw

    def _data_version(self) -> int:
        return int(self._raw.execute("PRAGMA data_version").fetchone()[0])

    def poll(self) -> bool:
        raw = self._connection()
        if self.db.is_sqlite:
            version = self._data_version()
            changed = version != self._last
            self._last = version
            return changed
        driver = raw.driver_connection
        driver.execute("SELECT 1")  # lets the driver read pending notifications
        return bool(list(driver.notifies(timeout=0)))

    def changed_tables(self) -> set[str]:
        """The names (keys of :attr:`tables`) whose rows changed since the last call.

        The first call only takes note of how things are, and answers an empty set.
        """
        first = self._signatures is None
        driver_error = self.db.engine.dialect.dbapi.Error  # type: ignore[union-attr]
        try:
            if not self.poll() and not first:
                return set()
            counters = self._counters()
            signatures = {
                name: (counters.get(table), self._highest_id(table))
                for name, table in self.tables.items()
            }
        except driver_error as exc:
            # A network share that went away, a server restart: start afresh next time.
            self.close()
            raise DatabaseError("Cannot look for other users' changes: %1", exc) from exc
        previous = self._signatures if self._signatures is not None else signatures
        self._signatures = signatures
        return {name for name, sig in signatures.items() if sig != previous.get(name)}

    def _query(self, sql: str) -> list[tuple[Any, ...]]:
        cursor = self._connection().cursor()
        try:
            cursor.execute(sql)
            return [tuple(row) for row in cursor.fetchall()]
        finally:
            cursor.close()

    def _counters(self) -> dict[str, int]:
        """Table name -> its change counter (see migration 0007)."""
        if self.db.is_sqlite:
            return dict(self._query("SELECT table_name, changes FROM table_changes"))
        tables = sorted(set(self.tables.values()))
        if not tables:
            return {}
        # A sequence never advanced reads last_value 1 as one advanced once: is_called
        # tells them apart, or the first change of a table would go unseen.
        union = " UNION ALL ".join(
            f"SELECT '{table}', CASE WHEN is_called THEN last_value ELSE 0 END FROM {table}_changes"
            for table in tables
        )
        return dict(self._query(union))

    def _highest_id(self, table: str) -> Any:
        # The primary key's end: one look-up (a new record raises it).
        return self._query(f"SELECT max(id) FROM {table}")[0][0]

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None
