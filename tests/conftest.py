"""Shared fixtures: a fresh, migrated database per test, and the services on it.

By default every test gets its own SQLite file under a temp folder. With
``--database-url postgresql+psycopg://...`` (or $CRM_TEST_DATABASE_URL) the database and
service tests run against that PostgreSQL server instead, one new database per test;
tests about SQLite files are marked ``sqlite_only`` and skipped there.
"""

from __future__ import annotations

import os
import sys

# Before anything imports Qt: no display on test machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from crm_desktop.exchange.ical.importer import CalendarImport
from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.activities.service import ActivityService
from tests.databases import TestDatabases


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database-url",
        default=os.environ.get("CRM_TEST_DATABASE_URL", ""),
        help="run database tests against this server (a SQLAlchemy URL) instead of SQLite",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("--database-url"):
        return
    skip = pytest.mark.skip(reason="about SQLite files; the suite runs on a database server")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def test_databases(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestDatabases]:
    url = request.config.getoption("--database-url") or None
    databases = TestDatabases(url, tmp_path_factory.mktemp("databases"))
    yield databases
    databases.drop_all()


@pytest.fixture(autouse=True)
def _drop_test_databases(test_databases: TestDatabases) -> Iterator[None]:
    # Set up before, so torn down after, the fixtures that open the test's databases.
    yield
    test_databases.end_test()


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test's program folders (data, config, logs) out of the user's home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CRM_DESKTOP_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))


class UnexpectedDialog(AssertionError):
    """A test opened a modal dialog it did not expect (and would wait for it forever)."""


@pytest.fixture(autouse=True)
def _no_unexpected_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen, nobody can click a modal dialog: one a test did not patch would hang the
    whole suite. Tests that expect a dialog patch these again (their patch wins)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return  # a test without Qt widgets
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(kind: str) -> Any:
        def modal(*args: Any, **_kwargs: Any) -> Any:
            texts = [a for a in args if isinstance(a, str)]
            raise UnexpectedDialog(f"unexpected modal {kind}: {texts}")

        return modal

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse(f"QMessageBox.{name}")))
    monkeypatch.setattr(QDialog, "exec", lambda self: refuse(type(self).__name__)(self))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: refuse("QMessageBox")(self.text()))


@pytest.fixture
def quick_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its least cost, in this process: a test hashes dozens of passwords
    where a user hashes one (the hashes are real Argon2id all the same)."""
    from argon2 import PasswordHasher

    from crm_desktop.services import users

    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(users, "_hasher", cheap)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite3"


@pytest.fixture
def db(test_databases: TestDatabases, db_path: Path) -> Iterator[Database]:
    database = test_databases.new() if test_databases.is_server else Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services.build(db)


@pytest.fixture
def colleague(db: Database) -> Services:
    """The services of a second user, Þóra Jónsdóttir, on the same database."""
    from crm_desktop.models.entities import User

    with db.write() as session:
        user = User(username="thora", full_name="Þóra Jónsdóttir")
        session.add(user)
        session.flush()
        user_id = user.id
    return Services.build(db, user_id=user_id)


StartCli = Callable[..., "subprocess.Popen[str]"]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The program's settings in a temporary INI file, not the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def activities(services: Services) -> ActivityService:
    return ActivityService(services.records)


@pytest.fixture
def importer(services: Services) -> CalendarImport:
    return CalendarImport(services.records)


@pytest.fixture
def start_cli() -> StartCli:
    """Starts ``crm-desktop ARGS...`` in its own process: ``start_cli(*args, env=env)``."""

    def start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "crm_desktop", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )

    return start


#: the office of the ``office`` fixture: (user name, role, group), all with OFFICE_PASSWORD
OFFICE_PASSWORD = "correct horse"
OFFICE_STAFF = (
    ("maria", "manager", "sales"),
    ("an", "staff", "sales"),
    ("binh", "staff", "sales"),
    ("chi", "staff", None),
)
AsUser = Callable[[str], Services]


@pytest.fixture
def office(db: Database, quick_hashes: None) -> Services:
    """The administrator's services (boss) on an office database of five: the manager
    maria and the staff an and binh in the group sales, and chi in no group."""
    from crm_desktop.services.users import login

    Services.build(db).office.make_office("boss", OFFICE_PASSWORD, "Bảo Trần")
    admin = Services.build(db, user_id=login(db, "boss", OFFICE_PASSWORD))
    admin.users.add_group("sales")
    for name, role, group in OFFICE_STAFF:
        admin.users.add_user(name, OFFICE_PASSWORD, role, group=group)
    return admin


@pytest.fixture
def as_user(db: Database, office: Services) -> AsUser:
    """The services of one person of the ``office``, logged in with their password (on a
    server, connected as their own login role, as the program does)."""
    from crm_desktop.services.users import login, own_login

    def build(name: str) -> Services:
        user_id = login(db, name, OFFICE_PASSWORD)
        return Services.build(own_login(db, user_id, OFFICE_PASSWORD), user_id=user_id)

    return build
