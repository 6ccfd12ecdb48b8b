"""A small office with customers, and a road copy of it on a salesperson's laptop."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.road.take_along import TakeAlong, take_along
from crm_desktop.services.users import login
from tests.conftest import OFFICE_PASSWORD, AsUser


@dataclass
class Road:
    """The office as its manager and as the salesperson an, an's road copy as an."""

    office: Services
    an: Services
    laptop: Services

    def reopen(self) -> None:
        """The laptop's services built again (after a sync, as the program would)."""
        self.laptop = Services.build(self.laptop.db, user_id=self.laptop.access.user_id)


@pytest.fixture
def road(tmp_path: Path, office: Services, as_user: AsUser) -> Iterator[Road]:
    maria = as_user("maria")
    an = as_user("an")
    company = an.records.create("organizations", {"name": "Công ty Thịnh Phát"})
    an.records.create(
        "contacts",
        {
            "first_name": "Văn Đức",
            "last_name": "Nguyễn",
            "organization_id": company.id,
            "mobile_phone": "+84 90 111 2222",
        },
    )
    office.records.create("products", {"name": "Bàn làm việc", "unit_price": "2500000"})
    path = tmp_path / "an-laptop.sqlite3"
    take_along(an.db, an.registry, an.access, path, TakeAlong(scope="mine"))
    laptop_db = Database.open(path, create=False)
    laptop = Services.build(laptop_db, user_id=login(laptop_db, "an", OFFICE_PASSWORD))
    yield Road(office=maria, an=an, laptop=laptop)
    laptop.db.close()
