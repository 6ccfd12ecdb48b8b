"""Reading every row of a list in no order of the user's: by id, a chunk at a time, each
chunk in a short transaction of its own (a map places every record; the order it reads
them in does not matter, and walking the primary key costs the least)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from crm_desktop.registry import FieldSpec
from crm_desktop.services.records.lists import ListService
from crm_desktop.services.records.tables import table_of
from crm_desktop.services.records.types import ListQuery, ListRow


def scan(
    lists: ListService,
    query: ListQuery,
    fields: Sequence[FieldSpec],
    *,
    chunk: int = 10_000,
    where: Sequence[Any] = (),
) -> Iterator[list[ListRow]]:
    """The rows of ``query``'s list (its filters, search and the user's rights), and of
    the conditions ``where`` besides, with the values of ``fields`` (as
    :meth:`ListService.stream` reads them), by id."""
    record_type = lists.registry.get(query.record_type)
    table = table_of(record_type)
    where = [*lists._where(record_type, query), *where]
    after = 0
    while True:
        stmt = (
            lists._columns(query, table, fields)
            .where(*where, table.c.id > after)
            .order_by(table.c.id)
            .limit(chunk)
        )
        with lists.db.read() as session:
            rows = session.execute(stmt).all()
        if rows:
            yield [ListRow(row[0], tuple(row[1:])) for row in rows]
        if len(rows) < chunk:
            return
        after = rows[-1][0]
