"""How many rows a list has, and how many of each value of a field (ListService's counts).

A filtered list is counted in SQL, which reads every row it selects: at a million
contacts the 136,625 that "nguyen" matches take most of a second. So a new filter's
first count goes no further than a screenful needs (``most``), and the whole count is
taken afterwards on a worker thread, stoppable (see query_stop.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from crm_desktop.models.entities import User
from crm_desktop.models.record_counts import RecordCount
from crm_desktop.registry import Kind
from crm_desktop.services.records.conditions import fts_matches
from crm_desktop.services.records.query_stop import QueryStop
from crm_desktop.services.records.service import table_of
from crm_desktop.services.records.types import ListQuery, ValueCount
from crm_desktop.textfold import fold_words

if TYPE_CHECKING:
    from crm_desktop.services.records.lists import ListService


def count_rows(
    lists: ListService, query: ListQuery, most: int | None, stop: QueryStop | None
) -> int | None:
    """The rows of the list, no more than ``most`` of them read (a kept count is whole);
    None when ``stop`` stopped the count."""
    for bring_up_to_date in lists._before_count.get(query.record_type, ()):
        bring_up_to_date()
    record_type = lists.registry.get(query.record_type)
    table = table_of(record_type)
    unfiltered = not (
        query.deleted or query.conditions or query.column_filters or fold_words(query.quick)
    )
    unfiltered = unfiltered and lists.access.visible(record_type.key, table) is None
    with lists.db.read() as session:
        if unfiltered:
            live = kept_count(session, table.name)
            if live is not None:
                return live
        where = lists._where(record_type, query)
        stmt = select(func.count()).select_from(table).where(*where)
        if most is not None:  # the first ``most`` rows the database finds, no more
            rows = select(table.c.id).where(*where).limit(most)
            words = fold_words(query.quick)
            if words and lists.db.is_sqlite:
                # The matches come one by one from the full-text index and stop at
                # ``most``; ``id IN (matches)`` would first read them all into a temporary
                # index (400,000 for "a" at a million: a quarter of a second).
                matches = fts_matches(record_type, words).subquery("matches")
                others = lists._where(record_type, replace(query, quick=""))
                joined = matches.join(table, table.c.id == matches.c.rowid)
                rows = select(table.c.id).select_from(joined).where(*others).limit(most)
            stmt = select(func.count()).select_from(rows.subquery("rows"))
        if stop is None:
            return int(session.execute(stmt).scalar_one())
        return stop.run(session, lambda: int(session.execute(stmt).scalar_one()))


def value_counts(
    lists: ListService, query: ListQuery, field_name: str, limit: int
) -> tuple[list[ValueCount], bool]:
    """One GROUP BY; the field's own column filter is left out, so that its other values
    stay on offer, as in a spreadsheet."""
    record_type = lists.registry.get(query.record_type)
    spec = record_type.field(field_name)
    table = table_of(record_type)
    others = replace(
        query, column_filters=tuple(c for c in query.column_filters if c.field != spec.name)
    )
    column = table.c[spec.name]
    count = func.count().label("count")
    source: Any = table
    names: list[Any] = []
    if spec.kind is Kind.USER:
        owner = User.__table__.alias("owner")
        source = table.outerjoin(owner, owner.c.id == column)
        names = [owner.c.full_name]
    stmt = (
        select(column, count, *names)
        .select_from(source)
        .where(*lists._where(record_type, others))
        .group_by(column, *names)
        .order_by(count.desc(), column)
        .limit(limit + 1)
    )
    with lists.db.read() as session:
        rows = session.execute(stmt).all()
    found: dict[Any, ValueCount] = {}
    for row in rows[:limit]:
        value = None if row[0] == "" else row[0]  # an empty text is no value, as NULL
        earlier = found.get(value)
        total = row[1] + (earlier.count if earlier else 0)
        found[value] = ValueCount(value, total, row[2] if names else None)
    return sorted(found.values(), key=lambda v: -v.count), len(rows) <= limit


def kept_count(session: Any, table_name: str) -> int | None:
    """The live rows of a record table as ``record_counts`` keeps them (every owner's)."""
    counts = RecordCount.__table__  # Core, not the ORM entity: no ORM overhead
    live = session.execute(select(counts.c.live).where(counts.c.table_name == table_name))
    return None if (found := live.scalar()) is None else int(found)
