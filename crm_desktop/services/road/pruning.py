"""Choosing what a road copy keeps, on the snapshot of the office database.

The records kept are, per record type:

* the records the user may see (:meth:`Access.visible`, the rule of every list), not in
  the recycle bin, within the scope: ``all`` of them, the ``team``'s (owned by the user,
  their group, or a manager's team) or ``mine`` (owned by the user), and when ``since``
  is given only those changed since then; a type declared ``taken_whole`` (the products:
  the price list everybody quotes from) is kept whole;
* the records those link to (a contact's organization, a quote's contact), when the user
  may see them, so a customer travels with what the customer's record shows;
* the activities of the kept records (a colleague's visit to my customer), when visible.

Everything else is deleted from the copy; a link to a deleted record is emptied (the
cached name it showed stays), and a row that cannot exist without a deleted one (a quote
line, an invitee, a history entry) goes with it. In an office, the mail other users
fetched stays in the office: the copy keeps its user's own mailbox.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Exists,
    FromClause,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    delete,
    exists,
    func,
    literal,
    not_,
    select,
    text,
    true,
    update,
)

from crm_desktop.models.base import Base
from crm_desktop.models.mail import MailFolder
from crm_desktop.models.marketing import MailAccountRow
from crm_desktop.registry import RecordType, Registry
from crm_desktop.services.access.rules import Access
from crm_desktop.services.mail.types import MailServer, Security
from crm_desktop.services.records.tables import table_of
from crm_desktop.services.road.rows import history_unguarded

#: the tables of operations only the office undoes (imports, merges)
_OFFICE_ONLY = ("import_batch_records", "import_batches", "merged_records", "merges")
#: a bound on the link-following passes (each adds the records the last pass linked to)
_MAX_PASSES = 10

_keep = Table(
    "road_keep",
    MetaData(),
    Column("table_name", String, primary_key=True),
    Column("id", Integer, primary_key=True),
    prefixes=["TEMPORARY"],
    sqlite_with_rowid=False,
)


def prune(
    conn: Connection,
    registry: Registry,
    access: Access,
    scope: str,
    since: dt.datetime | None,
) -> dict[str, int]:
    """Delete what the copy does not keep; returns the records kept per type key."""
    if all(_takes_every_live_row(t, access, scope, since) for t in registry):
        # Everything the office holds but its recycle bin: no choosing, no links to follow.
        deleted = 0
        for record_type in registry:
            table = table_of(record_type)
            deleted += _delete(conn, table, table.c.deleted_at.is_not(None))
        kept = {t.key: _count(conn, table_of(t)) for t in registry}
    else:
        _keep.create(conn)
        try:
            kept, deleted = _keep_chosen(conn, registry, access, scope, since)
        finally:
            _keep.drop(conn)
    for name in _OFFICE_ONLY:
        conn.execute(delete(Base.metadata.tables[name]))
    if access.office:
        deleted += _keep_own_mail(conn, access.user_id)
    if deleted:
        _empty_links(conn, registry)
        with history_unguarded(conn, "delete"):
            _drop_orphans(conn, registry)
    return kept


def _takes_every_live_row(
    record_type: RecordType, access: Access, scope: str, since: dt.datetime | None
) -> bool:
    """The copy keeps every record of the type that is not in the recycle bin."""
    if access.visible(record_type.key, table_of(record_type)) is not None:
        return False
    return record_type.taken_whole or (scope == "all" and since is None)


def _keep_chosen(
    conn: Connection,
    registry: Registry,
    access: Access,
    scope: str,
    since: dt.datetime | None,
) -> tuple[dict[str, int], int]:
    """Choose the records kept into the keep table and delete the others; returns the
    records kept per type key and how many were deleted."""
    everything = True
    for record_type in registry:
        table = table_of(record_type)
        chosen = _choose(conn, record_type, access, scope, since)
        everything &= chosen == _count(conn, table)
    if not everything:
        _follow_links(conn, registry, access)
    kept: dict[str, int] = {}
    deleted = 0
    for record_type in registry:
        table = table_of(record_type)
        chosen_ids = select(_keep.c.id).where(_keep.c.table_name == table.name)
        deleted += _delete(conn, table, table.c.id.not_in(chosen_ids))
        kept[record_type.key] = _count(conn, table)
    return kept, deleted


def _delete(conn: Connection, table: Table, condition: ColumnElement[bool]) -> int:
    """Delete a record table's rows that meet ``condition`` (its search index rebuilt
    from the rest); returns how many."""
    deleted = conn.execute(delete(table).where(condition)).rowcount or 0
    if deleted:
        _rebuild_search_index(conn, table.name)
    return deleted


def _count(conn: Connection, table: FromClause) -> int:
    return conn.scalar(select(func.count()).select_from(table)) or 0


def _keep_own_mail(conn: Connection, user_id: int) -> int:
    """Delete the mail folders of other users' mailboxes (their messages go with them as
    orphans): in an office, the mail a user fetched is theirs. Returns the folders deleted."""
    accounts: Table = MailAccountRow.__table__  # type: ignore[assignment]
    row = conn.execute(
        select(accounts.c.imap_host, accounts.c.imap_port, accounts.c.imap_user).where(
            accounts.c.user_id == user_id
        )
    ).first()
    folders: Table = MailFolder.__table__  # type: ignore[assignment]
    others = delete(folders)
    if row is not None and row.imap_host and row.imap_port is not None:
        own = MailServer(row.imap_host, row.imap_port, Security.SSL, row.imap_user or "")
        others = others.where(folders.c.account != own.keyring_user)
    return conn.execute(others).rowcount or 0


def _rebuild_search_index(conn: Connection, table: str) -> None:
    """Rebuild a table's full-text index from the rows kept: a deleted row's words stay
    in the index's segments until they are merged, and must not travel."""
    fts = f"{table}_fts"
    if conn.scalar(text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": fts}):
        conn.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')"))


def _visible(access: Access, record_type: RecordType, table: FromClause) -> ColumnElement[bool]:
    condition = access.visible(record_type.key, table)
    return true() if condition is None else condition


def _choose(
    conn: Connection,
    record_type: RecordType,
    access: Access,
    scope: str,
    since: dt.datetime | None,
) -> int:
    """Keep the records of ``record_type`` the user takes; returns how many."""
    table = table_of(record_type)
    conditions = [table.c.deleted_at.is_(None), _visible(access, record_type, table)]
    if not record_type.taken_whole:
        if scope == "mine":
            conditions.append(table.c.owner_id == access.user_id)
        elif scope == "team" and access.team is not None:
            conditions.append(table.c.owner_id.in_(sorted(access.team)))
        if since is not None:
            conditions.append(table.c.modified_at >= since)
    rows = select(literal(table.name), table.c.id).where(and_(*conditions))
    return conn.execute(_keep.insert().from_select(["table_name", "id"], rows)).rowcount or 0


def _follow_links(conn: Connection, registry: Registry, access: Access) -> None:
    """Add what the kept records link to, and the activities of the kept records, until
    a pass adds nothing."""
    types = {record_type.table: record_type for record_type in registry}
    for _ in range(_MAX_PASSES):
        added = 0
        for record_type in registry:
            table = table_of(record_type)
            for fk in table.foreign_keys:
                target = types.get(fk.column.table.name)
                if target is not None:
                    added += _add_linked(conn, table, fk.parent, target, access)
            if record_type.link_fields is not None:
                added += _add_linking(conn, record_type, types, access)
        if not added:
            return


def _kept(table_name: str, id_column: ColumnElement[int]) -> Exists:
    return exists().where(and_(_keep.c.table_name == table_name, _keep.c.id == id_column))


def _add_linked(
    conn: Connection, table: Table, column: Column[int], target: RecordType, access: Access
) -> int:
    """Keep the ``target`` records ``column`` of kept ``table`` rows points at."""
    target_table = table_of(target)
    other = target_table.alias("linked")
    rows = (
        select(literal(target_table.name), other.c.id)
        .distinct()
        .join(table, column == other.c.id)
        .where(
            _kept(table.name, table.c.id),
            not_(_kept(target_table.name, other.c.id)),
            other.c.deleted_at.is_(None),
            _visible(access, target, other),
        )
    )
    return conn.execute(_keep.insert().from_select(["table_name", "id"], rows)).rowcount or 0


def _add_linking(
    conn: Connection, record_type: RecordType, types: dict[str, RecordType], access: Access
) -> int:
    """Keep the records of ``record_type`` (activities) whose link points at a kept record."""
    assert record_type.link_fields is not None
    type_column, id_column = record_type.link_fields
    table = table_of(record_type)
    added = 0
    for table_name, linked in types.items():
        key = linked.key
        rows = select(literal(table.name), table.c.id).where(
            table.c[type_column] == key,
            _kept(table_name, table.c[id_column]),
            not_(_kept(table.name, table.c.id)),
            table.c.deleted_at.is_(None),
            _visible(access, record_type, table),
        )
        added += conn.execute(_keep.insert().from_select(["table_name", "id"], rows)).rowcount or 0
    return added


def _empty_links(conn: Connection, registry: Registry) -> None:
    """Empty the "related to" links that point at a record the copy does not hold."""
    for record_type in registry:
        if record_type.link_fields is None:
            continue
        type_column, id_column = record_type.link_fields
        table = table_of(record_type)
        for target in registry:
            other = table_of(target)
            missing = not_(exists().where(other.c.id == table.c[id_column]))
            conn.execute(
                update(table)
                .where(table.c[type_column] == target.key, table.c[id_column].is_not(None), missing)
                .values({id_column: None})
            )


def _drop_orphans(conn: Connection, registry: Registry) -> None:
    """Empty every nullable key pointing at a deleted row and delete the rows whose
    required key does, until nothing changes (a deleted quote's lines, then their taxes)."""
    for _ in range(_MAX_PASSES):
        changed = 0
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                missing = and_(
                    fk.parent.is_not(None),
                    not_(exists().where(fk.column == fk.parent)),
                )
                if fk.parent.nullable:
                    result = conn.execute(
                        update(table).where(missing).values({fk.parent.name: None})
                    )
                else:
                    result = conn.execute(delete(table).where(missing))
                changed += result.rowcount or 0
            if {"record_type", "record_id"} <= set(table.c.keys()):
                for record_type in registry:
                    other = table_of(record_type)
                    result = conn.execute(
                        delete(table).where(
                            table.c.record_type == record_type.key,
                            not_(exists().where(other.c.id == table.c.record_id)),
                        )
                    )
                    changed += result.rowcount or 0
        if not changed:
            return
