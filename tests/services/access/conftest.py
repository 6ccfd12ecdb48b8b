"""Every test here hashes passwords (the office of five is tests/conftest.py's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from tests.conftest import OFFICE_PASSWORD
from tests.databases import TestDatabases


@pytest.fixture(autouse=True)
def _quick(quick_hashes: None) -> None:
    """Argon2id at its least cost for every test of the folder."""


@pytest.fixture
def server(test_databases: TestDatabases) -> TestDatabases:
    """The suite's PostgreSQL server (a test that needs one is skipped on SQLite)."""
    if not test_databases.is_server:
        pytest.skip("row-level security and login roles are the database server's own")
    return test_databases


@pytest.fixture
def office_file(tmp_path: Path, quick_hashes: None) -> Iterator[Database]:
    """An office's SQLite file, to be copied to a server: the administrator boss and the
    staff an, each with a private contact of their own."""
    from crm_desktop.services.users import login

    source = Database.open(tmp_path / "office.sqlite3")
    Services.build(source).office.make_office("boss", OFFICE_PASSWORD, "Bảo Trần")
    boss = Services.build(source, user_id=login(source, "boss", OFFICE_PASSWORD))
    boss.users.add_user("an", OFFICE_PASSWORD, "staff")
    boss.office.set_private("contacts", True)
    boss.records.create("contacts", {"last_name": "Boss"})
    an = Services.build(source, user_id=login(source, "an", OFFICE_PASSWORD))
    an.records.create("contacts", {"last_name": "An"})
    yield source
    source.close()
