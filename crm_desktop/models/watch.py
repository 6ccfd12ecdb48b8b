"""Noticing changes that other programs made to the database.

SQLite: ``PRAGMA data_version`` on one connection kept for the purpose changes whenever
any *other* connection commits to the file — cheap enough to poll every second or two.
PostgreSQL: every write transaction sends ``NOTIFY crm_changes``; the watcher LISTENs.

Any commit counts, also the presence heartbeats every program writes twice a minute.
:meth:`ChangeWatcher.changed_tables` therefore compares a cheap signature of each table
of interest (newest modification time and highest id: two index look-ups) so that a
heartbeat costs the GUI a few look-ups, not a refresh of every open list.
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
            signatures = {name: self._signature(table) for name, table in self.tables.items()}
        except driver_error as exc:
            # A network share that went away, a server restart: start afresh next time.
            self.close()
            raise DatabaseError(f"Cannot look for other users' changes: {exc}") from exc
        previous = self._signatures if self._signatures is not None else signatures
        self._signatures = signatures
        return {name for name, sig in signatures.items() if sig != previous.get(name)}

    def _signature(self, table: str) -> tuple[Any, ...]:
        # Soft deletes and restores set modified_at too; a new record raises max(id).
        cursor = self._connection().cursor()
        try:
            cursor.execute(f"SELECT max(modified_at), max(id) FROM {table}")
            return tuple(cursor.fetchone())
        finally:
            cursor.close()

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None
