"""Migration 0025 (the indexes the customer map reads its corners at), down and up on a
database that holds organizations, on SQLite and on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import inspect

from crm_desktop.models import Database
from crm_desktop.models.database import SCHEMA_HEAD
from crm_desktop.services import Services
from crm_desktop.services.places.groups import extent
from crm_desktop.services.records.types import ListQuery
from tests.models.conftest import downgraded

NEW = {"ix_organizations_latitude", "ix_organizations_longitude"}


def _indexes(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return {i["name"] for i in inspect(conn).get_indexes("organizations")}


def test_the_corner_indexes_come_and_go_with_their_revision(db: Database) -> None:
    services = Services.build(db)
    for name, lat, lon in (
        ("Bắc", "23.1", "105.3"),
        ("Nam", "8.6", "104.7"),
        ("Ísafjörður", "", ""),
    ):
        services.records.create("organizations", {"name": name, "latitude": lat, "longitude": lon})
    assert _indexes(db) >= NEW
    target = downgraded(db, "0024_record_functions", lambda: not NEW & _indexes(db))

    upgraded = Database.open(target)
    try:
        assert upgraded.revision() == SCHEMA_HEAD
        assert _indexes(upgraded) >= NEW
        places = Services.build(upgraded).places()
        assert extent(places, ListQuery("organizations")) == (8.6, 104.7, 23.1, 105.3)
    finally:
        upgraded.close()
