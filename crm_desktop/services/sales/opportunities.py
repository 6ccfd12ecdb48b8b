"""Opportunity rules: probability from the stage, weighted amount; the stage history
(read from the record's history)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models.entities import Opportunity, User
from crm_desktop.models.history import HistoryEntry
from crm_desktop.registry import RecordType
from crm_desktop.registry.picklists import STAGE_PROBABILITY
from crm_desktop.services.history.reading import typed
from crm_desktop.services.records.service import RecordService
from crm_desktop.services.sales.types import weighted_amount

#: the fields the stage history shows
TRACKED = ("sales_stage", "probability", "amount", "expected_close_date")


def derive(
    session: Session,
    record_type: RecordType,
    merged: dict[str, Any],
    previous: dict[str, Any] | None,
) -> None:
    stage = merged.get("sales_stage")
    if previous is None:
        prefill = merged.get("probability") is None
    else:
        # A stage change re-fills the probability unless the user changed it in the same save.
        prefill = previous.get("sales_stage") != stage and merged.get(
            "probability"
        ) == previous.get("probability")
    if prefill and stage in STAGE_PROBABILITY:
        merged["probability"] = STAGE_PROBABILITY[stage]
    merged["weighted_amount"] = weighted_amount(
        merged.get("amount"), merged.get("probability"), merged.get("currency") or "USD"
    )


def install(records: RecordService) -> None:
    records.add_hooks("opportunities", derive=derive)


def stage_history(records: RecordService, opportunity_id: int) -> list[dict[str, Any]]:
    """The opportunity's stage changes, oldest first: after each save that changed its
    stage, probability, amount or expected close date, the four as they then stood, with
    the name of who saved and the opportunity's currency (the amounts are in it). Read
    from the record's history (services/history), which keeps every field's changes."""
    with records.db.read() as session:
        currency = session.execute(
            select(Opportunity.currency).where(Opportunity.id == opportunity_id)
        ).scalar()
        rows = session.execute(
            select(HistoryEntry, User.full_name)
            .outerjoin(User, User.id == HistoryEntry.user_id)
            .where(
                HistoryEntry.record_type == "opportunities",
                HistoryEntry.record_id == opportunity_id,
                HistoryEntry.field.in_(TRACKED),
            )
            .order_by(HistoryEntry.changed_at, HistoryEntry.id)
        ).all()
    fields = records.registry.get("opportunities")
    changes: list[dict[str, Any]] = []
    for entry, name in rows:
        last = changes[-1] if changes else None
        if last is None or (last["changed_at"], last["changed_by_id"]) != (
            entry.changed_at,
            entry.user_id,
        ):
            last = {
                **{k: last[k] if last else None for k in TRACKED},
                "currency": currency,
                "changed_at": entry.changed_at,
                "changed_by_id": entry.user_id,
                "changed_by": name,
            }
            changes.append(last)
        name = str(entry.field)  # one of TRACKED, as read
        last[name] = typed(fields.field(name).kind, entry.new_value)
    for change in changes:
        if change["probability"] is not None:
            change["probability"] = int(change["probability"])
    return changes
