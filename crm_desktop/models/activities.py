"""Activities (calls, meetings, tasks, visits, emails) and who is invited to them.

A recurring activity is one row with an RFC 5545 rule; its occurrences are computed when
read (services/activities/service.py), never stored, so editing the series edits every occurrence.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, RecordMixin, UTCDateTime, name_key_column
from crm_desktop.models.entities import list_index

_LONG = text("long_end_at IS NOT NULL AND deleted_at IS NULL")
_RUNNING = text("recurrence IS NOT NULL AND series_end_at IS NOT NULL AND deleted_at IS NULL")
_ENDLESS = text("recurrence IS NOT NULL AND series_end_at IS NULL AND deleted_at IS NULL")
_REMINDING = text("remind_at IS NOT NULL AND deleted_at IS NULL")
#: the conditions of the calendar's and "my work today"'s summary reads, written as the
#: services write them (services/activities/summary.py): SQLite uses a partial index only
#: for a query whose WHERE holds its condition
SINGLE_WHERE = "deleted_at IS NULL AND recurrence IS NULL"
TASK_WHERE = "deleted_at IS NULL AND start_at IS NULL"
#: not done: the done statuses named as literals (registry/picklists.py's
#: ACTIVITY_DONE_STATUSES), so that the index's condition is a query's word for word
OPEN_STATUS = "(status IS NULL OR status NOT IN ('Held', 'Not Held', 'Completed'))"
OPEN_WHERE = f"{SINGLE_WHERE} AND {OPEN_STATUS}"
_SINGLE, _TASK, _OPEN = text(SINGLE_WHERE), text(TASK_WHERE), text(OPEN_WHERE)


class Activity(RecordMixin, Base):
    __tablename__ = "activities"

    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    subject: Mapped[str] = mapped_column(String(300), nullable=False)
    subject_key: Mapped[str] = name_key_column()
    start_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    end_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    #: tasks have a due date instead of a start and end
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    all_day: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    #: IANA zone the times were entered in; recurrences repeat at the same local time there
    time_zone: Mapped[str | None] = mapped_column(String(64))
    location: Mapped[str | None] = mapped_column(String(300))
    outcome: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(40))
    priority: Mapped[str | None] = mapped_column(String(20))
    #: a record of any type: (registry key, id); lead conversion re-points it
    related_type: Mapped[str | None] = mapped_column(String(40))
    related_id: Mapped[int | None] = mapped_column(Integer)
    related_name: Mapped[str | None] = mapped_column(String(300))
    related_name_key: Mapped[str] = name_key_column()
    reminder_minutes: Mapped[int | None] = mapped_column(Integer)
    #: RRULE value without the "RRULE:" prefix, e.g. FREQ=WEEKLY;INTERVAL=1;COUNT=10
    recurrence: Mapped[str | None] = mapped_column(String(500))
    #: local start times of cancelled occurrences, ISO 8601, one per line
    exception_dates: Mapped[str | None] = mapped_column(Text)
    #: iCalendar UID, kept so an exported file re-imported elsewhere stays one event
    uid: Mapped[str | None] = mapped_column(String(300), index=True)
    #: the end of a single activity longer than two weeks, else NULL (kept by the service):
    #: the few such, begun long before a calendar range they still go on in, have their own
    #: small index, so that the range reads a bounded span of start times for the rest
    long_end_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    #: when the reminder of a single activity or a task fires (a date's from 09:00 UTC),
    #: kept by the service: reminders are read by when they fire, whatever the lead time
    remind_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    #: of a repeating activity, a moment no occurrence ends after (from its COUNT or UNTIL;
    #: NULL when it repeats without end), kept by the service: a range reads only the
    #: series still running in it, not every series that ever began before it
    series_end_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        list_index("activities", "start_at"),
        list_index("activities", "due_date"),
        list_index("activities", "subject_key"),
        list_index("activities", "kind"),
        list_index("activities", "status"),
        list_index("activities", "related_name_key"),
        list_index("activities", "owner_id"),
        list_index("activities", "modified_at"),
        # A calendar range is read through these: what starts in it or shortly before
        # (start_at), the few long ones still going on (long), the few repeating ones
        # (recurring: those that end, by their end; those that do not, by their start).
        # The end is a list column.
        list_index("activities", "end_at"),
        Index(
            "ix_activities_series_end",
            "series_end_at",
            sqlite_where=_RUNNING,
            postgresql_where=_RUNNING,
        ),
        Index(
            "ix_activities_endless",
            "start_at",
            sqlite_where=_ENDLESS,
            postgresql_where=_ENDLESS,
        ),
        Index("ix_activities_long", "long_end_at", sqlite_where=_LONG, postgresql_where=_LONG),
        Index(
            "ix_activities_remind_at",
            "remind_at",
            sqlite_where=_REMINDING,
            postgresql_where=_REMINDING,
        ),
        Index("ix_activities_related", "related_type", "related_id"),
        # The calendar's summary reads count a day's or an hour's single activities and
        # tasks, and take the first few, on these alone (the columns they test are in
        # them); "my work today" reads the open work of a user (overdue, today, the next
        # days) on the last: a small part of a year of activities.
        Index(
            "ix_activities_single_day",
            "all_day",
            "start_at",
            # in the order the items are shown: the first few of a slot are the first
            # entries of its range, not a sort of all of them
            "id",
            "owner_id",
            "end_at",
            # the condition's columns too: without them SQLite reads each row to test it
            "deleted_at",
            "recurrence",
            sqlite_where=_SINGLE,
            postgresql_where=_SINGLE,
        ),
        Index(
            "ix_activities_task_day",
            # start_at (NULL in all) first: then SQLite takes this index, not start_at's
            "start_at",
            "due_date",
            "id",
            "owner_id",
            "deleted_at",
            # and what "my work today" tests of the open ones
            "status",
            "recurrence",
            sqlite_where=_TASK,
            postgresql_where=_TASK,
        ),
        Index(
            "ix_activities_open_work",
            "owner_id",
            "start_at",
            "due_date",
            "end_at",
            "all_day",
            "status",
            "deleted_at",
            "recurrence",
            sqlite_where=_OPEN,
            postgresql_where=_OPEN,
        ),
    )


class ActivityInvitee(Base):
    """A contact or a user invited to an activity (exactly one of the two is set)."""

    __tablename__ = "activity_invitees"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), nullable=False, index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )


class ReminderState(Base):
    """What one user did with the reminder of one occurrence: dismissed it, or snoozed it.

    A reminder without a row is simply due when its time comes; occurrences of a recurring
    activity are told apart by their start (UTC), so dismissing one leaves the next.
    """

    __tablename__ = "reminder_states"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), nullable=False
    )
    occurrence_start: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    dismissed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    snoozed_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("activity_id", "occurrence_start", "user_id"),)
