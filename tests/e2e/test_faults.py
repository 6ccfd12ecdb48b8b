"""Several real processes on one SQLite file: no lost update, no damage from a crash."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

INCREMENTER = textwrap.dedent(
    """
    import sys
    from sqlalchemy import text
    from crm_desktop.models import Database
    db = Database.open(sys.argv[1])
    for _ in range(int(sys.argv[2])):
        # read-modify-write: read the value, compute in Python, write it back
        with db.write() as session:
            value = session.execute(
                text("SELECT employees FROM organizations WHERE id = 1")
            ).scalar()
            session.execute(text("UPDATE organizations SET employees = :v WHERE id = 1"),
                            {"v": value + 1})
    db.close()
    """
)


def test_four_processes_read_modify_write_lose_nothing(db_path: Path) -> None:
    services = Services.build(Database.open(db_path))
    services.records.create("organizations", {"name": "Counter", "employees": 0})
    services.db.close()
    edits = 2000
    procs = [
        subprocess.Popen([sys.executable, "-c", INCREMENTER, str(db_path), str(edits)])
        for _ in range(4)
    ]
    assert [p.wait(timeout=600) for p in procs] == [0, 0, 0, 0]
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT employees FROM organizations WHERE id = 1").fetchone()[0] == (
            4 * edits
        )
    finally:
        conn.close()


BATCH_WRITER = textwrap.dedent(
    """
    import sys
    from crm_desktop.models import Database
    from crm_desktop.services import Services
    services = Services.build(Database.open(sys.argv[1]))
    batch = int(sys.argv[2])
    print("ready", flush=True)
    while True:
        batch += 1
        with services.db.write() as session:
            for j in range(50):
                services.records._create(
                    session, "contacts",
                    {"last_name": f"batch-{batch}", "first_name": str(j), "description": "x" * 300},
                )
    """
)


def test_killing_a_writer_mid_transaction_damages_nothing(db_path: Path) -> None:
    Database.open(db_path).close()
    rng = random.Random(4)
    for kill in range(32):
        proc = subprocess.Popen(
            [sys.executable, "-c", BATCH_WRITER, str(db_path), str(kill * 100_000)],
            stdout=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        # The next opener rolls the hot journal back: the file must be whole again.
        db = Database.open(db_path)
        try:
            assert db.integrity_problems() == []
        finally:
            db.close()
    conn = sqlite3.connect(db_path)
    try:
        sizes = conn.execute(
            "SELECT last_name, count(*) FROM contacts GROUP BY last_name"
        ).fetchall()
        fts = conn.execute(
            "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'batch'"
        ).fetchone()[0]
        total = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        conn.close()
    assert sizes, "the writers committed some batches between kills"
    assert {count for _, count in sizes} == {50}  # whole transactions or nothing
    assert fts == total  # the search index is as whole as the table
