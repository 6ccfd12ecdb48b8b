"""Restoring a SQLite database from a backup, safely while other programs may use it.

1. The backup is checked whole (header, integrity, a schema this program knows) and copied
   beside the database, where the copy loses the presence rows it was taken with and gets
   a new random restore stamp (``PRAGMA user_version``). A backup that cannot be used is
   refused before the database is touched at all.
2. The database's write lock is taken and kept to the end (``locking_mode=EXCLUSIVE``):
   under it, the programs that have the database open are read (services/database/presence.py) and
   the restore refused if any still runs; else the database as it was is copied aside
   (if asked) and the backup copied into it with SQLite's backup API, in one step of
   SQLite's own journal, so a crash leaves the old or the restored database, never a mix.
3. A program that had the database open sees the new stamp at its next write and stops
   with one sentence (models/database.py), instead of writing into the restored records.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path

from crm_desktop.errors import AccessDenied, DomainError
from crm_desktop.models.database import KNOWN_REVISIONS, WRITE_WAIT_SECONDS, Database
from crm_desktop.models.sqlite_rules import APPLICATION_ID, check_sqlite_header, is_busy
from crm_desktop.services.access.rules import load_access
from crm_desktop.services.database.backup import copy_database
from crm_desktop.services.database.presence import PresenceRow, running_others
from crm_desktop.services.database.types import (
    RESTORE_STEPS,
    DatabaseInUse,
    RestoreCancelled,
    RestoreRefused,
    RestoreStep,
)

#: how long reading the database waits for a lock held by another program
_LOCK_TIMEOUT_SECONDS = 15


class _Steps:
    """A restore's progress and the user's cancel, seen between its steps."""

    def __init__(
        self, progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None
    ) -> None:
        self._progress = progress
        self._cancelled = cancelled

    def __call__(self, step: RestoreStep, *, last: bool = False) -> None:
        if not last:
            self.stop_if_cancelled()
        if self._progress is not None:
            self._progress(int(step), RESTORE_STEPS)

    def stop_if_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise RestoreCancelled()


def require_restorer(db: Database, credentials: tuple[str, str] | None) -> None:
    """Only an administrator replaces an office database with a backup: everybody's
    records go back to that day. ``credentials``: a user name and password, checked as a
    login (a wrong password counts towards the account's lock); on a single-user
    database none are needed. AccessDenied or LoginFailed says what is wrong."""
    from crm_desktop.services.users import login, logs_in

    if not logs_in(db):
        return
    if credentials is None:
        raise AccessDenied(
            "This database has users: only an administrator may restore it, "
            "with their user name and password."
        )
    require_administrator(db, login(db, *credentials))


def require_administrator(db: Database, user_id: int) -> None:
    """AccessDenied unless ``user_id`` administers the office database ``db``."""
    with db.read() as session:
        if not load_access(session, user_id).administrator:
            raise AccessDenied("Only an administrator may restore this database from a backup.")


def check_backup(source: Path) -> str:
    """Make sure ``source`` is a healthy backup of ours; returns its schema revision."""
    if not source.is_file():
        raise RestoreRefused("There is no backup file at “%1”.", source)
    try:
        check_sqlite_header(source)
    except DomainError as exc:
        raise RestoreRefused("“%1” is not a CRM Desktop backup: %2", source, exc) from exc
    try:
        with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as conn:
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise RestoreRefused("The backup “%1” is damaged (%2).", source, check)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        # A file cut short (a copy that did not finish) or overwritten: not even readable.
        problem = "not a CRM Desktop backup" if "no such table" in str(exc) else str(exc)
        raise RestoreRefused("The backup “%1” cannot be used (%2).", source, problem) from exc
    if row is None or row[0] not in KNOWN_REVISIONS:
        raise RestoreRefused("The backup “%1” was made by a newer version of CRM Desktop.", source)
    return str(row[0])


def restore_backup(
    source: Path,
    target: Path,
    *,
    force: bool = False,
    keep_old: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Replace the database at ``target`` with the backup ``source``.

    Refused (:class:`RestoreRefused`, the database untouched) when the backup cannot be
    used, is the database itself, or (:class:`DatabaseInUse`) other programs still have
    the database open, unless ``force``. ``keep_old``: where to copy the database as it
    was, under the same lock (in case the restore was a mistake). ``progress`` hears of
    each :class:`RestoreStep` begun (step, :data:`RESTORE_STEPS`); ``cancelled`` is
    asked between steps and while waiting for the lock: True ends the restore with
    :class:`RestoreCancelled`, the database untouched (until the copy into it starts).
    """
    step = _Steps(progress, cancelled)
    step(RestoreStep.CHECK)
    check_backup(source)
    if target.exists() and not target.is_file():  # a folder, /dev/null...
        raise RestoreRefused("“%1” is not a database file; nothing was restored.", target)
    if target.exists() and os.path.samefile(source, target):
        raise RestoreRefused(
            "“%1” is the database itself; choose a backup of it to restore from.", source
        )
    empty = not target.exists() or target.stat().st_size == 0
    if not empty:
        check_sqlite_header(target)
        _refuse_foreign(target)
        if not force:  # the cheap answer first; the one that counts is under the lock
            with closing(_connect(target, read_only=True)) as conn:
                _refuse_if_used(conn)
    staged = target.with_name(f"{target.name}.restoring")
    step(RestoreStep.STAGE)
    copy_database(source, staged)
    try:
        with closing(sqlite3.connect(staged, isolation_level=None)) as conn:
            _forget_presence(conn)
            conn.execute(f"PRAGMA user_version={random.randint(1, 2**31 - 1)}")
        step(RestoreStep.LOCK)
        if empty:
            os.replace(staged, target)
            return
        with _locked(target, step.stop_if_cancelled) as conn:
            if not force:
                _refuse_if_used(conn)
            if keep_old is not None:
                step(RestoreStep.KEEP_OLD)
                keep_old.parent.mkdir(parents=True, exist_ok=True)
                with closing(sqlite3.connect(keep_old)) as old:
                    conn.backup(old, pages=-1)
            step(RestoreStep.REPLACE, last=True)
            with closing(sqlite3.connect(f"file:{staged}?mode=ro", uri=True)) as backup:
                backup.backup(conn, pages=-1)
    except sqlite3.OperationalError as exc:
        raise RestoreRefused(
            "The backup could not be restored (%1); nothing changed.", exc,
        ) from exc
    finally:
        staged.unlink(missing_ok=True)


def _refuse_foreign(target: Path) -> None:
    """Only a database of ours is replaced: a file that another program made (a plain
    SQLite file has no application id) is left alone."""
    with target.open("rb") as fh:
        header = fh.read(100)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise RestoreRefused(
            "“%1” is not a CRM Desktop database; nothing was restored over it.", target
        )


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    uri = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=_LOCK_TIMEOUT_SECONDS)


@contextmanager
def _locked(target: Path, stop_if_cancelled: Callable[[], None]) -> Iterator[sqlite3.Connection]:
    """A connection to ``target`` that holds its exclusive lock until the block ends."""
    conn = _connect(target)
    try:
        _begin_immediate(conn, stop_if_cancelled)
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    finally:
        conn.close()


def _begin_immediate(conn: sqlite3.Connection, stop_if_cancelled: Callable[[], None]) -> None:
    """Take the write lock as Database.write() does: retried every few milliseconds while
    other programs write, for up to a minute. The lock is kept once taken: a change
    is committed with it (the locking mode keeps it), before the backup is copied in."""
    deadline = time.monotonic() + WRITE_WAIT_SECONDS
    conn.execute("PRAGMA busy_timeout=0")
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() >= deadline:
                raise RestoreRefused(
                    "Another user has been saving to the database for a long time; "
                    "nothing was restored — please try again."
                ) from exc
            stop_if_cancelled()
            time.sleep(random.uniform(0.002, 0.01))
    conn.execute(f"PRAGMA busy_timeout={_LOCK_TIMEOUT_SECONDS * 1000}")
    # From now on no lock is let go before the connection closes. (Not before the lock is
    # taken: a try that failed would keep its shared lock, and the writer holding the
    # write lock could never commit.) A change of our own makes the lock exclusive, and
    # the locking mode keeps it after the commit, when the backup API may write into the
    # file (it needs no transaction open).
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    stamp = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA user_version={int(stamp)}")
    conn.execute("COMMIT")


def _refuse_if_used(conn: sqlite3.Connection) -> None:
    rows = _presence_rows(conn)
    others = running_others(rows)
    if others:
        raise DatabaseInUse(others)


def _presence_rows(conn: sqlite3.Connection) -> list[PresenceRow]:
    try:
        rows = conn.execute(
            "SELECT coalesce(users.full_name, ''), presence.host, presence.pid, "
            "presence.started_at, presence.last_seen_at "
            "FROM presence LEFT JOIN users ON users.id = presence.user_id"
        ).fetchall()
    except sqlite3.OperationalError:  # a schema from before presence was kept
        return []
    return [
        PresenceRow(name, host, pid, _utc(started), _utc(seen))
        for name, host, pid, started, seen in rows
    ]


def _utc(stored: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC)


def _forget_presence(conn: sqlite3.Connection) -> None:
    """The programs that had the database open when the backup was taken are not the ones
    that have it open now."""
    with suppress(sqlite3.OperationalError):  # a schema from before presence was kept
        conn.execute("DELETE FROM presence")
