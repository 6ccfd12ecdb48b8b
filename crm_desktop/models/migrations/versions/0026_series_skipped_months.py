"""Repeating activities whose count does not tell their end are read as open-ended.

Revision ID: 0026_series_skipped_months
Revises: 0025_map_corners_index
Create Date: 2026-12-07 22:45:00

A monthly series on the 29th to the 31st (or a yearly one on the 29th of February) skips
the months (years) without its day, so its COUNT reaches further than COUNT months:
``series_end_at`` was set too early for such a series, and its later occurrences did not
show in the calendar. Their ``series_end_at`` becomes NULL, as for a series without an
end (the calendar then expands them within the range shown). The test is written out here,
not imported, so that this revision keeps doing what it did: a series with COUNT and no
UNTIL and no BY parts, monthly from a stored (UTC) day of the 28th or later, or yearly
from the 28th of February to the 1st of March.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0026_series_skipped_months"
down_revision = "0025_map_corners_index"
branch_labels = None
depends_on = None

_RULE_PART = re.compile(r"([A-Z]+)=([^;]*)")
_activities = sa.table(
    "activities",
    sa.column("id", sa.Integer),
    sa.column("start_at", sa.DateTime),
    sa.column("recurrence", sa.String),
    sa.column("series_end_at", sa.DateTime),
)


def _skips(recurrence: str, start: object) -> bool:
    parts = dict(_RULE_PART.findall(recurrence.upper()))
    if "COUNT" not in parts or "UNTIL" in parts or any(k.startswith("BY") for k in parts):
        return False
    day, month = getattr(start, "day", 0), getattr(start, "month", 0)
    if parts.get("FREQ") == "MONTHLY":
        return day >= 28
    return parts.get("FREQ") == "YEARLY" and (month, day) in {(2, 28), (2, 29), (3, 1)}


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(_activities.c.id, _activities.c.start_at, _activities.c.recurrence).where(
            _activities.c.series_end_at.is_not(None),
            sa.func.upper(_activities.c.recurrence).like("%COUNT=%"),
        )
    ).all()
    ids = [row.id for row in rows if _skips(row.recurrence, row.start_at)]
    for at in range(0, len(ids), 500):
        bind.execute(
            _activities.update()
            .where(_activities.c.id.in_(ids[at : at + 500]))
            .values(series_end_at=None)
        )


def downgrade() -> None:
    """Nothing to undo: an open end is never wrong, only slower to read."""
