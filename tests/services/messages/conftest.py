"""A real SMTP server on loopback for every test of the folder that asks for it, and a
small segment of customers in Vietnamese, Portuguese and Icelandic."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.campaigns.types import Segment
from crm_desktop.services.mail.smtp import SmtpConnection
from crm_desktop.services.mail.types import MailServer
from crm_desktop.services.messages.types import Audience
from tests.smtp_server import Mailbox, smtp  # noqa: F401 - the fixture, for this folder

SENDER = ("ban-hang@congty.vn", "Công ty Ánh Dương")


@pytest.fixture
def connection(
    smtp: tuple[Mailbox, MailServer],  # noqa: F811 - the fixture imported above
) -> Iterator[SmtpConnection]:
    with SmtpConnection(smtp[1], None, timeout=5) as opened:
        yield opened


@pytest.fixture
def hot(services: Services) -> Audience:
    """Six hot leads: three who get e-mail, one without an address, and (contacts are
    not leads) nobody opted out; see ``customers`` for the contacts."""
    organization = services.records.create("organizations", {"name": "Cà phê Đà Lạt"}).id
    people = (
        ("Đức", "Nguyễn Văn", "duc@example.vn", {}),
        ("João", "Conceição", "joao@example.com.br", {}),
        ("Guðrún", "Jónsdóttir", "gudrun@example.is", {}),
        ("Lan", "Trần Thị", "lan@example.vn", {"email_opt_out": True}),
        ("Ana", "Sousa", "ana@example.com.br", {"no_messages": True}),
        ("Þór", "Ólafsson", None, {}),
    )
    for first, last, email, flags in people:
        services.records.create(
            "contacts",
            {
                "first_name": first,
                "last_name": last,
                "email": email,
                "organization_id": organization,
                "department": "Hot",
                **flags,
            },
        )
    services.records.create("contacts", {"last_name": "Lạnh", "email": "cold@example.vn"})
    segment = Segment("contacts", (Condition("department", "eq", "Hot"),), name="Hot")
    return Audience(segment=segment, name="Hot")
