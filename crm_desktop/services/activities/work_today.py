""" "My work today": a user's open work that is overdue, today's, and the next days'.

Timed items are on the days of the user's zone they overlap (strictly: a call ending at
midnight is not on the next day); all-day items and tasks are on their own dates, as the
calendar places them (services/activities/calendar.py). What ended before today and is not done is
overdue: the most recent :data:`OVERDUE_SHOWN` of the last :data:`OVERDUE_LOOKBACK`, with
how many there are in all. Older undone work is past the point of a daily list; the
activities list with its filters finds it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, TextClause, and_, false, func, or_, select, text
from sqlalchemy.orm import Session

from crm_desktop.models.activities import OPEN_STATUS, Activity
from crm_desktop.registry.picklists import ACTIVITY_DONE_STATUSES
from crm_desktop.services.activities.occurrences import (
    Occurrence,
    floating_days,
    single_occurrence,
    task_occurrence,
)
from crm_desktop.services.activities.recurrence import overlaps
from crm_desktop.services.activities.service import CALENDAR_COLUMNS, UTC
from crm_desktop.services.activities.summary_reads import counts, firsts
from crm_desktop.services.activities.time_limits import day_start as start_of
from crm_desktop.services.activities.time_limits import in_zone, shifted, shifted_day
from crm_desktop.services.activities.types import WorkToday

if TYPE_CHECKING:
    from crm_desktop.services.activities.service import ActivityService

#: the most overdue items listed (the most recent ones); the rest are counted
OVERDUE_SHOWN = 50
#: today's and the next days' items listed (the first ones); the rest are counted
WORK_SHOWN = 50
#: how far back overdue work is looked for
OVERDUE_LOOKBACK = dt.timedelta(days=90)


def open_work(user_id: int) -> tuple[ColumnElement[bool] | TextClause, ...]:
    """The live single activities and tasks of ``user_id`` that are not done: a range of
    ``ix_activities_open_work``, whose condition this holds word for word."""
    return (
        Activity.deleted_at.is_(None),
        Activity.recurrence.is_(None),
        text(OPEN_STATUS),
        Activity.owner_id == user_id,
    )


def my_work_today(
    activities: ActivityService,
    user_id: int,
    now: dt.datetime,
    zone: dt.tzinfo = UTC,
    days_ahead: int = 7,
) -> WorkToday:
    """Open work of ``user_id``: overdue, today (in ``zone``), the next ``days_ahead`` days;
    of today's and the next days', the first WORK_SHOWN each and how many in all."""
    local_today = in_zone(now, zone).date()
    last_day = shifted_day(local_today, days_ahead)
    day_start = start_of(local_today, zone)
    day_end = start_of(shifted_day(local_today, 1), zone)
    horizon = shifted(day_end, dt.timedelta(days=days_ahead))
    mine = open_work(user_id)
    timed = Activity.all_day == false()
    task = Activity.start_at.is_(None)
    wheres = (
        and_(*mine, timed, Activity.start_at >= day_start, Activity.start_at < day_end),
        and_(*mine, timed, Activity.start_at >= day_end, Activity.start_at < horizon),
        and_(*mine, task, Activity.due_date == local_today),
        and_(*mine, task, Activity.due_date > local_today, Activity.due_date <= last_day),
    )
    with activities.db.read() as session:
        overdue, total = _overdue(session, mine, local_today, day_start, zone)
        today_count, upcoming_count, *task_counts = counts(session, wheres)
        shown = (WORK_SHOWN, WORK_SHOWN)
        singles = firsts(session, wheres[:2], (Activity.start_at, Activity.id), shown)
        tasks = firsts(session, wheres[2:], (Activity.due_date, Activity.id), shown)
    today = [single_occurrence(row) for row in singles if row.start_at < day_end]
    upcoming = [single_occurrence(row) for row in singles if row.start_at >= day_end]
    for row in tasks:
        (today if row.due_date == local_today else upcoming).append(task_occurrence(row))
    today_total = today_count + task_counts[0]
    upcoming_total = upcoming_count + task_counts[1]
    # The rest are few: the repeating series, the all-day activities, and what began before
    # today and goes on in it. A floating date lies up to a day either side of the zone's
    # days: read wider.
    margin = dt.timedelta(days=1)
    for occurrence in activities.occurrences(
        day_start, horizon, owner=user_id, dated_margin=margin, starting=False
    ):
        if occurrence.status in ACTIVITY_DONE_STATUSES:
            continue
        if occurrence.all_day:
            first, last = floating_days(occurrence)
            if first <= local_today <= last:
                today.append(occurrence)
                today_total += 1
            elif local_today < first <= last_day:
                upcoming.append(occurrence)
                upcoming_total += 1
        elif overlaps(occurrence.start, occurrence.end, day_start, day_end):
            today.append(occurrence)
            today_total += 1
        elif day_end <= occurrence.start < horizon:
            upcoming.append(occurrence)
            upcoming_total += 1
    for items in (today, upcoming):
        items.sort(key=lambda o: _day_order(o, zone, local_today))
    return WorkToday(
        overdue=overdue,
        overdue_total=total,
        today=today[:WORK_SHOWN],
        upcoming=upcoming[:WORK_SHOWN],
        today_total=today_total,
        upcoming_total=upcoming_total,
    )


def _day_order(
    o: Occurrence, zone: dt.tzinfo, since: dt.date = dt.date.min
) -> tuple[dt.date, bool, dt.datetime, int]:
    """Day by day, as the calendar shows them (what began before ``since`` on that day), and
    on a day its dated items (all day, tasks) before the timed ones."""
    day = floating_days(o)[0] if o.all_day else in_zone(o.start, zone).date()
    return (max(day, since), not o.all_day, o.start, o.activity_id)


def _overdue(
    session: Session,
    mine: tuple[ColumnElement[bool] | TextClause, ...],
    local_today: dt.date,
    day_start: dt.datetime,
    zone: dt.tzinfo,
) -> tuple[list[Occurrence], int]:
    """The most recent overdue items and how many there are: single activities that ended
    before today (an all-day one before today's date) and tasks due before it. One index
    range each, back OVERDUE_LOOKBACK only."""
    # An all-day item's date is midnight UTC of it (floating), wherever the user is.
    floating_today = dt.datetime.combine(local_today, dt.time(), UTC)
    finish = func.coalesce(Activity.end_at, Activity.start_at)
    events = and_(
        *mine,
        Activity.recurrence.is_(None),
        Activity.start_at >= shifted(min(day_start, floating_today), -OVERDUE_LOOKBACK),
        Activity.start_at < max(day_start, floating_today),
        or_(
            and_(
                Activity.all_day.is_(False),
                Activity.start_at < day_start,
                finish <= day_start,
            ),
            and_(
                Activity.all_day.is_(True),
                Activity.start_at < floating_today,
                finish <= floating_today,
            ),
        ),
    )
    tasks = and_(
        *mine,
        Activity.start_at.is_(None),
        Activity.due_date >= shifted_day(local_today, -OVERDUE_LOOKBACK.days),
        Activity.due_date < local_today,
    )
    total = 0
    rows: list[Any] = []
    for where, newest in ((events, Activity.start_at), (tasks, Activity.due_date)):
        total += session.execute(select(func.count()).where(where)).scalar_one()
        query = select(*CALENDAR_COLUMNS).where(where).order_by(newest.desc(), Activity.id.desc())
        rows += session.execute(query.limit(OVERDUE_SHOWN)).all()
    found = [
        task_occurrence(row) if row.start_at is None else single_occurrence(row) for row in rows
    ]
    found.sort(key=lambda o: _day_order(o, zone), reverse=True)
    return found[:OVERDUE_SHOWN], total
