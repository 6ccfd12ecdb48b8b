"""A database of a few thousand contacts, filled once per module; each test gets a copy."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from tests.databases import TestDatabases

FIRST = ["Văn Đức", "Thị Lan", "João", "Maria", "Þórður", "Guðrún", "John", "Ängel", "Đạt"]
LAST = ["Nguyễn", "Trần", "Conceição", "Silva", "Guðjónsson", "Jónsdóttir", "Smith", "Đỗ", "Ó"]
CITIES = ["Hà Nội", "São Paulo", "Reykjavík", "London", "Đà Nẵng", None]
ROWS = 2500


def _fill(services: Services) -> None:
    rng = random.Random(7)
    orgs = []
    with services.db.write() as session:
        for i in range(40):
            orgs.append(
                services.records._create(
                    session,
                    "organizations",
                    {
                        "name": f"{rng.choice(LAST)} {i} Ltda.",
                        "org_type": rng.choice(["Customer", "Prospect", None]),
                    },
                )
            )
        for i in range(ROWS):
            services.records._create(
                session,
                "contacts",
                {
                    "first_name": rng.choice(FIRST),
                    "last_name": rng.choice(LAST),
                    "organization_id": rng.choice([*orgs, None]),
                    "email": f"p{i}@example.org" if i % 5 else None,
                    "mailing_city": rng.choice(CITIES),
                    "title": rng.choice(["CEO", "CFO", None]),
                },
            )


@pytest.fixture(scope="module")
def template(test_databases: TestDatabases) -> Database:
    """One filled database per module; each test gets its own copy."""
    db = test_databases.new(shared=True)
    _fill(Services.build(db))
    db.close()
    return db


@pytest.fixture
def filled(test_databases: TestDatabases, template: Database) -> Iterator[Services]:
    db = test_databases.clone(template)
    yield Services.build(db)
    db.close()
