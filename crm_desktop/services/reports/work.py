"""The reports of work done: activities done per person per week (the staff work
report), lead conversion by source, quotes sent and accepted by month."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from crm_desktop.registry import N_, Condition
from crm_desktop.services.reports.query import ReportQuery
from crm_desktop.services.reports.types import (
    CURRENCY_NOTE,
    Drill,
    ReportColumn,
    ReportTable,
)

#: the statuses of work done (a call held, a task completed; "not held" is not work)
DONE = ("Held", "Completed")
ACTIVITIES = "activities"
#: the kinds of activity, each a column of the staff work report
KINDS = (
    ("Call", N_("Calls")),
    ("Meeting", N_("Meetings")),
    ("Task", N_("Tasks")),
    ("Visit", N_("Visits")),
    ("Email", N_("E-mails")),
)


def week_of(day: dt.date) -> str:
    """The ISO week of ``day``, as ``2026-W49``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def staff_work(query: ReportQuery) -> ReportTable:
    """Per ISO week of their start (UTC) and person (the owner): activities held or
    completed, by kind. Counted per day in SQL, the days added into weeks here."""
    table = query.table(ACTIVITIES)
    conditions = query.conditions(ACTIVITIES, "start_at", Condition("status", "in", DONE))
    day = func.date(table.c.start_at).label("day")
    stmt = (
        select(day, table.c.owner_id, table.c.kind, func.count())
        .where(*query.where(ACTIVITIES, conditions), table.c.start_at.is_not(None))
        .group_by(day, table.c.owner_id, table.c.kind)
    )
    weeks: dict[tuple[dt.date, int], dict[str, int]] = {}
    for text, owner, kind, count in query.rows(stmt):
        value = text if isinstance(text, dt.date) else dt.date.fromisoformat(str(text))
        counts = weeks.setdefault((_monday(value), owner), {})
        counts[kind] = counts.get(kind, 0) + count
    names = query.owner_names({owner for _, owner in weeks})
    ordered = sorted(weeks.items(), key=lambda item: (item[0][0], names.get(item[0][1], "")))
    rows: list[tuple[Any, ...]] = []
    drills: list[Drill | None] = []
    for (monday, owner), counts in ordered:
        per_kind = [counts.get(kind, 0) for kind, _ in KINDS]
        rows.append((week_of(monday), names.get(owner, ""), *per_kind, sum(per_kind)))
        start = dt.datetime.combine(monday, dt.time(), dt.UTC)
        drills.append(
            query.drill(
                ACTIVITIES,
                conditions,
                Condition("owner_id", "eq", owner),
                Condition("start_at", "ge", start),
                Condition("start_at", "lt", start + dt.timedelta(days=7)),
            )
        )
    columns = (
        ReportColumn("week", N_("Week"), "week"),
        ReportColumn("person", N_("Person")),
        *(ReportColumn(kind.lower(), label, "count") for kind, label in KINDS),
        ReportColumn("total", N_("Total"), "count"),
    )
    return ReportTable(
        "staff-work", N_("Staff work by week"), columns, tuple(rows), tuple(drills),
        query.period, query.scope,
    )  # fmt: skip


def lead_conversion(query: ReportQuery) -> ReportTable:
    """Per lead source: the leads created in the period, how many were converted, and
    the rate in percent (rounded to one decimal)."""
    table = query.table("leads")
    conditions = query.conditions("leads", "created_at")
    source = func.coalesce(table.c.lead_source, "")
    stmt = (
        select(source, table.c.converted, func.count())
        .where(*query.where("leads", conditions))
        .group_by(source, table.c.converted)
    )
    totals: dict[str, list[int]] = {}
    for value, converted, count in query.rows(stmt):
        pair = totals.setdefault(value, [0, 0])
        pair[0] += count
        if converted:
            pair[1] += count
    rows: list[tuple[Any, ...]] = []
    drills: list[Drill | None] = []
    for value, (leads, converted) in sorted(
        totals.items(), key=lambda item: (-item[1][0], item[0])
    ):
        rate = (Decimal(100 * converted) / leads).quantize(Decimal("0.1"))
        rows.append((value, leads, converted, rate))
        by_source = (
            Condition("lead_source", "eq", value) if value else Condition("lead_source", "empty")
        )
        drills.append(query.drill("leads", conditions, by_source))
    columns = (
        ReportColumn("source", N_("Lead source")),
        ReportColumn("leads", N_("Leads"), "count"),
        ReportColumn("converted", N_("Converted"), "count"),
        ReportColumn("rate", N_("Conversion rate"), "percent"),
    )
    return ReportTable(
        "lead-conversion", N_("Lead conversion by source"), columns, tuple(rows),
        tuple(drills), query.period, query.scope,
    )  # fmt: skip


#: a quote past its draft has been sent to the customer
SENT = ("Delivered", "Reviewed", "Accepted", "Rejected")
ACCEPTED = "Accepted"


def quotes(query: ReportQuery) -> ReportTable:
    """Per month the quote was made (UTC) and currency: quotes sent (past their draft)
    and accepted, with their grand totals."""
    table = query.table("quotes")
    conditions = query.conditions("quotes", "created_at", Condition("stage", "in", SENT))
    month = query.month(table.c.created_at).label("month")
    stmt = (
        select(month, table.c.currency, table.c.stage, func.count(), func.sum(table.c.grand_total))
        .where(*query.where("quotes", conditions))
        .group_by(month, table.c.currency, table.c.stage)
    )
    totals: dict[tuple[str, str], list[Any]] = {}
    for value, code, stage, count, amount in query.rows(stmt):
        row = totals.setdefault((value, code), [0, Decimal(0), 0, Decimal(0)])
        row[0] += count
        row[1] += amount or Decimal(0)
        if stage == ACCEPTED:
            row[2] += count
            row[3] += amount or Decimal(0)
    rows = [(value, code, *figures) for (value, code), figures in sorted(totals.items())]
    drills: list[Drill | None] = []
    for value, code, *_ in rows:
        year, number = (int(part) for part in value.split("-"))
        start = dt.datetime(year, number, 1, tzinfo=dt.UTC)
        end = dt.datetime(year + number // 12, number % 12 + 1, 1, tzinfo=dt.UTC)
        drills.append(
            query.drill(
                "quotes",
                conditions,
                Condition("created_at", "ge", start),
                Condition("created_at", "lt", end),
                Condition("currency", "eq", code),
            )
        )
    columns = (
        ReportColumn("month", N_("Month"), "month"),
        ReportColumn("currency", N_("Currency"), "currency"),
        ReportColumn("sent", N_("Sent"), "count"),
        ReportColumn("sent_amount", N_("Sent amount"), "money"),
        ReportColumn("accepted", N_("Accepted"), "count"),
        ReportColumn("accepted_amount", N_("Accepted amount"), "money"),
    )
    return ReportTable(
        "quotes", N_("Quotes sent and accepted"), columns, tuple(rows), tuple(drills),
        query.period, query.scope, CURRENCY_NOTE,
    )  # fmt: skip
