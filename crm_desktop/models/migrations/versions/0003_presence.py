"""Who has the database open: one row per running program.

Revision ID: 0003_presence
Revises: 0002_quotes_orders
Create Date: 2026-11-23 23:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_presence"
down_revision = "0002_quotes_orders"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "presence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE", name="fk_presence_user_id_users"),
            nullable=False,
        ),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_presence_last_seen_at", "presence", ["last_seen_at"])


def downgrade() -> None:
    op.drop_index("ix_presence_last_seen_at", table_name="presence")
    op.drop_table("presence")
