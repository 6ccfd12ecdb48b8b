"""Opportunity rules: probability from the stage, weighted amount, stage history."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models.entities import Opportunity, OpportunityStageHistory, User
from crm_desktop.registry import RecordType
from crm_desktop.registry.picklists import STAGE_PROBABILITY
from crm_desktop.services.records.service import RecordService
from crm_desktop.services.sales.types import weighted_amount

_TRACKED = ("sales_stage", "probability", "amount", "expected_close_date")


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


def record_history(
    session: Session,
    record_type: RecordType,
    record_id: int,
    merged: dict[str, Any],
    previous: dict[str, Any] | None,
) -> None:
    if previous is not None and all(previous.get(k) == merged.get(k) for k in _TRACKED):
        return
    session.add(
        OpportunityStageHistory(
            opportunity_id=record_id,
            sales_stage=merged["sales_stage"],
            probability=merged.get("probability"),
            amount=merged.get("amount"),
            expected_close_date=merged.get("expected_close_date"),
            changed_at=merged["modified_at"],
            changed_by_id=merged.get("modified_by_id"),
        )
    )
    session.flush()


def install(records: RecordService) -> None:
    records.add_hooks("opportunities", derive=derive, after_save=record_history)


def stage_history(records: RecordService, opportunity_id: int) -> list[dict[str, Any]]:
    """The opportunity's stage changes, oldest first, each with the name of who made it
    and the opportunity's currency (the amounts are in it)."""
    with records.db.read() as session:
        rows = session.execute(
            select(OpportunityStageHistory, User.full_name, Opportunity.currency)
            .join(Opportunity, Opportunity.id == OpportunityStageHistory.opportunity_id)
            .outerjoin(User, User.id == OpportunityStageHistory.changed_by_id)
            .where(OpportunityStageHistory.opportunity_id == opportunity_id)
            .order_by(OpportunityStageHistory.changed_at, OpportunityStageHistory.id)
        ).all()
        return [
            {
                "sales_stage": r.sales_stage,
                "probability": r.probability,
                "amount": r.amount,
                "currency": currency,
                "expected_close_date": r.expected_close_date,
                "changed_at": r.changed_at,
                "changed_by_id": r.changed_by_id,
                "changed_by": name,
            }
            for r, name, currency in rows
        ]
