"""Live row counts per record table, kept exact by triggers (see models.record_counts).

Revision ID: 0005_record_counts
Revises: 0004_activities
Create Date: 2026-12-01 09:00:00

An unfiltered list asks for its row count before it paints: ``count(*)`` of a million
live contacts walks a million index entries, ``record_counts`` answers in one row read.
The triggers are written out here, not imported, so that this revision keeps doing what it
did when later code changes. A later migration that rebuilds one of these tables (a batch
"move and copy" on SQLite drops a table's triggers) must create its triggers again, and a
new record table adds its own triggers and row the same way.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.models.migrations.record_tables import (
    postgresql_count_triggers,
    sqlite_count_triggers,
    start_counts,
)

revision = "0005_record_counts"
down_revision = "0004_activities"
branch_labels = None
depends_on = None

#: the record tables of revision 0004, each counted
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


#: PostgreSQL: statement triggers over the transition tables, so a multi-row insert (the
#: demo's batches) updates the counter once per statement, and a statement that changes no
#: live row (every ordinary save) does not touch, and so does not lock, the counter row.
_POSTGRESQL_FUNCTIONS = (
    """
    CREATE FUNCTION record_counts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE delta bigint;
    BEGIN
        SELECT count(*) INTO delta FROM new_rows WHERE deleted_at IS NULL;
        IF delta <> 0 THEN
            UPDATE record_counts SET live = live + delta WHERE table_name = TG_TABLE_NAME;
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION record_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE delta bigint;
    BEGIN
        SELECT count(*) INTO delta FROM old_rows WHERE deleted_at IS NULL;
        IF delta <> 0 THEN
            UPDATE record_counts SET live = live - delta WHERE table_name = TG_TABLE_NAME;
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION record_counts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE delta bigint;
    BEGIN
        SELECT (SELECT count(*) FROM new_rows WHERE deleted_at IS NULL)
             - (SELECT count(*) FROM old_rows WHERE deleted_at IS NULL) INTO delta;
        IF delta <> 0 THEN
            UPDATE record_counts SET live = live + delta WHERE table_name = TG_TABLE_NAME;
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION record_counts_start() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        EXECUTE format('SELECT count(*) FROM %I WHERE deleted_at IS NULL', NEW.table_name)
            INTO NEW.live;
        RETURN NEW;
    END $$
    """,
)


def upgrade() -> None:
    op.create_table(
        "record_counts",
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("live", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", name="pk_record_counts"),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        statements = [s for table in TABLES for s in sqlite_count_triggers(table)]
    else:
        statements = [*_POSTGRESQL_FUNCTIONS]
        statements.append(
            "CREATE TRIGGER record_counts_start BEFORE INSERT ON record_counts "
            "FOR EACH ROW EXECUTE FUNCTION record_counts_start()"
        )
        statements += [s for table in TABLES for s in postgresql_count_triggers(table)]
    for statement in statements:
        op.execute(statement)
    start_counts(TABLES)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in TABLES:
        if sqlite:
            for suffix in ("ai", "ad", "bin", "restore"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_count_{suffix}")
        else:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_count_{suffix} ON {table}")
    op.drop_table("record_counts")  # its own triggers go with it
    if not sqlite:
        for name in ("inserted", "deleted", "updated", "start"):
            op.execute(f"DROP FUNCTION IF EXISTS record_counts_{name}()")
