"""The rules every SQLite connection of ours follows, and errors put into words.

See docs/architecture.md: rollback journal, ``synchronous=FULL``, ``foreign_keys=ON``,
``BEGIN IMMEDIATE`` for writes (pysqlite's own transaction handling is switched off),
a deferred ``BEGIN`` for reads.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError

from crm_desktop.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseFull,
    DatabaseReadOnly,
    DatabaseReplaced,
    DatabaseUnreachable,
    NotADatabase,
    NotOurDatabase,
)

#: ``PRAGMA application_id`` of our SQLite files: "CRMD".
APPLICATION_ID = 0x43524D44
SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a statement waits for a lock held by another user (commit waiting for readers).
BUSY_TIMEOUT_MS = 15_000
#: How long one attempt to start a write transaction waits inside SQLite: not at all, as
#: Database.write() retries every few milliseconds and tells the user it is waiting.
BEGIN_WAIT_MS = 0
#: Execution option that makes a connection's transactions writers (BEGIN IMMEDIATE).
WRITE_OPTION = "crm_write"


def refuse_non_file(path: Path) -> None:
    """Refuse a folder, a device (/dev/null) or a pipe: SQLite fails on a device as if
    the disk failed, and reading a pipe waits forever."""
    if path.is_dir():
        raise DatabaseError("“%1” is a folder, not a database file.", path)
    if path.exists() and not path.is_file():
        raise NotADatabase("“%1” is not a database file (it is a device or a pipe).", path)


def check_sqlite_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database, or is another program's, unopened."""
    refuse_non_file(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError as exc:
        raise DatabaseError("You may not read “%1”; check the file's permissions.", path) from exc
    if not header.startswith(SQLITE_HEADER):
        raise NotADatabase("“%1” is not a database file.", path)
    if len(header) == 100:
        app_id = int.from_bytes(header[68:72], "big")
        if app_id not in (0, APPLICATION_ID):
            raise NotOurDatabase("“%1” is a database of another program, not CRM Desktop's.", path)


def install_sqlite_rules(engine: Engine, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Take transaction control away from pysqlite: its implicit BEGIN is deferred,
        # which loses updates between processes; we emit BEGIN ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # First: the pragmas after it read the schema, which waits while another program
        # commits; without a busy timeout that wait fails at once ("database is locked").
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            # Wait only briefly for the write lock here: Database.write() retries and tells
            # the user it is waiting, instead of freezing for the whole busy timeout.
            conn.exec_driver_sql(f"PRAGMA busy_timeout={BEGIN_WAIT_MS}")
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            finally:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        else:
            conn.exec_driver_sql("BEGIN")


def restore_stamp(conn: Connection) -> int:
    """The file's restore stamp: ``PRAGMA user_version``, 0 until a backup is restored into
    it, then a new random number (services/database/restore.py)."""
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)


def refuse_if_replaced(conn: Connection, stamp: int, label: str) -> None:
    """Checked by every write under the write lock: a program that had the file open before
    a restore stops, instead of writing into the restored database records that belong to
    the old one."""
    if restore_stamp(conn) != stamp:
        raise DatabaseReplaced(
            "“%1” was replaced by a restored backup while this program had it "
            "open; nothing more was saved to it (open it again to go on).",
            label
        )


def is_busy(exc: BaseException) -> bool:
    message = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in message or "database is busy" in message


def first_line(exc: object) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn the database library's errors a user can act on into DomainErrors."""
    try:
        yield
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        message = str(getattr(exc, "orig", exc)).lower()
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            # The server ended the transaction with the connection: it rolled it back.
            raise DatabaseUnreachable(
                "The database server closed the connection; nothing of the unfinished save "
                "was kept. Please try again."
            ) from exc
        if isinstance(exc, OperationalError) and not isinstance(exc.orig, sqlite3.Error):
            raise DatabaseUnreachable(
                "The database server cannot be reached (%1); "
                "nothing of the unfinished save was kept.",
                first_line(exc.orig)
            ) from exc
        if is_busy(exc):
            raise DatabaseBusy(
                "Another user is saving to the database; please try again in a moment."
            ) from exc
        if "malformed" in message or "corrupt" in message:
            raise DatabaseDamaged(
                "The database file is damaged; restore it from a backup."
            ) from exc
        if "readonly" in message or "read-only" in message:
            raise DatabaseReadOnly("The database is read-only; changes cannot be saved.") from exc
        if "disk is full" in message or "disk i/o error" in message:
            raise DatabaseFull(
                "The disk is full (or failed); nothing was saved. Free some space and save again."
            ) from exc
        if "not a database" in message:
            raise NotADatabase("The file is not a database.") from exc
        raise
