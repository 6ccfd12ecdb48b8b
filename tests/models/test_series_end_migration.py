"""Migration 0026: a monthly series on the 31st with a count, stored with the end its
count alone gave (too early), is read as open-ended after it, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from crm_desktop.models import Database
from crm_desktop.models.activities import Activity
from crm_desktop.services import Services
from crm_desktop.services.activities.service import ActivityService
from tests.models.conftest import downgraded


def _end(db: Database, activity_id: int) -> dt.datetime | None:
    with db.read() as session:
        return session.scalar(select(Activity.series_end_at).where(Activity.id == activity_id))


def test_a_series_that_skips_months_loses_its_early_end(db: Database) -> None:
    activities = ActivityService(Services.build(db).records)

    def series(start: dt.datetime, rule: str) -> int:
        values = {"kind": "Meeting", "subject": rule, "start_at": start, "recurrence": rule}
        return activities.create(values | {"end_at": start + dt.timedelta(hours=1)}).id

    skipping = series(dt.datetime(2027, 1, 31, 9, tzinfo=dt.UTC), "FREQ=MONTHLY;COUNT=4")
    plain = series(dt.datetime(2027, 1, 15, 9, tzinfo=dt.UTC), "FREQ=MONTHLY;COUNT=4")
    assert _end(db, skipping) is None and _end(db, plain) is not None
    early = dt.datetime(2027, 5, 4, 10, tzinfo=dt.UTC)  # what COUNT × 31 days gave before
    with db.write() as session:
        session.execute(update(Activity).where(Activity.id == skipping).values(series_end_at=early))
    plain_end = _end(db, plain)
    target = downgraded(db, "0025_map_corners_index", lambda: _end(db, skipping) == early)

    upgraded = Database.open(target)
    try:
        assert _end(upgraded, skipping) is None
        assert _end(upgraded, plain) == plain_end
    finally:
        upgraded.close()
