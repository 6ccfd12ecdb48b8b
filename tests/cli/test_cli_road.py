"""``crm-desktop road-copy``, ``sync`` and ``conflicts`` as real processes on real files:
a week on the road in four commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from tests.cli.test_cli import assert_one_sentence, run

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    db = Database.open(path)
    services = Services.build(db)
    services.records.create(
        "contacts", {"first_name": "Minh", "last_name": "Đỗ", "title": "Kế toán"}
    )
    services.records.create("contacts", {"first_name": "Sigríður", "last_name": "Jónsdóttir"})
    db.close()
    return path


def _ok(*args: str, home: Path) -> str:
    result = run(*args, home=home)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def test_take_along_work_sync_and_decide(office: Path, tmp_path: Path, home: Path) -> None:
    laptop = tmp_path / "laptop.sqlite3"
    taken = _ok("road-copy", "--database", str(office), "-o", str(laptop), home=home)
    assert "contacts: 2" in taken.splitlines()
    db = ["--database", str(laptop)]
    _ok("edit", "contact", "CON-00001", "title=Giám đốc", *db, home=home)
    _ok("edit", "contact", "CON-00002", "department=Sala", *db, home=home)
    _ok("edit", "contact", "CON-00001", "title=Trưởng phòng", "--database", str(office), home=home)

    assert _ok("sync", *db, home=home).splitlines() == ["sent: 1", "received: 0", "conflicts: 1"]
    (line,) = _ok("conflicts", *db, home=home).splitlines()
    number, record, kind, field, mine, theirs = line.split("\t")
    assert (record, kind, field) == ("Contact Đỗ Minh", "field", "title")
    assert (mine, theirs) == ("mine: Giám đốc", "theirs: Trưởng phòng")
    _ok("conflicts", *db, "--decide", number, "mine", home=home)
    assert _ok("conflicts", *db, home=home) == ""
    assert _ok("sync", *db, home=home).splitlines() == ["sent: 1", "received: 0", "conflicts: 0"]
    assert _ok("sync", *db, home=home).splitlines() == ["sent: 0", "received: 0", "conflicts: 0"]
    history = _ok("history", "contact", "CON-00001", "--database", str(office), home=home)
    assert "Giám đốc" in history.splitlines()[0]


def test_a_sync_that_cannot_run_says_why_in_one_sentence(
    office: Path, tmp_path: Path, home: Path
) -> None:
    not_a_copy = run("sync", "--database", str(office), home=home)
    assert not_a_copy.returncode != 0
    assert "not a road copy" in assert_one_sentence(not_a_copy.stderr)
    laptop = tmp_path / "laptop.sqlite3"
    _ok("road-copy", "--database", str(office), "-o", str(laptop), home=home)
    office.rename(tmp_path / "moved.sqlite3")
    gone = run("sync", "--database", str(laptop), home=home)
    assert gone.returncode != 0
    assert "office database cannot be used" in assert_one_sentence(gone.stderr)
    moved = _ok(
        "sync", "--database", str(laptop), "--office", str(tmp_path / "moved.sqlite3"), home=home
    )
    assert moved.splitlines()[-1] == "conflicts: 0"
    wrong = run("conflicts", "--database", str(laptop), "--decide", "7", "mine", home=home)
    assert "no open conflict 7" in assert_one_sentence(wrong.stderr)
