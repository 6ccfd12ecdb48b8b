"""``crm-desktop backup`` and ``restore``: what they refuse, in one sentence."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.database.presence import PresenceService
from tests.cli.test_cli import assert_one_sentence, run

pytestmark = pytest.mark.sqlite_only


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    db = Database.open(path)
    Services.build(db).records.create("contacts", {"last_name": "Đặng", "first_name": "Thu"})
    db.close()
    return path


@pytest.mark.parametrize("onto", ["itself", "another database"])
def test_backup_never_writes_over_a_database(database: Path, tmp_path: Path, onto: str) -> None:
    target = database
    if onto == "another database":
        target = tmp_path / "office.sqlite3"
        Database.open(target).close()
    before = {p.name: _hash(p) for p in tmp_path.iterdir() if p.is_file()}

    result = run("backup", "--database", str(database), "-o", str(target), home=tmp_path / "home")

    assert result.returncode == 1
    sentence = assert_one_sentence(result.stderr)
    assert "Cannot write over" in sentence and str(target) in sentence
    assert {p.name: _hash(p) for p in tmp_path.iterdir() if p.is_file()} == before


def test_backup_onto_a_folder_is_one_sentence_and_leaves_nothing(
    database: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()

    result = run("backup", "--database", str(database), "-o", str(folder), home=tmp_path / "home")

    assert result.returncode == 1
    assert assert_one_sentence(result.stderr) == (
        f"crm-desktop: Cannot write “{folder}”: it is a folder; give a file name."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "crm.sqlite3"]
    assert list(folder.iterdir()) == []


def test_backup_of_an_empty_file_says_it_is_empty(tmp_path: Path) -> None:
    empty = tmp_path / "crm.sqlite3"
    empty.touch()

    result = run("backup", "--database", str(empty), "-o", str(tmp_path / "b.sqlite3"),
                 home=tmp_path / "home")  # fmt: skip

    assert result.returncode == 1
    assert assert_one_sentence(result.stderr) == (
        f"crm-desktop: “{empty}” is empty; it is not a database file."
    )
    assert empty.stat().st_size == 0
    assert not (tmp_path / "b.sqlite3").exists()


def test_restore_refused_for_one_other_user_is_grammatical(database: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert (
        run("backup", "--database", str(database), "-o", str(backup), home=tmp_path).returncode == 0
    )
    db = Database.open(database)
    services = Services.build(db)
    PresenceService(db, services.users.current_user_id).announce()  # another program
    name = services.users.current().full_name
    db.close()

    result = run("restore", str(backup), "--database", str(database), home=tmp_path / "home")

    assert result.returncode == 1
    sentence = assert_one_sentence(result.stderr)
    assert sentence.startswith(f"crm-desktop: the database is still open for {name} (")
    assert "still have" not in sentence
