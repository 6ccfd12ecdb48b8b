"""Who else has the database open (so that restoring a backup can refuse politely).

Every program of ours that opens a database for writing (the window and every command)
keeps one row in ``presence``: its computer, process id and the time its process started,
refreshed every :data:`HEARTBEAT_SECONDS`. A row still counts while its program runs:

* on this computer, while a process of that id runs that started no later than the row
  says (a program killed, or ended by a power loss, stops counting at once; a process id
  used again by a program started since does not count);
* on another computer (a shared file on a network drive), while its heartbeat is younger
  than :data:`STALE_SECONDS`: that is all this computer can know of it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psutil
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import DomainError
from crm_desktop.models.base import utcnow
from crm_desktop.models.database import Database
from crm_desktop.models.entities import User
from crm_desktop.models.presence import Presence
from crm_desktop.registry import RecordType
from crm_desktop.services.database.types import HEARTBEAT_SECONDS
from crm_desktop.services.records.service import table_of
from crm_desktop.services.users import DEFAULT_USER_ID

log = logging.getLogger(__name__)

STALE_SECONDS = 90
#: how much later than stored a process's start time may read (the system computes it
#: from the boot time, which clock adjustments move a little)
START_TOLERANCE_SECONDS = 2.0


def process_started_at(pid: int) -> dt.datetime | None:
    """When the process ``pid`` of this computer started (UTC), or None if none runs."""
    try:
        return dt.datetime.fromtimestamp(psutil.Process(pid).create_time(), dt.UTC)
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return None


@dataclass(frozen=True)
class PresenceRow:
    """One program's row, as read from the database."""

    name: str
    host: str
    pid: int
    started_at: dt.datetime
    last_seen_at: dt.datetime

    def running(self, now: dt.datetime, host: str) -> bool:
        """Whether the program of this row still runs, as far as computer ``host`` can tell."""
        if self.host != host:
            return self.last_seen_at >= now - dt.timedelta(seconds=STALE_SECONDS)
        # A process that started after the row was written has reused the process id.
        # (Not "at the same time": older versions wrote the time they announced, later.)
        started = process_started_at(self.pid)
        return started is not None and started <= self.started_at + dt.timedelta(
            seconds=START_TOLERANCE_SECONDS
        )

    @property
    def label(self) -> str:
        return f"{self.name} ({self.host})"


def running_others(rows: Iterable[PresenceRow], now: dt.datetime | None = None) -> list[str]:
    """ "Name (host)" of the rows whose programs still run, sorted."""
    now = now or utcnow()
    host = socket.gethostname()
    return sorted(row.label for row in rows if row.running(now, host))


class PresenceService:
    def __init__(self, db: Database, user_id: int):
        self.db = db
        self.user_id = user_id
        self.host = socket.gethostname()
        self.pid = os.getpid()
        self.started_at = process_started_at(self.pid) or utcnow()
        self._row_id: int | None = None

    @staticmethod
    def _rows(session: Session) -> list[tuple[int, PresenceRow]]:
        rows = session.execute(
            select(
                Presence.id,
                User.full_name,
                Presence.host,
                Presence.pid,
                Presence.started_at,
                Presence.last_seen_at,
            ).join(User, User.id == Presence.user_id)
        ).all()
        return [
            (row_id, PresenceRow(name, host, pid, started_at, last_seen_at))
            for row_id, name, host, pid, started_at, last_seen_at in rows
        ]

    def announce(self) -> None:
        """Say that this program has the database open (and forget programs that ended)."""
        if self.db.read_only:
            return
        now = utcnow()
        with self.db.write() as session:
            ended = [i for i, row in self._rows(session) if not row.running(now, self.host)]
            if ended:
                session.execute(delete(Presence).where(Presence.id.in_(ended)))
            row = Presence(
                user_id=self.user_id,
                host=self.host,
                pid=self.pid,
                started_at=self.started_at,
                last_seen_at=now,
            )
            session.add(row)
            session.flush()
            self._row_id = row.id

    def heartbeat(self) -> None:
        if self._row_id is None:
            self.announce()
            return
        with self.db.write() as session:
            result = session.execute(
                update(Presence).where(Presence.id == self._row_id).values(last_seen_at=utcnow())
            )
            if result.rowcount == 0:  # type: ignore[attr-defined]
                self._row_id = None
        if self._row_id is None:
            self.announce()

    def leave(self) -> None:
        if self._row_id is None or self.db.read_only:
            return
        with self.db.write() as session:
            session.execute(delete(Presence).where(Presence.id == self._row_id))
        self._row_id = None

    def others(self) -> list[str]:
        """ "Name (host)" of every other program that has the database open now."""
        with self.db.read() as session:
            rows = self._rows(session)
        return running_others(row for row_id, row in rows if row_id != self._row_id)

    @contextmanager
    def kept(self) -> Iterator[None]:
        """Present while the block runs, the heartbeat kept by a thread (for a command; the
        window keeps it with a timer)."""
        self.announce()
        stop = threading.Event()

        def beat() -> None:
            while not stop.wait(HEARTBEAT_SECONDS):
                try:
                    self.heartbeat()
                except DomainError as exc:  # busy, or replaced: the command says so itself
                    log.info("presence heartbeat: %s", exc)

        thread = threading.Thread(target=beat, name="presence heartbeat", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()
            try:
                self.leave()
            except DomainError as exc:  # the row stops counting when the process ends
                log.info("cannot say goodbye: %s", exc)


@contextmanager
def present(db: Database, user_id: int) -> Iterator[None]:
    """``db`` announced as open by this program while the block runs (not when it is open
    read-only: this program cannot write its row there)."""
    if db.read_only:
        yield
        return
    with PresenceService(db, user_id).kept():
        yield


@contextmanager
def opened(
    target: str | os.PathLike[str], *, user_id: int = DEFAULT_USER_ID, **options: Any
) -> Iterator[Database]:
    """A database opened for a command (``options`` as :meth:`Database.open`), announced
    while the command runs, and closed after."""
    db = Database.open(target, **options)
    try:
        with present(db, user_id):
            yield db
    finally:
        db.close()


def modified_by(db: Database, record_type: RecordType, record_id: int) -> str:
    """The name of the user who saved a record last ("" when unknown), for "changed by"."""
    table = table_of(record_type)
    with db.read() as session:
        name = session.execute(
            select(User.full_name)
            .join(table, table.c.modified_by_id == User.id)
            .where(table.c.id == record_id)
        ).scalar()
    return str(name or "")
