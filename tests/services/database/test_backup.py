"""Backups: consistent under concurrent writes, rotated, restorable, refused when unusable."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.database.backup import BackupService
from crm_desktop.services.database.restore import check_backup, restore_backup
from crm_desktop.services.database.types import RestoreRefused

pytestmark = pytest.mark.sqlite_only


def _count(path: Path, table: str = "contacts") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_backup_restore_round_trip(services: Services, db_path: Path, tmp_path: Path) -> None:
    backups = BackupService(services.db, tmp_path / "backups")
    services.records.create("contacts", {"last_name": "Nguyễn", "first_name": "Văn Đức"})
    taken = backups.backup_now()
    services.records.create("contacts", {"last_name": "After backup"})
    assert _count(taken) == 1
    services.db.close()
    restore_backup(taken, db_path)
    reopened = Services.build(Database.open(db_path))
    try:
        assert reopened.stats.counts()["contacts"] == 1
        assert reopened.db.integrity_problems() == []
    finally:
        reopened.db.close()


def test_automatic_backups_are_daily_weekly_and_rotated(services: Services, tmp_path: Path):
    backups = BackupService(services.db, tmp_path / "backups")
    start = dt.datetime(2026, 11, 1, 9, 0)
    for day in range(20):
        now = start + dt.timedelta(days=day)
        first = backups.automatic(now)
        assert first, "the first open of a day takes a backup"
        assert backups.automatic(now + dt.timedelta(hours=3)) == []  # at most daily
    kinds = [b.kind for b in backups.backups()]
    assert kinds.count("daily") == 7
    assert kinds.count("weekly") == 4
    newest_daily = max(p.name for p in (backups.folder / "daily").iterdir())
    assert newest_daily == "2026-11-20.sqlite3"


def test_backups_of_different_databases_do_not_mix(tmp_path: Path) -> None:
    a = Database.open(tmp_path / "a" / "crm.sqlite3")
    b = Database.open(tmp_path / "b" / "crm.sqlite3")
    try:
        assert BackupService(a, tmp_path).folder != BackupService(b, tmp_path).folder
    finally:
        a.close()
        b.close()


def test_unusable_backups_are_refused(tmp_path: Path, db_path: Path, db: Database) -> None:
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("not a backup " * 20)
    with pytest.raises(RestoreRefused, match="not a CRM Desktop backup"):
        check_backup(text_file)
    with pytest.raises(RestoreRefused, match="no backup file"):
        check_backup(tmp_path / "missing.sqlite3")
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(RestoreRefused):
        restore_backup(other, db_path)
    assert db.integrity_problems() == []


WRITER = textwrap.dedent(
    """
    import sys
    from crm_desktop.models import Database
    from crm_desktop.services import Services
    services = Services.build(Database.open(sys.argv[1]))
    for i in range(int(sys.argv[2])):
        with services.db.write() as session:
            for j in range(20):
                services.records._create(session, "contacts", {"last_name": f"W{i}-{j}"})
    """
)


def test_backup_taken_while_others_write_is_consistent(db_path: Path, tmp_path: Path) -> None:
    Database.open(db_path).close()
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), "60"]) for _ in range(2)
    ]
    db = Database.open(db_path)
    backups = BackupService(db, tmp_path / "backups")
    try:
        taken = []
        while any(w.poll() is None for w in writers):
            taken.append(backups.backup_to(tmp_path / f"during-{len(taken)}.sqlite3"))
        assert all(w.wait() == 0 for w in writers)
    finally:
        db.close()
    assert taken
    for path in taken:
        check_backup(path)
        assert _count(path) % 20 == 0  # whole transactions only
