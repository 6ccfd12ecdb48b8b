"""PostgreSQL: the server applies the visibility rule to every record table too.

Revision ID: 0012_row_security
Revises: 0011_users_roles
Create Date: 2026-12-07 06:30:00

``crm_visible_owners(record_type)`` answers, for the user of the transaction's
``crm.user_id`` setting, what ``services.access.rules.Access.visible`` answers: NULL
(every row: no user set, a single-user database, an administrator, a shared type, a
manager in no group), an empty array (the role may not view the type), or the owners
whose rows the user sees (themselves and their group; a manager: the group's members
too). Each record table gets policies built on it; FORCE applies them to the tables'
owner as well, which is the role the program connects as. A superuser, or a role with
BYPASSRLS, is never limited by row-level security: an office connects as a plain role.

Reading is limited (SELECT, and the rows an UPDATE or DELETE may touch); new rows are
checked by the services (who may be given a record), not here. On SQLite this revision
does nothing: the program is the only guard of a shared file.
"""

from __future__ import annotations

from alembic import op

revision = "0012_row_security"
down_revision = "0011_users_roles"
branch_labels = None
depends_on = None

#: record type -> table, as in the registry when this revision was written (a later
#: record table gets its policies from the migration that adds it: :func:`policies`)
RECORD_TABLES = {
    "leads": "leads",
    "organizations": "organizations",
    "contacts": "contacts",
    "opportunities": "opportunities",
    "quotes": "quotes",
    "sales_orders": "sales_orders",
    "products": "products",
    "activities": "activities",
}

VISIBLE_OWNERS = """
CREATE FUNCTION crm_visible_owners(wanted_type text) RETURNS integer[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
    acting integer := nullif(current_setting('crm.user_id', true), '')::integer;
    role_base text;
    role_key integer;
    team_group integer;
    allowed text;
BEGIN
    IF acting IS NULL OR NOT EXISTS (SELECT 1 FROM settings WHERE key = 'users.office') THEN
        RETURN NULL;
    END IF;
    SELECT r.base, r.id, u.group_id INTO role_base, role_key, team_group
        FROM users u LEFT JOIN roles r ON r.id = u.role_id WHERE u.id = acting;
    role_base := coalesce(role_base, 'staff');
    IF role_base = 'administrator' THEN
        RETURN NULL;
    END IF;
    SELECT actions INTO allowed FROM role_rights
        WHERE role_id = role_key AND record_type = wanted_type;
    IF FOUND AND NOT 'view' = ANY (string_to_array(allowed, ',')) THEN
        RETURN ARRAY[]::integer[];
    END IF;
    IF NOT EXISTS (
        SELECT 1 FROM record_privacy WHERE record_type = wanted_type AND private
    ) OR (role_base = 'manager' AND team_group IS NULL) THEN
        RETURN NULL;
    END IF;
    IF team_group IS NULL THEN
        RETURN ARRAY[acting];
    END IF;
    IF role_base = 'manager' THEN
        RETURN ARRAY[acting, team_group]
            || ARRAY(SELECT id FROM users WHERE group_id = team_group);
    END IF;
    RETURN ARRAY[acting, team_group];
END $$
"""


def policies(type_key: str, table: str) -> list[str]:
    """Row-level security of one record table. The function is called once per statement
    (a sub-select is evaluated once, as an init plan), not once per row."""
    owners = f"(SELECT crm_visible_owners('{type_key}'))"
    visible = f"({owners} IS NULL OR owner_id = ANY ({owners}::integer[]))"
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY {table}_read ON {table} FOR SELECT USING {visible}",
        f"CREATE POLICY {table}_add ON {table} FOR INSERT WITH CHECK (true)",
        f"CREATE POLICY {table}_change ON {table} FOR UPDATE USING {visible} WITH CHECK (true)",
        f"CREATE POLICY {table}_remove ON {table} FOR DELETE USING {visible}",
    ]


def _postgresql() -> bool:
    return bool(op.get_bind().dialect.name == "postgresql")


def upgrade() -> None:
    if not _postgresql():
        return
    op.execute(VISIBLE_OWNERS)
    for type_key, table in RECORD_TABLES.items():
        for statement in policies(type_key, table):
            op.execute(statement)


def downgrade() -> None:
    if not _postgresql():
        return
    for table in RECORD_TABLES.values():
        for name in ("read", "add", "change", "remove"):
            op.execute(f"DROP POLICY {table}_{name} ON {table}")
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP FUNCTION crm_visible_owners(text)")
