"""Copying a whole database to another one: an office moving its file to a server.

    crm-desktop migrate-to postgresql+psycopg://server/crm --database office.sqlite3

The target is created and migrated like any new database, must hold no records yet, and
receives every table in one transaction, parents before children; afterwards the
server's id sequences continue after the copied ids.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import Table, func, select, text, update

from crm_desktop.errors import DomainError
from crm_desktop.models.base import Base
from crm_desktop.models.database import Database
from crm_desktop.registry import Registry
from crm_desktop.services.records.service import table_of

log = logging.getLogger(__name__)
CHUNK = 5_000


class TransferError(DomainError):
    pass


def transfer(
    source: Database,
    target: Database,
    registry: Registry,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``target``; returns rows per table."""
    if source.revision() != target.revision():
        raise TransferError("The two databases are at different schema versions.")
    with target.read() as session:
        for record_type in registry:
            table = table_of(record_type)
            if session.execute(select(func.count()).select_from(table)).scalar_one():
                raise TransferError(
                    "The target database already holds %1; "
                    "copy into a new, empty database.",
                    record_type.label.lower()
                )
    copied: dict[str, int] = {}
    # Who has the source open is not who has the target open (this program does, say).
    tables = [
        t for t in Base.metadata.sorted_tables if t.name not in ("alembic_version", "presence")
    ]
    with target.write_connection() as out:
        # What the target's migrations seeded (the default user, sequences, settings,
        # currencies...) is replaced by the source's own rows.
        for table in reversed(tables):
            out.execute(table.delete())
        for table in tables:
            copied[table.name] = _copy_table(source, out, table, progress)
        if target.dialect == "postgresql":
            # A login role is one server's and one database's: the users get theirs on
            # the target at their first login there (services/users.py).
            out.execute(text("UPDATE users SET db_role = NULL"))
            for table in tables:
                if "id" in table.c and table.c.id.autoincrement in (True, "auto"):
                    out.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                        )
                    )
    log.info("copied %s into %s", source.label, target.label)
    return copied


def _copy_table(
    source: Database, out: object, table: Table, progress: Callable[[str, int], None] | None
) -> int:
    # A row may point at a later row of its own table (a parent organization created
    # after its member): such columns are written in a second pass.
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    order = [table.c[k.name] for k in table.primary_key.columns]
    total = 0
    last: tuple[object, ...] | None = None
    pending: list[dict[str, object]] = []
    while True:
        stmt = select(table).order_by(*order).limit(CHUNK)
        if last is not None and len(order) == 1:
            stmt = stmt.where(order[0] > last[0])
        elif last is not None:
            stmt = stmt.offset(total)
        with source.read() as session:
            rows = [dict(r) for r in session.execute(stmt).mappings()]
        if not rows:
            break
        for row in rows:
            if any(row.get(c) is not None for c in self_refs):
                pending.append({"id": row["id"], **{c: row[c] for c in self_refs}})
                for c in self_refs:
                    row[c] = None
        out.execute(table.insert(), rows)  # type: ignore[attr-defined]
        total += len(rows)
        last = tuple(rows[-1][c.name] for c in order)
        if progress:
            progress(table.name, total)
    for row in pending:
        values = {c: row[c] for c in self_refs}
        out.execute(update(table).where(table.c.id == row["id"]).values(**values))  # type: ignore[attr-defined]
    return total
