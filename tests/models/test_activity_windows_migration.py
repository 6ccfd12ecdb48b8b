"""Migration 0020 (series_end_at, long_end_at from a day) on a database that already holds
activities, on SQLite and on PostgreSQL: the rows there get what the service would keep."""

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


def _ends(db: Database) -> dict[int, tuple[dt.datetime | None, dt.datetime | None]]:
    with db.read() as session:
        rows = session.execute(select(Activity.id, Activity.series_end_at, Activity.long_end_at))
        return {row.id: (row.series_end_at, row.long_end_at) for row in rows}


def test_an_older_database_gains_the_ends_of_its_series(db: Database) -> None:
    activities = ActivityService(Services.build(db).records)
    nine = dt.datetime(2026, 6, 1, 9, tzinfo=UTC)
    hour = dt.timedelta(hours=1)
    for subject, rule, length in (
        ("Họp tuần", "FREQ=WEEKLY;COUNT=12", hour),
        ("Reunião", "FREQ=MONTHLY;INTERVAL=2;COUNT=4", hour),
        ("Fundur", "FREQ=DAILY;UNTIL=20260630T215959Z", hour),
        ("Endless", "FREQ=WEEKLY", hour),
        ("By day", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10", hour),
        ("Single", None, hour),
        ("Feira de três dias", None, 3 * 24 * hour),
        ("Expedição", None, 40 * 24 * hour),
        ("Ngày dài", None, 24 * hour),
    ):
        activities.create(
            {
                "kind": "Meeting",
                "subject": subject,
                "start_at": nine,
                "end_at": nine + length,
                "recurrence": rule,
                "time_zone": "Asia/Ho_Chi_Minh",
            }
        )
    kept = _ends(db)
    assert sum(1 for series, _long in kept.values() if series is not None) == 3
    assert sum(1 for _series, long in kept.values() if long is not None) == 2
    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), "0019_row_security_new_types")
    with db.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("activities")}
    assert "series_end_at" not in columns
    with db.engine.connect() as conn:
        lasting = conn.exec_driver_sql("SELECT count(long_end_at) FROM activities").scalar()
    assert lasting == 1  # the two weeks' rule of 0006 again: the expedition only
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
