"""A change counter per record table, kept by the database, for the live refresh.

Revision ID: 0007_change_counters
Revises: 0006_activity_reads
Create Date: 2026-12-01 11:00:00

The live refresh asks which record tables another program changed. Comparing each
table's newest ``modified_at`` and highest id read every table whole (``max()`` over a
column whose only index is partial) after every commit of anybody, a second a poll at a
million contacts, and missed changes when one computer's clock ran ahead of the others.
Counters bumped by triggers answer in one small read and know no clocks:

* SQLite: a ``table_changes`` row per table, plus one to its counter for every updated
  or deleted row (SQLite has no statement triggers; one writer at a time, so the row is
  no bottleneck). Inserts raise ``max(id)``, a primary key look-up, and need no trigger:
  the demo's bulk inserts pay nothing.
* PostgreSQL: a sequence per table, advanced once per statement that inserts, updates
  or deletes. A sequence takes no row lock: saves of different users never wait on it,
  nor dead-lock on it, as they could on a shared counter row.

Neither is part of the ORM metadata (like the FTS5 tables): models/watch.py reads them.
A later migration that rebuilds a record table on SQLite must create its triggers again.
"""

from __future__ import annotations

from alembic import op

from crm_desktop.models.migrations.record_tables import (
    postgresql_change_counter,
    sqlite_change_triggers,
)

revision = "0007_change_counters"
down_revision = "0006_activity_reads"
branch_labels = None
depends_on = None

#: the record tables of revision 0006
TABLES = (
    "leads",
    "organizations",
    "contacts",
    "opportunities",
    "products",
    "quotes",
    "sales_orders",
    "activities",
)


def _sqlite_statements() -> list[str]:
    statements = [
        "CREATE TABLE table_changes (table_name VARCHAR(64) NOT NULL PRIMARY KEY, "
        "changes INTEGER NOT NULL DEFAULT 0)",
        "INSERT INTO table_changes (table_name) VALUES "
        + ", ".join(f"('{table}')" for table in TABLES),
    ]
    for table in TABLES:
        statements += sqlite_change_triggers(table)
    return statements


def _postgresql_statements() -> list[str]:
    statements = [
        """
        CREATE FUNCTION table_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM nextval((TG_TABLE_NAME || '_changes')::regclass);
            RETURN NULL;
        END $$
        """
    ]
    for table in TABLES:
        statements += postgresql_change_counter(table)
    return statements


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _sqlite_statements() if sqlite else _postgresql_statements():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_changed_au")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_changed_ad")
        op.execute("DROP TABLE IF EXISTS table_changes")
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_changed ON {table}")
        op.execute(f"DROP SEQUENCE IF EXISTS {table}_changes")
    op.execute("DROP FUNCTION IF EXISTS table_changed()")
