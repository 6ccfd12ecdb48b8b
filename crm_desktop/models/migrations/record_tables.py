"""What every record table has beside its columns, as statements a migration runs.

A record table (one per record type: leads, contacts, quotes, ...) is found by the lists'
quick filter through a full-text index of its ``search_text`` (FTS5, SQLite only), counted
by ``record_counts`` (migration 0005), watched by the live refresh through a change counter
(migration 0007) and numbered from ``sequences`` when its type has numbers. A migration
that adds a record type creates its table with ``op.create_table`` and then calls
:func:`add_record_table`; its downgrade calls :func:`drop_record_table` before dropping
the table. The historical migrations build the first tables from the same functions.

The statements are plain SQL strings so that the SQL each revision ran stays readable here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import sqlalchemy as sa
from alembic import op

#: rows read and written at a time when derived columns are filled
FILL_BATCH = 5_000


def _sqlite() -> bool:
    return bool(op.get_bind().dialect.name == "sqlite")


# -- full-text index (SQLite) -------------------------------------------------------------------
def full_text_index(table: str) -> list[str]:
    """An FTS5 index of the folded ``search_text``, kept by triggers (external content)."""
    fts = f"{table}_fts"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF search_text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END",
    ]


# -- live row counts (see models/record_counts.py) ------------------------------------------------
def sqlite_count_triggers(table: str) -> list[str]:
    """Row triggers: SQLite has no statement triggers. Each costs one update of a one-row
    primary-key lookup per inserted or deleted row, and nothing for an ordinary save (the
    WHEN clause is false unless ``deleted_at`` goes from empty to set or back)."""
    counter = f"UPDATE record_counts SET live = live %s 1 WHERE table_name = '{table}'"
    return [
        f"CREATE TRIGGER {table}_count_ai AFTER INSERT ON {table} "
        f"WHEN new.deleted_at IS NULL BEGIN {counter % '+'}; END",
        f"CREATE TRIGGER {table}_count_ad AFTER DELETE ON {table} "
        f"WHEN old.deleted_at IS NULL BEGIN {counter % '-'}; END",
        f"CREATE TRIGGER {table}_count_bin AFTER UPDATE OF deleted_at ON {table} "
        f"WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL BEGIN {counter % '-'}; END",
        f"CREATE TRIGGER {table}_count_restore AFTER UPDATE OF deleted_at ON {table} "
        f"WHEN old.deleted_at IS NOT NULL AND new.deleted_at IS NULL BEGIN {counter % '+'}; END",
        # A counter row, however written, starts from the table's own count.
        f"CREATE TRIGGER record_counts_start_{table} AFTER INSERT ON record_counts "
        f"WHEN new.table_name = '{table}' BEGIN UPDATE record_counts SET live = "
        f"(SELECT count(*) FROM {table} WHERE deleted_at IS NULL) "
        f"WHERE table_name = '{table}'; END",
    ]


def postgresql_count_triggers(table: str) -> list[str]:
    """Statement triggers over the transition tables (functions of migration 0005).

    Transition tables cannot be combined with "UPDATE OF deleted_at": the update trigger
    sees every update statement and compares the live rows before and after."""
    return [
        f"CREATE TRIGGER {table}_count_ai AFTER INSERT ON {table} "
        "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
        "EXECUTE FUNCTION record_counts_inserted()",
        f"CREATE TRIGGER {table}_count_ad AFTER DELETE ON {table} "
        "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT "
        "EXECUTE FUNCTION record_counts_deleted()",
        f"CREATE TRIGGER {table}_count_au AFTER UPDATE ON {table} "
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
        "EXECUTE FUNCTION record_counts_updated()",
    ]


def start_counts(tables: tuple[str, ...]) -> None:
    """Counter rows for tables whose triggers exist; a trigger fills in the real count.

    No row can be written in between: on SQLite the migration holds the write lock, on
    PostgreSQL CREATE TRIGGER holds a lock on each table (that blocks writers) until the
    migration commits."""
    counts = sa.table("record_counts", sa.column("table_name"), sa.column("live"))
    op.bulk_insert(counts, [{"table_name": table, "live": 0} for table in tables])


# -- numbering (see services/records/numbering.py) ----------------------------------------------
def start_numbering(prefixes: tuple[tuple[str, str], ...]) -> None:
    """Numbers from 1 for each (table, prefix): "QUO-00001", "QUO-00002", ..."""
    sequences = sa.table(
        "sequences",
        sa.column("name", sa.String),
        sa.column("prefix", sa.String),
        sa.column("next_value", sa.Integer),
        sa.column("padding", sa.Integer),
    )
    op.bulk_insert(
        sequences,
        [{"name": n, "prefix": p, "next_value": 1, "padding": 5} for n, p in prefixes],
    )


# -- change counters for the live refresh (see models/watch.py) -----------------------------------
def sqlite_change_triggers(table: str) -> list[str]:
    """One more to the table's ``table_changes`` row for every updated or deleted row;
    inserts raise ``max(id)`` and need no trigger."""
    bump = f"UPDATE table_changes SET changes = changes + 1 WHERE table_name = '{table}'"
    return [
        f"CREATE TRIGGER {table}_changed_au AFTER UPDATE ON {table} BEGIN {bump}; END",
        f"CREATE TRIGGER {table}_changed_ad AFTER DELETE ON {table} BEGIN {bump}; END",
    ]


def postgresql_change_counter(table: str) -> list[str]:
    """A sequence advanced once per writing statement (function of migration 0007)."""
    return [
        f"CREATE SEQUENCE {table}_changes",
        f"CREATE TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION table_changed()",
    ]


# -- a new record table -------------------------------------------------------------------------
def add_record_table(table: str, *, number_prefix: str | None = None) -> None:
    """Full-text index, live count, change counter and numbering of a new record table,
    created after migration 0007 with ``op.create_table``."""
    if _sqlite():
        statements = [
            *full_text_index(table),
            *sqlite_count_triggers(table),
            *sqlite_change_triggers(table),
            f"INSERT INTO table_changes (table_name) VALUES ('{table}')",
        ]
    else:
        statements = [*postgresql_count_triggers(table), *postgresql_change_counter(table)]
    for statement in statements:
        op.execute(statement)
    start_counts((table,))
    if number_prefix:
        start_numbering(((table, number_prefix),))


def drop_record_table(table: str) -> None:
    """Undo :func:`add_record_table` (the downgrade drops the table itself afterwards)."""
    op.execute(f"DELETE FROM record_counts WHERE table_name = '{table}'")
    op.execute(f"DELETE FROM sequences WHERE name = '{table}'")
    if _sqlite():
        op.execute(f"DELETE FROM table_changes WHERE table_name = '{table}'")
        op.execute(f"DROP TRIGGER IF EXISTS record_counts_start_{table}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        return  # the table's own triggers go with it
    op.execute(f"DROP SEQUENCE IF EXISTS {table}_changes")


# -- the history of every record (see models/history.py) -----------------------------------------
HISTORY_TABLE = "record_history"


def create_history_table() -> None:
    """The one table that keeps the changes of every record table, with its index and the
    triggers that keep its rows as written. A new record table needs nothing here: rows
    name their record by type and id."""
    op.create_table(
        HISTORY_TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("old_text", sa.Text(), nullable=True),
        sa.Column("new_text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f(f"fk_{HISTORY_TABLE}_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{HISTORY_TABLE}")),
    )
    op.create_index(
        "ix_record_history_record", HISTORY_TABLE, ["record_type", "record_id", "changed_at"]
    )
    for statement in history_guard():
        op.execute(statement)


def history_guard() -> list[str]:
    """Triggers refusing to change or remove a history row: the program only adds rows."""
    message = "the history of records is kept as it was written"
    if _sqlite():
        return [
            f"CREATE TRIGGER {HISTORY_TABLE}_kept_{event.lower()} BEFORE {event} ON "
            f"{HISTORY_TABLE} BEGIN SELECT RAISE(ABORT, '{message}'); END"
            for event in ("UPDATE", "DELETE")
        ]
    return [
        f"""
        CREATE FUNCTION {HISTORY_TABLE}_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{message}';
        END $$
        """,
        f"CREATE TRIGGER {HISTORY_TABLE}_kept BEFORE UPDATE OR DELETE ON {HISTORY_TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {HISTORY_TABLE}_kept()",
    ]


def drop_history_table() -> None:
    """Undo :func:`create_history_table` (its triggers go with the table)."""
    op.drop_index("ix_record_history_record", table_name=HISTORY_TABLE)
    op.drop_table(HISTORY_TABLE)
    if not _sqlite():
        op.execute(f"DROP FUNCTION IF EXISTS {HISTORY_TABLE}_kept()")


# -- derived columns added later ----------------------------------------------------------------
def fill_derived(
    table: str,
    sources: tuple[str, ...],
    derived: tuple[str, ...],
    compute: Callable[[Mapping[str, Any]], Mapping[str, Any]],
) -> None:
    """Fill the new ``derived`` columns of the rows already in ``table`` from their
    ``sources`` columns (``compute``: a row's sources -> its derived values), in batches
    of ids, so a table of a million rows is never read whole."""
    rows_of = sa.table(table, sa.column("id"), *(sa.column(c) for c in (*sources, *derived)))
    write = (
        rows_of.update()
        .where(rows_of.c.id == sa.bindparam("row_id"))
        .values({c: sa.bindparam(f"new_{c}") for c in derived})
    )
    bind = op.get_bind()
    last = 0
    while True:
        rows = (
            bind.execute(
                sa.select(rows_of.c.id, *(rows_of.c[c] for c in sources))
                .where(rows_of.c.id > last)
                .order_by(rows_of.c.id)
                .limit(FILL_BATCH)
            )
            .mappings()
            .all()
        )
        if not rows:
            return
        changes = []
        for row in rows:
            values = compute(dict(row))
            if any(values.get(c) is not None for c in derived):
                changes.append(
                    {"row_id": row["id"], **{f"new_{c}": values.get(c) for c in derived}}
                )
        if changes:
            bind.execute(write, changes)
        last = rows[-1]["id"]
