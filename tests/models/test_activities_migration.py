"""Migration 0004 (activities) on a database that already holds records."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from crm_desktop.models import Database
from crm_desktop.models.migrate import alembic_config
from crm_desktop.services import Services
from crm_desktop.services.activities.service import ActivityService

pytestmark = pytest.mark.sqlite_only


def test_an_older_database_gains_activities_and_keeps_its_records(db_path: Path) -> None:
    db = Database.open(db_path)
    Services.build(db).records.create("contacts", {"last_name": "Lê"})
    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), "0003_presence")
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    db.close()
    assert "activities" not in tables and "activity_invitees" not in tables

    db = Database.open(db_path)
    try:
        services = Services.build(db)
        assert services.stats.counts()["contacts"] == 1
        record = ActivityService(services.records).create(
            {"kind": "Task", "subject": "Call back", "related_type": "contacts", "related_id": 1}
        )
        assert record.values["related_name"] == "Lê"
        with db.engine.connect() as conn:
            indexes = {i["name"] for i in inspect(conn).get_indexes("activities")}
        assert {"ix_activities_live_start_at", "ix_activities_related"} <= indexes
    finally:
        db.close()
