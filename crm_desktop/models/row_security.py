"""PostgreSQL's own enforcement of who sees which records (migration 0012_row_security).

On a server every record table has row-level security policies that apply the rule of
``services.access.rules.Access.visible`` to the user the program acts for, read from the
transaction's ``crm.user_id`` setting. The program's connections for a logged-in user of an
office database carry that user (:data:`USER_OPTION`, set by ``Database.as_user``) and set
it at the start of every transaction, so whatever SQL runs on them, the server returns
only the rows that user may see. A transaction without the setting (migrations,
``migrate-to``, the single-user program) is not limited.

A few steps of a save read or write records their user may not see (whether a linked
record exists and who owns it, the name kept of it, that name refreshed after a rename in
every record that links to it). On a server they call functions of the tables' owner
(migration 0024), which answer exactly that and nothing more, so that they work the same
for a connection of the user's own role, which cannot lift the policies.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, Table, event, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

#: the execution option of an engine whose transactions act for one user (an int id)
USER_OPTION = "crm_user_id"
#: the transaction setting the policies read
SETTING = "crm.user_id"


def install_row_security(engine: Engine) -> None:
    """Set :data:`SETTING` at the start of each transaction of a connection that acts for
    a user (PostgreSQL)."""

    @event.listens_for(engine, "begin")
    def _act_for_user(conn: Connection) -> None:
        user_id = conn.get_execution_options().get(USER_OPTION)
        if user_id is not None:
            _set(conn, str(int(user_id)))


def _set(conn: Connection, value: str) -> None:
    conn.exec_driver_sql(f"SELECT set_config('{SETTING}', %(value)s, true)", {"value": value})


def _on_server(session: Session) -> bool:
    return session.connection().dialect.name == "postgresql"


def record_owner(session: Session, table: Table, record_id: int) -> tuple[int, bool] | None:
    """The owner of a record and whether it is in the recycle bin, whoever may see it;
    None when there is no such record."""
    if _on_server(session):
        found = session.execute(
            text("SELECT owner_id, deleted FROM crm_record_owner(CAST(:t AS regclass), :i)"),
            {"t": table.name, "i": record_id},
        ).first()
    else:
        found = session.execute(
            select(table.c.owner_id, table.c.deleted_at.is_not(None)).where(table.c.id == record_id)
        ).first()
    return None if found is None else (int(found[0]), bool(found[1]))


def record_name_values(
    session: Session, table: Table, record_id: int, columns: Sequence[str]
) -> list[Any] | None:
    """The values of a record's name ``columns``, whoever may see it; None when there is
    no such record (on a server the values come as text)."""
    if _on_server(session):
        values = session.execute(
            text("SELECT crm_record_name(CAST(:t AS regclass), :i, CAST(:c AS text[]))"),
            {"t": table.name, "i": record_id, "c": list(columns)},
        ).scalar()
        return None if values is None else list(values)
    row = session.execute(select(*(table.c[c] for c in columns)).where(table.c.id == record_id))
    found = row.first()
    return None if found is None else list(found)


def refresh_hidden_names(
    session: Session,
    target: tuple[Table, int, Sequence[str], str | None],
    referring: Table,
    link: tuple[str, str | None, str],
    cache: tuple[str, str, bool],
) -> None:
    """On a server, the name that ``referring`` keeps of the record ``target`` (its table,
    id, title columns and name order column), refreshed where the user may not see the
    row: ``link`` is the link column, the type column (or None) and the type's key;
    ``cache`` the name column, the folded name and whether the name is searchable. The
    rows the user sees are the caller's; a file has none it does not see."""
    if not _on_server(session):
        return
    table, target_id, titles, order = target
    link_column, type_column, type_key = link
    cache_column, folded, searchable = cache
    session.execute(
        text(
            "SELECT crm_refresh_name(CAST(:target AS regclass), :target_id,"
            " CAST(:titles AS text[]), :order_column, CAST(:referring AS regclass), :link,"
            " :type_column, :type_key, :cache, :folded, :searchable)"
        ),
        {
            "target": table.name,
            "target_id": target_id,
            "titles": list(titles),
            "order_column": order,
            "referring": referring.name,
            "link": link_column,
            "type_column": type_column,
            "type_key": type_key,
            "cache": cache_column,
            "folded": folded,
            "searchable": searchable,
        },
    )
