"""How a write transaction starts (waiting for another user's lock) and ends, and what an
exclusive one takes first, on either database.

Used by :class:`~crm_desktop.models.database.Database`; see docs/architecture.md.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crm_desktop.errors import DatabaseBusy, DatabaseUnreachable, WriteCancelled, WriteWouldWait
from crm_desktop.models.sqlite_rules import APPLICATION_ID, is_busy

log = logging.getLogger(__name__)

#: Called with True when a write starts waiting for another user, False when it stops.
BusyListener = Callable[[bool], None]


class WaitPolicy(threading.local):
    """How the writes one thread starts wait for another user's lock (each thread sees its
    own: the GUI thread refuses to wait while a worker waits for it)."""

    #: give up at once with WriteWouldWait instead of waiting
    at_once = False
    #: asked between two tries; True gives up with WriteCancelled
    stop: Callable[[], bool] | None = None


def take_write_lock(
    begin: Callable[[], object],
    undo: Callable[[], None],
    *,
    label: str,
    wait_seconds: float,
    policy: WaitPolicy,
    on_busy: BusyListener | None,
) -> None:
    """Start the write transaction, retrying while another user holds the lock."""
    deadline = time.monotonic() + wait_seconds
    waited = False
    try:
        while True:
            try:
                begin()
                return
            except DBAPIError as exc:
                if not is_busy(exc):
                    raise
                undo()
                if policy.at_once:
                    raise WriteWouldWait(
                        "Another user is saving to the database; this save waits for them."
                    ) from exc
                if policy.stop is not None and policy.stop():
                    raise WriteCancelled(
                        "The save was cancelled while it waited for another user; "
                        "nothing was saved."
                    ) from exc
                if time.monotonic() >= deadline:
                    raise DatabaseBusy(
                        "Another user has been saving to the database for a long time; "
                        "nothing was lost — please try again."
                    ) from exc
                if not waited:
                    waited = True
                    log.info("waiting for another user's write on %s", label)
                if on_busy:
                    on_busy(True)
                # SQLite's lock is not a queue: whoever asks first after a commit gets
                # it. Asking again every few milliseconds (SQLite's own busy handler
                # backs off to 100 ms) keeps a waiting save from losing to busy writers
                # again and again; the jitter keeps two waiting programs out of step.
                time.sleep(random.uniform(0.002, 0.01))
    finally:
        if waited and on_busy:
            on_busy(False)


def take_setup_lock(conn: Connection) -> None:
    """On a database server, wait for the other programs' exclusive writes (a transaction
    advisory lock, released at commit or rollback). PostgreSQL checks nothing against
    tables that are not committed yet: two programs creating the schema of an empty
    database at once collided on its catalogue (``pg_type_typname_nsp_index``)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": APPLICATION_ID})


@contextmanager
def committing(transactional: Session | Connection) -> Iterator[None]:
    """Commit when the block ends normally, roll back when it raises. On a database server,
    tell the other programs (see models/watch.py) that something changed."""
    try:
        yield
    except BaseException:
        transactional.rollback()
        raise
    bind = transactional.get_bind() if isinstance(transactional, Session) else transactional
    if bind.dialect.name == "postgresql":
        transactional.execute(text("NOTIFY crm_changes"))
    try:
        transactional.commit()
    except DBAPIError as exc:
        if exc.connection_invalidated:  # the commit may have been done, or not
            raise DatabaseUnreachable(
                "The database server closed the connection while saving; look whether "
                "the change was kept before you save it again."
            ) from exc
        raise
