"""A shared SQLite file: waiting for other users, read-only files, a full disk, damage."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, text

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


def _damage(db_path: Path, *, only_descriptions: bool = False) -> None:
    """Overwrite page headers: every other page, or only the table pages that hold the
    contacts' descriptions (the schema and indexes stay readable)."""
    services = Services.build(Database.open(db_path))
    with services.db.write() as session:
        for i in range(400):
            services.records._create(
                session, "contacts", {"last_name": f"N{i}", "description": "d" * 200}
            )
    services.db.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for p in range(3, len(data) // page - 1, 1 if only_descriptions else 2):
        if only_descriptions and b"d" * 200 not in data[p * page : (p + 1) * page]:
            continue
        data[p * page + 8 : p * page + 400] = b"\xff" * 392
    db_path.write_bytes(bytes(data))


def test_damaged_file_is_refused_at_open(db_path: Path) -> None:
    _damage(db_path)
    with pytest.raises(DatabaseDamaged, match="damaged"):
        Database.open(db_path)


def test_a_big_file_opens_without_the_full_check_and_reports_damage_when_read(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damage(db_path, only_descriptions=True)
    monkeypatch.setattr(database_module, "QUICK_CHECK_MAX_BYTES", 1024)
    db = Database.open(db_path)
    try:
        with pytest.raises(DatabaseDamaged, match="damaged"), db.read() as session:
            session.execute(text("SELECT sum(length(description)) FROM contacts")).scalar()
        assert db.integrity_problems() != []
    finally:
        db.close()
