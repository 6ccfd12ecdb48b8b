"""What every report's statement shares: the records it may count (the user's rights,
the scope, the period, as list conditions, so that a row's records open as a list with
the same conditions) and the month of a date in SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Executable, func, select

from crm_desktop.errors import DomainError
from crm_desktop.models.database import Database
from crm_desktop.models.entities import User
from crm_desktop.registry import Condition, Kind, RecordType
from crm_desktop.services.records.lists import ListService
from crm_desktop.services.records.service import table_of
from crm_desktop.services.records.types import ListQuery
from crm_desktop.services.reports.types import SCOPES, Drill, Period


class UnknownScope(DomainError):
    pass


@dataclass(frozen=True)
class ReportQuery:
    """One report's run: whose records (``scope``) within which ``period``."""

    lists: ListService
    scope: str
    period: Period | None
    #: the owners "my team" counts: the user, their group and its members
    team: tuple[int, ...]

    @property
    def db(self) -> Database:
        return self.lists.db

    def record_type(self, type_key: str) -> RecordType:
        return self.lists.registry.get(type_key)

    def table(self, type_key: str) -> Any:
        return table_of(self.record_type(type_key))

    def conditions(
        self, type_key: str, date_field: str | None, *extra: Condition
    ) -> tuple[Condition, ...]:
        """The scope's and the period's conditions (on ``date_field``), then ``extra``."""
        found: list[Condition] = []
        if self.scope == "mine":
            found.append(Condition("owner_id", "eq", self.lists.user_id))
        elif self.scope == "team":
            found.append(Condition("owner_id", "in", self.team))
        if self.period is not None and date_field is not None:
            kind = self.record_type(type_key).field(date_field).kind
            start: Any = self.period.start
            end: Any = self.period.end
            if kind is Kind.DATETIME:
                start = dt.datetime.combine(start, dt.time(), dt.UTC)
                end = dt.datetime.combine(end, dt.time(), dt.UTC)
            found += [Condition(date_field, "ge", start), Condition(date_field, "lt", end)]
        return (*found, *extra)

    def where(self, type_key: str, conditions: Sequence[Condition]) -> list[ColumnElement[bool]]:
        """The SQL of ``conditions`` with the user's rights, as a list with them has."""
        return self.lists.where(ListQuery(type_key, conditions=tuple(conditions)))

    def drill(self, type_key: str, conditions: Sequence[Condition], *more: Condition) -> Drill:
        return Drill(type_key, (*conditions, *more))

    def month(self, column: Any) -> Any:
        """``YYYY-MM`` of a date or a point in time (UTC) in SQL."""
        if self.db.is_sqlite:
            return func.strftime("%Y-%m", column)
        return func.to_char(column, "YYYY-MM")

    def rows(self, stmt: Executable) -> list[Any]:
        with self.db.read() as session:
            return list(session.execute(stmt).all())

    def owner_names(self, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        stmt = select(User.id, User.full_name, User.username).where(User.id.in_(sorted(ids)))
        return {row[0]: row[1] or row[2] for row in self.rows(stmt)}


def check_scope(scope: str) -> None:
    if scope not in SCOPES:
        names = ", ".join(SCOPES)
        raise UnknownScope('"%1" is not a scope: choose one of %2.', scope, names)
