"""What the report screens and the command line use of the reports: periods, scopes and
a report's table. No SQLAlchemy, no models."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from crm_desktop.errors import DomainError
from crm_desktop.registry import N_, Condition


class BadPeriod(DomainError):
    pass


class UnknownReport(DomainError):
    pass


#: whose records a report counts (always within what the user may see)
SCOPES: dict[str, str] = {
    "mine": N_("Mine"),
    "team": N_("My team"),
    "everyone": N_("Everyone"),
}

#: the built-in reports: name -> title (for translation)
REPORTS: dict[str, str] = {
    "pipeline": N_("Pipeline by stage"),
    "forecast": N_("Forecast by month"),
    "won-lost": N_("Won and lost by month"),
    "won-by-person": N_("Won and lost by salesperson"),
    "top-customers": N_("Top customers by revenue"),
    "staff-work": N_("Staff work by week"),
    "lead-conversion": N_("Lead conversion by source"),
    "quotes": N_("Quotes sent and accepted"),
    "campaign-roi": N_("Campaign ROI"),
    "open-cases": N_("Open cases by status and priority"),
}

#: how the reports add money, said under every report with amounts
CURRENCY_NOTE = N_(
    "Amounts are summed per currency; amounts in different currencies are not converted."
)

#: what a report without rows says
NO_RECORDS = N_("No records in this period.")


@dataclass(frozen=True)
class Period:
    """Days from ``start`` up to (not including) ``end``, as the user wrote them."""

    start: dt.date
    end: dt.date
    text: str

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day < self.end


def _month_after(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1)


def parse_period(text: str) -> Period:
    """``2026`` (a year), ``2026-Q3`` (a quarter), ``2026-11`` (a month) or
    ``2026-01-15..2026-02-14`` (from a day to a day, both included)."""
    cleaned = text.strip()
    try:
        if re.fullmatch(r"\d{4}", cleaned):
            year = int(cleaned)
            return Period(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), cleaned)
        quarter = re.fullmatch(r"(\d{4})-[Qq]([1-4])", cleaned)
        if quarter:
            year, number = int(quarter[1]), int(quarter[2])
            first = 3 * number - 2
            return Period(dt.date(year, first, 1), _month_after(year, first + 2), cleaned.upper())
        month = re.fullmatch(r"(\d{4})-(\d{1,2})", cleaned)
        if month and 1 <= int(month[2]) <= 12:
            year, number = int(month[1]), int(month[2])
            return Period(dt.date(year, number, 1), _month_after(year, number), cleaned)
        days = re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})", cleaned)
        if days:
            start, last = dt.date.fromisoformat(days[1]), dt.date.fromisoformat(days[2])
            if last >= start:
                return Period(start, last + dt.timedelta(days=1), cleaned)
    except ValueError:
        pass  # a day that does not exist, a year 0: the same sentence as any other
    raise BadPeriod(
        '"%1" is not a period: write a year (2026), a quarter (2026-Q3), a month '
        "(2026-11) or two days (2026-01-15..2026-02-14).",
        text
    )


@dataclass(frozen=True)
class ReportColumn:
    key: str
    #: for translation (context "reports")
    label: str
    #: "text", "count", "money" (in the row's currency), "percent", "currency", "month",
    #: "week"
    kind: str = "text"


@dataclass(frozen=True)
class Drill:
    """The records behind a row: a list of ``record_type`` with these conditions."""

    record_type: str
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class ReportTable:
    name: str
    #: for translation (context "reports")
    title: str
    columns: tuple[ReportColumn, ...]
    rows: tuple[tuple[Any, ...], ...]
    #: one per row: the records its figures count (None: a total of others)
    drills: tuple[Drill | None, ...]
    period: Period | None
    scope: str
    #: for translation (context "reports"); empty when the report has no amounts
    note: str = ""

    def index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def values(self, key: str) -> list[Any]:
        """The column ``key`` of every row."""
        at = self.index(key)
        return [row[at] for row in self.rows]

    def row(self, **match: Any) -> tuple[Any, ...]:
        """The one row whose columns have the given values (tests, drill-downs)."""
        found = [row for row in self.rows if all(row[self.index(k)] == v for k, v in match.items())]
        if len(found) != 1:
            raise KeyError(f"{len(found)} rows match {match}")
        return found[0]
