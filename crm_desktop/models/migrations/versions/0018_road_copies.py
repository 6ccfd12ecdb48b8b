"""Road copies: copies of the office database taken along, their reserved numbers, and
in a road copy the office it came from.

Revision ID: 0018_road_copies
Revises: 0017_dashboards
Create Date: 2026-12-07 07:00:00

Five plain tables (see models/road.py): in the office the copies, their number blocks and
the records they brought; in a road copy its office and its conflicts. No record table
changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_road_copies"
down_revision = "0017_dashboards"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "road_copies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("scope", sa.String(10), nullable=False),
        sa.Column("months", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.Column("received_through", sa.Integer(), nullable=False),
        sa.Column("sent_first", sa.Integer(), nullable=True),
        sa.Column("sent_last", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_road_copies_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_road_copies"),
    )
    op.create_table(
        "road_number_blocks",
        sa.Column("copy_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.String(40), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["copy_id"],
            ["road_copies.id"],
            name="fk_road_number_blocks_copy_id_road_copies",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("copy_id", "sequence", name="pk_road_number_blocks"),
    )
    op.create_table(
        "road_origin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.Integer(), nullable=False),
        sa.Column("office", sa.String(1000), nullable=False),
        sa.Column("office_history_mark", sa.Integer(), nullable=False),
        sa.Column("local_history_mark", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["copy_id"], ["road_copies.id"], name="fk_road_origin_copy_id_road_copies"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_road_origin"),
    )


    op.create_table(
        "road_arrivals",
        sa.Column("copy_id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(64), nullable=False),
        sa.Column("road_id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("road_entry", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["copy_id"],
            ["road_copies.id"],
            name="fk_road_arrivals_copy_id_road_copies",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("copy_id", "record_type", "road_id", name="pk_road_arrivals"),
    )
    op.create_table(
        "road_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(64), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("field", sa.String(64), nullable=True),
        sa.Column("mine", sa.Text(), nullable=True),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("decision", sa.String(10), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_road_conflicts"),
    )


def downgrade() -> None:
    op.drop_table("road_conflicts")
    op.drop_table("road_arrivals")
    op.drop_table("road_origin")
    op.drop_table("road_number_blocks")
    op.drop_table("road_copies")
