"""A new record table gets what every record table has from one call in its migration:
the full-text index, the live count, the change counter and its numbering."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text

from crm_desktop.models import Database
from crm_desktop.models.migrations.record_tables import add_record_table, drop_record_table
from crm_desktop.models.watch import ChangeWatcher


@contextmanager
def _migration(db: Database) -> Iterator[Operations]:
    """Alembic's ``op`` on a write transaction, as the program's migrations run."""
    with db.write_connection() as conn:
        context = MigrationContext.configure(conn)
        with Operations.context(context):
            yield Operations(context)


def _create_gadgets(db: Database) -> None:
    with _migration(db) as op:
        op.create_table(
            "gadgets",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("name", sa.String(100), nullable=False),
            sa.Column("search_text", sa.Text, nullable=False, server_default=""),
            sa.Column("deleted_at", sa.DateTime(timezone=True)),
        )
        add_record_table("gadgets", number_prefix="GAD-")


def _one(conn: Connection, sql: str) -> object:
    return conn.execute(text(sql)).scalar()


def test_a_new_record_table_is_counted_watched_numbered_and_searchable(db: Database) -> None:
    _create_gadgets(db)
    watcher = ChangeWatcher(db, {"gadgets": "gadgets"})
    watcher.changed_tables()
    with db.write_connection() as conn:
        conn.execute(
            text("INSERT INTO gadgets (name, search_text) VALUES (:n, :s)"),
            [{"n": "Máy bơm", "s": "may bom"}, {"n": "Þvottavél", "s": "thvottavel"}],
        )
    with db.engine.connect() as conn:
        assert _one(conn, "SELECT live FROM record_counts WHERE table_name = 'gadgets'") == 2
        assert _one(conn, "SELECT prefix FROM sequences WHERE name = 'gadgets'") == "GAD-"
        if db.is_sqlite:
            found = _one(conn, "SELECT rowid FROM gadgets_fts WHERE gadgets_fts MATCH 'thvott*'")
            assert found == 2
    with db.write_connection() as conn:
        conn.execute(text("UPDATE gadgets SET deleted_at = CURRENT_TIMESTAMP WHERE id = 1"))
    assert watcher.changed_tables() == {"gadgets"}
    with db.engine.connect() as conn:
        assert _one(conn, "SELECT live FROM record_counts WHERE table_name = 'gadgets'") == 1
    watcher.close()


def test_dropping_a_record_table_leaves_nothing_of_it(db: Database) -> None:
    _create_gadgets(db)
    with _migration(db) as op:
        drop_record_table("gadgets")
        op.drop_table("gadgets")
    with db.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        assert not any(name.startswith("gadgets") for name in names)
        assert _one(conn, "SELECT count(*) FROM record_counts WHERE table_name = 'gadgets'") == 0
        assert _one(conn, "SELECT count(*) FROM sequences WHERE name = 'gadgets'") == 0
        if db.is_sqlite:
            left = "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%gadgets%'"
        else:
            left = "SELECT count(*) FROM pg_class WHERE relname LIKE 'gadgets%'"
        assert _one(conn, left) == 0
