"""Who else has the database open (so that restoring a backup can refuse politely).

Each running program keeps one row in ``presence`` and refreshes it every
:data:`HEARTBEAT_SECONDS`; a row not refreshed for :data:`STALE_SECONDS` belongs to a
program that crashed or lost the network, and no longer counts.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import sqlite3
from pathlib import Path

from sqlalchemy import delete, select, update

from crm_desktop.models.base import utcnow
from crm_desktop.models.database import Database
from crm_desktop.models.entities import User
from crm_desktop.models.presence import Presence
from crm_desktop.registry import RecordType
from crm_desktop.services.records import table_of

HEARTBEAT_SECONDS = 30
STALE_SECONDS = 90


class PresenceService:
    def __init__(self, db: Database, user_id: int):
        self.db = db
        self.user_id = user_id
        self.host = socket.gethostname()
        self.pid = os.getpid()
        self._row_id: int | None = None

    def announce(self) -> None:
        """Say that this program has the database open (and forget stale programs)."""
        if self.db.read_only:
            return
        now = utcnow()
        with self.db.write() as session:
            session.execute(
                delete(Presence).where(
                    Presence.last_seen_at < now - dt.timedelta(seconds=STALE_SECONDS)
                )
            )
            row = Presence(
                user_id=self.user_id, host=self.host, pid=self.pid, started_at=now, last_seen_at=now
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
        since = utcnow() - dt.timedelta(seconds=STALE_SECONDS)
        with self.db.read() as session:
            rows = session.execute(
                select(User.full_name, Presence.host, Presence.pid)
                .join(User, User.id == Presence.user_id)
                .where(Presence.last_seen_at >= since)
                .order_by(User.full_name)
            ).all()
        return [
            f"{name} ({host})"
            for name, host, pid in rows
            if not (host == self.host and pid == self.pid)
        ]


def others_using(path: Path) -> list[str]:
    """Programs that have the SQLite file at ``path`` open, read without opening it for
    writing (it may be an older schema, or about to be replaced)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        since = (utcnow() - dt.timedelta(seconds=STALE_SECONDS)).replace(tzinfo=None)
        rows = conn.execute(
            "SELECT users.full_name, presence.host FROM presence "
            "JOIN users ON users.id = presence.user_id WHERE presence.last_seen_at >= ?",
            (since.strftime("%Y-%m-%d %H:%M:%S.%f"),),
        ).fetchall()
    except sqlite3.DatabaseError:
        return []
    finally:
        conn.close()
    return [f"{name} ({host})" for name, host in rows]


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
