"""A shared SQLite file: waiting for other users, read-only files, a full disk, damage."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, text

from crm_desktop.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseFull,
    DatabaseReadOnly,
    WriteCancelled,
    WriteWouldWait,
)
from crm_desktop.models import Database
from crm_desktop.models import database as database_module
from crm_desktop.services import Services
from tests.databases import damage_file

pytestmark = pytest.mark.sqlite_only


def _hold_write_lock(path: Path, seconds: float, started: threading.Event) -> None:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    started.set()
    time.sleep(seconds)
    other.execute("ROLLBACK")
    other.close()


def test_a_write_waits_for_another_user_and_says_so(db: Database, db_path: Path) -> None:
    events: list[bool] = []
    db.on_busy = events.append
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_path, 1.0, started))
    holder.start()
    started.wait()
    t0 = time.monotonic()
    with db.write() as session:
        session.execute(text("UPDATE users SET full_name = 'Waited' WHERE id = 1"))
    waited = time.monotonic() - t0
    holder.join()
    assert waited >= 0.5
    assert events[0] is True and events[-1] is False
    with db.read() as session:
        assert session.execute(text("SELECT full_name FROM users")).scalar() == "Waited"


def test_a_write_gives_up_with_a_clear_error_and_writes_nothing(
    db: Database, db_path: Path
) -> None:
    db.write_wait_seconds = 0.4
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_path, 1.5, started))
    holder.start()
    started.wait()
    with pytest.raises(DatabaseBusy, match="nothing was lost"), db.write() as session:
        session.execute(text("UPDATE users SET full_name = 'Never' WHERE id = 1"))
    holder.join()
    with db.read() as session:
        assert session.execute(text("SELECT full_name FROM users")).scalar() == "Administrator"


def test_a_thread_that_may_not_wait_is_told_at_once_and_another_can_stop_waiting(
    db: Database, db_path: Path
) -> None:
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    asked: list[float] = []

    def stop() -> bool:
        asked.append(time.monotonic())
        return len(asked) == 3

    try:
        t0 = time.monotonic()
        with pytest.raises(WriteWouldWait), db.waiting(at_once=True), db.write() as session:
            session.execute(text("UPDATE users SET full_name = 'Never' WHERE id = 1"))
        assert time.monotonic() - t0 < 0.5
        with pytest.raises(WriteCancelled), db.waiting(stop=stop), db.write() as session:
            session.execute(text("UPDATE users SET full_name = 'Never' WHERE id = 1"))
        assert len(asked) == 3
        # Another thread never saw this thread's policy: it waits as always.
        outcome: list[BaseException | None] = []
        with db.waiting(at_once=True):
            other = threading.Thread(target=lambda: outcome.append(_write_name(db, "Waited")))
            other.start()
            time.sleep(0.3)
            holder.execute("ROLLBACK")
            other.join()
        assert outcome == [None]
    finally:
        holder.close()
    with db.read() as session:
        assert session.execute(text("SELECT full_name FROM users")).scalar() == "Waited"


def _write_name(db: Database, name: str) -> None:
    with db.write() as session:
        session.execute(text("UPDATE users SET full_name = :n WHERE id = 1"), {"n": name})


def test_read_only_open_reads_and_refuses_writes(db_path: Path) -> None:
    services = Services.build(Database.open(db_path))
    services.records.create("contacts", {"last_name": "Jónsdóttir"})
    services.db.close()
    before = db_path.read_bytes()
    ro = Database.open(db_path, read_only=True)
    try:
        assert ro.read_only
        ro_services = Services.build(ro)
        assert ro_services.stats.counts()["contacts"] == 1
        with pytest.raises(DatabaseReadOnly, match="read-only"):
            ro_services.records.create("contacts", {"last_name": "X"})
    finally:
        ro.close()
    assert db_path.read_bytes() == before


def test_a_read_only_file_that_needs_an_upgrade_is_refused(db_path: Path) -> None:
    Database.open(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    raw.commit()
    raw.close()
    from crm_desktop.models.database import SCHEMA_HEAD

    if SCHEMA_HEAD == "0001_initial":
        pytest.skip("only one schema revision yet")
    with pytest.raises(DatabaseReadOnly, match="needs an upgrade"):
        Database.open(db_path, read_only=True)


def test_full_disk_rolls_back_and_says_so(db: Database) -> None:
    services = Services.build(db)
    services.records.create("contacts", {"last_name": "Before"})

    @event.listens_for(db.engine, "connect")
    def _tiny(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    db.engine.dispose()  # new connections get the limit
    big = "x" * 5000
    with pytest.raises(DatabaseFull, match="disk is full"):
        for i in range(200):
            services.records.create("contacts", {"last_name": f"L{i}", "description": big})
    event.remove(db.engine, "connect", _tiny)
    db.engine.dispose()
    assert db.integrity_problems() == []
    assert services.stats.counts()["contacts"] >= 1


def test_damaged_file_is_refused_at_open(db_path: Path) -> None:
    damage_file(db_path)
    with pytest.raises(DatabaseDamaged, match="damaged"):
        Database.open(db_path)


def test_a_big_file_opens_without_the_full_check_and_reports_damage_when_read(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage_file(db_path, only_descriptions=True)
    monkeypatch.setattr(database_module, "QUICK_CHECK_MAX_BYTES", 1024)
    db = Database.open(db_path)
    try:
        with pytest.raises(DatabaseDamaged, match="damaged"), db.read() as session:
            session.execute(text("SELECT sum(length(description)) FROM contacts")).scalar()
        assert db.integrity_problems() != []
    finally:
        db.close()


def test_a_file_checked_later_opens_but_is_never_written_while_damaged(db_path: Path) -> None:
    """The window's start: the quick check runs after the window is painted. Until it has
    passed a write waits for it; once it found damage, every write is refused and the
    file's bytes stay as they were."""
    damage_file(db_path, only_descriptions=True)
    before = db_path.read_bytes()
    db = Database.open(db_path, check_later=True)
    try:
        assert db.check_due
        with db.read() as session:  # undamaged pages read as before
            assert session.execute(text("SELECT count(*) FROM users")).scalar()
        with pytest.raises(DatabaseDamaged, match="damaged"), db.write() as session:
            session.execute(text("UPDATE users SET full_name = 'x'"))
        assert not db.check_due
        with pytest.raises(DatabaseDamaged, match="damaged"):
            db.check_integrity()
        with pytest.raises(DatabaseDamaged, match="damaged"), db.write_connection() as conn:
            conn.execute(text("DELETE FROM users"))
    finally:
        db.close()
    assert db_path.read_bytes() == before


def test_a_file_checked_later_saves_once_the_check_passed(db_path: Path) -> None:
    Database.open(db_path).close()
    db = Database.open(db_path, check_later=True)
    try:
        assert db.check_due
        db.check_integrity()
        assert not db.check_due
        services = Services.build(db)
        services.records.create("organizations", {"name": "Kaffitár ehf."})
        assert services.stats.counts()["organizations"] == 1
    finally:
        db.close()


def test_a_file_whose_opening_writes_is_checked_before(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that must change to open (its journal mode here; its schema alike) is checked
    before anything is written, as without check_later."""
    damage_file(db_path, only_descriptions=True)
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
    raw.close()
    with pytest.raises(DatabaseDamaged, match="damaged"):
        Database.open(db_path, check_later=True)
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)  # left as it was
    raw.close()


def test_the_schema_version_of_a_current_file_is_one_query(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a database of this program reads its version, and loads neither Alembic
    nor SQLAlchemy's inspection of the tables."""
    Database.open(db_path).close()

    def no_inspection(*_args: object) -> None:
        raise AssertionError("the tables were inspected")

    monkeypatch.setattr(database_module, "inspect", no_inspection)
    statements: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", note)
    try:
        Database.open(db_path, check_later=True).close()
    finally:
        event.remove(Engine, "before_cursor_execute", note)
    assert sum("alembic_version" in s for s in statements) == 1
    assert not any("sqlite_master" in s for s in statements)
