"""Import service fixtures: the fixture files, a file of given bytes, what the database
holds (rows, counts kept by triggers, the full-text index)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from crm_desktop.models.record_counts import RecordCount
from crm_desktop.services import Services
from crm_desktop.services.imports.service import ImportService
from crm_desktop.services.records.service import table_of
from tests.exchange.fixture_files import finder


@pytest.fixture
def imports(services: Services) -> ImportService:
    return services.imports


@pytest.fixture
def csv_fixture() -> Callable[[str], Path]:
    return finder("csv")


@pytest.fixture
def vcard_fixture() -> Callable[[str], Path]:
    return finder("vcard")


@pytest.fixture
def file_of(tmp_path: Path) -> Callable[..., Path]:
    """A file holding exactly the bytes given."""

    def write(data: bytes, name: str = "file.csv") -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


def live(services: Services, type_key: str) -> list[dict[str, Any]]:
    """The live rows of a record type, oldest first."""
    table = table_of(services.registry.get(type_key))
    with services.db.read() as session:
        query = select(table).where(table.c.deleted_at.is_(None)).order_by(table.c.id)
        return [dict(row) for row in session.execute(query).mappings()]


def assert_counts_right(services: Services) -> None:
    """The triggers' counters agree with count(*) of every record table, and (SQLite)
    the full-text index with its table."""
    with services.db.read() as session:
        counted = dict(session.execute(select(RecordCount.table_name, RecordCount.live)).all())
        for record_type in services.registry:
            table = table_of(record_type)
            rows = session.execute(
                select(func.count()).select_from(table).where(table.c.deleted_at.is_(None))
            ).scalar_one()
            assert counted[table.name] == rows, table.name
            if services.db.is_sqlite:
                check = f"INSERT INTO {table.name}_fts({table.name}_fts) VALUES('integrity-check')"
                session.execute(text(check))


def triggers(services: Services) -> set[tuple[str, str]]:
    """The database's triggers (SQLite): name and SQL; empty on a server."""
    if not services.db.is_sqlite:
        return set()
    with services.db.read() as session:
        query = text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        return {(row[0], row[1]) for row in session.execute(query)}
