"""The customer map finds the corners of the organizations placed exactly without reading them.

Revision ID: 0025_map_corners_index
Revises: 0024_record_functions
Create Date: 2026-12-07 21:45:00

* ``ix_organizations_latitude`` and ``ix_organizations_longitude``: the map fitted to a
  long list reads the smallest and the largest latitude and longitude at the ends of
  these, instead of every row. Of every row, not only the live ones: SQLite would
  otherwise take one of them to read a list's live rows, in the order of the coordinate.
"""

from __future__ import annotations

from alembic import op

revision = "0025_map_corners_index"
down_revision = "0024_record_functions"
branch_labels = None
depends_on = None

_COLUMNS = ("latitude", "longitude")


def upgrade() -> None:
    for column in _COLUMNS:
        op.create_index(f"ix_organizations_{column}", "organizations", [column])


def downgrade() -> None:
    for column in reversed(_COLUMNS):
        op.drop_index(f"ix_organizations_{column}", table_name="organizations")
