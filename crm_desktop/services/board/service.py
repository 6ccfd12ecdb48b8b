"""A list as a board: each column's head (count, sums per currency) is one GROUP BY over
the list's rows, and its cards are paged from SQL like a list's rows, so a board of a
quarter of a million open opportunities reads only the cards on screen.

The rows are the list's (``ListService.where``: saved filter, quick filter, column
filters, the user's rights); a move is a save through the record service, so the rights,
the version check, the derived values (an opportunity's probability) and the history
apply as on the form.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from crm_desktop.models.entities import User
from crm_desktop.registry import BoardSpec
from crm_desktop.services.board.types import BoardColumn, Card, CurrencySum
from crm_desktop.services.records.lists import ListService
from crm_desktop.services.records.service import RecordService, table_of
from crm_desktop.services.records.types import ListQuery, Record


class BoardService:
    def __init__(self, lists: ListService, records: RecordService):
        self.lists = lists
        self.records = records

    def spec(self, type_key: str) -> BoardSpec:
        board = self.lists.registry.get(type_key).board
        if board is None:
            raise ValueError(f"{type_key} has no board")
        return board

    def columns(self, query: ListQuery) -> list[BoardColumn]:
        """Every choice of the board's field in the registry's order (the empty ones too:
        a card may be dropped there), with the count and sums of the list's rows in it.
        A record whose value is none of the choices (another program's) is on no column."""
        record_type = self.lists.registry.get(query.record_type)
        board = self.spec(query.record_type)
        table = table_of(record_type)
        value = table.c[board.column]
        currency = table.c[board.currency]
        choices = record_type.field(board.column).choices
        # One GROUP BY over the choices named: SQLite seeks each choice's range of the
        # (stage, close date, id, currency, ..., amounts) index, which holds every figure
        # added up, so no row of the table is read. A statement per choice (``= choice``)
        # made it take the narrower (stage, id) index and read every row of the stage.
        stmt = (
            select(
                value,
                currency,
                func.count(),
                func.sum(table.c[board.amount]),
                func.sum(table.c[board.weighted]),
            )
            .where(*self.lists.where(query), value.in_(choices))
            .group_by(value, currency)
        )
        counts: dict[Any, int] = {}
        sums: dict[Any, list[tuple[int, CurrencySum]]] = {}
        with self.lists.db.read() as session:
            rows = session.execute(stmt).all()
        for choice, code, count, amount, weighted in rows:
            counts[choice] = counts.get(choice, 0) + count
            total = CurrencySum(code, amount or Decimal(0), weighted or Decimal(0))
            sums.setdefault(choice, []).append((count, total))
        return [
            BoardColumn(choice, counts.get(choice, 0), _by_use(sums.get(choice, [])))
            for choice in choices
        ]

    def cards(self, query: ListQuery, column: str, offset: int, limit: int) -> list[Card]:
        """Cards ``offset`` .. ``offset + limit`` of a column by due date (those without
        one where the database sorts no value, as in the list), each with the version a
        move checks. The column's index (field, due date, id) makes a page an index walk."""
        record_type = self.lists.registry.get(query.record_type)
        board = self.spec(query.record_type)
        table = table_of(record_type)
        owner = User.__table__.alias("owner")
        subtitle = record_type.field(board.subtitle)
        due = table.c[board.due]
        stmt = (
            select(
                table.c.id,
                table.c.version,
                table.c[board.title],
                table.c[subtitle.cache or subtitle.name],
                table.c[board.amount],
                table.c[board.currency],
                due,
                owner.c.full_name,
            )
            .select_from(table.outerjoin(owner, owner.c.id == table.c.owner_id))
            .where(*self.lists.where(query), table.c[board.column] == column)
            .order_by(due, table.c.id)
            .offset(offset)
            .limit(limit)
        )
        with self.lists.db.read() as session:
            rows = session.execute(stmt).all()
        return [Card(*row) for row in rows]

    def move(self, type_key: str, record_id: int, version: int, column: str) -> Record:
        """Put a card's record in another column: a save of the board's field at the
        ``version`` the card was read at, through the record service (rights, derived
        values such as the probability of a stage, history, the version check)."""
        board = self.spec(type_key)
        return self.records.update(type_key, record_id, version, {board.column: column})


def _by_use(sums: list[tuple[int, CurrencySum]]) -> tuple[CurrencySum, ...]:
    """The sums, the currency of most cards first."""
    return tuple(s for _, s in sorted(sums, key=lambda pair: (-pair[0], pair[1].currency)))
