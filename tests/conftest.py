"""Shared fixtures: a fresh, migrated database file per test, and the services on it."""

from __future__ import annotations

import os

# Before anything imports Qt: no display on test machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test's program folders (data, config, logs) out of the user's home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CRM_DESKTOP_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services.build(db)
