"""Two columns of activities that keep the calendar's and the reminders' reads bounded.

Revision ID: 0006_activity_reads
Revises: 0005_record_counts
Create Date: 2026-12-01 11:10:00

* ``long_end_at``: the end of a single activity longer than two weeks. The calendar reads
  what is still going on at a range's start among what began two weeks before it; the
  few longer ones are found through this column's small partial index.
* ``remind_at``: when the reminder of a single activity or a task fires. Reminders are
  read by when they fire, whatever their lead time (a fair reminded two weeks ahead).

Both are derived from the row's other columns and kept by the activity service. Here
the rows already in the file get them once, computed as the service did at this
revision (written out, not imported, so that this revision keeps doing what it did).
``ALTER TABLE ... ADD COLUMN`` does not rebuild the table on SQLite: the triggers of
revision 0005 stay.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006_activity_reads"
down_revision = "0005_record_counts"
branch_labels = None
depends_on = None

_LONG = "long_end_at IS NOT NULL AND deleted_at IS NULL"
_REMINDING = "remind_at IS NOT NULL AND deleted_at IS NULL"
#: services.activities.LONG_SPAN and DATED_TIME at this revision
_LONG_SPAN = dt.timedelta(days=14)
_DATED_TIME = dt.time(9, 0)
_BATCH = 5_000

_activities = sa.table(
    "activities",
    sa.column("id", sa.Integer),
    sa.column("start_at", sa.DateTime),
    sa.column("end_at", sa.DateTime),
    sa.column("due_date", sa.Date),
    sa.column("all_day", sa.Boolean),
    sa.column("recurrence", sa.String),
    sa.column("reminder_minutes", sa.Integer),
    sa.column("long_end_at", sa.DateTime),
    sa.column("remind_at", sa.DateTime),
)


def _derived(row: Any) -> dict[str, dt.datetime | None]:
    """The two columns of one row (naive UTC, as stored)."""
    start, end = row.start_at, row.end_at
    single = not row.recurrence
    long_end = end if single and start and end and end - start > _LONG_SPAN else None
    remind = None
    if single and row.reminder_minutes is not None:
        lead = dt.timedelta(minutes=row.reminder_minutes)
        if start is None:
            if row.due_date is not None:
                remind = dt.datetime.combine(row.due_date, _DATED_TIME) - lead
        elif row.all_day:
            remind = dt.datetime.combine(start.date(), _DATED_TIME) - lead
        else:
            remind = start - lead
    return {"long_end_at": long_end, "remind_at": remind}


def _fill() -> None:
    bind = op.get_bind()
    wanted = sa.or_(_activities.c.reminder_minutes.is_not(None), _activities.c.end_at.is_not(None))
    last = 0
    while True:
        rows = bind.execute(
            sa.select(_activities)
            .where(_activities.c.id > last, _activities.c.recurrence.is_(None), wanted)
            .order_by(_activities.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        changes = []
        for row in rows:
            values = _derived(row)
            if any(v is not None for v in values.values()):
                changes.append({"row_id": row.id, **values})
        if changes:
            bind.execute(
                _activities.update()
                .where(_activities.c.id == sa.bindparam("row_id"))
                .values(
                    long_end_at=sa.bindparam("long_end_at"), remind_at=sa.bindparam("remind_at")
                ),
                changes,
            )
        last = rows[-1].id


def upgrade() -> None:
    op.add_column("activities", sa.Column("long_end_at", sa.DateTime(), nullable=True))
    op.add_column("activities", sa.Column("remind_at", sa.DateTime(), nullable=True))
    _fill()
    op.create_index(
        "ix_activities_long",
        "activities",
        ["long_end_at"],
        sqlite_where=sa.text(_LONG),
        postgresql_where=sa.text(_LONG),
    )
    op.create_index(
        "ix_activities_remind_at",
        "activities",
        ["remind_at"],
        sqlite_where=sa.text(_REMINDING),
        postgresql_where=sa.text(_REMINDING),
    )


def downgrade() -> None:
    op.drop_index("ix_activities_remind_at", table_name="activities")
    op.drop_index("ix_activities_long", table_name="activities")
    # SQLite 3.35+ drops a column without a rebuild, as long as no index uses it.
    op.drop_column("activities", "remind_at")
    op.drop_column("activities", "long_end_at")
