"""List pages straight from SQL: count, sort, filter and page at any table size.

A list never loads a table: the view asks for the row count once and then for pages of
rows near what is on screen. Pages past the middle are read backwards from the far end,
so a jump to the last row costs as little as the first screen. Every sortable column has
a partial index ``(column, id) WHERE deleted_at IS NULL`` (see models.entities).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, DateTime, Select, func, select, type_coerce

from crm_desktop.models.database import Database
from crm_desktop.models.entities import User
from crm_desktop.registry import FieldSpec, Kind, RecordType, Registry
from crm_desktop.services.access.linked import shown_names
from crm_desktop.services.access.rules import UNLIMITED, Access, walks_sort_index
from crm_desktop.services.records.conditions import common_match, condition_clause, text_match
from crm_desktop.services.records.list_counts import count_rows, kept_count, value_counts
from crm_desktop.services.records.list_ranges import keyset_ranges
from crm_desktop.services.records.query_stop import QueryStop
from crm_desktop.services.records.service import table_of
from crm_desktop.services.records.types import ListQuery, ListRow, ValueCount
from crm_desktop.textfold import fold_words

#: quick filters whose kind of word (common or rare) a list service remembers
COMMON_ANSWERS_KEPT = 100


class ListService:
    def __init__(self, db: Database, registry: Registry, user_id: int, access: Access = UNLIMITED):
        self.db = db
        self.registry = registry
        self.user_id = user_id
        #: whose records the user sees: a condition of every list, count and search
        self.access = access
        #: type key -> what brings its rows up to date before a list counts them (contracts
        #: whose end has passed become Expired)
        self._before_count: dict[str, list[Callable[[], None]]] = {}
        #: (type key, quick filter words) -> whether they are common (see common_match),
        #: asked once for the pages of one filter
        self._common: dict[tuple[str, tuple[str, ...]], bool] = {}

    def add_before_count(self, type_key: str, bring_up_to_date: Callable[[], None]) -> None:
        self._before_count.setdefault(type_key, []).append(bring_up_to_date)

    def columns(self, type_key: str) -> tuple[FieldSpec, ...]:
        """Every field a list of this type can show, in registry order."""
        return self.registry.get(type_key).column_fields

    def sort_field(self, query: ListQuery) -> FieldSpec:
        record_type = self.registry.get(query.record_type)
        name = query.sort_field or record_type.default_sort[0]
        spec = record_type.field(name)
        if not spec.sortable:
            raise ValueError(f"{record_type.key}.{name} is not sortable")
        return spec

    # -- queries ---------------------------------------------------------------------------------
    def count(self, query: ListQuery) -> int:
        """Rows of the list. The live rows of an unfiltered list are one row read from
        ``record_counts`` (kept by triggers); anything filtered is counted in SQL."""
        counted = self._count(query, None, None)
        assert counted is not None
        return counted

    def count_upto(self, query: ListQuery, most: int) -> int | None:
        """The rows of the list, or None when there are more than ``most``: a filtered
        list's count reads every row it selects, this no more than ``most + 1`` (a quick
        filter's first count; the whole count follows with :meth:`count_or_stop`)."""
        counted = self._count(query, most + 1, None)
        assert counted is not None
        return None if counted > most else counted

    def count_or_stop(self, query: ListQuery, stop: QueryStop) -> int | None:
        """:meth:`count`, run on a worker thread; None when ``stop`` was stopped (the
        user no longer shows the list): the statement is then ended where it is."""
        return self._count(query, None, stop)

    def _count(self, query: ListQuery, most: int | None, stop: QueryStop | None) -> int | None:
        return count_rows(self, query, most, stop)

    def page(
        self,
        query: ListQuery,
        offset: int,
        limit: int,
        *,
        total: int | None = None,
        more: bool = False,
    ) -> list[ListRow]:
        """Rows ``offset`` .. ``offset + limit`` in list order.

        Given the ``total`` row count, a page in the second half is read backwards from the
        end, so that SQL skips the fewer rows. ``more``: the list has more rows than
        ``total`` (they are still being counted), so every page is read forwards.
        """
        if limit <= 0 or offset < 0:
            return []
        reverse = total is not None and not more and offset > total // 2
        if reverse:
            assert total is not None
            end = min(total, offset + limit)
            if end <= offset:
                return []
            sql_offset, sql_limit = total - end, end - offset
        else:
            sql_offset, sql_limit = offset, limit
        with self.db.read() as session:
            walk = self._walks_sort_index(session, query, limit, total)
            stmt = self._page_select(
                query, reverse=reverse, offset=sql_offset, limit=sql_limit, walk=walk,
                walk_text=self._walks_for_text(session, query),
            )  # fmt: skip
            rows = list(session.execute(stmt).all())
        if reverse:
            rows.reverse()
        return [ListRow(row[0], tuple(row[1:])) for row in rows]

    def row_index(self, query: ListQuery, record_id: int) -> int | None:
        """Position of a record in the list (to keep it selected after a re-sort), or None.

        Counts the rows before the record in the sort index (one or two range counts),
        rather than numbering the whole list; still O(position): up to ~100 ms for a row
        near the end of a million.
        """
        record_type = self.registry.get(query.record_type)
        table = table_of(record_type)
        where = self._where(record_type, query)
        with self.db.read() as session:
            found = self._sort_value(session, query, record_id)
            if found is None:
                return None
            before = 0
            for clause in self._segments(query, found[0], record_id)[0]:
                stmt = select(func.count()).select_from(table).where(*where, clause)
                before += int(session.execute(stmt).scalar_one())
        return before

    def rows_around(
        self, query: ListQuery, record_id: int, before: int, limit: int
    ) -> list[ListRow]:
        """``limit`` rows in list order: the ``before`` rows preceding the record, the record,
        and the rows after it. Read by keyset from the record's place in the sort index, so
        the page of a record deep in the list costs what the first page does (a page at an
        offset walks the offset). Empty when the list does not show the record."""
        if limit <= 0 or before < 0:
            return []
        with self.db.read() as session:
            found = self._sort_value(session, query, record_id)
            if found is None:
                return []
            preceding, following = self._segments(query, found[0], record_id)
            walk = self._walks_sort_index(session, query, limit)
            walk_text = self._walks_for_text(session, query)
            rows: list[Any] = []
            for clause in reversed(preceding):  # nearest first, read backwards
                if len(rows) >= before:
                    break
                stmt = self._page_select(
                    query, reverse=True, offset=0, limit=before - len(rows), where=(clause,),
                    walk=walk, walk_text=walk_text,
                )  # fmt: skip
                rows.extend(session.execute(stmt).all())
            rows.reverse()
            for clause in following:
                if len(rows) >= limit:
                    break
                stmt = self._page_select(
                    query, reverse=False, offset=0, limit=limit - len(rows), where=(clause,),
                    walk=walk, walk_text=walk_text,
                )  # fmt: skip
                rows.extend(session.execute(stmt).all())
        return [ListRow(row[0], tuple(row[1:])) for row in rows]

    def value_counts(
        self, query: ListQuery, field_name: str, limit: int = 50
    ) -> tuple[list[ValueCount], bool]:
        """The values of a field among the list's rows, most frequent first, and whether
        that is all of them (at most ``limit`` are read): a column filter's list of values
        (see :func:`value_counts`)."""
        return value_counts(self, query, field_name, limit)

    def stream(
        self, query: ListQuery, fields: Sequence[FieldSpec], *, chunk: int = 5000
    ) -> Iterator[list[ListRow]]:
        """Every row of the list in list order with the values of ``fields``, ``chunk``
        rows at a time (an export); points in time as the database keeps them, naive in
        UTC (making them aware costs an export of a million rows seconds).

        Each chunk is read in a short transaction of its own, by keyset after the last
        row read, so a long export never holds the shared file's lock against other
        users' saves, and costs the same at its end as at its start."""
        # The next chunk starts strictly after the last row: ids are integers, so "from
        # the id after it" in list order is the last id plus one step.
        step = -1 if self._descending(query) else 1
        following: list[ColumnElement[bool] | None] = [None]
        while True:
            rows: list[Any] = []
            with self.db.read() as session:
                for clause in following:
                    if len(rows) >= chunk:
                        break
                    stmt = self._page_select(
                        query,
                        reverse=False,
                        offset=0,
                        limit=chunk - len(rows),
                        where=() if clause is None else (clause,),
                        fields=fields,
                        with_sort_key=True,
                        stored_moments=True,
                    )
                    rows.extend(session.execute(stmt).all())
            if rows:
                yield [ListRow(row[0], tuple(row[1:-1])) for row in rows]
            if len(rows) < chunk:
                return
            last = rows[-1]
            following = list(self._segments(query, last[-1], last[0] + step)[1])

    # -- SQL building ------------------------------------------------------------------------------
    def _descending(self, query: ListQuery, *, reverse: bool = False) -> bool:
        wanted = query.descending
        if query.sort_field is None:
            wanted = self.registry.get(query.record_type).default_sort[1]
        return wanted != reverse

    def _page_select(
        self,
        query: ListQuery,
        *,
        reverse: bool,
        offset: int,
        limit: int,
        where: Sequence[ColumnElement[bool]] = (),
        fields: Sequence[FieldSpec] | None = None,
        with_sort_key: bool = False,
        stored_moments: bool = False,
        walk: bool = False,
        walk_text: bool = False,
    ) -> Select[Any]:
        """One page: the offset is walked in the sort index alone (ids and sort keys), and
        only the page's rows are read, so a page deep in a million rows costs milliseconds
        where skipping whole rows (and their owner) took a second. ``where`` narrows the
        list (a keyset range). ``fields``: the values read (default: the list's columns),
        followed by the sort key when ``with_sort_key``; ``stored_moments``: points in time
        naive, as stored (UTC)."""
        record_type = self.registry.get(query.record_type)
        table = table_of(record_type)
        sort_col = self._sort_col(query)
        descending = self._descending(query, reverse=reverse)
        keys = (
            select(table.c.id.label("id"), sort_col.label("sort_key"))
            .where(*self._where(record_type, query, walk=walk, walk_text=walk_text), *where)
            .order_by(*_order(sort_col, table.c.id, descending))
            .offset(offset)
            .limit(limit)
            .subquery("page")
        )
        stmt = self._columns(
            query, keys.join(table, table.c.id == keys.c.id), fields, stored_moments
        )
        if with_sort_key:
            stmt = stmt.add_columns(keys.c.sort_key)
        return stmt.order_by(*_order(keys.c.sort_key, keys.c.id, descending))

    def _columns(
        self,
        query: ListQuery,
        source: Any,
        fields: Sequence[FieldSpec] | None = None,
        stored_moments: bool = False,
    ) -> Select[Any]:
        """The id and ``fields`` (default: the list columns; references as their cached
        names unless private, see access/linked.py; users by name) of ``source``."""
        record_type = self.registry.get(query.record_type)
        table = table_of(record_type)
        # A Core alias, not the ORM's aliased(User): a statement without ORM entities is
        # not run through the ORM's row loading (half the Python cost of a page).
        owner = User.__table__.alias("owner")
        cols: list[Any] = [table.c.id]
        need_owner = False
        names = shown_names(self.access, self.registry, record_type, table)
        for f in self.columns(query.record_type) if fields is None else fields:
            if f.kind is Kind.REFERENCE and f.cache:
                cols.append(names.get(f.cache, table.c[f.cache]))
            elif f.kind is Kind.USER:
                cols.append(owner.c.full_name)
                need_owner = True
            elif f.kind is Kind.DATETIME and stored_moments:
                cols.append(type_coerce(table.c[f.name], DateTime()).label(f.name))
            else:
                cols.append(names.get(f.name, table.c[f.name]))
        if need_owner:
            source = source.outerjoin(owner, owner.c.id == table.c.owner_id)
        return select(*cols).select_from(source)

    def _sort_col(self, query: ListQuery) -> Any:
        table = table_of(self.registry.get(query.record_type))
        return table.c[self.sort_field(query).sort or "id"]

    def _sort_value(self, session: Any, query: ListQuery, record_id: int) -> Any:
        """The record's sort key as a one-element row, or None when the list does not show it."""
        record_type = self.registry.get(query.record_type)
        table = table_of(record_type)
        where = self._where(record_type, query)
        stmt = select(self._sort_col(query)).where(table.c.id == record_id, *where)
        return session.execute(stmt).first()

    def _segments(
        self, query: ListQuery, value: Any, record_id: int
    ) -> tuple[list[ColumnElement[bool]], list[ColumnElement[bool]]]:
        """The rows before the record at ``(value, record_id)`` and the rows from it on,
        each as index ranges in list order (see :func:`keyset_ranges`)."""
        descending = self._descending(query)
        id_col = table_of(self.registry.get(query.record_type)).c.id
        return keyset_ranges(
            self._sort_col(query), id_col, value, record_id,
            descending=descending, nulls_first=self.db.is_sqlite != descending,
        )  # fmt: skip

    def _walks_sort_index(
        self, session: Any, query: ListQuery, limit: int, total: int | None = None
    ) -> bool:
        """Whether a page of a list the user sees part of walks the sort index (see
        :func:`walks_sort_index`); ``total``: the user's rows, counted if not given. The
        rows the walk passes over are the table's live rows, everybody's: the kept count,
        read in the page's own transaction."""
        record_type = self.registry.get(query.record_type)
        table = table_of(record_type)
        if self.access.visible(record_type.key, table) is None:
            return False
        if self.sort_field(query).sort == "owner_id":
            return False  # the owner index is the sort index
        if total is None:
            counted = select(func.count()).select_from(table)
            total = int(session.execute(counted.where(*self._where(record_type, query))).scalar())
        live = kept_count(session, table.name)
        return walks_sort_index(total, total if live is None else live, limit)

    def where(self, query: ListQuery) -> list[ColumnElement[bool]]:
        """The conditions that choose the list's rows, for the statements of other
        features over the same rows (a board's columns, a list grouped by a field)."""
        return self._where(self.registry.get(query.record_type), query)

    def _walks_for_text(self, session: Any, query: ListQuery) -> bool:
        """Whether a page of a quick-filtered list walks the sort index, testing each row
        against the matches, rather than sorting every match (see :func:`common_match`).
        Which of the two is a matter of speed only: both read the same rows."""
        words = tuple(fold_words(query.quick))
        if not words or not self.db.is_sqlite:
            return False
        key = (query.record_type, words)
        if key not in self._common:
            if len(self._common) >= COMMON_ANSWERS_KEPT:
                self._common.clear()
            record_type = self.registry.get(query.record_type)
            self._common[key] = common_match(session, record_type, words)
        return self._common[key]

    def _where(
        self,
        record_type: RecordType,
        query: ListQuery,
        *,
        walk: bool = False,
        walk_text: bool = False,
    ) -> list[ColumnElement[bool]]:
        table = table_of(record_type)
        clauses: list[ColumnElement[bool]] = [
            table.c.deleted_at.is_not(None) if query.deleted else table.c.deleted_at.is_(None)
        ]
        visible = self.access.visible(record_type.key, table, walk=walk)
        if visible is not None:
            clauses.append(visible)
        words = fold_words(query.quick)
        if words:
            clauses.append(
                text_match(record_type, words, is_sqlite=self.db.is_sqlite, walk=walk_text)
            )
        for condition in (*query.conditions, *query.column_filters):
            clauses.append(
                condition_clause(record_type, condition, self.user_id, is_sqlite=self.db.is_sqlite)
            )
        return clauses


def _order(sort_col: Any, id_col: Any, descending: bool) -> tuple[Any, Any]:
    return (sort_col.desc(), id_col.desc()) if descending else (sort_col, id_col)
