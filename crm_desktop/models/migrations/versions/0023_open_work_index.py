"""The calendar counts a busy day instead of reading it; "my work today" reads open work.

Revision ID: 0023_open_work_index
Revises: 0022_user_database_roles
Create Date: 2026-12-07 18:00:00

* ``ix_activities_single_day`` (all_day, start_at, id, owner_id, end_at) of the live single
  activities, in the order they are shown: the month counts each day's, the week and the day each hour's, and take
  the first few, on the index alone (a busy office's month is tens of thousands).
* ``ix_activities_task_day`` (start_at, due_date, owner_id) of the live tasks: the same by
  due date (start_at, NULL in all, first: SQLite then takes it rather than start_at's).
* ``ix_activities_open_work`` (owner_id, start_at, due_date, end_at...) of the live
  single activities and tasks not done: "my work today" counts the overdue ones and
  takes today's and the next days' first ones there. Its condition names the done
  statuses as literals: SQLite uses a partial index only for a query that says the same.

Each index holds the columns of its condition too: without them SQLite reads every row to
test it. The conditions are written out here, not imported, so that this revision keeps doing what
it did.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023_open_work_index"
down_revision = "0022_user_database_roles"
branch_labels = None
depends_on = None

_SINGLE = "deleted_at IS NULL AND recurrence IS NULL"
_TASK = "deleted_at IS NULL AND start_at IS NULL"
_OPEN = f"{_SINGLE} AND (status IS NULL OR status NOT IN ('Held', 'Not Held', 'Completed'))"
_INDEXES = (
    (
        "ix_activities_single_day",
        ["all_day", "start_at", "id", "owner_id", "end_at", "deleted_at", "recurrence"],
        _SINGLE,
    ),
    (
        "ix_activities_task_day",
        ["start_at", "due_date", "id", "owner_id", "deleted_at", "status", "recurrence"],
        _TASK,
    ),
    (
        "ix_activities_open_work",
        [
            "owner_id",
            "start_at",
            "due_date",
            "end_at",
            "all_day",
            "status",
            "deleted_at",
            "recurrence",
        ],
        _OPEN,
    ),
)


def upgrade() -> None:
    for name, columns, where in _INDEXES:
        op.create_index(
            name,
            "activities",
            columns,
            sqlite_where=sa.text(where),
            postgresql_where=sa.text(where),
        )


def downgrade() -> None:
    for name, _columns, _where in reversed(_INDEXES):
        op.drop_index(name, table_name="activities")
