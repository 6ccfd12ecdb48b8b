"""List pages straight from SQL: count, sort, filter and page at any table size.

A list never loads a table: the view asks for the row count once and then for pages of
rows near what is on screen. Pages past the middle are read backwards from the far end,
so a jump to the last row costs as little as the first screen. Every sortable column has
a partial index ``(column, id) WHERE deleted_at IS NULL`` (see models.entities).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select, text, true

from crm_desktop.models.database import Database
from crm_desktop.models.entities import User
from crm_desktop.models.record_counts import RecordCount
from crm_desktop.registry import ME, TODAY, Condition, FieldSpec, Kind, RecordType, Registry
from crm_desktop.services.access.rules import UNLIMITED, Access, walks_sort_index
from crm_desktop.services.records.service import table_of
from crm_desktop.textfold import fold, fold_words

OPERATORS = (
    "eq",
    "ne",
    "in",
    "not_in",
    "contains",
    "starts",
    "empty",
    "not_empty",
    "lt",
    "le",
    "gt",
    "ge",
)


@dataclass(frozen=True)
class ListQuery:
    record_type: str
    #: None: the record type's default sort (field and direction)
    sort_field: str | None = None
    descending: bool = False
    quick: str = ""
    conditions: tuple[Condition, ...] = ()
    #: True lists the recycle bin instead of the live records
    deleted: bool = False


@dataclass(frozen=True)
class ListRow:
    id: int
    #: one value per :meth:`ListService.columns` entry; references as their display names
    values: tuple[Any, ...]


class ListService:
    def __init__(self, db: Database, registry: Registry, user_id: int, access: Access = UNLIMITED):
        self.db = db
        self.registry = registry
        self.user_id = user_id
        #: whose records the user sees: a condition of every list, count and search
        self.access = access

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
        record_type = self.registry.get(query.record_type)
        table = table_of(record_type)
        unfiltered = not (query.deleted or query.conditions or fold_words(query.quick))
        unfiltered = unfiltered and self.access.visible(record_type.key, table) is None
        with self.db.read() as session:
            if unfiltered:
                counts = RecordCount.__table__  # Core, not the ORM entity: no ORM overhead
                live = session.execute(
                    select(counts.c.live).where(counts.c.table_name == table.name)
                ).scalar()
                if live is not None:
                    return int(live)
            stmt = select(func.count()).select_from(table).where(*self._where(record_type, query))
            return int(session.execute(stmt).scalar_one())

    def page(
        self, query: ListQuery, offset: int, limit: int, *, total: int | None = None
    ) -> list[ListRow]:
        """Rows ``offset`` .. ``offset + limit`` in list order.

        Given the ``total`` row count, a page in the second half is read backwards from the
        end, so that SQL skips the fewer rows.
        """
        if limit <= 0 or offset < 0:
            return []
        reverse = total is not None and offset > total // 2
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
                query, reverse=reverse, offset=sql_offset, limit=sql_limit, walk=walk
            )
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
            rows: list[Any] = []
            for clause in reversed(preceding):  # nearest first, read backwards
                if len(rows) >= before:
                    break
                stmt = self._page_select(
                    query, reverse=True, offset=0, limit=before - len(rows), where=(clause,),
                    walk=walk,
                )  # fmt: skip
                rows.extend(session.execute(stmt).all())
            rows.reverse()
            for clause in following:
                if len(rows) >= limit:
                    break
                stmt = self._page_select(
                    query, reverse=False, offset=0, limit=limit - len(rows), where=(clause,),
                    walk=walk,
                )  # fmt: skip
                rows.extend(session.execute(stmt).all())
        return [ListRow(row[0], tuple(row[1:])) for row in rows]

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
        walk: bool = False,
    ) -> Select[Any]:
        """One page: the offset is walked in the sort index alone (ids and sort keys), and
        only the page's rows are read, so a page deep in a million rows costs milliseconds
        where skipping whole rows (and their owner) took a second. ``where`` narrows the
        list (a keyset range)."""
        record_type = self.registry.get(query.record_type)
        table = table_of(record_type)
        sort_col = self._sort_col(query)
        descending = self._descending(query, reverse=reverse)
        keys = (
            select(table.c.id.label("id"), sort_col.label("sort_key"))
            .where(*self._where(record_type, query, walk=walk), *where)
            .order_by(*_order(sort_col, table.c.id, descending))
            .offset(offset)
            .limit(limit)
            .subquery("page")
        )
        stmt = self._columns(query, keys.join(table, table.c.id == keys.c.id))
        return stmt.order_by(*_order(keys.c.sort_key, keys.c.id, descending))

    def _columns(self, query: ListQuery, source: Any) -> Select[Any]:
        """The list columns (references as their cached names, users by name) of ``source``."""
        record_type = self.registry.get(query.record_type)
        table = table_of(record_type)
        # A Core alias, not the ORM's aliased(User): a statement without ORM entities is
        # not run through the ORM's row loading (half the Python cost of a page).
        owner = User.__table__.alias("owner")
        cols: list[Any] = [table.c.id]
        need_owner = False
        for f in self.columns(query.record_type):
            if f.kind is Kind.REFERENCE and f.cache:
                cols.append(table.c[f.cache])
            elif f.kind is Kind.USER:
                cols.append(owner.c.full_name)
                need_owner = True
            else:
                cols.append(table.c[f.name])
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
        """The rows before the record at ``(value, record_id)`` and the rows from it on, each
        as index ranges in list order: the rows sorting before or after ``value``, those
        sharing it (ordered by id), and the empty sort keys.

        The rows sharing the value are a range of their own: SQLite walks a row-value range
        ``(column, id) < (value, id)`` from the first column alone, so on a column of few
        values (every contact has the same owner) it would walk nearly the whole list.
        SQLite sorts NULL below every value, PostgreSQL above; the list's ORDER BY leaves
        that to the database, so this follows the database.
        """
        sort_col = self._sort_col(query)
        id_col = table_of(self.registry.get(query.record_type)).c.id
        descending = self._descending(query)
        nulls_first = self.db.is_sqlite != descending
        if descending:
            id_before, id_from = id_col > record_id, id_col <= record_id
        else:
            id_before, id_from = id_col < record_id, id_col >= record_id
        empty, filled = sort_col.is_(None), sort_col.is_not(None)
        if value is None:
            if nulls_first:
                return [and_(empty, id_before)], [and_(empty, id_from), filled]
            return [filled, and_(empty, id_before)], [and_(empty, id_from)]
        if descending:
            value_before, value_after = sort_col > value, sort_col < value
        else:
            value_before, value_after = sort_col < value, sort_col > value
        same = sort_col == value
        before = [value_before, and_(same, id_before)]
        after = [and_(same, id_from), value_after]
        if nulls_first:
            return [empty, *before], after
        return before, [*after, empty]

    def _walks_sort_index(
        self, session: Any, query: ListQuery, limit: int, total: int | None = None
    ) -> bool:
        """Whether a page of a list the user sees part of walks the sort index (see
        :func:`walks_sort_index`); ``total``: the user's rows, counted if not given."""
        record_type = self.registry.get(query.record_type)
        table = table_of(record_type)
        if self.access.visible(record_type.key, table) is None:
            return False
        if self.sort_field(query).sort == "owner_id":
            return False  # the owner index is the sort index
        if total is None:
            counted = select(func.count()).select_from(table)
            total = int(session.execute(counted.where(*self._where(record_type, query))).scalar())
        return walks_sort_index(total, self.count(ListQuery(record_type.key)), limit)

    def _where(
        self, record_type: RecordType, query: ListQuery, *, walk: bool = False
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
            clauses.append(self._text_match(record_type, words))
        for condition in query.conditions:
            clauses.append(self._condition(record_type, condition))
        return clauses

    def _text_match(self, record_type: RecordType, words: Sequence[str]) -> ColumnElement[bool]:
        table = table_of(record_type)
        if self.db.is_sqlite:
            fts = f"{record_type.table}_fts"
            match = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
            matching = (
                select(text("rowid"))
                .select_from(text(fts))
                .where(text(f"{fts} MATCH :fts_query").bindparams(fts_query=match))
            )
            return table.c.id.in_(matching)
        # FTS5's tokenizer drops the "+" of "+84 912..." and a word's edge punctuation;
        # the substring search does the same, so both databases find the same records.
        needles = [w.strip("+-.") or w for w in words]
        return and_(
            *(table.c.search_text.like(f"%{_escape_like(w)}%", escape="\\") for w in needles)
        )

    def _value(self, spec: FieldSpec, value: Any) -> Any:
        """A condition's value, with the current user and today put in."""
        if value == ME:
            return self.user_id
        if value == TODAY:
            today = dt.date.today()
            if spec.kind is Kind.DATE:
                return today
            # A point in time: the user's midnight (this computer's time zone), or the
            # date's midnight in UTC if earlier, where all-day activities are kept.
            local = dt.datetime.combine(today, dt.time()).astimezone()
            return min(local, dt.datetime.combine(today, dt.time(), dt.UTC))
        return value

    def _condition(self, record_type: RecordType, condition: Condition) -> ColumnElement[bool]:
        table = table_of(record_type)
        spec = record_type.field(condition.field)
        op = condition.op
        if op not in OPERATORS:
            raise ValueError(f"unknown filter operator {op!r}")
        value = self._value(spec, condition.value)
        column = table.c[spec.name]
        if op in ("contains", "starts"):
            key = spec.sort if spec.sort and spec.sort.endswith("_key") else None
            if spec.kind is Kind.REFERENCE and spec.cache:
                key = f"{spec.cache}_key" if f"{spec.cache}_key" in table.c else None
                column = table.c[spec.cache]
            needle = fold(str(value or ""))
            target = table.c[key] if key else func.lower(column)
            pattern = _escape_like(needle if key else str(value or "").lower())
            pattern = f"%{pattern}%" if op == "contains" else f"{pattern}%"
            return target.like(pattern, escape="\\")
        if op == "empty":
            return or_(column.is_(None), column == "") if _is_text(spec) else column.is_(None)
        if op == "not_empty":
            return (
                and_(column.is_not(None), column != "") if _is_text(spec) else column.is_not(None)
            )
        if op in ("in", "not_in"):
            values = list(condition.value or ())
            if not values:
                return false() if op == "in" else true()
            return (
                column.in_(values) if op == "in" else or_(column.is_(None), column.not_in(values))
            )
        if op == "eq":
            return column.is_(None) if value is None else column == value
        if op == "ne":
            return column.is_not(None) if value is None else or_(column.is_(None), column != value)
        comparisons = {"lt": "__lt__", "le": "__le__", "gt": "__gt__", "ge": "__ge__"}
        return getattr(column, comparisons[op])(value)


def _order(sort_col: Any, id_col: Any, descending: bool) -> tuple[Any, Any]:
    return (sort_col.desc(), id_col.desc()) if descending else (sort_col, id_col)


def _is_text(spec: FieldSpec) -> bool:
    return spec.kind in (Kind.TEXT, Kind.MULTILINE, Kind.EMAIL, Kind.PHONE, Kind.URL, Kind.CHOICE)


def _escape_like(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
