"""Restoring under other programs: who counts as having the database open, and a program
whose database was restored under it stops instead of writing into the restored file."""

from __future__ import annotations

import datetime as dt
import os
import socket
import sqlite3
from pathlib import Path

import pytest

from crm_desktop.errors import DatabaseReplaced
from crm_desktop.models import Database
from crm_desktop.models.base import utcnow
from crm_desktop.models.presence import Presence
from crm_desktop.services import Services
from crm_desktop.services.database.backup import BackupService
from crm_desktop.services.database.presence import PresenceService, process_started_at
from crm_desktop.services.database.restore import (
    RESTORE_STEPS,
    DatabaseInUse,
    RestoreCancelled,
    RestoreStep,
    restore_backup,
)

pytestmark = pytest.mark.sqlite_only


def _add_presence(db: Database, host: str, pid: int, started: dt.datetime, seen: dt.datetime):
    with db.write() as session:
        session.add(Presence(user_id=1, host=host, pid=pid, started_at=started, last_seen_at=seen))


def test_who_has_the_database_open(db: Database) -> None:
    now = utcnow()
    here = socket.gethostname()
    started = process_started_at(os.getpid())
    assert started is not None
    # Another computer: only its heartbeat tells.
    _add_presence(
        db, "front-desk", 4242, now - dt.timedelta(hours=2), now - dt.timedelta(seconds=20)
    )
    _add_presence(db, "laptop", 4243, now - dt.timedelta(hours=2), now - dt.timedelta(minutes=10))
    # This computer: the process itself tells, however old its heartbeat.
    _add_presence(db, here, os.getpid(), started, now - dt.timedelta(hours=1))
    # As older versions wrote it: when the program announced itself, after it started.
    _add_presence(db, here, os.getpid(), started + dt.timedelta(minutes=5), now)
    # A process id now used by a process started since: gone.
    _add_presence(db, here, os.getpid(), started - dt.timedelta(days=3), now)

    others = PresenceService(db, 1).others()

    assert others == sorted([f"Administrator ({here})"] * 2 + ["Administrator (front-desk)"])


def test_a_program_whose_database_is_restored_under_it_stops(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    services.records.create("contacts", {"last_name": "Trần"})
    backup = BackupService(services.db, tmp_path / "backups").backup_now()
    services.records.create("contacts", {"last_name": "Lê"})

    restore_backup(backup, db_path, force=True)  # as another program would, with --force

    with pytest.raises(DatabaseReplaced, match="replaced by a restored backup"):
        services.records.create("contacts", {"last_name": "Written into the restored file"})
    assert services.stats.counts()["contacts"] == 1  # reading shows the restored records


def test_a_restore_is_refused_under_the_lock_while_others_run(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    backup = BackupService(services.db, tmp_path / "backups").backup_now()
    services.records.create("contacts", {"last_name": "Phạm"})
    PresenceService(services.db, 1).announce()
    before = db_path.read_bytes()

    with pytest.raises(DatabaseInUse) as refused:
        restore_backup(backup, db_path, keep_old=tmp_path / "old.sqlite3")

    assert refused.value.others == [f"Administrator ({socket.gethostname()})"]
    assert db_path.read_bytes() == before
    assert not (tmp_path / "old.sqlite3").exists()
    assert not list(db_path.parent.glob("*.restoring"))
    services.records.create("contacts", {"last_name": "Still saving"})


def test_the_program_that_restores_goes_on_saving(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    backups = BackupService(services.db, tmp_path / "backups")
    services.records.create("contacts", {"last_name": "Võ"})
    backups.backup_now()
    [info] = backups.backups()
    services.records.create("contacts", {"last_name": "Đặng"})

    backups.restore(info)

    services.records.create("contacts", {"last_name": "After the restore"})
    assert services.stats.counts()["contacts"] == 2
    [kept] = [b for b in backups.backups() if b.kind == "pre-restore"]
    reopened = Database.open(kept.path)
    try:
        assert Services.build(reopened).stats.counts()["contacts"] == 2
    finally:
        reopened.close()


def test_a_restore_cancelled_while_it_waits_for_the_lock_changes_nothing(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    backup = BackupService(services.db, tmp_path / "backups").backup_now()
    services.records.create("contacts", {"last_name": "Hồ"})
    steps: list[tuple[int, int]] = []
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is saving
    try:
        before = db_path.read_bytes()
        with pytest.raises(RestoreCancelled, match="nothing changed"):
            restore_backup(
                backup,
                db_path,
                keep_old=tmp_path / "old.sqlite3",
                progress=lambda step, total: steps.append((step, total)),
                # asked before each step, then between tries for the lock: gives up there
                cancelled=lambda: len(steps) > RestoreStep.LOCK,
            )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert steps == [(0, RESTORE_STEPS), (1, RESTORE_STEPS), (2, RESTORE_STEPS)]
    assert db_path.read_bytes() == before
    assert not (tmp_path / "old.sqlite3").exists()
    assert not list(db_path.parent.glob("*.restoring"))
    assert services.stats.counts()["contacts"] == 1
    restore_backup(backup, db_path, progress=lambda step, total: steps.append((step, total)))
    assert steps[-2:] == [(RestoreStep.LOCK, RESTORE_STEPS), (RestoreStep.REPLACE, RESTORE_STEPS)]
