"""Cases: a due time from the response target of the case's priority, the queue's sort key,
and closing, which needs a resolution.

The response targets (hours per priority) are rows of ``settings`` so that every computer
sharing the database gives the same due times; a priority without a row has its default.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.errors import ValidationError
from crm_desktop.models.base import utcnow
from crm_desktop.models.entities import Setting
from crm_desktop.registry import N_, RecordType
from crm_desktop.registry.support import CASE_CLOSED, CASE_PRIORITIES
from crm_desktop.services.access.rules import UNLIMITED, Access
from crm_desktop.services.cases.types import DEFAULT_RESPONSE_HOURS, MAX_RESPONSE_HOURS
from crm_desktop.services.records.service import RecordService

_TARGET_KEY = "cases.response_hours."
#: the queue key of a case without a due time: after those of its priority that have one
_NO_DUE = "9999-12-31T23:59"


def queue_order(priority: str | None, due_at: dt.datetime | None) -> str:
    """Sorts cases by priority (most urgent first), then by due time (soonest first)."""
    rank = CASE_PRIORITIES.index(priority) if priority in CASE_PRIORITIES else len(CASE_PRIORITIES)
    due = due_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M") if due_at else _NO_DUE
    return f"{rank}|{due}"


def response_hours(session: Session) -> dict[str, int]:
    """Hours to answer a case, by priority: the settings' or the default."""
    rows = session.execute(
        select(Setting.key, Setting.value).where(Setting.key.startswith(_TARGET_KEY))
    )
    stored = {key[len(_TARGET_KEY) :]: value for key, value in rows}
    hours = dict(DEFAULT_RESPONSE_HOURS)
    for priority, value in stored.items():
        if priority in hours and value.isdigit():
            hours[priority] = int(value)
    return hours


def _derive(
    session: Session,
    record_type: RecordType,
    merged: dict[str, Any],
    previous: dict[str, Any] | None,
) -> None:
    priority = merged.get("priority")
    if previous is None:
        # A new case is due by its priority's target, unless a due time was typed.
        from_target = merged.get("due_at") is None
    else:
        # A new priority moves the due time, unless the same save typed another one.
        from_target = previous.get("priority") != priority and merged.get("due_at") == previous.get(
            "due_at"
        )
    if from_target:
        start = merged.get("created_at") or utcnow()
        hours = response_hours(session).get(str(priority))
        if hours is not None:
            merged["due_at"] = start + dt.timedelta(hours=hours)
    closing = merged.get("status") == CASE_CLOSED
    if closing and not (merged.get("resolution") or "").strip():
        raise ValidationError({"resolution": N_("Closing a case needs its resolution.")})
    if not closing:
        merged["closed_at"] = None
    elif previous is None or previous.get("status") != CASE_CLOSED:
        merged["closed_at"] = utcnow()
    merged["queue_order"] = queue_order(priority, merged.get("due_at"))


class CaseService:
    """The response targets of cases; the record service does the rest through the hook."""

    def __init__(self, records: RecordService, access: Access = UNLIMITED):
        self.records = records
        self.access = access
        records.add_hooks("cases", derive=_derive)

    def response_hours(self) -> dict[str, int]:
        with self.records.db.read() as session:
            return response_hours(session)

    def set_response_hours(self, hours: dict[str, int]) -> None:
        """Keep the hours to answer a case of each priority (new and re-prioritised cases
        take them; due times already given stay)."""
        self.access.require_administrator()
        errors = {
            priority: N_("A response target is 1 hour to a year.")
            for priority, value in hours.items()
            if priority not in DEFAULT_RESPONSE_HOURS or not 1 <= value <= MAX_RESPONSE_HOURS
        }
        if errors:
            raise ValidationError(errors)
        with self.records.db.write() as session:
            for priority, value in hours.items():
                row = session.get(Setting, _TARGET_KEY + priority)
                if row is None:
                    session.add(Setting(key=_TARGET_KEY + priority, value=str(value)))
                else:
                    row.value = str(value)
