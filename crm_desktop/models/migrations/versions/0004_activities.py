"""Activities (calls, meetings, tasks, visits, emails), their invitees and reminder states.

Revision ID: 0004_activities
Revises: 0003_presence
Create Date: 2026-11-24 01:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.models.migrations.record_tables import full_text_index

revision = "0004_activities"
down_revision = "0003_presence"
branch_labels = None
depends_on = None

_LIVE = "deleted_at IS NULL"
_LIST_COLUMNS = (
    "start_at",
    "due_date",
    "subject_key",
    "kind",
    "status",
    "related_name_key",
    "owner_id",
    "modified_at",
    "end_at",
)
_RECURRING = "recurrence IS NOT NULL AND deleted_at IS NULL"


def _user_fk(column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["users.id"], name=f"fk_activities_{column}_users")


def _create_full_text_index() -> None:
    for statement in full_text_index("activities"):
        op.execute(statement)


def upgrade() -> None:
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("subject_key", sa.String(400), nullable=False),
        sa.Column("start_at", sa.DateTime(), nullable=True),
        sa.Column("end_at", sa.DateTime(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=True),
        sa.Column("location", sa.String(300), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("status", sa.String(40), nullable=True),
        sa.Column("priority", sa.String(20), nullable=True),
        sa.Column("related_type", sa.String(40), nullable=True),
        sa.Column("related_id", sa.Integer(), nullable=True),
        sa.Column("related_name", sa.String(300), nullable=True),
        sa.Column("related_name_key", sa.String(400), nullable=False),
        sa.Column("reminder_minutes", sa.Integer(), nullable=True),
        sa.Column("recurrence", sa.String(500), nullable=True),
        sa.Column("exception_dates", sa.Text(), nullable=True),
        sa.Column("uid", sa.String(300), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("modified_by_id", sa.Integer(), nullable=True),
        _user_fk("owner_id"),
        _user_fk("created_by_id"),
        _user_fk("modified_by_id"),
        sa.PrimaryKeyConstraint("id", name="pk_activities"),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        for column in _LIST_COLUMNS:
            batch_op.create_index(
                f"ix_activities_live_{column}",
                [column, "id"],
                unique=False,
                sqlite_where=sa.text(_LIVE),
                postgresql_where=sa.text(_LIVE),
            )
        batch_op.create_index(
            "ix_activities_recurring",
            ["start_at", "id"],
            unique=False,
            sqlite_where=sa.text(_RECURRING),
            postgresql_where=sa.text(_RECURRING),
        )
        batch_op.create_index("ix_activities_related", ["related_type", "related_id"])
        batch_op.create_index("ix_activities_uid", ["uid"])

    op.create_table(
        "activity_invitees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name="fk_activity_invitees_activity_id_activities",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name="fk_activity_invitees_contact_id_contacts",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name="fk_activity_invitees_user_id_users",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_activity_invitees"),
    )
    op.create_index("ix_activity_invitees_activity_id", "activity_invitees", ["activity_id"])
    op.create_index("ix_activity_invitees_contact_id", "activity_invitees", ["contact_id"])
    op.create_index("ix_activity_invitees_user_id", "activity_invitees", ["user_id"])
    op.create_table(
        "reminder_states",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("occurrence_start", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=True),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name="fk_reminder_states_activity_id_activities",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name="fk_reminder_states_user_id_users",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_reminder_states"),
        sa.UniqueConstraint(
            "activity_id",
            "occurrence_start",
            "user_id",
            name="uq_reminder_states_activity_id_occurrence_start_user_id",
        ),
    )
    op.create_index("ix_reminder_states_user_id", "reminder_states", ["user_id"])
    if op.get_bind().dialect.name == "sqlite":
        _create_full_text_index()
    else:
        # 0001 inserted the default user with id 1 itself, so PostgreSQL's id sequence
        # still starts at 1 and the next user added would collide with it.
        op.execute(
            "SELECT setval(pg_get_serial_sequence('users', 'id'), "
            "(SELECT coalesce(max(id), 1) FROM users))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS activities_fts")
    op.drop_table("reminder_states")
    op.drop_table("activity_invitees")
    op.drop_table("activities")
