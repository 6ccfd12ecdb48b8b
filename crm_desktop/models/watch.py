"""Noticing changes that other programs made to the database.

SQLite: ``PRAGMA data_version`` on one connection kept for the purpose changes whenever
any *other* connection commits to the file — cheap enough to poll every second or two.
PostgreSQL: every write transaction sends ``NOTIFY crm_changes``; the watcher LISTENs.
"""

from __future__ import annotations

import logging
from typing import Any

from crm_desktop.models.database import Database

log = logging.getLogger(__name__)
CHANNEL = "crm_changes"


class ChangeWatcher:
    """``poll()`` answers whether the database changed since the last poll."""

    def __init__(self, db: Database):
        self.db = db
        self._raw: Any = None
        self._last: int | None = None

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

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None
