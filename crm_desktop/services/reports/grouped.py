"""Any list grouped by one of its fields: the rows of each value with their count and,
per currency, the sums of the list's amounts. One GROUP BY over the list's own rows
(its saved filter, quick filter and column filters, the user's rights)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, null, select

from crm_desktop.errors import DomainError, Label
from crm_desktop.models.entities import User
from crm_desktop.registry import N_, Condition, Kind
from crm_desktop.services.records.types import ListQuery
from crm_desktop.services.reports.query import ReportQuery
from crm_desktop.services.reports.types import CURRENCY_NOTE, Drill, ReportColumn, ReportTable

#: kinds a list can be grouped by (a value shared by many records)
GROUPABLE = (Kind.CHOICE, Kind.USER, Kind.REFERENCE, Kind.CURRENCY, Kind.BOOL, Kind.TEXT)


class CannotGroup(DomainError):
    pass


def grouped(query: ReportQuery, list_query: ListQuery, field_name: str) -> ReportTable:
    """The rows of ``list_query`` per value of ``field_name`` (and currency, when the
    type has amounts): count and the sum of each amount field, most rows first, then by
    the value as shown."""
    record_type = query.record_type(list_query.record_type)
    if not record_type.has_field(field_name):
        names = ", ".join(f.name for f in record_type.fields if f.kind in GROUPABLE)
        raise CannotGroup(
            '%1 have no field "%2"; group by one of: %3.',
            Label(record_type.label),
            field_name,
            names,
        )
    spec = record_type.field(field_name)
    if spec.kind not in GROUPABLE:
        raise CannotGroup('%1 cannot be grouped by "%2".', Label(record_type.label), field_name)
    table = query.table(record_type.key)
    # A list grouped in a period: the records created in it.
    conditions = query.conditions(record_type.key, "created_at", *list_query.conditions)
    where = query.lists.where(
        ListQuery(
            record_type.key,
            quick=list_query.quick,
            conditions=conditions,
            column_filters=list_query.column_filters,
        )
    )
    money = [f for f in record_type.fields if f.kind is Kind.MONEY]
    currency = next((f for f in record_type.fields if f.kind is Kind.CURRENCY), None)
    per_currency = bool(money) and currency is not None and currency.name != field_name
    value = table.c[field_name]
    code = table.c[currency.name] if per_currency and currency is not None else None
    source: Any = table
    name: Any = value
    if spec.kind is Kind.USER:
        owner = User.__table__.alias("owner")
        source = table.outerjoin(owner, owner.c.id == value)
        name = func.max(owner.c.full_name)
    elif spec.kind is Kind.REFERENCE and spec.cache:
        name = func.max(table.c[spec.cache])
    keys = [value] if code is None else [value, code]
    count = func.count().label("count")
    sums = [func.sum(table.c[f.name]) for f in money] if code is not None else []
    stmt = (
        select(value, code if code is not None else null(), name, count, *sums)
        .select_from(source)
        .where(*where)
        .group_by(*keys)
        .order_by(count.desc(), name, *keys)
    )
    rows: list[tuple[Any, ...]] = []
    drills: list[Drill | None] = []
    for key, currency_code, shown, found, *amounts in query.rows(stmt):
        figures = [_money(amount) for amount in amounts]
        if code is None:
            rows.append(("" if shown is None else shown, found))
        else:
            rows.append(("" if shown is None else shown, currency_code, found, *figures))
        more = [_is(field_name, key)]
        if code is not None and currency is not None:
            more.append(Condition(currency.name, "eq", currency_code))
        drills.append(query.drill(record_type.key, conditions, *more))
    columns = [ReportColumn("value", spec.label)]
    if code is not None:
        columns.append(ReportColumn("currency", N_("Currency"), "currency"))
    columns.append(ReportColumn("count", N_("Records"), "count"))
    columns += [ReportColumn(f.name, f.label, "money") for f in money if code is not None]
    return ReportTable(
        f"{record_type.key}-by-{field_name}",
        record_type.label,
        tuple(columns),
        tuple(rows),
        tuple(drills),
        query.period,
        query.scope,
        CURRENCY_NOTE if code is not None else "",
    )


def _money(amount: Decimal | None) -> Decimal:
    return amount if amount is not None else Decimal(0)


def _is(field_name: str, value: Any) -> Condition:
    if value in (None, ""):
        return Condition(field_name, "empty")
    return Condition(field_name, "eq", value)
