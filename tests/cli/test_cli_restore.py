"""``crm-desktop restore`` among other programs of ours: it sees every one that has the
database open (commands too), not one that was killed, refuses unusable backups before
touching the database, and a writer it replaces the file under stops with one sentence."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from tests.cli.test_cli import assert_one_sentence, run

pytestmark = pytest.mark.sqlite_only

#: a window's stand-in: opens the database, announces itself, and waits to be stopped
HOLDER = """
import sys, time
from crm_desktop.models import Database
from crm_desktop.services.database.presence import PresenceService
PresenceService(Database.open(sys.argv[1]), 1).announce()
print("ready", flush=True)
time.sleep(600)
"""


DEMO = ("--records", "60000", "--seed", "1")


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A database with three contacts."""
    path = tmp_path / "crm.sqlite3"
    db = Database.open(path)
    try:
        for name in ("Nguyễn", "Guðmundsdóttir", "Conceição"):
            Services.build(db).records.create("contacts", {"last_name": name})
    finally:
        db.close()
    return path


@pytest.fixture
def backup(database: Path, tmp_path: Path, home: Path) -> Path:
    path = tmp_path / "backup.sqlite3"
    assert run("backup", "--database", str(database), "-o", str(path), home=home).returncode == 0
    return path


def _contacts(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])


def _start_demo(database: Path, home: Path) -> subprocess.Popen[str]:
    """A long demo run on ``database``, returned once it has saved its first batch."""
    writer = subprocess.Popen(
        [sys.executable, "-m", "crm_desktop", "demo", "--database", str(database), *DEMO],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "CRM_DESKTOP_HOME": str(home)},
    )
    deadline = time.monotonic() + 120
    while _contacts(database) <= 3:
        assert writer.poll() is None, writer.communicate()
        assert time.monotonic() < deadline, "the demo saved nothing in two minutes"
        time.sleep(0.2)
    return writer


def test_restore_is_refused_while_a_command_writes(
    database: Path, backup: Path, home: Path
) -> None:
    writer = _start_demo(database, home)
    try:
        result = run("restore", str(backup), "--database", str(database), home=home)
        still_writing = writer.poll() is None
    finally:
        writer.kill()
        writer.communicate()

    assert result.returncode == 1
    line = assert_one_sentence(result.stderr)
    assert "Administrator" in line and "is still open for" in line, line
    assert still_writing
    assert _contacts(database) > 3  # nothing was restored


def test_a_writer_hit_by_a_forced_restore_stops_with_one_sentence(
    database: Path, backup: Path, home: Path
) -> None:
    writer = _start_demo(database, home)
    try:
        result = run("restore", str(backup), "--database", str(database), "--force", home=home)
        _out, err = writer.communicate(timeout=300)
    finally:
        writer.kill()

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in err
    assert writer.returncode == 1
    *progress, sentence = err.strip().splitlines()  # the progress, then why it stopped
    assert all(line.endswith(" contacts") for line in progress), err
    assert sentence.startswith("crm-desktop: ") and "replaced by a restored backup" in sentence
    assert _contacts(database) == 3  # the backup's records, and nothing the writer had
    reopened = Database.open(database, create=False)
    try:
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()


def test_a_killed_window_does_not_block_a_restore(database: Path, backup: Path, home: Path):
    Services.build(db := Database.open(database)).records.create("contacts", {"last_name": "Lê"})
    db.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
        refused = run("restore", str(backup), "--database", str(database), home=home)
    finally:
        holder.kill()  # as a power loss or kill -9: no goodbye
        holder.communicate()

    assert refused.returncode == 1 and "is still open for" in refused.stderr
    restored = run("restore", str(backup), "--database", str(database), home=home)
    assert restored.returncode == 0, restored.stderr
    assert _contacts(database) == 3


def test_restoring_a_database_onto_itself_is_refused(database: Path, home: Path) -> None:
    before = database.read_bytes()

    result = run("restore", str(database), "--database", str(database), home=home)

    assert result.returncode == 1
    assert "is the database itself" in assert_one_sentence(result.stderr)
    assert database.read_bytes() == before


@pytest.mark.parametrize(
    "damage",
    ["cut in half", "first page only", "cut in the header", "zeroed", "empty"],
)
def test_a_cut_or_zeroed_backup_is_refused_and_the_database_is_untouched(
    database: Path, backup: Path, home: Path, damage: str
) -> None:
    data = backup.read_bytes()
    damaged = {
        "cut in half": data[: len(data) // 2],
        "first page only": data[:4096],
        "cut in the header": data[:50],
        "zeroed": bytes(len(data)),
        "empty": b"",
    }[damage]
    backup.write_bytes(damaged)
    before = database.read_bytes()

    result = run("restore", str(backup), "--database", str(database), home=home)

    assert result.returncode == 1
    line = assert_one_sentence(result.stderr)
    assert str(backup) in line
    assert database.read_bytes() == before
    assert (
        sorted(p.name for p in database.parent.iterdir())
        == sorted([database.name, backup.name, "home"])
        or not (database.parent / f"{database.name}.restoring").exists()
    )


@pytest.mark.parametrize("target", ["/dev/null", "a folder"])
def test_restoring_into_something_that_is_not_a_file_is_refused(
    backup: Path, tmp_path: Path, home: Path, target: str
) -> None:
    path = Path(target) if target.startswith("/") else tmp_path
    kind = path.stat().st_mode

    result = run("restore", str(backup), "--database", str(path), home=home)

    assert result.returncode == 1
    assert "is not a database file" in assert_one_sentence(result.stderr)
    assert path.stat().st_mode == kind
    assert not list(path.parent.glob(f"{path.name}.restoring"))


def test_an_office_database_is_restored_by_an_administrator_only(
    database: Path, backup: Path, home: Path, monkeypatch: pytest.MonkeyPatch, quick_hashes: None
) -> None:
    from crm_desktop.services.users import login

    db = Database.open(database)
    try:
        Services.build(db).office.make_office("boss", "boss's", "Bảo Trần")
        boss = Services.build(db, user_id=login(db, "boss", "boss's"))
        boss.users.add_user("an", "an's", "staff")
        boss.records.create("contacts", {"last_name": "Lê"})
    finally:
        db.close()
    restore = ("restore", str(backup), "--database", str(database))
    anonymous = run(*restore, home=home)
    assert anonymous.returncode == 1 and "--user NAME" in assert_one_sentence(anonymous.stderr)
    monkeypatch.setenv("CRM_PASSWORD", "an's")
    staff = run(*restore, "--user", "an", home=home)
    assert staff.returncode == 1
    assert "Only an administrator" in assert_one_sentence(staff.stderr)
    monkeypatch.setenv("CRM_PASSWORD", "not boss's")
    wrong = run(*restore, "--user", "boss", home=home)
    assert wrong.returncode == 1 and "password" in assert_one_sentence(wrong.stderr)
    assert _contacts(database) == 4  # nothing was restored
    monkeypatch.setenv("CRM_PASSWORD", "boss's")
    done = run(*restore, "--user", "boss", home=home)
    assert done.returncode == 0, done.stderr
    assert _contacts(database) == 3
