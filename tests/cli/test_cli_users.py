"""``crm-desktop users``, ``--user`` and ``demo --users``: an office database from the
command line, and every command refused without valid credentials."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.cli.main import main
from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.services.users import login
from tests.cli.test_cli import assert_one_sentence, run

pytestmark = pytest.mark.usefixtures("quick_hashes")


def _main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    """An office database made by the commands: boss (administrator), an (staff, sales)."""
    path = tmp_path / "office.sqlite3"
    monkeypatch.setenv("CRM_PASSWORD", "boss's")
    first = ("users", "add", "boss", "--role", "administrator")
    assert _main(capsys, *first, "--database", str(path))[0] == 0
    monkeypatch.setenv("CRM_ADMIN_PASSWORD", "boss's")
    monkeypatch.setenv("CRM_PASSWORD", "an's")
    add = ("users", "add", "an", "--role", "staff", "--group", "sales")
    assert _main(capsys, *add, "--database", str(path), "--user", "boss")[0] == 0
    monkeypatch.delenv("CRM_ADMIN_PASSWORD")
    monkeypatch.delenv("CRM_PASSWORD")
    return path


def test_users_add_list_and_disable(
    office_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRM_PASSWORD", "boss's")
    code, out, _ = _main(capsys, "users", "list", "--database", str(office_file), "--user", "boss")
    assert code == 0 and out.splitlines() == ["an staff", "boss administrator"]
    assert _main(
        capsys, "users", "disable", "an", "--database", str(office_file), "--user", "boss"
    )[0] == 0
    _, out, _ = _main(capsys, "users", "list", "--database", str(office_file), "--user", "boss")
    assert "an staff disabled" in out.splitlines()


def test_only_an_administrator_adds_users(
    office_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRM_PASSWORD", "new one")
    monkeypatch.setenv("CRM_ADMIN_PASSWORD", "an's")
    code, _, err = _main(
        capsys, "users", "add", "eve", "--role", "staff", "--database", str(office_file),
        "--user", "an",
    )  # fmt: skip
    assert code == 1 and "Only an administrator" in assert_one_sentence(err)


def test_the_first_user_of_a_single_user_database_is_its_administrator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRM_PASSWORD", "secret")
    path = str(tmp_path / "crm.sqlite3")
    code, _, err = _main(capsys, "users", "add", "an", "--role", "staff", "--database", path)
    assert code == 1 and "first administrator" in assert_one_sentence(err)


def test_a_staff_member_sees_their_own_records_from_the_command_line(
    office_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database.open(office_file)
    try:
        boss = Services.build(db, user_id=login(db, "boss", "boss's"))
        boss.office.set_private("contacts", True)
        boss.records.create("contacts", {"last_name": "Trần"})
    finally:
        db.close()
    monkeypatch.setenv("CRM_PASSWORD", "an's")
    code, out, _ = _main(capsys, "check", "--database", str(office_file), "--user", "an")
    assert code == 0 and "contacts: 0" in out.splitlines()
    monkeypatch.setenv("CRM_PASSWORD", "boss's")
    _, out, _ = _main(capsys, "check", "--database", str(office_file), "--user", "boss")
    assert "contacts: 1" in out.splitlines()


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["demo", "--records", "3"],
        ["print", "quote", "QUO-00001", "-o", "{folder}/q.pdf"],
        ["export", "activities", "-o", "{folder}/a.ics"],
        ["import", str(Path(__file__).parents[1] / "fixtures" / "ics" / "thunderbird.ics")],
        ["backup", "-o", "{folder}/b.sqlite3"],
        ["migrate-to", "{folder}/copy.sqlite3"],
        ["users", "list"],
    ],
    ids=lambda argv: argv[0],
)
def test_every_command_without_credentials_is_refused_in_one_sentence(
    office_file: Path, home: Path, argv: list[str]
) -> None:
    folder = office_file.parent
    args = [a.format(folder=folder) for a in argv]
    result = run(*args, "--database", str(office_file), home=home)
    assert result.returncode == 1
    assert "--user NAME" in assert_one_sentence(result.stderr)
    wrong = run(*args, "--database", str(office_file), "--user", "boss", home=home)
    assert wrong.returncode == 1 and "CRM_PASSWORD" in assert_one_sentence(wrong.stderr)
    assert not any(folder.glob("q.pdf")) and not any(folder.glob("copy.sqlite3"))


def test_demo_makes_an_office(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite3"
    code, _, err = _main(
        capsys, "demo", "--records", "60", "--users", "3", "--seed", "4", "--database", str(path)
    )
    assert code == 0, err
    db = Database.open(path)
    try:
        everyone = Services.build(db, user_id=login(db, "admin", "demo"))
        staff = Services.build(db, user_id=login(db, "staff1", "demo"))
        manager = Services.build(db, user_id=login(db, "manager", "demo"))
        names = {a.username for a in everyone.users.accounts() if not a.is_group}
        assert names == {"admin", "manager", "staff1", "staff2", "staff3"}
        contacts = ListQuery("contacts")
        total = everyone.lists.count(contacts)
        assert 0 < staff.lists.count(contacts) < total  # private: their own
        assert manager.lists.count(contacts) == total  # the team: everybody's
        organizations = ListQuery("organizations")  # shared
        assert staff.lists.count(organizations) == everyone.lists.count(organizations)
    finally:
        db.close()
