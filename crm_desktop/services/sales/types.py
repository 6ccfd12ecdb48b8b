"""What the sales screens use of the sales services: the result and refusal of a lead's
conversion and an opportunity's weighted amount. No SQLAlchemy, no models."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from crm_desktop.errors import DomainError
from crm_desktop.registry.picklists import CURRENCY_DECIMALS


class AlreadyConverted(DomainError):
    pass


@dataclass(frozen=True)
class ConversionResult:
    organization_id: int | None
    contact_id: int
    opportunity_id: int | None


def weighted_amount(
    amount: Decimal | None, probability: int | None, currency: str
) -> Decimal | None:
    """amount x probability / 100, rounded half-up to the currency's decimals."""
    if amount is None or probability is None:
        return None
    quantum = Decimal(1).scaleb(-CURRENCY_DECIMALS.get(currency, 2))
    return (amount * probability / 100).quantize(quantum, rounding=ROUND_HALF_UP)
