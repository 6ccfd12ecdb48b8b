"""Migration 0005 (record counts) on a database that already holds records, on SQLite and
on PostgreSQL: the counts start from the rows there are, and stay exact afterwards."""

from __future__ import annotations

from alembic import command
from sqlalchemy import insert, inspect, update

from crm_desktop.demo.generator import DemoGenerator
from crm_desktop.models import Base, Database
from crm_desktop.models.base import utcnow
from crm_desktop.models.database import SCHEMA_HEAD
from crm_desktop.models.migrate import alembic_config
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from tests.services.records.test_record_counts import assert_exact, counters


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def _insert_old(db: Database, table: str, number: str, **values: str) -> int:
    """A row as the schema of 0004 has it: Core fills only the columns named here and
    those with defaults (the record service would write today's derived columns too)."""
    rows = Base.metadata.tables[table]
    with db.write() as session:
        statement = insert(rows).values(number=number, owner_id=1, **values)
        return int(session.execute(statement.returning(rows.c.id)).scalar_one())


def test_an_older_database_gains_exact_counts(db: Database) -> None:
    services = Services.build(db)
    DemoGenerator(services, seed=2).generate(80)
    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), "0004_activities")
    assert "record_counts" not in _tables(db)
    # Written by the older schema: no triggers count these.
    extra = _insert_old(db, "contacts", "CON-09001", last_name="Đỗ")
    with db.write() as session:
        contacts = Base.metadata.tables["contacts"]
        session.execute(update(contacts).where(contacts.c.id == extra).values(deleted_at=utcnow()))
    kept_id = _insert_old(db, "organizations", "ORG-09001", name="Ánh Dương")
    target = str(db.path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    db.close()

    upgraded = Database.open(target)
    try:
        assert upgraded.revision() == SCHEMA_HEAD
        services = Services.build(upgraded)
        assert counters(upgraded)["contacts"] == 80
        assert services.lists.count(ListQuery("organizations")) == 20 + 1
        assert_exact(services)
        kept = services.records.get("organizations", kept_id)
        services.records.delete("organizations", kept.id, kept.version)
        services.records.create("contacts", {"last_name": "Ó"})
        assert counters(upgraded)["organizations"] == 20
        assert counters(upgraded)["contacts"] == 81
        assert_exact(services)
    finally:
        upgraded.close()
