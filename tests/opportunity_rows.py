"""Opportunities made from rows of a table, for the board and report tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from crm_desktop.services import Services

#: (name, stage, amount, currency, expected close date)
Deal = tuple[str, str, str, str, dt.date | None]


def add_opportunities(services: Services, deals: Iterable[Deal], **values: Any) -> list[int]:
    """Each deal saved through the record service (its probability and weighted amount
    derived as on the form), with ``values`` (an organization, say) on every one."""
    made = []
    for name, stage, amount, currency, close in deals:
        record = services.records.create(
            "opportunities",
            {
                "name": name,
                "sales_stage": stage,
                "amount": amount,
                "currency": currency,
                "expected_close_date": close,
                **values,
            },
        )
        made.append(record.id)
    return made
