"""The plain data the activity services return and take: no SQLAlchemy, no models.

The calendar, a record's history and the reminders import these without loading the
database layer; the services that make them import them from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crm_desktop.registry.picklists import ACTIVITY_DONE_STATUSES
from crm_desktop.services.activities.occurrences import Occurrence

TYPE_KEY = "activities"
#: lead times the form offers (minutes); 0 reminds at the start; None is "no reminder"
REMINDER_CHOICES = (0, 5, 10, 15, 30, 60, 1440)
SNOOZE_CHOICES = (5, 10, 15, 60)


@dataclass(frozen=True)
class HistoryRow:
    """One activity in a record's history, as the history list shows it."""

    id: int
    kind: str
    subject: str
    start: dt.datetime | None
    end: dt.datetime | None
    due_date: dt.date | None
    all_day: bool
    status: str | None
    owner_name: str
    related_type: str | None
    related_id: int | None
    related_name: str | None
    recurring: bool
    location: str | None

    @property
    def done(self) -> bool:
        return self.status in ACTIVITY_DONE_STATUSES


@dataclass(frozen=True)
class Reminder:
    activity_id: int
    #: the occurrence's start (UTC); with the activity id, what a state row refers to
    occurrence_start: dt.datetime
    #: when it is due: the lead time before the occurrence, or the end of a snooze
    remind_at: dt.datetime
    kind: str
    subject: str
    #: the occurrence's start and end; for tasks and all-day ones, midnight UTC of the date
    start: dt.datetime
    end: dt.datetime
    all_day: bool
    location: str | None
    related_type: str | None
    related_id: int | None
    related_name: str | None
    recurring: bool
    snoozed: bool

    @property
    def key(self) -> tuple[int, dt.datetime]:
        return (self.activity_id, self.occurrence_start)


@dataclass
class DaySummary:
    """A local day of the calendar read in summary (services/activities/summary.py): the
    items to show, in the calendar's order (all-day items and tasks first, then by start),
    and how many there are in all."""

    items: list[Occurrence] = field(default_factory=list)
    total: int = 0
    #: the timed items not shown, by the start (UTC) of the slot they start in (the day's
    #: start, or an hour's): a slot that shows all of its items is not in it
    more: dict[dt.datetime, int] = field(default_factory=dict)
    #: the all-day items and tasks not shown
    dated_more: int = 0


@dataclass
class WorkToday:
    #: the most recent overdue items first, at most OVERDUE_SHOWN (work_today.py)
    overdue: list[Occurrence] = field(default_factory=list)
    #: how many overdue items there are in all (within OVERDUE_LOOKBACK)
    overdue_total: int = 0
    today: list[Occurrence] = field(default_factory=list)
    upcoming: list[Occurrence] = field(default_factory=list)
    #: how many there are today and in the next days in all: the lists hold the first
    #: WORK_SHOWN of each (work_today.py)
    today_total: int = 0
    upcoming_total: int = 0
