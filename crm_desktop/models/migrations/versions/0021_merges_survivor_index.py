"""The merges of a record are found by its id: an index on (record_type, survivor_id).

Revision ID: 0021_merges_survivor_index
Revises: 0020_activities_window
Create Date: 2026-12-07 17:50:00

A record's History tab shows the history of the records merged into it, found through
the merges whose survivor it is: without this index every tab read the whole table, which
an office that imports and merges for years fills with thousands of rows.
"""

from __future__ import annotations

from alembic import op

revision = "0021_merges_survivor_index"
down_revision = "0020_activities_window"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_merges_survivor", "merges", ["record_type", "survivor_id"])


def downgrade() -> None:
    op.drop_index("ix_merges_survivor", table_name="merges")
