"""Opening a database and running transactions the way a shared file needs them.

SQLite rules (see docs/architecture.md and ``sqlite_rules``): rollback journal
(``journal_mode=DELETE``, checked at every open), ``synchronous=FULL``,
``foreign_keys=ON``, a busy timeout, ``BEGIN IMMEDIATE`` for every write and a deferred
``BEGIN`` for reads, and short transactions. A file that is not ours, damaged, newer than
the program or read-only is recognised at open and never written to. The same class opens
a PostgreSQL server from a SQLAlchemy URL.
"""

from __future__ import annotations

import copy
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session

from crm_desktop.errors import (
    DatabaseDamaged,
    DatabaseError,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    NotADatabase,
    NotOurDatabase,
)
from crm_desktop.models.revisions import KNOWN_REVISIONS, SCHEMA_HEAD
from crm_desktop.models.row_security import USER_OPTION, install_row_security
from crm_desktop.models.sqlite_checks import (
    ensure_journal_mode,
    integrity_problems,
    journal_mode_is_shared,
    quick_check,
)
from crm_desktop.models.sqlite_rules import (
    APPLICATION_ID,
    WRITE_OPTION,
    check_sqlite_header,
    first_line,
    install_sqlite_rules,
    refuse_if_replaced,
    refuse_non_file,
    restore_stamp,
    translate_errors,
)
from crm_desktop.models.transactions import (
    BusyListener,
    WaitPolicy,
    committing,
    take_setup_lock,
    take_write_lock,
)

__all__ = ["APPLICATION_ID", "KNOWN_REVISIONS", "SCHEMA_HEAD", "Database"]

log = logging.getLogger(__name__)

#: quick_check reads the whole file: about a second per GB. Bigger files open without it
#: (damage still surfaces as DatabaseDamaged when a damaged page is read, and
#: ``crm-desktop check`` or Verify database runs the full check).
QUICK_CHECK_MAX_BYTES = 512 * 1024 * 1024
#: How long a save waits for other users before giving up with DatabaseBusy.
WRITE_WAIT_SECONDS = 60.0


def _is_url(target: str) -> bool:
    return "://" in target


def _check_creatable(path: Path) -> None:
    """Make the folder of a new database file; refuse one SQLite could not create."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        writable = os.access(path.parent, os.W_OK)
    except OSError:
        writable = False
    if not writable:
        raise DatabaseReadOnly(
            "Cannot create “%1”: the folder is read-only or you may not write in it.", path
        )


class Database:
    """An open database: an engine plus the two kinds of transaction the services use."""

    def __init__(
        self,
        engine: Engine,
        *,
        label: str,
        path: Path | None = None,
        read_only: bool = False,
    ):
        self.engine = engine
        self.label = label
        self.path = path
        self.read_only = read_only
        self.write_wait_seconds = WRITE_WAIT_SECONDS
        #: set by the GUI to show "waiting for another user..." (and keep painting)
        self.on_busy: BusyListener | None = None
        #: called before an existing database is migrated (the program takes a backup)
        self.before_migration: Callable[[Database], None] | None = None
        self._write_engine = engine.execution_options(**{WRITE_OPTION: True})
        self._wait_policy = WaitPolicy()
        #: the file's restore stamp when it was opened (SQLite; see :meth:`accept_restored`)
        self.restore_stamp: int | None = None
        #: the quick check left until after opening (``check_later``): None once it passed
        #: or when none is due; what it found once it failed
        self._check_due = False
        self._damage: DatabaseDamaged | None = None
        self._check_lock = threading.Lock()
        #: the database as the program's own login opened it, where this one is a user's
        #: own login (:meth:`as_login`): logins and password changes go through it
        self.office_login: Database | None = None
        self._logins: list[Database] = []

    # -- opening --------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str],
        *,
        create: bool = True,
        read_only: bool = False,
        before_migration: Callable[[Database], None] | None = None,
        check_later: bool = False,
        fresh_copy: bool = False,
    ) -> Database:
        """Open (and create and migrate if needed) the database at a path or SQLAlchemy URL.

        Raises a :class:`DatabaseError` subclass with a message for the user when the target
        cannot be used; never writes to a file that is not ours. A file the user may not
        write is opened read-only. ``before_migration`` is called before an existing
        database is upgraded (the program takes a backup there). ``check_later``: a file
        that needs no change to open is opened without SQLite's quick check, which
        :meth:`check_integrity` runs later (the window, in the background once painted);
        until it has passed, every write waits for it and a damaged file is never written.
        ``fresh_copy``: the file is a copy this program has just made of a database it
        checked, so it is opened without a quick check of its own.
        """
        target_str = os.fspath(target)
        if _is_url(target_str):
            try:
                url = make_url(target_str)
            except (ArgumentError, ValueError) as exc:
                raise DatabaseError("“%1” is not a valid database URL.", target_str) from exc
            if url.get_backend_name() == "sqlite":
                if not url.database or url.database == ":memory:":
                    raise DatabaseError(
                        "An in-memory database cannot hold your records; give a file."
                    )
                return cls._open_sqlite(
                    Path(url.database),
                    create=create,
                    read_only=read_only,
                    before_migration=before_migration,
                    check_later=check_later,
                )
            return cls._open_server(url)
        return cls._open_sqlite(
            Path(target_str).expanduser(),
            create=create,
            read_only=read_only,
            before_migration=before_migration,
            check_later=check_later,
            fresh_copy=fresh_copy,
        )

    @classmethod
    def _open_sqlite(
        cls,
        path: Path,
        *,
        create: bool,
        read_only: bool,
        before_migration: Callable[[Database], None] | None,
        check_later: bool = False,
        fresh_copy: bool = False,
    ) -> Database:
        path = path.absolute()
        refuse_non_file(path)
        exists = path.exists() and path.stat().st_size > 0
        if not exists and (not create or read_only):
            if path.exists():  # never turned into a database by a command that only reads
                raise NotADatabase("“%1” is empty; it is not a database file.", path)
            raise DatabaseMissing("There is no database file at “%1”.", path)
        if exists:
            check_sqlite_header(path)
            # SQLite writes a journal beside the file: the folder must be writable too.
            writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
            read_only = read_only or not writable
        else:
            _check_creatable(path)
        if read_only:
            url = f"sqlite:///file:{quote(str(path))}?mode=ro&uri=true"
        else:
            url = URL.create("sqlite", database=str(path)).render_as_string()
        engine = create_engine(url, connect_args={"check_same_thread": False})
        install_sqlite_rules(engine, read_only=read_only)
        db = cls(engine, label=str(path), path=path, read_only=read_only)
        db.before_migration = before_migration
        try:
            with translate_errors():
                revision = db.revision() if check_later else None
                if exists and not fresh_copy and path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
                    # Opening writes to the file when its journal mode or its schema must
                    # change: then it is checked first, as it is without check_later.
                    if check_later and db._opens_unchanged(revision):
                        db._check_due = True
                    else:
                        quick_check(engine, db.label)
                if not read_only:
                    ensure_journal_mode(engine)
                db._ensure_schema(revision, known=check_later)
                db.accept_restored()
        except BaseException:
            engine.dispose()
            raise
        return db

    @classmethod
    def _open_server(cls, url: URL) -> Database:
        shown = url.render_as_string(hide_password=True)
        try:
            engine = create_engine(url, pool_pre_ping=True)
            install_row_security(engine)
            db = cls(engine, label=shown)
            db._ensure_schema()
        except DBAPIError as exc:
            raise DatabaseError(
                "Cannot use the database server at %1: %2", shown, first_line(exc.orig)
            ) from exc
        except ImportError as exc:
            raise DatabaseError(
                "The driver for “%1” is not installed (%2).", url.drivername, exc
            ) from exc
        return db

    def close(self) -> None:
        """Close the connections, those of the users' own logins made from this database
        and of the database they were made from included."""
        self.engine.dispose()
        logins, self._logins = self._logins, []
        office, self.office_login = self.office_login, None
        for other in (*logins, *([office] if office is not None else [])):
            other.close()

    def as_login(self, role: str, password: str) -> Database:
        """This server's database connected as the login ``role`` with ``password`` (a
        user's own, models/database_roles.py), so that the server checks every statement
        of the user's against their rights; closing either closes both."""
        url = self.engine.url.set(username=role, password=password)
        shown = url.render_as_string(hide_password=True)
        engine = create_engine(url, pool_pre_ping=True)
        install_row_security(engine)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError as exc:
            engine.dispose()
            raise DatabaseError(
                "Cannot use the database server at %1: %2", shown, first_line(exc.orig)
            ) from exc
        login = copy.copy(self)
        login.engine = engine
        login._write_engine = engine.execution_options(**{WRITE_OPTION: True})
        login.label = shown
        login.office_login = self
        login._logins = []
        self._logins.append(login)
        return login

    def as_user(self, user_id: int) -> Database:
        """This database for the services of one logged-in user: on a server, whose
        row-level security then shows every transaction only that user's rows
        (models/row_security.py); a file is returned as it is."""
        if self.dialect != "postgresql":
            return self
        acting = copy.copy(self)
        acting.engine = self.engine.execution_options(**{USER_OPTION: user_id})
        acting._write_engine = acting.engine.execution_options(**{WRITE_OPTION: True})
        return acting

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
            translate_errors(),
            Session(self.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def write(self, *, exclusive: bool = False) -> Iterator[Session]:
        """A short write transaction (``BEGIN IMMEDIATE`` on SQLite): commits or rolls back.

        While another user holds the write lock, this waits and retries (telling
        :attr:`on_busy`) for up to :attr:`write_wait_seconds`, then raises DatabaseBusy.
        ``exclusive``: no other exclusive write runs at the same time, on a server too
        (SQLite's write lock is exclusive anyway), for a check-and-insert such as first-time
        set-up that several programs may run at once.
        """
        self._refuse_if_read_only()
        with translate_errors(), Session(self._write_engine, expire_on_commit=False) as session:
            session.begin()
            self._take_write_lock(lambda: session.connection(), session.rollback)
            self._refuse_if_replaced(session.connection())
            if exclusive:
                take_setup_lock(session.connection())
            with committing(session):
                yield session

    @contextmanager
    def write_connection(self, *, exclusive: bool = False) -> Iterator[Connection]:
        """A Core connection in a write transaction, for bulk work (``exclusive``: as
        :meth:`write`)."""
        self._refuse_if_read_only()
        with translate_errors(), self._write_engine.connect() as conn:
            self._take_write_lock(conn.begin, conn.rollback)
            self._refuse_if_replaced(conn)
            if exclusive:
                take_setup_lock(conn)
            with committing(conn):
                yield conn

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise DatabaseReadOnly("“%1” is open read-only; changes cannot be saved.", self.label)
        self.check_integrity()

    def _opens_unchanged(self, revision: str | None) -> bool:
        """Opening the file at ``revision`` changes nothing in it: the schema and the
        journal mode are as this program leaves them."""
        return revision == SCHEMA_HEAD and (self.read_only or journal_mode_is_shared(self.engine))

    @property
    def check_due(self) -> bool:
        """The quick check was left until later (``check_later``) and has not run yet."""
        return self._check_due

    def check_integrity(self) -> None:
        """Run the quick check left until later, once (a second caller waits for the
        first); DatabaseDamaged, now and at every later write, when it found damage.
        Nothing to do when the file was checked at open."""
        with self._check_lock:
            if self._check_due:
                try:
                    quick_check(self.engine, self.label)
                except DatabaseDamaged as exc:
                    self._damage = exc
                self._check_due = False
        if self._damage is not None:
            raise DatabaseDamaged(str(self._damage))

    def accept_restored(self) -> None:
        """Go on writing to the file as it is now (this program restored it, or opens it):
        see ``sqlite_rules.refuse_if_replaced``."""
        if self.is_sqlite:
            with self.engine.connect() as conn:
                self.restore_stamp = restore_stamp(conn)
                conn.rollback()

    def _refuse_if_replaced(self, conn: Connection) -> None:
        if self.restore_stamp is not None:
            refuse_if_replaced(conn, self.restore_stamp, self.label)

    def _take_write_lock(self, begin: Callable[[], object], undo: Callable[[], None]) -> None:
        take_write_lock(
            begin,
            undo,
            label=self.label,
            wait_seconds=self.write_wait_seconds,
            policy=self._wait_policy,
            on_busy=self.on_busy,
        )

    @contextmanager
    def waiting(
        self, *, at_once: bool = False, stop: Callable[[], bool] | None = None
    ) -> Iterator[None]:
        """How the writes this thread starts in the block wait for another user's lock:
        ``at_once`` refuses to wait (WriteWouldWait), ``stop`` ends the wait when it
        returns True (WriteCancelled). The GUI thread tries a save at once and leaves the
        waiting to a worker whose ``stop`` is the user's Cancel."""
        policy = self._wait_policy
        before = policy.at_once, policy.stop
        policy.at_once, policy.stop = at_once, stop
        try:
            yield
        finally:
            policy.at_once, policy.stop = before

    # -- schema -----------------------------------------------------------------------------
    def _current_revision(self, conn: Connection) -> str | None:
        if self.is_sqlite:
            # One query in the usual case, a database of this program: its version. A
            # failed statement leaves an SQLite transaction usable (not a server's).
            try:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except OperationalError:
                pass  # no such table: a new file, or another program's
            else:
                if revision in KNOWN_REVISIONS:
                    return revision
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return None
        if "alembic_version" not in tables or "settings" not in tables:
            raise NotOurDatabase(
                "“%1” is a database of another program, not a CRM Desktop database.", self.label
            )
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            revision = self._current_revision(conn)
            conn.rollback()
        return revision

    def _ensure_schema(self, revision: str | None = None, *, known: bool = False) -> None:
        """Migrate to the newest schema when needed (``known``: the caller has read the
        ``revision`` already)."""
        if not known:
            revision = self.revision()
        if revision == SCHEMA_HEAD:
            return
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseTooNew(
                "“%1” was written by a newer version of CRM Desktop; "
                "please update the program.",
                self.label
            )
        if self.read_only:
            raise DatabaseReadOnly(
                "“%1” needs an upgrade for this version of CRM Desktop, "
                "but it is read-only.",
                self.label
            )
        if revision is not None and self.before_migration is not None:
            self.before_migration(self)
        self.migrate()

    def migrate(self) -> None:
        """Upgrade to the newest schema under one write lock (on a server, an advisory
        lock), so that several programs opening a new file or an empty server database at
        once migrate it exactly once."""
        from crm_desktop.models.migrate import upgrade_to_head

        with self.write_connection(exclusive=True) as conn:
            revision = self._current_revision(conn)
            if revision == SCHEMA_HEAD:
                return
            log.info("migrating %s from %s to %s", self.label, revision, SCHEMA_HEAD)
            upgrade_to_head(conn)

    # -- checks --------------------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """Run SQLite's integrity and foreign-key checks; an empty list means healthy."""
        return integrity_problems(self.engine) if self.is_sqlite else []
