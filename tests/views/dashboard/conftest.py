"""A few opportunities and activities for the dashboard and reports screens."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.services import Services
from tests.opportunity_rows import add_opportunities

#: (name, stage, amount, currency, days from today to the close date)
DEALS = (
    ("Thép Hà Nội – ERP", "Prospecting", "12000", "USD", 5),
    ("Farmácia São Jorge – CRM", "Prospecting", "4500.50", "USD", 12),
    ("Þórsmörk – Fleet", "Negotiation/Review", "80000", "ISK", 3),
    ("Ca Mau Seafood – Scanners", "Negotiation/Review", "9000", "USD", 8),
    ("Old win", "Closed Won", "700", "USD", -2),
)


@pytest.fixture
def analytics(services: Services) -> Services:
    """``services`` on a database with DEALS, closing around today, and two visits held."""
    today = dt.date.today()
    deals = [(*deal[:4], today + dt.timedelta(deal[4])) for deal in DEALS]
    add_opportunities(services, deals)
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for hours in (1, 3):
        begin = start - dt.timedelta(hours=hours)
        services.records.create(
            "activities",
            {
                "kind": "Visit",
                "subject": "Visit",
                "status": "Held",
                "start_at": begin,
                "end_at": begin + dt.timedelta(minutes=30),
            },
        )
    return services
