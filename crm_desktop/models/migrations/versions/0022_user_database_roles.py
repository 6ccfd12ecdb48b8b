"""PostgreSQL: each user logs in as a role of their own, and the policies ask the server
who is asking.

Revision ID: 0022_user_database_roles
Revises: 0021_merges_survivor_index
Create Date: 2026-12-07 18:00:00

* ``users.db_role``: the name of the user's login role on the server (``name@database``,
  see ``models/database_roles.py``); NULL on SQLite and for a user who has none yet.
* ``crm_acting_user()``: the user a statement runs for, read from the server's
  ``session_user`` (which a session cannot change) through ``users.db_role``. Only for
  the role that owns the tables (the one the program connects as where one login serves
  the whole office, and migrations) does it fall back to the ``crm.user_id`` setting of
  0012; any other role is nobody (0), and sees no row of a record table. It is SECURITY
  DEFINER, with a search_path of the catalog and this schema only, so that a user's role
  can neither read around it nor put a ``users`` table of its own in front of it.
* ``crm_visible_owners(type)`` (0012) asks ``crm_acting_user()`` instead of the setting,
  and runs as its owner too.
* The group roles ``database_members`` (the table privileges every user's role has) and
  ``database_admins`` are made here when the migrating role may create roles, else with
  the first user's role.

On SQLite only the column is added.
"""

from __future__ import annotations

import importlib
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0022_user_database_roles"
down_revision = "0021_merges_survivor_index"
branch_labels = None
depends_on = None

ACTING_USER = """
CREATE FUNCTION crm_acting_user() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {path} AS $$
DECLARE
    mapped integer;
BEGIN
    SELECT id INTO mapped FROM users
        WHERE db_role = session_user AND active AND NOT is_group;
    IF FOUND THEN
        RETURN mapped;
    END IF;
    IF pg_has_role(session_user,
                   (SELECT relowner FROM pg_class WHERE oid = 'users'::regclass), 'MEMBER') THEN
        RETURN nullif(current_setting('crm.user_id', true), '')::integer;
    END IF;
    RETURN 0;
END $$
"""

#: 0012's function, changed where it reads who is asking (0012 never changes: this
#: revision keeps meaning what it meant)
_CHANGES = (
    ("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"),
    ("STABLE AS", "STABLE SECURITY DEFINER SET search_path = {path} AS"),
    ("nullif(current_setting('crm.user_id', true), '')::integer", "crm_acting_user()"),
    (
        "IF acting IS NULL OR NOT EXISTS (SELECT 1 FROM settings WHERE key = 'users.office')",
        # nobody: no row; the owner without a user, or a single-user database: every row
        # (a user's own role is limited whatever the settings say)
        "IF acting = 0 THEN\n        RETURN ARRAY[]::integer[];\n    END IF;\n"
        "    IF acting IS NULL OR NOT (\n"
        "        EXISTS (SELECT 1 FROM settings WHERE key = 'users.office')\n"
        "        OR EXISTS (SELECT 1 FROM users WHERE db_role = session_user))",
    ),
)


def _visible_owners(first: str, path: str) -> str:
    for old, new in _CHANGES:
        assert old in first, old
        first = first.replace(old, new.replace("{path}", path))
    return first


def _first() -> Any:
    """Migration 0012, which wrote the function first."""
    return importlib.import_module("crm_desktop.models.migrations.versions.0012_row_security")


def _postgresql() -> bool:
    return bool(op.get_bind().dialect.name == "postgresql")


def upgrade() -> None:
    op.add_column("users", sa.Column("db_role", sa.String(63)))
    op.create_index("ux_users_db_role", "users", ["db_role"], unique=True)
    if not _postgresql():
        return
    from crm_desktop.models.database_roles import ensure_groups, may_create_roles

    conn = op.get_bind()
    schema = conn.execute(sa.text("SELECT quote_ident(current_schema())")).scalar_one()
    path = f"pg_catalog, {schema}, pg_temp"
    op.execute(ACTING_USER.format(path=path))
    op.execute(_visible_owners(_first().VISIBLE_OWNERS, path))
    if may_create_roles(conn):
        ensure_groups(conn)


def downgrade() -> None:
    if _postgresql():
        # the policies depend on the function: replaced, not dropped
        op.execute(_first().VISIBLE_OWNERS.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"))
        op.execute("DROP FUNCTION crm_acting_user()")
    op.drop_index("ux_users_db_role", "users")
    op.drop_column("users", "db_role")
