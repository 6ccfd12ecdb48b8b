"""Opening a database and running transactions the way a shared file needs them.

SQLite rules (see docs/architecture.md): rollback journal (``journal_mode=DELETE``,
checked at every open), ``synchronous=FULL``, ``foreign_keys=ON``, a busy timeout,
``BEGIN IMMEDIATE`` for every write and a deferred ``BEGIN`` for reads, and short
transactions. The same class opens a PostgreSQL server from a SQLAlchemy URL.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session

from crm_desktop.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseMissing,
    DatabaseTooNew,
    NotADatabase,
    NotOurDatabase,
)

log = logging.getLogger(__name__)

#: ``PRAGMA application_id`` of our SQLite files: "CRMD".
APPLICATION_ID = 0x43524D44
SQLITE_HEADER = b"SQLite format 3\x00"
#: Every migration revision this program knows, oldest first (a test checks it against Alembic).
KNOWN_REVISIONS = ("0001_initial",)
SCHEMA_HEAD = KNOWN_REVISIONS[-1]
BUSY_TIMEOUT_SECONDS = 15.0
_WRITE = "crm_write"


def _is_url(target: str) -> bool:
    return "://" in target


class Database:
    """An open database: an engine plus the two kinds of transaction the services use."""

    def __init__(self, engine: Engine, *, label: str, path: Path | None = None):
        self.engine = engine
        self.label = label
        self.path = path
        self._write_engine = engine.execution_options(**{_WRITE: True})

    # -- opening --------------------------------------------------------------------------
    @classmethod
    def open(cls, target: str | os.PathLike[str], *, create: bool = True) -> Database:
        """Open (and create and migrate if needed) the database at a path or SQLAlchemy URL.

        Raises a :class:`DatabaseError` subclass with a message for the user when the target
        cannot be used; never writes to a file that is not ours.
        """
        target_str = os.fspath(target)
        if _is_url(target_str):
            try:
                url = make_url(target_str)
            except (ArgumentError, ValueError) as exc:
                raise DatabaseError(f"“{target_str}” is not a valid database URL.") from exc
            if url.get_backend_name() == "sqlite":
                if not url.database or url.database == ":memory:":
                    raise DatabaseError(
                        "An in-memory database cannot hold your records; give a file."
                    )
                return cls._open_sqlite(Path(url.database), create=create)
            return cls._open_server(url)
        return cls._open_sqlite(Path(target_str).expanduser(), create=create)

    @classmethod
    def _open_sqlite(cls, path: Path, *, create: bool) -> Database:
        path = path.absolute()
        if path.is_dir():
            raise DatabaseError(f"“{path}” is a folder, not a database file.")
        exists = path.exists() and path.stat().st_size > 0
        if not path.exists() and not create:
            raise DatabaseMissing(f"There is no database file at “{path}”.")
        if exists:
            _check_sqlite_header(path)
        elif not path.parent.exists():
            if not create:
                raise DatabaseMissing(f"There is no database file at “{path}”.")
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            URL.create("sqlite", database=str(path)),
            connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
        )
        _install_sqlite_rules(engine)
        db = cls(engine, label=str(path), path=path)
        try:
            with _translate_errors():
                db._ensure_journal_mode()
                db._ensure_schema()
        except BaseException:
            engine.dispose()
            raise
        return db

    @classmethod
    def _open_server(cls, url: URL) -> Database:
        try:
            engine = create_engine(url, pool_pre_ping=True)
            db = cls(engine, label=url.render_as_string(hide_password=True))
            db._ensure_schema()
        except DBAPIError as exc:
            raise DatabaseError(
                f"Cannot use the database server at {url.render_as_string(hide_password=True)}: "
                f"{_first_line(exc.orig)}"
            ) from exc
        except ImportError as exc:
            raise DatabaseError(
                f"The driver for “{url.drivername}” is not installed ({exc})."
            ) from exc
        return db

    def close(self) -> None:
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    # -- transactions ----------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read transaction (deferred ``BEGIN`` on SQLite)."""
        with (
            _translate_errors(),
            Session(self.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A short write transaction (``BEGIN IMMEDIATE`` on SQLite): commits or rolls back."""
        with (
            _translate_errors(),
            Session(self._write_engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core connection in a write transaction, for bulk work."""
        with _translate_errors(), self._write_engine.connect() as conn, conn.begin():
            yield conn

    # -- schema -----------------------------------------------------------------------------
    def _ensure_journal_mode(self) -> None:
        # Outside any transaction (the journal mode cannot change inside one): raw DBAPI.
        raw = self.engine.raw_connection()
        try:
            mode = raw.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() not in ("delete", "truncate"):
                log.warning("journal_mode was %s; setting DELETE for a shared file", mode)
                new_mode = raw.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
                if str(new_mode).lower() != "delete":
                    raise DatabaseError(
                        "The database is in write-ahead-log mode and another program holds it; "
                        "close the other programs using it and try again."
                    )
        finally:
            raw.close()

    def _current_revision(self, conn: Connection) -> str | None:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return None
        if "alembic_version" not in tables or "settings" not in tables:
            raise NotOurDatabase(
                f"“{self.label}” is a database of another program, not a CRM Desktop database."
            )
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def _ensure_schema(self) -> None:
        with self.engine.connect() as conn:
            revision = self._current_revision(conn)
            conn.rollback()
        if revision == SCHEMA_HEAD:
            return
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseTooNew(
                f"“{self.label}” was written by a newer version of CRM Desktop; "
                "please update the program."
            )
        self.migrate()

    def migrate(self) -> None:
        """Upgrade to the newest schema under one write lock, so that several programs
        opening a new file at once migrate it exactly once."""
        from crm_desktop.models.migrate import upgrade_to_head

        with self.write_connection() as conn:
            revision = self._current_revision(conn)
            if revision == SCHEMA_HEAD:
                return
            log.info("migrating %s from %s to %s", self.label, revision, SCHEMA_HEAD)
            upgrade_to_head(conn)

    # -- checks --------------------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """Run SQLite's integrity and foreign-key checks; an empty list means healthy."""
        if not self.is_sqlite:
            return []
        raw = self.engine.raw_connection()
        try:
            rows = [r[0] for r in raw.execute("PRAGMA integrity_check").fetchall()]
            problems = [] if rows == ["ok"] else rows
            for table, rowid, parent, _fk in raw.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} refers to a missing {parent} record")
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        finally:
            raw.close()
        return problems


def _first_line(exc: object) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _check_sqlite_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError as exc:
        raise DatabaseError(f"You may not read “{path}”; check the file's permissions.") from exc
    if not header.startswith(SQLITE_HEADER):
        raise NotADatabase(f"“{path}” is not a database file.")
    if len(header) == 100:
        app_id = int.from_bytes(header[68:72], "big")
        if app_id not in (0, APPLICATION_ID):
            raise NotOurDatabase(f"“{path}” is a database of another program, not CRM Desktop's.")


def _install_sqlite_rules(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Take transaction control away from pysqlite: its implicit BEGIN is deferred,
        # which loses updates between processes; we emit BEGIN ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(_WRITE):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


@contextmanager
def _translate_errors() -> Iterator[None]:
    try:
        yield
    except DBAPIError as exc:
        message = str(exc.orig).lower()
        if "locked" in message or "busy" in message:
            raise DatabaseBusy(
                "Another user is saving to the database; please try again in a moment."
            ) from exc
        if "malformed" in message or "corrupt" in message:
            raise DatabaseDamaged(
                "The database file is damaged; restore it from a backup."
            ) from exc
        if "readonly" in message or "read-only" in message:
            raise DatabaseError("The database is read-only; changes cannot be saved.") from exc
        if "disk is full" in message or "database or disk is full" in message:
            raise DatabaseError("The disk is full; free some space and save again.") from exc
        if "not a database" in message:
            raise NotADatabase("The file is not a database.") from exc
        raise
