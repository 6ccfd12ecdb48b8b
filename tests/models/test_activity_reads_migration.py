"""Migration 0006 (long_end_at, remind_at) on a database that already holds activities,
on SQLite and on PostgreSQL: the rows there are get the columns the service would keep."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import inspect, select

from crm_desktop.models import Database
from crm_desktop.models.activities import Activity
from crm_desktop.models.database import SCHEMA_HEAD
from crm_desktop.models.migrate import alembic_config
from crm_desktop.services import Services
from crm_desktop.services.activities.service import ActivityService

UTC = dt.UTC


def _derived(db: Database) -> dict[int, tuple[dt.datetime | None, dt.datetime | None]]:
    with db.read() as session:
        rows = session.execute(select(Activity.id, Activity.long_end_at, Activity.remind_at))
        return {row.id: (row.long_end_at, row.remind_at) for row in rows}


def test_an_older_database_gains_the_derived_columns(db: Database) -> None:
    activities = ActivityService(Services.build(db).records)
    nine = dt.datetime(2026, 6, 24, 9, tzinfo=UTC)
    for values in (
        {"kind": "Meeting", "subject": "Hội chợ", "start_at": nine, "reminder_minutes": 20_160},
        {
            "kind": "Meeting",
            "subject": "Feira",
            "start_at": nine,
            "all_day": True,
            "end_at": nine + dt.timedelta(days=1),
            "reminder_minutes": 1440,
        },
        {
            "kind": "Task",
            "subject": "Bóka bás",
            "due_date": dt.date(2026, 6, 30),
            "reminder_minutes": 60,
        },
        {
            "kind": "Meeting",
            "subject": "Expedição",
            "start_at": nine,
            "end_at": nine + dt.timedelta(days=40),
        },
        {"kind": "Call", "subject": "Gọi lại", "start_at": nine, "end_at": nine},
        {
            "kind": "Call",
            "subject": "Weekly",
            "start_at": nine,
            "reminder_minutes": 10,
            "recurrence": "FREQ=WEEKLY",
        },
    ):
        activities.create(values)
    kept = _derived(db)
    assert sum(1 for end, remind in kept.values() if end or remind) == 4
    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), "0005_record_counts")
    with db.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("activities")}
    assert "remind_at" not in columns and "long_end_at" not in columns
    target = str(db.path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    db.close()

    upgraded = Database.open(target)
    try:
        assert upgraded.revision() == SCHEMA_HEAD
        assert _derived(upgraded) == kept
        with upgraded.engine.connect() as conn:
            indexes = {i["name"] for i in inspect(conn).get_indexes("activities")}
        assert {"ix_activities_long", "ix_activities_remind_at"} <= indexes
    finally:
        upgraded.close()
