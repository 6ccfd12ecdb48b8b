"""Stopping a statement that runs on another thread, once nobody waits for its answer
(a filtered list's count when the next key press changes the filter).

The database does the stopping: SQLite's ``interrupt()`` ends the running statement at
its next step, PostgreSQL's ``cancel()`` asks the server to end it. Either is called
only while the statement runs on the connection it was started on, so a connection
handed back to the pool is never stopped in someone else's statement.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # the views make stops without loading the database layer
    from sqlalchemy.orm import Session

T = TypeVar("T")


class QueryStop:
    """Made by whoever waits for the answer; :meth:`stop` may be called from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopped = False
        self._running: Any = None  # the DBAPI connection of the running statement

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._running is not None:
                _interrupt(self._running)

    @property
    def stopped(self) -> bool:
        return self._stopped

    def run(self, session: Session, work: Callable[[], T]) -> T | None:
        """``work()`` (statements of ``session``), or None when stopped before or while
        it ran."""
        connection = session.connection().connection.dbapi_connection
        with self._lock:
            if self._stopped:
                return None
            self._running = connection
        try:
            return work()
        except Exception:
            if self._stopped:  # ended by stop(), however the driver words it
                return None
            raise
        finally:
            with self._lock:
                self._running = None


def _interrupt(connection: Any) -> None:
    interrupt = getattr(connection, "interrupt", None)  # sqlite3
    if interrupt is not None:
        interrupt()
    else:
        connection.cancel()  # psycopg
