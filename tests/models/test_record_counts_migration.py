"""Migration 0005 (record counts) on a database that already holds records, on SQLite and
on PostgreSQL: the counts start from the rows there are, and stay exact afterwards."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect

from crm_desktop.demo.generator import DemoGenerator
from crm_desktop.models import Database
from crm_desktop.models.database import SCHEMA_HEAD
from crm_desktop.models.migrate import alembic_config
from crm_desktop.services import Services
from crm_desktop.services.history import record_history
from crm_desktop.services.records.lists import ListQuery
from tests.services.records.test_record_counts import assert_exact, counters


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def test_an_older_database_gains_exact_counts(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services.build(db)
    DemoGenerator(services, seed=2).generate(80)
    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), "0004_activities")
    assert "record_counts" not in _tables(db)
    # Written by the older schema: no triggers count these, and no history keeps them.
    monkeypatch.setattr(record_history, "write", lambda *_args, **_kwargs: None)
    extra = services.records.create("contacts", {"last_name": "Đỗ"})
    services.records.delete("contacts", extra.id, extra.version)
    kept = services.records.create("organizations", {"name": "Ánh Dương"})
    target = str(db.path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    db.close()
    monkeypatch.undo()

    upgraded = Database.open(target)
    try:
        assert upgraded.revision() == SCHEMA_HEAD
        services = Services.build(upgraded)
        assert counters(upgraded)["contacts"] == 80
        assert services.lists.count(ListQuery("organizations")) == 20 + 1
        assert_exact(services)
        services.records.delete("organizations", kept.id, kept.version)
        services.records.create("contacts", {"last_name": "Ó"})
        assert counters(upgraded)["organizations"] == 20
        assert counters(upgraded)["contacts"] == 81
        assert_exact(services)
    finally:
        upgraded.close()
