"""Contracts: an active contract's renewal is a task due the reminder's days before its
end (so it reminds, and shows in "My work today", as every task does); a contract whose end
has passed is Expired; "Renew" makes the next contract from one.

Expiry is brought up to date when a list of contracts is counted (at most once a day per
program: a contract saved since with a past end is expired by its own save) and on every
save, not by a program running in the background.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crm_desktop.models.activities import Activity
from crm_desktop.models.base import utcnow
from crm_desktop.models.support import Contract
from crm_desktop.registry import RecordType
from crm_desktop.registry.picklists import ACTIVITY_DONE_STATUSES
from crm_desktop.registry.support import CONTRACT_EXPIRED
from crm_desktop.services.history import record_history
from crm_desktop.services.records.changes import Change
from crm_desktop.services.records.lists import ListService
from crm_desktop.services.records.service import RecordService
from crm_desktop.services.records.types import Record

ACTIVE = "Active"
#: a renewal task's subject; stored as the task's text, like any subject typed
RENEWAL_SUBJECT = "Renew contract {number}: {name}"


def renewal_due(values: dict[str, Any]) -> dt.date | None:
    """The day an active contract's renewal task is due; None: it needs none."""
    end, days = values.get("end_date"), values.get("renewal_reminder_days")
    if values.get("status") != ACTIVE or end is None or days is None or days < 0:
        return None
    return end - dt.timedelta(days=days)


def renewed_name(
    name: str, old_term: tuple[dt.date | None, dt.date | None], new_start: dt.date | None
) -> str:
    """The next term's name: the years of the old term in the name move on by as many
    years as the term does ("Maintenance 2026" → "Maintenance 2027", "2025–2026" →
    "2026–2027"), or the new term's year is added, so the two contracts are told apart in
    a list; unchanged when the new term has no start."""
    if not name or new_start is None:
        return name
    old_start, old_end = old_term
    if old_start is not None and old_start.year != new_start.year:
        shift, last = new_start.year - old_start.year, (old_end or old_start).year

        def moved(year: re.Match[str]) -> str:
            value = int(year.group())
            return str(value + shift) if old_start.year <= value <= last else year.group()

        shifted = re.sub(r"\b\d{4}\b", moved, name)
        if shifted != name:
            return shifted
    if re.search(rf"\b{new_start.year}\b", name):
        return name
    return f"{name} {new_start.year}"


def _derive(
    session: Session,
    record_type: RecordType,
    merged: dict[str, Any],
    previous: dict[str, Any] | None,
) -> None:
    end = merged.get("end_date")
    if merged.get("status") == ACTIVE and end is not None and end < dt.date.today():
        merged["status"] = CONTRACT_EXPIRED


class ContractService:
    """Renewal tasks and expiry, installed on the record and list services."""

    def __init__(
        self,
        records: RecordService,
        lists: ListService,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        self.records = records
        self.today = today
        self._expired_on: dt.date | None = None
        records.add_hooks("contracts", derive=_derive, after_save=self._keep_renewal_task)
        lists.add_before_count("contracts", self._expire_once_a_day)

    # -- renewal tasks ------------------------------------------------------------------------
    def _keep_renewal_task(
        self,
        session: Session,
        record_type: RecordType,
        record_id: int,
        merged: dict[str, Any],
        previous: dict[str, Any] | None,
    ) -> None:
        due = renewal_due(merged)
        task = self._open_renewal_task(session, record_id, renewal_due(previous or {}))
        if due is None:
            # Cancelled, back to draft or without an end: nothing to renew. An expired
            # contract keeps its task: its renewal is still to be done.
            if task is not None and merged.get("status") != CONTRACT_EXPIRED:
                self._bin(session, task.id, task.version)
            return
        values = {
            "subject": RENEWAL_SUBJECT.format(number=merged["number"], name=merged["name"]),
            "due_date": due,
            "owner_id": merged["owner_id"],
        }
        if task is None:
            self.records._create(
                session,
                "activities",
                {
                    **values,
                    "kind": "Task",
                    "status": "Not Started",
                    "reminder_minutes": 0,
                    "related_type": "contracts",
                    "related_id": record_id,
                },
            )
        elif (task.subject, task.due_date, task.owner_id) != tuple(values.values()):
            self.records._update(session, "activities", task.id, task.version, values)

    def _bin(self, session: Session, task_id: int, version: int) -> None:
        """The renewal task to the recycle bin, as the record service's delete does."""
        now = utcnow()
        session.execute(
            update(Activity)
            .where(Activity.id == task_id, Activity.version == version)
            .values(
                deleted_at=now,
                modified_at=now,
                modified_by_id=self.records.user_id,
                version=version + 1,
            )
        )
        record_history.write(
            session, "activities", task_id, "deleted", user_id=self.records.user_id
        )

    @staticmethod
    def _open_renewal_task(session: Session, contract_id: int, due: dt.date | None) -> Any:
        """The contract's open renewal task: an open task of the contract due on the day
        its renewal was due before this save."""
        if due is None:
            return None
        return session.execute(
            select(
                Activity.id,
                Activity.version,
                Activity.subject,
                Activity.due_date,
                Activity.owner_id,
            )
            .where(
                Activity.related_type == "contracts",
                Activity.related_id == contract_id,
                Activity.kind == "Task",
                Activity.due_date == due,
                Activity.deleted_at.is_(None),
                Activity.status.not_in(ACTIVITY_DONE_STATUSES),
            )
            .order_by(Activity.id.desc())
            .limit(1)
        ).first()

    # -- expiry -------------------------------------------------------------------------------
    def _expire_once_a_day(self) -> None:
        today = self.today()
        if self._expired_on != today and not self.records.db.read_only:
            self.expire_ended(today)
            self._expired_on = today

    def expire_ended(self, today: dt.date) -> list[int]:
        """Mark Expired every active contract whose end is before ``today``; their ids."""
        with self.records.db.read() as session:
            ended = (
                session.execute(
                    select(Contract.id).where(
                        Contract.status == ACTIVE,
                        Contract.end_date < today,
                        Contract.deleted_at.is_(None),
                    )
                )
                .scalars()
                .all()
            )
        if not ended:
            return []
        with self.records.db.write() as session:
            for contract_id in ended:
                current = session.get(Contract, contract_id)
                if current is None or current.status != ACTIVE:
                    continue  # another program expired or changed it meanwhile
                self.records._update(
                    session,
                    "contracts",
                    contract_id,
                    current.version,
                    {"status": CONTRACT_EXPIRED},
                )
        self.records.hub.publish(Change("contracts", tuple(ended), "updated"))
        return list(ended)

    # -- renewing -----------------------------------------------------------------------------
    def renew(self, contract_id: int) -> Record:
        """A new draft contract for the term after this one's: same customer, type, value,
        terms and length, starting the day after this one ends. A contract renewed already
        gives the next term it has (renewing twice would make two of it)."""
        old = self.records.get("contracts", contract_id).values
        with self.records.db.read() as session:
            renewal = session.execute(
                select(Contract.id)
                .where(Contract.renewed_from_id == contract_id, Contract.deleted_at.is_(None))
                .order_by(Contract.id)
                .limit(1)
            ).scalar()
        if renewal is not None:
            return self.records.get("contracts", renewal)
        start, end = old.get("start_date"), old.get("end_date")
        new_start = new_end = None
        if end is not None:
            new_start = end + dt.timedelta(days=1)
            if start is not None:
                new_end = new_start + (end - start)
        copied = (
            "name",
            "organization_id",
            "contact_id",
            "contract_type",
            "value",
            "currency",
            "renewal_reminder_days",
            "billing_terms",
            "owner_id",
            "description",
        )
        return self.records.create(
            "contracts",
            {
                **{name: old.get(name) for name in copied},
                "name": renewed_name(old.get("name") or "", (start, end), new_start),
                "status": "Draft",
                "start_date": new_start,
                "end_date": new_end,
                "renewed_from_id": contract_id,
            },
        )
