"""Activities: saving them, reading a range of them, a record's history, "my work today"
(the expansion of repeating ones: services/activities/occurrences.py).

Times are stored in UTC. A recurring activity also keeps the IANA zone it was planned in
(``time_zone``): its rule is expanded on the local wall clock there, so a weekly 09:00
meeting stays at 09:00 local time after a daylight-saving change. All-day activities
and tasks are dates: an all-day ``start_at`` is midnight UTC of its date (a floating date,
the same day wherever the reader is).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, and_, delete, select
from sqlalchemy.orm import Session

from crm_desktop.errors import NotFound, ValidationError
from crm_desktop.models.activities import Activity, ActivityInvitee
from crm_desktop.models.entities import Contact, User
from crm_desktop.registry import RecordType
from crm_desktop.services.access.rules import UNLIMITED, Access
from crm_desktop.services.activities.occurrences import Occurrence, exception_starts
from crm_desktop.services.activities.recurrence import parse_rule, series_last_end
from crm_desktop.services.activities.time_limits import OUT_OF_RANGE, day_in_range
from crm_desktop.services.activities.types import TYPE_KEY
from crm_desktop.services.history import record_history
from crm_desktop.services.history.record_history import member_changes
from crm_desktop.services.history.types import INVITEES
from crm_desktop.services.records.changes import Change
from crm_desktop.services.records.service import Record, RecordService

if TYPE_CHECKING:
    from crm_desktop.services.activities.work_today import WorkToday

UTC = dt.UTC


#: the columns expanding an activity reads: plain rows, not ORM objects, since a busy
#: month of a busy office is tens of thousands of them
CALENDAR_COLUMNS = (
    Activity.id,
    Activity.kind,
    Activity.subject,
    Activity.start_at,
    Activity.end_at,
    Activity.due_date,
    Activity.all_day,
    Activity.time_zone,
    Activity.status,
    Activity.owner_id,
    Activity.related_type,
    Activity.related_id,
    Activity.related_name,
    Activity.location,
    Activity.recurrence,
    Activity.exception_dates,
    Activity.reminder_minutes,
    Activity.version,
)


#: single activities longer than this keep their end in ``long_end_at`` too: the calendar
#: reads what is still going on at a range's start among those that began LONG_SPAN
#: before it (a day of a busy calendar's starts), and the longer ones (a trade fair, a
#: trip: few) through their own small index
LONG_SPAN = dt.timedelta(days=1)


def long_end(values: dict[str, Any]) -> dt.datetime | None:
    """``long_end_at`` of an activity's values: its end when it is single and lasts longer
    than LONG_SPAN, else None."""
    start, end = values.get("start_at"), values.get("end_at")
    if values.get("recurrence") or start is None or end is None or end - start <= LONG_SPAN:
        return None
    return end


#: the time of day a task or an all-day activity reminds from, in the user's zone
DATED_TIME = dt.time(9, 0)


def remind_at(values: dict[str, Any]) -> dt.datetime | None:
    """``remind_at`` of an activity's values: when the reminder of a single activity or a
    task fires, the index reminders are read through. A date's DATED_TIME is counted in UTC
    here (the user's zone moves it by 14 hours at most, which the reading allows for).
    None without a reminder, and for a repeating activity (each occurrence reminds; the
    series are few and read on their own)."""
    minutes = values.get("reminder_minutes")
    if minutes is None or values.get("recurrence"):
        return None
    lead = dt.timedelta(minutes=minutes)
    start = values.get("start_at")
    if start is None:
        due = values.get("due_date")
        return dt.datetime.combine(due, DATED_TIME, UTC) - lead if due is not None else None
    if values.get("all_day"):
        return dt.datetime.combine(start.astimezone(UTC).date(), DATED_TIME, UTC) - lead
    return start - lead


def series_end(values: dict[str, Any]) -> dt.datetime | None:
    """``series_end_at`` of an activity's values: of a repeating one, a moment none of its
    occurrences ends after (services/activities/recurrence.py), else None."""
    start, rule = values.get("start_at"), values.get("recurrence")
    if not rule or start is None:
        return None
    return series_last_end(rule, start, values.get("end_at"))


def running_series(
    start: dt.datetime | ColumnElement[dt.datetime], end: dt.datetime | ColumnElement[dt.datetime]
) -> tuple[ColumnElement[bool], ...]:
    """The repeating activities that may have an occurrence in [start, end), one index
    range each: those with an end, by their end (after ``start``); the endless ones, by
    their start (before ``end``)."""
    recurring = Activity.recurrence.is_not(None)
    return (
        and_(recurring, Activity.series_end_at >= start, Activity.start_at < end),
        and_(recurring, Activity.series_end_at.is_(None), Activity.start_at < end),
    )


def owned_by(user_id: int | ColumnElement[int]) -> ColumnElement[bool]:
    """``owner_id = user_id``, written so SQLite keeps to the index of a range (start,
    due date...): without statistics it takes the owner's index first, and walks every
    activity the user ever had."""
    return Activity.owner_id + 0 == user_id


def derive(
    session: Session,
    record_type: RecordType,
    merged: dict[str, Any],
    previous: dict[str, Any] | None,
    *,
    records: RecordService,
) -> None:
    """Check the when/recurrence/link fields together and cache the linked record's name."""
    errors: dict[str, str] = {}
    start, end = merged.get("start_at"), merged.get("end_at")
    for name in ("start_at", "end_at", "due_date"):
        value = merged.get(name)
        day = value.astimezone(UTC).date() if isinstance(value, dt.datetime) else value
        if isinstance(day, dt.date) and not day_in_range(day):
            errors[name] = OUT_OF_RANGE
    if start is not None and end is not None and end < start:
        errors["end_at"] = "The end is before the start."
    if merged.get("time_zone"):
        try:
            ZoneInfo(merged["time_zone"])
        except (ZoneInfoNotFoundError, ValueError):
            errors["time_zone"] = "Unknown time zone."
    if merged.get("recurrence"):
        if start is None:
            errors["recurrence"] = "A repeating activity needs a start."
        else:
            try:
                parse_rule(merged["recurrence"], start.astimezone(UTC))
            except (ValueError, TypeError):
                errors["recurrence"] = "Not a valid repeat rule."
    if merged.get("exception_dates") and start is not None:
        try:
            exception_starts(merged["exception_dates"], start)
        except ValueError:
            errors["exception_dates"] = "Not a list of dates."
    link_type, link_id = merged.get("related_type"), merged.get("related_id")
    merged["related_name"] = None
    if (link_type is None) != (link_id is None):
        errors["related_id"] = "Give both the type and the record it is related to."
    elif link_type is not None and link_id is not None:
        try:
            target = records.registry.get(link_type)
            merged["related_name"] = records._display_name(session, target, link_id)
        except (KeyError, NotFound):
            errors["related_id"] = "The linked record does not exist."
    if errors:
        raise ValidationError(errors)
    merged["long_end_at"] = long_end(merged)
    merged["remind_at"] = remind_at(merged)
    merged["series_end_at"] = series_end(merged)


class ActivityService:
    """Activities through the record service (versions checked), plus calendar reading."""

    def __init__(self, records: RecordService, access: Access = UNLIMITED):
        self.records = records
        self.db = records.db
        #: whose activities the user sees: a condition of every read of many
        self.access = access
        #: statements built once and run again with other values, by what they read
        #: (services/activities/summary_reads.py): they see what ``access`` lets them
        self.statements: dict[Hashable, Any] = {}
        install(records)

    def visible(self) -> tuple[ColumnElement[bool], ...]:
        """The user's visibility condition on activities, as extra WHERE clauses."""
        visible = self.access.visible(TYPE_KEY, Activity.__table__)
        return () if visible is None else (visible,)

    # -- writing ------------------------------------------------------------------------------
    def create(
        self,
        values: dict[str, Any],
        *,
        contacts: tuple[int, ...] = (),
        users: tuple[int, ...] = (),
    ) -> Record:
        invitees = (contacts, users) if contacts or users else None
        return self.save(None, 0, values, invitees=invitees)

    def save(
        self,
        record_id: int | None,
        version: int,
        values: dict[str, Any],
        *,
        invitees: tuple[tuple[int, ...], tuple[int, ...]] | None = None,
    ) -> Record:
        """Create (``record_id`` None) or update an activity loaded at ``version``, and with
        ``invitees`` (contact ids, user ids) replace who is invited: one transaction, and
        a new version even when only the invitees changed (another user's open form then
        sees it)."""
        records = self.records
        with self.db.write() as session:
            if record_id is None:
                record_id = records._create(session, TYPE_KEY, values)
                change = "created"
            else:
                records._update(session, TYPE_KEY, record_id, version, values)
                change = "updated"
            if invitees is not None:
                before = self._named_invitees(session, record_id)
                self._replace_invitees(session, record_id, *invitees)
                session.flush()
                changes = member_changes(INVITEES, before, self._named_invitees(session, record_id))
                if changes:
                    user = records.user_id
                    record_history.write(
                        session, TYPE_KEY, record_id, change, changes, user_id=user
                    )
            record = records._get(session, TYPE_KEY, record_id)
        records.hub.publish(Change(TYPE_KEY, (record_id,), change))
        return record

    @staticmethod
    def _replace_invitees(
        session: Session, activity_id: int, contacts: tuple[int, ...], users: tuple[int, ...]
    ) -> None:
        session.execute(delete(ActivityInvitee).where(ActivityInvitee.activity_id == activity_id))
        rows = [ActivityInvitee(activity_id=activity_id, contact_id=c) for c in set(contacts)]
        rows += [ActivityInvitee(activity_id=activity_id, user_id=u) for u in set(users)]
        session.add_all(rows)

    def update(self, record_id: int, version: int, values: dict[str, Any]) -> Record:
        return self.records.update(TYPE_KEY, record_id, version, values)

    def invitee_names(
        self, activity_id: int
    ) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """(contacts, users) invited to an activity, each as (id, display name)."""
        with self.db.read() as session:
            return self._invitee_names(session, activity_id)

    def _invitee_names(
        self, session: Session, activity_id: int
    ) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        contacts = self.records.registry.get("contacts")
        people = session.execute(
            select(Contact.id, Contact.first_name, Contact.last_name, Contact.name_order)
            .join(ActivityInvitee, ActivityInvitee.contact_id == Contact.id)
            .where(ActivityInvitee.activity_id == activity_id)
            .order_by(ActivityInvitee.id)
        ).all()
        users = session.execute(
            select(User.id, User.full_name)
            .join(ActivityInvitee, ActivityInvitee.user_id == User.id)
            .where(ActivityInvitee.activity_id == activity_id)
            .order_by(ActivityInvitee.id)
        ).all()
        named = [
            (
                i,
                contacts.display_name(
                    {"first_name": first, "last_name": last, "name_order": order}
                ),
            )
            for i, first, last, order in people
        ]
        return named, [(i, name) for i, name in users]

    def _named_invitees(self, session: Session, activity_id: int) -> dict[tuple[str, int], str]:
        """Who is invited, by ("contact" or "user", id): the history's names of them."""
        contacts, users = self._invitee_names(session, activity_id)
        return {("contact", i): n for i, n in contacts} | {("user", i): n for i, n in users}

    def invitees(self, activity_id: int) -> tuple[list[int], list[int]]:
        """(contact ids, user ids) invited to an activity."""
        with self.db.read() as session:
            rows = session.execute(
                select(ActivityInvitee.contact_id, ActivityInvitee.user_id)
                .where(ActivityInvitee.activity_id == activity_id)
                .order_by(ActivityInvitee.id)
            ).all()
        return [c for c, _ in rows if c is not None], [u for _, u in rows if u is not None]

    # -- reading ------------------------------------------------------------------------------
    def occurrences(
        self,
        start: dt.datetime,
        end: dt.datetime,
        owner: int | None = None,
        *,
        dated_margin: dt.timedelta = dt.timedelta(0),
        starting: bool = True,
    ) -> list[Occurrence]:
        """Every occurrence of a timed activity overlapping [start, end), in time order;
        of an all-day one, ``dated_margin`` wider (a floating date lies up to a day either
        side of a zone's days). A series gives at most MAX_PER_SERIES of the range.
        Without ``starting``, not the single timed activities that start in the range (a
        summary counts those: services/activities/summary.py).

        Index ranges rather than one scan, each bounded whatever the range: what starts
        in it, what started up to LONG_SPAN before it and is still going on, the few
        longer ones still going on (their own index), and the repeating activities still
        running in it (:func:`running_series`).
        """
        from crm_desktop.services.activities.ranges import occurrences

        return occurrences(self, start, end, owner, dated_margin, starting)

    def all(self, ids: list[int] | None = None) -> list[Activity]:
        """Live activities (all, or those of ``ids``) the user sees, detached, oldest first,
        to be written to a file: the user's role must allow exporting activities."""
        self.access.require(self.records.registry.get(TYPE_KEY), "export")
        query = (
            select(Activity)
            .where(Activity.deleted_at.is_(None), *self.visible())
            .order_by(Activity.id)
        )
        if ids is not None:
            query = query.where(Activity.id.in_(ids))
        with self.db.read() as session:
            found = list(session.scalars(query).all())
            session.expunge_all()
        return found

    def my_work_today(
        self, user_id: int, now: dt.datetime, zone: dt.tzinfo = UTC, days_ahead: int = 7
    ) -> WorkToday:
        """Open work of ``user_id``: overdue, today (in ``zone``), the next ``days_ahead`` days
        (services/activities/work_today.py)."""
        from crm_desktop.services.activities.work_today import my_work_today

        return my_work_today(self, user_id, now, zone, days_ahead)


def install(records: RecordService) -> None:
    """Add the activity rules to a record service (once)."""
    hooks = records._derive_hooks.get(TYPE_KEY, [])
    if any(getattr(h, "activity_rules", False) for h in hooks):
        return

    def hook(
        session: Session,
        record_type: RecordType,
        merged: dict[str, Any],
        previous: dict[str, Any] | None,
    ) -> None:
        derive(session, record_type, merged, previous, records=records)

    hook.activity_rules = True  # type: ignore[attr-defined]
    records.add_hooks(TYPE_KEY, derive=hook)
