"""The open cases by status and priority: the cases the user may see, opened in the
period and not closed yet, counted per status (a row) and priority (a column)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from crm_desktop.registry import N_, Condition
from crm_desktop.registry.support import CASE_CLOSED, CASE_STATUSES
from crm_desktop.services.cases.types import CASE_PRIORITIES
from crm_desktop.services.reports.query import ReportQuery
from crm_desktop.services.reports.types import Drill, ReportColumn, ReportTable

CASES = "cases"
#: the priorities' column labels, marked here to be translated with the reports' texts
PRIORITY_LABELS = {
    "Urgent": N_("Urgent"),
    "High": N_("High"),
    "Normal": N_("Normal"),
    "Low": N_("Low"),
}


def priority_key(priority: str) -> str:
    """The report column of a priority: "Urgent" -> "urgent"."""
    return priority.lower()


def open_cases(query: ReportQuery) -> ReportTable:
    """Per status short of closed (in the queue's order of statuses): the open cases
    created in the period, per priority (most urgent first) and in all. One GROUP BY."""
    table = query.table(CASES)
    conditions = query.conditions(CASES, "created_at", Condition("status", "ne", CASE_CLOSED))
    stmt = (
        select(table.c.status, table.c.priority, func.count())
        .where(*query.where(CASES, conditions))
        .group_by(table.c.status, table.c.priority)
    )
    counts: dict[str, dict[str, int]] = {}
    for status, priority, count in query.rows(stmt):
        per_priority = counts.setdefault(status or "", {})
        per_priority[priority or ""] = per_priority.get(priority or "", 0) + count
    known = [s for s in CASE_STATUSES if s in counts]
    order = known + sorted(s for s in counts if s not in known)
    rows: list[tuple[Any, ...]] = []
    drills: list[Drill | None] = []
    for status in order:
        per_priority = counts[status]
        rows.append(
            (
                status,
                *(per_priority.get(p, 0) for p in CASE_PRIORITIES),
                sum(per_priority.values()),
            )
        )
        by_status = Condition("status", "eq", status) if status else Condition("status", "empty")
        drills.append(query.drill(CASES, conditions, by_status))
    columns = (
        ReportColumn("status", N_("Status")),
        *(
            ReportColumn(priority_key(p), PRIORITY_LABELS.get(p, p), "count")
            for p in CASE_PRIORITIES
        ),
        ReportColumn("total", N_("Total"), "count"),
    )
    return ReportTable(
        "open-cases", N_("Open cases by status and priority"), columns, tuple(rows),
        tuple(drills), query.period, query.scope,
    )  # fmt: skip
