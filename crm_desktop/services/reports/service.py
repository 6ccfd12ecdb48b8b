"""The reports, by name: each a few SQL aggregates over the records the user may see,
narrowed to a scope (mine, my team, everyone) and a period."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from crm_desktop.models.entities import User
from crm_desktop.services.records.lists import ListService
from crm_desktop.services.records.types import ListQuery
from crm_desktop.services.reports import campaigns, cases, sales, work
from crm_desktop.services.reports.cells import Translate
from crm_desktop.services.reports.grouped import grouped
from crm_desktop.services.reports.query import ReportQuery, check_scope
from crm_desktop.services.reports.types import Period, ReportTable, UnknownReport

#: name -> the report (its title: types.REPORTS)
BUILT_IN: dict[str, Callable[[ReportQuery], ReportTable]] = {
    "pipeline": sales.pipeline,
    "forecast": sales.forecast,
    "won-lost": sales.won_lost,
    "won-by-person": sales.won_by_person,
    "top-customers": sales.top_customers,
    "staff-work": work.staff_work,
    "lead-conversion": work.lead_conversion,
    "quotes": work.quotes,
    "campaign-roi": campaigns.campaign_roi,
    "open-cases": cases.open_cases,
}


class ReportService:
    def __init__(self, lists: ListService):
        self.lists = lists

    def run(self, name: str, period: Period | None = None, scope: str = "everyone") -> ReportTable:
        """The built-in report ``name`` (a key of :data:`BUILT_IN`)."""
        if name not in BUILT_IN:
            names = ", ".join(BUILT_IN)
            raise UnknownReport('There is no report "%1"; the reports are: %2.', name, names)
        return BUILT_IN[name](self._query(period, scope))

    def grouped(
        self,
        list_query: ListQuery,
        field_name: str,
        period: Period | None = None,
        scope: str = "everyone",
    ) -> ReportTable:
        """The list of ``list_query`` grouped by ``field_name``: count and sums per value
        (records created in ``period``)."""
        return grouped(self._query(period, scope), list_query, field_name)

    def export(
        self, report: ReportTable, target: Path, file_format: str, translate: Translate
    ) -> None:
        """Write ``report`` to ``target`` as csv, xlsx or pdf (never over the database)."""
        from crm_desktop.services.reports.export import export_report

        reads = [self.lists.db.path] if self.lists.db.path else []
        export_report(report, target, file_format, translate, reads)

    def _query(self, period: Period | None, scope: str) -> ReportQuery:
        check_scope(scope)
        return ReportQuery(self.lists, scope, period, self._team() if scope == "team" else ())

    def _team(self) -> tuple[int, ...]:
        """The user, their group and the group's members: whose records "my team" counts."""
        user_id = self.lists.user_id
        with self.lists.db.read() as session:
            group = session.execute(select(User.group_id).where(User.id == user_id)).scalar()
            if group is None:
                return (user_id,)
            members = session.scalars(select(User.id).where(User.group_id == group)).all()
        return tuple(sorted({user_id, group, *members}))
