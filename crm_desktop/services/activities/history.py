"""A record's activity history, read a page at a time.

An organization visited every week for years has thousands of activities; its history
tab counts them once and reads the rows near what is on screen, like every other list.
The order is the time an activity happens: its start, or a task's due date; undated ones
come last. A contact's history also holds the activities it is invited to, and an
organization's those of its contacts (a call to its buyer is a call to the company).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select

from crm_desktop.models.activities import Activity, ActivityInvitee
from crm_desktop.models.base import UTCDateTime
from crm_desktop.models.database import Database
from crm_desktop.models.entities import Contact, User
from crm_desktop.services.access.rules import UNLIMITED, Access
from crm_desktop.services.activities.types import HistoryRow


def _when() -> Any:
    # A start (UTC) or a due date: both sort as ISO text on SQLite, and PostgreSQL widens
    # the date to a timestamp, so one expression orders events and tasks together.
    return func.coalesce(Activity.start_at, Activity.due_date).label("when")


class ActivityHistory:
    def __init__(self, db: Database, access: Access = UNLIMITED):
        self.db = db
        self.access = access

    def _linked(self, type_key: str, record_id: int) -> ColumnElement[bool]:
        linked = and_(Activity.related_type == type_key, Activity.related_id == record_id)
        if type_key == "contacts":
            invited = select(ActivityInvitee.activity_id).where(
                ActivityInvitee.contact_id == record_id
            )
            linked = or_(linked, Activity.id.in_(invited))
        elif type_key == "organizations":
            people = select(Contact.id).where(
                Contact.organization_id == record_id, Contact.deleted_at.is_(None)
            )
            linked = or_(
                linked, and_(Activity.related_type == "contacts", Activity.related_id.in_(people))
            )
        visible = self.access.visible("activities", Activity.__table__)
        return and_(Activity.deleted_at.is_(None), linked, *(() if visible is None else (visible,)))

    def count(self, type_key: str, record_id: int) -> int:
        stmt = select(func.count()).select_from(Activity).where(self._linked(type_key, record_id))
        with self.db.read() as session:
            return int(session.execute(stmt).scalar_one())

    def page(self, type_key: str, record_id: int, offset: int, limit: int) -> list[HistoryRow]:
        """Rows ``offset`` .. ``offset + limit`` of the history, in time order."""
        if limit <= 0 or offset < 0:
            return []
        when = _when()
        stmt = (
            select(
                Activity.id,
                Activity.kind,
                Activity.subject,
                Activity.start_at,
                Activity.end_at,
                Activity.due_date,
                Activity.all_day,
                Activity.status,
                User.full_name,
                Activity.related_type,
                Activity.related_id,
                Activity.related_name,
                Activity.recurrence,
                Activity.location,
            )
            .outerjoin(User, User.id == Activity.owner_id)
            .where(self._linked(type_key, record_id))
            .order_by(case((when.is_(None), 1), else_=0), when, Activity.created_at, Activity.id)
            .offset(offset)
            .limit(limit)
        )
        with self.db.read() as session:
            rows = session.execute(stmt).all()
        return [
            HistoryRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                bool(r[6]),
                r[7],
                r[8] or "",
                r[9],
                r[10],
                r[11],
                bool(r[12]),
                r[13],
            )
            for r in rows
        ]

    def position(self, type_key: str, record_id: int, moment: dt.datetime) -> int:
        """How many rows come before ``moment``: the row of the first thing still to come."""
        when = func.coalesce(Activity.start_at, Activity.due_date, type_=UTCDateTime)
        stmt = (
            select(func.count())
            .select_from(Activity)
            .where(self._linked(type_key, record_id), when < moment)
        )
        with self.db.read() as session:
            return int(session.execute(stmt).scalar_one())
