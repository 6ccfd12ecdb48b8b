"""Reminders: which are due for a user at a given moment, snoozing and dismissing them.

A reminder belongs to one occurrence of an activity (a repeating meeting reminds before
each of its occurrences) and fires ``reminder_minutes`` before it starts; tasks and all-day
activities have a date, not a time, and count from :data:`DATED_TIME` on their day in the
user's zone. What the user did with a reminder (dismissed, snoozed until) is a row of
``reminder_states`` per user and occurrence, so it survives restarts and follows the user
to another computer sharing the database.

A reminder stays due until it is dismissed, for at most :data:`LOOKBACK`: a program that
was closed over a weekend shows the reminders it missed when it starts again. When this
user's program last looked is kept too, so that those can be told apart from the ones
the user already saw. The clock is always the caller's (``now``), never read here.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, delete, or_, select

from crm_desktop.models.activities import Activity, ActivityInvitee, ReminderState
from crm_desktop.models.database import Database
from crm_desktop.models.entities import Setting
from crm_desktop.registry.picklists import ACTIVITY_DONE_STATUSES
from crm_desktop.services.activities.occurrences import Occurrence, expand, task_occurrence
from crm_desktop.services.activities.recurrence import series_over
from crm_desktop.services.activities.service import (
    CALENDAR_COLUMNS,
    DATED_TIME,
    UTC,
    running_series,
)
from crm_desktop.services.activities.time_limits import in_zone, shifted
from crm_desktop.services.activities.types import Reminder

#: how long a missed reminder waits to be seen: a long weekend; older ones are past help
#: (the overdue work of "my work today" still lists what was not done)
LOOKBACK = dt.timedelta(days=3)
#: how far ahead the next reminder is looked for (the window re-reads at least that often)
LOOKAHEAD = dt.timedelta(days=8)
#: a date's reminder is stored as fired from DATED_TIME UTC; the user's zone moves it by
#: up to 14 hours: single activities and tasks are read with this much to spare
_ZONE_SLACK = dt.timedelta(days=1)
#: states of occurrences older than this are forgotten
FORGET_AFTER = dt.timedelta(days=60)
_CHECK_KEY = "reminders.last_check.{user}"


class ReminderService:
    """Reminders of one user (activities they own or are invited to), in ``zone``."""

    def __init__(
        self,
        db: Database,
        user_id: int,
        zone: dt.tzinfo = UTC,
        *,
        lookback: dt.timedelta = LOOKBACK,
    ):
        self.db = db
        self.user_id = user_id
        self.zone = zone
        self.lookback = lookback

    # -- reading ------------------------------------------------------------------------------
    def due(self, now: dt.datetime) -> list[Reminder]:
        """Reminders due at ``now`` and not dismissed (nor snoozed past ``now``), oldest first.
        Only what fired by ``now`` is read: a snooze only ever moves a reminder later."""
        return [r for r in self._reminders(now, now) if r.remind_at <= now]

    def missed(self, now: dt.datetime) -> list[Reminder]:
        """Due reminders that came due since this user's program last looked (all of them if
        it never did): the ones nobody has seen."""
        return self.seen_and_missed(now)[1]

    def seen_and_missed(self, now: dt.datetime) -> tuple[list[Reminder], list[Reminder]]:
        """The due reminders in two: those due when this user's program last looked (it
        showed them then, and they are still pending), and the ones nobody has seen."""
        last = self.last_check()
        due = self.due(now)
        seen = [r for r in due if last is not None and r.remind_at <= last]
        return seen, [r for r in due if r not in seen]

    def next_due(self, now: dt.datetime) -> dt.datetime | None:
        """When the next reminder after ``now`` falls due (within the lead times read)."""
        later = [r.remind_at for r in self._reminders(now, shifted(now, LOOKAHEAD))]
        later = [moment for moment in later if moment > now]
        return min(later, default=None)

    def last_check(self) -> dt.datetime | None:
        with self.db.read() as session:
            row = session.get(Setting, _CHECK_KEY.format(user=self.user_id))
        return dt.datetime.fromisoformat(row.value) if row is not None and row.value else None

    # -- writing ------------------------------------------------------------------------------
    def mark_checked(self, now: dt.datetime) -> None:
        """Remember that this user's program looked at ``now``; forget long-past states."""
        if self.db.read_only:
            return
        key = _CHECK_KEY.format(user=self.user_id)
        with self.db.write() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=now.astimezone(UTC).isoformat()))
            else:
                row.value = now.astimezone(UTC).isoformat()
            session.execute(
                delete(ReminderState).where(
                    ReminderState.user_id == self.user_id,
                    ReminderState.occurrence_start < now - FORGET_AFTER,
                )
            )

    def snooze(
        self, activity_id: int, occurrence_start: dt.datetime, minutes: int, now: dt.datetime
    ) -> None:
        """Remind again ``minutes`` after ``now``."""
        if minutes <= 0:
            raise ValueError("a snooze lasts at least a minute")
        until = now + dt.timedelta(minutes=minutes)
        self._set_state(activity_id, occurrence_start, snoozed_until=until, dismissed_at=None)

    def dismiss(self, activity_id: int, occurrence_start: dt.datetime, now: dt.datetime) -> None:
        """No more reminding of this occurrence (the next of a series still reminds)."""
        self._set_state(activity_id, occurrence_start, snoozed_until=None, dismissed_at=now)

    def _set_state(
        self,
        activity_id: int,
        occurrence_start: dt.datetime,
        *,
        snoozed_until: dt.datetime | None,
        dismissed_at: dt.datetime | None,
    ) -> None:
        with self.db.write() as session:
            state = session.scalars(
                select(ReminderState).where(
                    ReminderState.activity_id == activity_id,
                    ReminderState.occurrence_start == occurrence_start,
                    ReminderState.user_id == self.user_id,
                )
            ).first()
            if state is None:
                state = ReminderState(
                    activity_id=activity_id,
                    occurrence_start=occurrence_start,
                    user_id=self.user_id,
                )
                session.add(state)
            state.snoozed_until = snoozed_until
            state.dismissed_at = dismissed_at

    # -- computing ----------------------------------------------------------------------------
    def _reminders(self, now: dt.datetime, latest: dt.datetime) -> list[Reminder]:
        """Every reminder not dismissed that fires in (now - lookback, latest]."""
        earliest = shifted(now, -self.lookback)
        day = dt.timedelta(days=1)
        with self.db.read() as session:
            mine = self._mine()
            # One index range each (an OR of them would scan the table): single activities
            # and tasks by when their reminder fires (remind_at, kept by the activity
            # service), so a reminder two weeks ahead of its meeting is read when it fires;
            # the repeating ones still running, each occurrence reminding on its own.
            ranges = (
                and_(
                    Activity.remind_at > shifted(earliest, -_ZONE_SLACK),
                    Activity.remind_at <= shifted(latest, _ZONE_SLACK),
                ),
                *running_series(shifted(earliest, -day), shifted(latest, day)),
            )
            candidates = [
                row
                for where in ranges
                for row in session.execute(select(*CALENDAR_COLUMNS).where(mine, where))
            ]
            candidates = [a for a in candidates if not series_over(a, shifted(earliest, -day))]
            states = {
                (s.activity_id, s.occurrence_start): s
                for s in session.scalars(
                    select(ReminderState).where(
                        ReminderState.user_id == self.user_id,
                        ReminderState.occurrence_start > shifted(earliest, -2 * day),
                    )
                ).all()
            }
            session.expunge_all()  # the states leave with their values loaded
        found: list[Reminder] = []
        for activity in candidates:
            minutes = activity.reminder_minutes
            assert minutes is not None
            lead = dt.timedelta(minutes=minutes)
            if activity.start_at is None:
                occurrences = [task_occurrence(activity)]
            else:
                occurrences = expand(activity, shifted(earliest, -day), shifted(latest, lead + day))
            for occurrence in occurrences:
                fire = shifted(self._moment(occurrence), -lead)
                if not earliest < fire <= latest:
                    continue
                state = states.get((occurrence.activity_id, occurrence.start))
                if state is not None and state.dismissed_at is not None:
                    continue
                snoozed = state is not None and state.snoozed_until is not None
                remind_at = state.snoozed_until if state and state.snoozed_until else fire
                found.append(_reminder(occurrence, remind_at, snoozed))
        return sorted(found, key=lambda r: (r.remind_at, r.start, r.activity_id))

    def _mine(self) -> ColumnElement[bool]:
        invited = select(ActivityInvitee.activity_id).where(ActivityInvitee.user_id == self.user_id)
        return and_(
            Activity.deleted_at.is_(None),
            Activity.reminder_minutes.is_not(None),
            or_(Activity.status.is_(None), Activity.status.not_in(ACTIVITY_DONE_STATUSES)),
            or_(Activity.owner_id == self.user_id, Activity.id.in_(invited)),
        )

    def _moment(self, occurrence: Occurrence) -> dt.datetime:
        """The time a reminder counts back from: the start, or a date's DATED_TIME."""
        if not occurrence.all_day:
            return occurrence.start
        day = occurrence.start.astimezone(UTC).date()
        return in_zone(dt.datetime.combine(day, DATED_TIME, self.zone), UTC)


def _reminder(occurrence: Occurrence, remind_at: dt.datetime, snoozed: bool) -> Reminder:
    return Reminder(
        occurrence.activity_id,
        occurrence.start,
        remind_at,
        occurrence.kind,
        occurrence.subject,
        occurrence.start,
        occurrence.end,
        occurrence.all_day,
        occurrence.location,
        occurrence.related_type,
        occurrence.related_id,
        occurrence.related_name,
        occurrence.recurring,
        snoozed,
    )
