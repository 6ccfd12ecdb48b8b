"""Logins, roles and rights: who may see and do what with each record type.

Revision ID: 0011_users_roles
Revises: 0010_duplicate_keys
Create Date: 2026-12-07 03:30:00

``users`` gains a password hash, a role, a group and the count of wrong passwords in a
row (with the time a locked account waits until); a group is a ``users`` row of its own
(``is_group``), so that records keep one ``owner_id`` whether a person or a group owns
them. The three built-in roles are rows of ``roles``; the single user every database
starts with is the administrator, so that when an office database is made from a
single-user one its records keep their owner.

The role and the group are plain integers kept by the user service: on SQLite a column
with a foreign key is dropped only by rebuilding ``users``, which every record refers to.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_users_roles"
down_revision = "0010_duplicate_keys"
branch_labels = None
depends_on = None

#: the built-in roles: (id, name, base)
ROLES = ((1, "Administrator", "administrator"), (2, "Manager", "manager"), (3, "Staff", "staff"))


def _columns() -> tuple[sa.Column[object], ...]:
    """Users' new columns (the role and the group are kept by the user service, see User);
    made afresh for each run, as a column belongs to the one table it is added to."""
    return (
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("is_group", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
    )


def upgrade() -> None:
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("base", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roles")),
        sa.UniqueConstraint("name", name=op.f("uq_roles_name")),
    )
    op.create_table(
        "role_rights",
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("actions", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_id"], ["roles.id"], name=op.f("fk_role_rights_role_id_roles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("role_id", "record_type", name=op.f("pk_role_rights")),
    )
    op.create_table(
        "record_privacy",
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("record_type", name=op.f("pk_record_privacy")),
    )
    op.bulk_insert(
        sa.table("roles", sa.column("id"), sa.column("name"), sa.column("base")),
        [{"id": i, "name": name, "base": base} for i, name, base in ROLES],
    )
    if op.get_bind().dialect.name == "postgresql":
        # The ids were given: the next role made gets the next free one.
        op.execute("SELECT setval('roles_id_seq', (SELECT max(id) FROM roles))")
    for column in _columns():
        op.add_column("users", column)
    op.execute("UPDATE users SET role_id = 1 WHERE id = 1")


def downgrade() -> None:
    # SQLite 3.35+ drops a column without a rebuild, as long as no index or key uses it.
    for column in reversed(_columns()):
        op.drop_column("users", column.name)
    op.drop_table("record_privacy")
    op.drop_table("role_rights")
    op.drop_table("roles")
