"""Imports as batches that can be undone; contacts' photos.

Revision ID: 0008_import_batches
Revises: 0007_change_counters
Create Date: 2026-12-07 03:00:00

Three plain tables (see models/imports.py). None is a record table: they have no
full-text index, live count or change counter, so record_tables.add_record_table does
not apply; the contacts' counters and triggers are untouched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_import_batches"
down_revision = "0007_change_counters"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(40), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name="fk_import_batches_created_by_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_import_batches"),
    )
    op.create_table(
        "import_batch_records",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("prior", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name="fk_import_batch_records_batch_id_import_batches",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "batch_id", "record_type", "record_id", name="pk_import_batch_records"
        ),
    )
    op.create_table(
        "contact_photos",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("mime_type", sa.String(100), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name="fk_contact_photos_contact_id_contacts",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", name="pk_contact_photos"),
    )


def downgrade() -> None:
    op.drop_table("contact_photos")
    op.drop_table("import_batch_records")
    op.drop_table("import_batches")
