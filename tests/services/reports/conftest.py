"""A small office's sales, activities, leads and quotes, each figure of the reports
worked out by hand in the tests from this table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal as D

import pytest
from sqlalchemy import update

from crm_desktop.models.quotes import Quote
from crm_desktop.services import Services
from crm_desktop.services.quotes.types import DocumentLine
from tests.conftest import AsUser

#: (owner, stage, amount, currency, close date, organization)
OPPORTUNITIES = (
    ("an", "Prospecting", "1000", "USD", dt.date(2026, 7, 10), None),  # weighted 100
    ("an", "Negotiation/Review", "2500.50", "USD", dt.date(2026, 8, 20), None),  # 2000.40
    ("binh", "Prospecting", "30000000", "VND", dt.date(2026, 9, 5), None),  # 3,000,000
    ("chi", "Closed Won", "700", "USD", dt.date(2026, 8, 1), "Thép Hà Nội"),
    ("maria", "Closed Won", "1200", "EUR", dt.date(2026, 9, 30), "Farmácia São Jorge"),
    ("an", "Closed Lost", "400", "USD", dt.date(2026, 8, 15), None),
    ("an", "Closed Won", "50000000", "VND", dt.date(2026, 10, 2), "Thép Hà Nội"),
    ("binh", "Prospecting", "999", "USD", None, None),  # weighted 99.90
)

#: (owner, kind, status, start in UTC)
ACTIVITIES = (
    ("an", "Call", "Held", dt.datetime(2026, 11, 30, 9, 0)),  # Monday of week 49
    ("an", "Visit", "Held", dt.datetime(2026, 12, 2, 14, 0)),
    ("an", "Meeting", "Planned", dt.datetime(2026, 12, 3, 10, 0)),  # not done
    ("an", "Task", "Completed", dt.datetime(2026, 12, 6, 23, 30)),  # Sunday of week 49
    ("binh", "Visit", "Held", dt.datetime(2026, 12, 7, 8, 0)),  # week 50
    ("binh", "Call", "Not Held", dt.datetime(2026, 12, 1, 8, 0)),  # not work done
)

#: (lead source, converted)
LEADS = (
    ("Web Site", True),
    ("Web Site", False),
    ("Web Site", False),
    ("Trade Show", True),
    ("Trade Show", True),
    (None, False),
)

#: (stage, currency, price of its one line, made at)
QUOTES = (
    ("Draft", "USD", "900", dt.datetime(2026, 12, 1, 10, 0)),  # not sent
    ("Delivered", "USD", "100", dt.datetime(2026, 11, 15, 10, 0)),
    ("Accepted", "USD", "250", dt.datetime(2026, 12, 2, 10, 0)),
    ("Accepted", "EUR", "80", dt.datetime(2026, 12, 3, 10, 0)),
)


@dataclass
class Office:
    admin: Services
    as_user: AsUser
    users: dict[str, int]


@pytest.fixture
def sales(office: Services, as_user: AsUser) -> Office:
    admin = office
    users = {u.username: u.id for u in admin.users.users()}
    organizations: dict[str, int] = {}
    for owner, stage, amount, currency, close, organization in OPPORTUNITIES:
        values = {
            "name": f"{owner} {stage}",
            "sales_stage": stage,
            "amount": amount,
            "currency": currency,
            "expected_close_date": close,
            "owner_id": users[owner],
        }
        if organization is not None:
            if organization not in organizations:
                org = admin.records.create("organizations", {"name": organization})
                organizations[organization] = org.id
            values["organization_id"] = organizations[organization]
        admin.records.create("opportunities", values)
    for owner, kind, status, start in ACTIVITIES:
        begin = start.replace(tzinfo=dt.UTC)
        admin.records.create(
            "activities",
            {
                "kind": kind,
                "subject": f"{kind} of {owner}",
                "status": status,
                "start_at": begin,
                "end_at": begin + dt.timedelta(minutes=30),
                "owner_id": users[owner],
            },
        )
    for number, (source, converted) in enumerate(LEADS):
        lead = admin.records.create("leads", {"last_name": f"Lead {number}", "lead_source": source})
        if converted:
            admin.conversion.convert(lead.id, lead.version, organization=None)
    for stage, currency, price, made in QUOTES:
        document = admin.quotes.new("quotes", subject=f"{stage} {currency}", currency=currency)
        document.values["stage"] = stage
        document.lines = [DocumentLine("Licence", D(1), D(price))]
        saved = admin.quotes.save(document)
        with admin.db.write() as session:
            session.execute(
                update(Quote)
                .where(Quote.id == saved.id)
                .values(created_at=made.replace(tzinfo=dt.UTC))
            )
    return Office(admin, as_user, users)
