"""Opening SQLite files: our rules for a shared file, and clear refusals."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from crm_desktop.errors import (
    DatabaseError,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    NotADatabase,
    NotOurDatabase,
)
from crm_desktop.models import Database
from crm_desktop.models.database import APPLICATION_ID, SCHEMA_HEAD

pytestmark = pytest.mark.sqlite_only


def test_new_file_is_created_migrated_and_ours(db_path: Path) -> None:
    db = Database.open(db_path)
    try:
        with db.read() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                SCHEMA_HEAD
            )
            assert session.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
            users = session.execute(text("SELECT username FROM users")).scalars().all()
        assert users == ["admin"]
    finally:
        db.close()


def test_connections_follow_the_shared_file_rules(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000


def test_wal_mode_set_by_another_tool_is_reset_at_open(db_path: Path) -> None:
    Database.open(db_path).close()
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    raw.close()
    db = Database.open(db_path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    finally:
        db.close()


def test_writes_take_the_write_lock_at_begin(db: Database, db_path: Path) -> None:
    """BEGIN IMMEDIATE: while one writer is open, another connection cannot start writing."""
    other = sqlite3.connect(db_path, timeout=0.1, isolation_level=None)
    try:
        with db.write() as session:
            session.execute(text("SELECT 1"))  # nothing written yet, but the lock is held
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_reads_do_not_block_writers(db: Database, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0.1, isolation_level=None)
    try:
        with db.read() as session:
            session.execute(text("SELECT count(*) FROM users")).scalar()
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_missing_file_is_not_created_when_not_asked(tmp_path: Path) -> None:
    target = tmp_path / "nothing.sqlite3"
    with pytest.raises(DatabaseMissing, match="no database file"):
        Database.open(target, create=False)
    assert not target.exists()


def test_an_empty_file_is_told_empty_and_never_written_by_a_reader(tmp_path: Path) -> None:
    target = tmp_path / "empty.sqlite3"
    target.touch()
    for read_only in (False, True):
        with pytest.raises(NotADatabase, match="is empty; it is not a database file"):
            Database.open(target, create=False, read_only=read_only)
    assert target.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3"]


def test_a_pipe_or_a_device_is_not_a_database_file(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for create in (True, False):
        with pytest.raises(NotADatabase, match=r"not a database file \(it is a device or a pipe\)"):
            Database.open(pipe, create=create)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_new_file_in_a_folder_that_cannot_be_written_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the OS answers for a read-only folder (see tests/e2e/test_bad_targets.py for
    a real one, also as root)."""
    folder = tmp_path / "share"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode: False if Path(path) == folder else real_access(path, mode)
    )
    with pytest.raises(DatabaseReadOnly, match="the folder is read-only or you may not write"):
        Database.open(folder / "crm.sqlite3")
    assert list(folder.iterdir()) == []


def test_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("Dear customer, " * 20, encoding="utf-8")
    before = target.read_bytes()
    with pytest.raises(NotADatabase, match="not a database"):
        Database.open(target)
    assert target.read_bytes() == before


def test_database_of_another_program_is_refused_and_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(target)
    raw.execute("CREATE TABLE songs (title TEXT)")
    raw.commit()
    raw.close()
    before = target.read_bytes()
    with pytest.raises(NotOurDatabase, match="another program"):
        Database.open(target)
    assert target.read_bytes() == before


def test_foreign_application_id_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(target)
    raw.execute("PRAGMA application_id = 1234")
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    with pytest.raises(NotOurDatabase):
        Database.open(target)


def test_database_from_a_newer_program_is_refused(db_path: Path) -> None:
    Database.open(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        Database.open(db_path)


def test_folder_and_bad_urls_get_clear_messages(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        Database.open(tmp_path)
    with pytest.raises(DatabaseError, match="not a valid database URL"):
        Database.open("postgresql+psycopg://user@:not-a-port/x")
    with pytest.raises(DatabaseError, match="in-memory"):
        Database.open("sqlite://")


def test_sqlite_url_is_accepted(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'u.sqlite3'}")
    try:
        assert db.path == tmp_path / "u.sqlite3"
        assert db.integrity_problems() == []
    finally:
        db.close()


def test_integrity_check_reports_damage(db_path: Path) -> None:
    db = Database.open(db_path)
    from crm_desktop.services import Services

    services = Services.build(db)
    for i in range(300):
        services.records.create("contacts", {"last_name": f"Name {i}", "email": f"p{i}@x.org"})
    db.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[3 * page : 5 * page] = b"\x07" * (2 * page)
    db_path.write_bytes(bytes(data))
    try:
        damaged = Database.open(db_path)
    except DatabaseError:
        return  # refused at open: also a clear answer
    try:
        assert damaged.integrity_problems() != []
    finally:
        damaged.close()
