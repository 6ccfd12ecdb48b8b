"""What every save of a quote or sales order does, through whichever form: the header's
totals derived from the lines (the quote form's unsaved lines, or the stored ones), and an
accepted quote's opportunity moved to "Proposal/Price Quote" or beyond.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.errors import ValidationError
from crm_desktop.registry import RecordType
from crm_desktop.registry.picklists import SALES_STAGES
from crm_desktop.services.quotes.documents import (
    DOCUMENT_TYPES,
    Document,
    check_header,
    compute,
    decimals_of,
    header_totals,
    refresh_totals,
)
from crm_desktop.services.records.service import RecordService, table_of

ACCEPTED = "Accepted"
#: an accepted quote moves its opportunity to this stage, unless it is there or beyond
PROPOSAL_STAGE = "Proposal/Price Quote"
_STAGE_ORDER = [stage for stage, _ in SALES_STAGES]
#: what a save leaves in its session's info for QuoteService: the opportunities it moved,
#: the document whose lines price the header, and the totals they came to
MOVED_KEY = "crm_desktop.moved_opportunities"
PENDING_KEY = "crm_desktop.pending_document"
PRICED_KEY = "crm_desktop.priced_document"


def install(records: RecordService) -> None:
    for record_type in DOCUMENT_TYPES:
        records.add_hooks(record_type, derive=_derive_totals)
    records.add_hooks("quotes", after_save=lambda *args: _advance_opportunity(records, *args))


def _derive_totals(
    session: Session,
    record_type: RecordType,
    merged: dict[str, Any],
    previous: dict[str, Any] | None,
) -> None:
    pending: Document | None = session.info.get(PENDING_KEY)
    if pending is not None and pending.record_type == record_type.key:
        try:
            totals = compute(
                merged,
                pending.lines,
                pending.group_taxes,
                pending.shipping_taxes,
                decimals_of(session, merged.get("currency")),
            )
        except ValueError as exc:
            raise ValidationError({"discount_amount": str(exc)}) from exc
        session.info[PRICED_KEY] = totals
    elif merged.get("id") is None:
        # A new header from the generic form: no lines yet.
        totals = compute(merged, [], [], [], decimals_of(session, merged.get("currency")))
    else:
        totals = refresh_totals(session, record_type.key, merged["id"], merged)
    errors = check_header(merged, totals.subtotal)
    if errors:
        raise ValidationError(errors)
    merged.update(header_totals(totals))


def _advance_opportunity(
    records: RecordService,
    session: Session,
    record_type: RecordType,
    record_id: int,
    merged: dict[str, Any],
    previous: dict[str, Any] | None,
) -> None:
    """An accepted quote marks its opportunity "Proposal/Price Quote" or beyond."""
    opportunity_id = merged.get("opportunity_id")
    if merged.get("stage") != ACCEPTED or opportunity_id is None:
        return
    if (
        previous is not None
        and previous.get("stage") == ACCEPTED
        and (previous.get("opportunity_id") == opportunity_id)
    ):
        return
    opportunities = table_of(records.registry.get("opportunities"))
    row = session.execute(
        select(
            opportunities.c.sales_stage, opportunities.c.version, opportunities.c.deleted_at
        ).where(opportunities.c.id == opportunity_id)
    ).first()
    if row is None or row.deleted_at is not None or row.sales_stage not in _STAGE_ORDER:
        return
    if _STAGE_ORDER.index(row.sales_stage) >= _STAGE_ORDER.index(PROPOSAL_STAGE):
        return
    records._update(
        session, "opportunities", opportunity_id, row.version, {"sales_stage": PROPOSAL_STAGE}
    )
    session.info.setdefault(MOVED_KEY, set()).add(opportunity_id)
