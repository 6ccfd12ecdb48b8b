"""The sales reports: pipeline by stage, forecast by month, won and lost by month and by
salesperson, top customers by revenue. Each is one GROUP BY over the opportunities the
user may see, per currency (amounts are never added across currencies)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from crm_desktop.registry import N_, Condition
from crm_desktop.registry.picklists import CLOSED_STAGES, SALES_STAGES
from crm_desktop.services.reports.query import ReportQuery
from crm_desktop.services.reports.types import (
    CURRENCY_NOTE,
    Drill,
    ReportColumn,
    ReportTable,
)

OPPORTUNITIES = "opportunities"
#: the date that puts an opportunity in a period: when it closes (or is expected to)
CLOSE_DATE = "expected_close_date"
WON = CLOSED_STAGES[0]

CURRENCY = ReportColumn("currency", N_("Currency"), "currency")
COUNT = ReportColumn("count", N_("Opportunities"), "count")
AMOUNT = ReportColumn("amount", N_("Amount"), "money")
WEIGHTED = ReportColumn("weighted", N_("Weighted amount"), "money")
MONTH = ReportColumn("month", N_("Month"), "month")


def _table(
    query: ReportQuery,
    name: str,
    title: str,
    columns: tuple[ReportColumn, ...],
    rows: list[tuple[Any, ...]],
    drills: list[Drill | None],
) -> ReportTable:
    return ReportTable(
        name, title, columns, tuple(rows), tuple(drills), query.period, query.scope, CURRENCY_NOTE
    )


def _money(value: Decimal | None) -> Decimal:
    return value if value is not None else Decimal(0)


def _per_stage(
    query: ReportQuery, stages: tuple[str, ...], where: list[Any], *keys: Any
) -> dict[tuple[Any, ...], list[Any]]:
    """(stage, *keys) -> [count, amount, weighted] of the opportunities of ``where``: a
    statement per stage, each read from the (stage, close date, ...) index alone."""
    table = query.table(OPPORTUNITIES)
    found: dict[tuple[Any, ...], list[Any]] = {}
    for stage in stages:
        stmt = (
            select(
                *keys,
                func.count(),
                func.sum(table.c.amount),
                func.sum(table.c.weighted_amount),
            )
            .where(*where, table.c.sales_stage == stage)
            .group_by(*keys)
        )
        for *values, count, amount, weighted in query.rows(stmt):
            found[(stage, *values)] = [count, _money(amount), _money(weighted)]
    return found


STAGES = tuple(stage for stage, _ in SALES_STAGES)
OPEN_STAGES = tuple(stage for stage in STAGES if stage not in CLOSED_STAGES)


def pipeline(query: ReportQuery) -> ReportTable:
    """Per open sales stage and currency: count, amount and weighted amount of the open
    opportunities closing in the period (won and lost deals are the won-lost report's,
    and the board's columns are the open stages too)."""
    table = query.table(OPPORTUNITIES)
    conditions = query.conditions(
        OPPORTUNITIES, CLOSE_DATE, Condition("sales_stage", "not_in", CLOSED_STAGES)
    )
    where = query.where(OPPORTUNITIES, conditions)
    found = _per_stage(query, OPEN_STAGES, where, table.c.currency)
    rows = [(stage, code, *figures) for (stage, code), figures in found.items()]
    drills: list[Drill | None] = [
        query.drill(
            OPPORTUNITIES,
            conditions,
            Condition("sales_stage", "eq", row[0]),
            Condition("currency", "eq", row[1]),
        )
        for row in rows
    ]
    columns = (ReportColumn("stage", N_("Sales stage")), CURRENCY, COUNT, AMOUNT, WEIGHTED)
    return _table(query, "pipeline", N_("Pipeline by stage"), columns, rows, drills)


def forecast(query: ReportQuery) -> ReportTable:
    """Per month of the expected close date and currency, the open opportunities:
    count, amount and weighted amount."""
    table = query.table(OPPORTUNITIES)
    conditions = query.conditions(
        OPPORTUNITIES,
        CLOSE_DATE,
        Condition("sales_stage", "not_in", CLOSED_STAGES),
        Condition(CLOSE_DATE, "not_empty"),
    )
    where = query.where(OPPORTUNITIES, conditions)
    month = query.month(table.c[CLOSE_DATE])
    totals: dict[tuple[str, str], list[Any]] = {}
    for (_stage, when, code), figures in _per_stage(
        query, OPEN_STAGES, where, month, table.c.currency
    ).items():
        total = totals.setdefault((when, code), [0, Decimal(0), Decimal(0)])
        for n, figure in enumerate(figures):
            total[n] += figure
    rows = [(when, code, *figures) for (when, code), figures in sorted(totals.items())]
    drills: list[Drill | None] = [_month_drill(query, conditions, row[0], row[1]) for row in rows]
    columns = (MONTH, CURRENCY, COUNT, AMOUNT, WEIGHTED)
    return _table(query, "forecast", N_("Forecast by month"), columns, rows, drills)


def _month_drill(
    query: ReportQuery, conditions: tuple[Condition, ...], month: str, currency: str
) -> Drill:
    """The opportunities of a row: closing in ``month`` (YYYY-MM), in ``currency``."""
    year, number = (int(part) for part in month.split("-"))
    start = dt.date(year, number, 1)
    end = dt.date(year + number // 12, number % 12 + 1, 1)
    return query.drill(
        OPPORTUNITIES,
        conditions,
        Condition(CLOSE_DATE, "ge", start),
        Condition(CLOSE_DATE, "lt", end),
        Condition("currency", "eq", currency),
    )


def _won_lost(query: ReportQuery, key: Any) -> tuple[list[tuple[Any, ...]], tuple[Condition, ...]]:
    """Per ``key`` (an SQL expression) and currency: won count and amount, lost count
    and amount."""
    table = query.table(OPPORTUNITIES)
    conditions = query.conditions(
        OPPORTUNITIES, CLOSE_DATE, Condition("sales_stage", "in", CLOSED_STAGES)
    )
    stmt = (
        select(key, table.c.currency, table.c.sales_stage, func.count(), func.sum(table.c.amount))
        .where(*query.where(OPPORTUNITIES, conditions))
        .group_by(key, table.c.currency, table.c.sales_stage)
    )
    totals: dict[tuple[Any, str], list[Any]] = {}
    for value, code, stage, count, amount in query.rows(stmt):
        row = totals.setdefault((value, code), [0, Decimal(0), 0, Decimal(0)])
        at = 0 if stage == WON else 2
        row[at] += count
        row[at + 1] += _money(amount)
    rows = [(value, code, *figures) for (value, code), figures in sorted(totals.items(), key=_key)]
    return rows, conditions


def _key(item: tuple[tuple[Any, str], list[Any]]) -> tuple[str, str]:
    (value, code), _ = item
    return (str(value), code)


WON_LOST_FIGURES = (
    ReportColumn("won", N_("Won"), "count"),
    ReportColumn("won_amount", N_("Won amount"), "money"),
    ReportColumn("lost", N_("Lost"), "count"),
    ReportColumn("lost_amount", N_("Lost amount"), "money"),
)


def won_lost(query: ReportQuery) -> ReportTable:
    """Per month of the close date and currency: opportunities won and lost."""
    table = query.table(OPPORTUNITIES)
    month = query.month(table.c[CLOSE_DATE])
    rows, conditions = _won_lost(query, month)
    drills: list[Drill | None] = [
        _month_drill(query, conditions, row[0], row[1]) if row[0] else None for row in rows
    ]
    columns = (MONTH, CURRENCY, *WON_LOST_FIGURES)
    return _table(query, "won-lost", N_("Won and lost by month"), columns, rows, drills)


def won_by_person(query: ReportQuery) -> ReportTable:
    """Per salesperson (the owner) and currency: opportunities won and lost."""
    table = query.table(OPPORTUNITIES)
    found, conditions = _won_lost(query, table.c.owner_id)
    names = query.owner_names({row[0] for row in found})
    rows = sorted(((names.get(row[0], ""), *row[1:]) for row in found), key=lambda r: (r[0], r[1]))
    owners = {names.get(row[0], ""): row[0] for row in found}
    drills: list[Drill | None] = [
        query.drill(
            OPPORTUNITIES,
            conditions,
            Condition("owner_id", "eq", owners[row[0]]),
            Condition("currency", "eq", row[1]),
        )
        for row in rows
    ]
    columns = (ReportColumn("person", N_("Salesperson")), CURRENCY, *WON_LOST_FIGURES)
    return _table(query, "won-by-person", N_("Won and lost by salesperson"), columns, rows, drills)


TOP = 10


def top_customers(query: ReportQuery) -> ReportTable:
    """The ten organizations with the most won (Closed Won) amount, per currency."""
    table = query.table(OPPORTUNITIES)
    conditions = query.conditions(
        OPPORTUNITIES,
        CLOSE_DATE,
        Condition("sales_stage", "eq", WON),
        Condition("organization_id", "not_empty"),
    )
    where = query.where(OPPORTUNITIES, conditions)
    currencies = query.rows(
        select(table.c.currency).where(*where).group_by(table.c.currency).order_by(table.c.currency)
    )
    revenue = func.sum(table.c.amount).label("revenue")
    rows: list[tuple[Any, ...]] = []
    drills: list[Drill | None] = []
    for (code,) in currencies:
        # The figures from the reports' index alone; the ten names after.
        stmt = (
            select(table.c.organization_id, func.count(), revenue)
            .where(*where, table.c.currency == code)
            .group_by(table.c.organization_id)
            .order_by(revenue.desc(), table.c.organization_id)
            .limit(TOP)
        )
        top = query.rows(stmt)
        names = dict(
            query.rows(
                select(table.c.organization_id, func.max(table.c.organization_name))
                .where(table.c.organization_id.in_([row[0] for row in top]))
                .group_by(table.c.organization_id)
            )
        )
        for organization, count, amount in top:
            rows.append((names.get(organization) or "", code, count, _money(amount)))
            drills.append(
                query.drill(
                    OPPORTUNITIES,
                    conditions,
                    Condition("organization_id", "eq", organization),
                    Condition("currency", "eq", code),
                )
            )
    columns = (
        ReportColumn("organization", N_("Organization")),
        CURRENCY,
        ReportColumn("won", N_("Won"), "count"),
        ReportColumn("revenue", N_("Revenue"), "money"),
    )
    return _table(query, "top-customers", N_("Top customers by revenue"), columns, rows, drills)
