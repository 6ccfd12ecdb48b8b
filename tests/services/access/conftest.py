"""An office of five on a fresh database: an administrator, a manager and two staff in
the group Sales, and one staff member in no group."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.users import login

PASSWORD = "correct horse"
#: (user name, role, group)
STAFF = (
    ("maria", "manager", "sales"),
    ("an", "staff", "sales"),
    ("binh", "staff", "sales"),
    ("chi", "staff", None),
)

AsUser = Callable[[str], Services]


@pytest.fixture(autouse=True)
def _quick(quick_hashes: None) -> None:
    """Every test here hashes passwords."""


@pytest.fixture
def office(db: Database) -> Services:
    """The administrator's services on an office database with the people of STAFF."""
    single = Services.build(db)
    single.office.make_office("boss", PASSWORD, "Bảo Trần")
    admin = Services.build(db, user_id=login(db, "boss", PASSWORD))
    admin.users.add_group("sales")
    for name, role, group in STAFF:
        admin.users.add_user(name, PASSWORD, role, group=group)
    return admin


@pytest.fixture
def as_user(db: Database, office: Services) -> AsUser:
    """The services of one user of the office, logged in with their password."""

    def build(name: str) -> Services:
        return Services.build(db, user_id=login(db, name, PASSWORD))

    return build
