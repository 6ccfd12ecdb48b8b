"""A calendar range reads its own window: the series running in it, what began a day before.

Revision ID: 0020_activities_window
Revises: 0019_row_security_new_types
Create Date: 2026-12-07 14:50:00

* ``series_end_at``: of a repeating activity, a moment no occurrence ends after, from its
  COUNT or UNTIL (NULL when it repeats without end). A calendar range, "my work today"
  and the reminders read the series that end after the range starts (``ix_activities_
  series_end``) and the endless ones that began before it ends (``ix_activities_endless``),
  instead of every series that ever began before it: a year of weekly meetings is
  thousands of series, most of them over.
* ``ix_activities_recurring`` (every series by its start) is dropped: nothing reads it now.
* ``long_end_at`` is kept for single activities lasting more than a day (it was two weeks):
  a range reads what is still going on at its start among the starts of the day before
  it, not of the two weeks before (a busy office's two weeks are tens of thousands).

The rows already in the file get the column once, computed as the service did at this
revision (written out, not imported, so that this revision keeps doing what it did).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0020_activities_window"
down_revision = "0019_row_security_new_types"
branch_labels = None
depends_on = None

_RECURRING = "recurrence IS NOT NULL AND deleted_at IS NULL"
_RUNNING = "recurrence IS NOT NULL AND series_end_at IS NOT NULL AND deleted_at IS NULL"
_ENDLESS = "recurrence IS NOT NULL AND series_end_at IS NULL AND deleted_at IS NULL"
_BATCH = 5_000
#: services.activities.LONG_SPAN at this revision, and at the one before
_LONG_SPAN, _OLD_LONG_SPAN = 1, 14
#: services.activities.recurrence at this revision: the longest step of each frequency
_LONGEST_STEP = {
    "SECONDLY": dt.timedelta(seconds=1),
    "MINUTELY": dt.timedelta(minutes=1),
    "HOURLY": dt.timedelta(hours=1),
    "DAILY": dt.timedelta(days=1),
    "WEEKLY": dt.timedelta(weeks=1),
    "MONTHLY": dt.timedelta(days=31),
    "YEARLY": dt.timedelta(days=366),
}
_RULE_PART = re.compile(r"([A-Z]+)=([^;]*)")

_activities = sa.table(
    "activities",
    sa.column("id", sa.Integer),
    sa.column("start_at", sa.DateTime),
    sa.column("end_at", sa.DateTime),
    sa.column("recurrence", sa.String),
    sa.column("series_end_at", sa.DateTime),
)


def _plus(moment: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    try:
        return moment + delta
    except OverflowError:
        return dt.datetime.max


def _series_end(row: Any) -> dt.datetime | None:
    """The column of one row (naive UTC, as stored)."""
    if row.start_at is None:
        return None
    parts = dict(_RULE_PART.findall(row.recurrence.upper()))
    length = (row.end_at - row.start_at) if row.end_at else dt.timedelta(0)
    margin = length + dt.timedelta(days=2)
    until = parts.get("UNTIL", "")
    if len(until) >= 8 and until[:8].isdigit():
        try:
            return _plus(dt.datetime.strptime(until[:8], "%Y%m%d"), margin)
        except ValueError:
            return None
    count, step = parts.get("COUNT", ""), _LONGEST_STEP.get(parts.get("FREQ", ""))
    if not count.isdigit() or step is None or any(k.startswith("BY") for k in parts):
        return None
    interval = int(parts["INTERVAL"]) if parts.get("INTERVAL", "").isdigit() else 1
    try:
        steps = (int(count) - 1) * interval * step
    except OverflowError:
        return None
    return _plus(_plus(row.start_at, steps), margin)


def _fill() -> None:
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.select(_activities)
            .where(_activities.c.id > last, _activities.c.recurrence.is_not(None))
            .order_by(_activities.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        changes = [{"row_id": r.id, "series_end_at": _series_end(r)} for r in rows]
        bind.execute(
            _activities.update()
            .where(_activities.c.id == sa.bindparam("row_id"))
            .values(series_end_at=sa.bindparam("series_end_at")),
            changes,
        )
        last = rows[-1].id


def _set_long_ends(days: int) -> None:
    """``long_end_at``: the end of the single activities lasting more than ``days``."""
    if op.get_bind().dialect.name == "sqlite":
        lasting = f"julianday(end_at) - julianday(start_at) > {days}"
    else:
        lasting = f"end_at - start_at > interval '{days} days'"
    op.execute(
        "UPDATE activities SET long_end_at = CASE WHEN recurrence IS NULL AND "
        f"start_at IS NOT NULL AND end_at IS NOT NULL AND {lasting} THEN end_at END "
        "WHERE long_end_at IS NOT NULL OR (recurrence IS NULL AND end_at IS NOT NULL AND "
        f"{lasting})"
    )


def upgrade() -> None:
    op.add_column("activities", sa.Column("series_end_at", sa.DateTime(), nullable=True))
    _fill()
    _set_long_ends(_LONG_SPAN)
    op.drop_index("ix_activities_recurring", table_name="activities")
    for name, column, where in (
        ("ix_activities_series_end", "series_end_at", _RUNNING),
        ("ix_activities_endless", "start_at", _ENDLESS),
    ):
        op.create_index(
            name,
            "activities",
            [column],
            sqlite_where=sa.text(where),
            postgresql_where=sa.text(where),
        )


def downgrade() -> None:
    _set_long_ends(_OLD_LONG_SPAN)
    op.drop_index("ix_activities_endless", table_name="activities")
    op.drop_index("ix_activities_series_end", table_name="activities")
    op.create_index(
        "ix_activities_recurring",
        "activities",
        ["start_at", "id"],
        sqlite_where=sa.text(_RECURRING),
        postgresql_where=sa.text(_RECURRING),
    )
    # SQLite 3.35+ drops a column without a rebuild, as long as no index uses it.
    op.drop_column("activities", "series_end_at")
