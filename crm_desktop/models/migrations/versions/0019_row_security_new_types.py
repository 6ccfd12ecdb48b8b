"""PostgreSQL: the record tables added since 0012_row_security get its policies too.

Revision ID: 0019_row_security_new_types
Revises: 0018_road_copies
Create Date: 2026-12-07 12:30:00

Cases, contracts, documents, projects, their tasks and campaigns are record types with
owners like the others, so the server limits what a user reads of them by the same rule
(``crm_visible_owners``). The statements are those of 0012, written out here so that this
revision keeps meaning what it meant when it was written. On SQLite it does nothing.
"""

from __future__ import annotations

from alembic import op

revision = "0019_row_security_new_types"
down_revision = "0018_road_copies"
branch_labels = None
depends_on = None

#: record type -> table, as in the registry when this revision was written
RECORD_TABLES = {
    "cases": "cases",
    "contracts": "contracts",
    "documents": "documents",
    "projects": "projects",
    "project_tasks": "project_tasks",
    "campaigns": "campaigns",
}


def _policies(type_key: str, table: str) -> list[str]:
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
    for type_key, table in RECORD_TABLES.items():
        for statement in _policies(type_key, table):
            op.execute(statement)


def downgrade() -> None:
    if not _postgresql():
        return
    for table in RECORD_TABLES.values():
        for name in ("read", "add", "change", "remove"):
            op.execute(f"DROP POLICY {table}_{name} ON {table}")
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
