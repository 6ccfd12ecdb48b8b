"""A campaign's members and results as plain data (no SQLAlchemy)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from crm_desktop.registry import Condition


@dataclass(frozen=True)
class Member:
    """A lead or a contact in a campaign."""

    id: int
    record_type: str
    record_id: int
    name: str
    email: str | None
    response: str
    added_at: dt.datetime


@dataclass(frozen=True)
class Segment:
    """Records of one type chosen as a list chooses them: a saved filter's conditions,
    quick filter and column filters, or just some ids (a list's selection)."""

    record_type: str
    conditions: tuple[Condition, ...] = ()
    quick: str = ""
    column_filters: tuple[Condition, ...] = ()
    #: the records picked by hand; None: every record the conditions choose
    ids: tuple[int, ...] | None = None
    #: what the user chose it by ("Hot leads"), for the history and the send log
    name: str = ""


@dataclass(frozen=True)
class CampaignResults:
    """What a campaign cost and brought in.

    ``roi`` = (won revenue - actual cost) / actual cost, over the won opportunities
    attributed to the campaign in the campaign's own currency (the program keeps no
    exchange rates: wins in other currencies are in ``won_elsewhere``, not counted).
    None while the actual cost is unknown or zero."""

    currency: str
    members: int
    responded: int
    opportunities: int
    won: int
    won_revenue: Decimal
    actual_cost: Decimal | None
    roi: Decimal | None
    won_elsewhere: dict[str, Decimal] = field(default_factory=dict)
