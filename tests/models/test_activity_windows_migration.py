"""Migration 0021 (series_end_at) on a database that already holds repeating activities,
on SQLite and on PostgreSQL: the series there get the end the service would keep."""

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


def _ends(db: Database) -> dict[int, dt.datetime | None]:
    with db.read() as session:
        rows = session.execute(select(Activity.id, Activity.series_end_at))
        return {row.id: row.series_end_at for row in rows}


def test_an_older_database_gains_the_ends_of_its_series(db: Database) -> None:
    activities = ActivityService(Services.build(db).records)
    nine = dt.datetime(2026, 6, 1, 9, tzinfo=UTC)
    hour = dt.timedelta(hours=1)
    for subject, rule in (
        ("Họp tuần", "FREQ=WEEKLY;COUNT=12"),
        ("Reunião", "FREQ=MONTHLY;INTERVAL=2;COUNT=4"),
        ("Fundur", "FREQ=DAILY;UNTIL=20260630T215959Z"),
        ("Endless", "FREQ=WEEKLY"),
        ("By day", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10"),
        ("Single", None),
    ):
        activities.create(
            {
                "kind": "Meeting",
                "subject": subject,
                "start_at": nine,
                "end_at": nine + hour,
                "recurrence": rule,
                "time_zone": "Asia/Ho_Chi_Minh",
            }
        )
    kept = _ends(db)
    assert sum(1 for end in kept.values() if end is not None) == 3
    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), "0019_row_security_new_types")
    with db.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("activities")}
    assert "series_end_at" not in columns
    target = str(db.path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    db.close()

    upgraded = Database.open(target)
    try:
        assert upgraded.revision() == SCHEMA_HEAD
        assert _ends(upgraded) == kept
        with upgraded.engine.connect() as conn:
            indexes = {i["name"] for i in inspect(conn).get_indexes("activities")}
        assert {"ix_activities_series_end", "ix_activities_endless"} <= indexes
        assert "ix_activities_recurring" not in indexes
    finally:
        upgraded.close()
