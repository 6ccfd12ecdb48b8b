"""Migration 0023 (the calendar's summary indexes and the index of open work), down and up
on a database that holds activities, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect

from crm_desktop.models import Database
from crm_desktop.models.database import SCHEMA_HEAD
from crm_desktop.services import Services
from tests.models.conftest import downgraded

UTC = dt.UTC
NEW = {"ix_activities_single_day", "ix_activities_task_day", "ix_activities_open_work"}


def _indexes(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return {i["name"] for i in inspect(conn).get_indexes("activities")}


def test_the_summary_indexes_come_and_go_with_their_revision(db: Database) -> None:
    services = Services.build(db)
    me = services.records.user_id
    nine = dt.datetime(2026, 6, 10, 13, tzinfo=UTC)
    services.activities.create({"kind": "Call", "subject": "Gọi lại", "start_at": nine})
    services.activities.create(
        {"kind": "Task", "subject": "Tilboð", "due_date": dt.date(2026, 6, 9)}
    )
    assert _indexes(db) >= NEW
    target = downgraded(db, "0022_user_database_roles", lambda: not NEW & _indexes(db))

    upgraded = Database.open(target)
    try:
        assert upgraded.revision() == SCHEMA_HEAD
        assert _indexes(upgraded) >= NEW
        services = Services.build(upgraded)
        work = services.activities.my_work_today(me, nine, UTC)
        assert (work.today_total, work.overdue_total) == (1, 1)
        day = services.calendar.summary(nine.date(), nine.date(), UTC, cap=4)[nine.date()]
        assert [o.subject for o in day.items] == ["Gọi lại"]
    finally:
        upgraded.close()
