"""PostgreSQL enforces the visibility rule itself (migration 0012_row_security): raw SQL
through a logged-in user's connection sees what the services show that user, and no
more. The database of these tests is made and opened by a plain login role, as an office's
server runs the program (a superuser is never limited by row-level security)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from crm_desktop.models import Database
from crm_desktop.registry import default_registry
from crm_desktop.services import Services
from crm_desktop.services.database.transfer import transfer
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.services.records.tables import table_of
from tests.conftest import OFFICE_PASSWORD, AsUser
from tests.databases import TestDatabases


@pytest.fixture
def db(server: TestDatabases) -> Iterator[Database]:
    db = server.new_for_plain_role()
    yield db
    db.close()


def _raw_names(services: Services, sql: str) -> list[str]:
    with services.db.read() as session:
        return sorted(row[0] for row in session.execute(text(sql)))


def _contacts(office: Services, as_user: AsUser) -> dict[str, Services]:
    """Private contacts, one of each person's, and one of the group sales."""
    office.office.set_private("contacts", True)
    people = {name: as_user(name) for name in ("maria", "an", "binh", "chi")}
    for name, services in people.items():
        services.records.create("contacts", {"last_name": name.title()})
    sales = next(u.id for u in office.users.owners() if u.username == "sales")
    office.records.create("contacts", {"last_name": "Sales", "owner_id": sales})
    office.records.create("contacts", {"last_name": "Boss"})
    return {"boss": office, **people}


def test_raw_sql_of_a_logged_in_user_sees_only_what_they_may(
    office: Services, as_user: AsUser
) -> None:
    people = _contacts(office, as_user)
    sql = "SELECT last_name FROM contacts"
    assert _raw_names(people["an"], sql) == ["An", "Sales"]
    assert _raw_names(people["chi"], sql) == ["Chi"]
    assert _raw_names(people["maria"], sql) == ["An", "Binh", "Maria", "Sales"]
    everybody = ["An", "Binh", "Boss", "Chi", "Maria", "Sales"]
    assert _raw_names(people["boss"], sql) == everybody
    # Not in a list's condition only: a join, a count and a change see no more.
    assert _raw_names(people["an"], "SELECT count(*)::text FROM contacts") == ["2"]
    with people["an"].db.write() as session:
        changed = session.execute(text("UPDATE contacts SET first_name = 'x'")).rowcount
    assert changed == 2
    # A shared type: everybody's again.
    office.office.set_private("contacts", False)
    assert _raw_names(people["chi"], sql) == everybody


def test_a_role_without_the_right_to_view_reads_no_row_on_the_server(
    office: Services, as_user: AsUser
) -> None:
    office.records.create("products", {"name": "Cà phê"})
    blind = office.office.add_role("Blind", "staff")
    office.office.set_rights(blind, "products", ["create"])
    office.users.add_user("dung", OFFICE_PASSWORD, "Blind")
    assert _raw_names(as_user("dung"), "SELECT name FROM products") == []
    assert _raw_names(as_user("an"), "SELECT name FROM products") == ["Cà phê"]


def test_the_lists_and_counts_agree_with_the_server(office: Services, as_user: AsUser) -> None:
    people = _contacts(office, as_user)
    for services in people.values():
        query = ListQuery("contacts", sort_field="last_name")
        total = services.lists.count(query)
        page = services.lists.page(query, 0, 50, total=total)
        with services.db.read() as session:
            ids = [r[0] for r in session.execute(text("SELECT id FROM contacts ORDER BY id"))]
        assert total == len(page) == len(ids)
        assert sorted(row.id for row in page) == ids


def test_a_rename_reaches_the_cached_names_of_records_the_user_may_not_see(
    office: Services, as_user: AsUser
) -> None:
    office.office.set_private("contacts", True)
    an, binh = as_user("an"), as_user("binh")
    organization = an.records.create("organizations", {"name": "Alpha"})
    contact = binh.records.create(
        "contacts", {"last_name": "Binh", "organization_id": organization.id}
    )
    an.records.update("organizations", organization.id, organization.version, {"name": "Beta"})
    assert binh.records.get("contacts", contact.id).references["organization_id"] == "Beta"


def test_another_users_private_record_is_refused_in_one_sentence(
    office: Services, as_user: AsUser
) -> None:
    from crm_desktop.errors import AccessDenied

    office.office.set_private("contacts", True)
    record = as_user("binh").records.create("contacts", {"last_name": "Binh"})
    with pytest.raises(AccessDenied, match="private to its owner"):
        as_user("chi").records.get("contacts", record.id)


def test_migrations_and_migrate_to_are_not_limited(
    server: TestDatabases, office_file: Database
) -> None:
    """An office file copied to the server as a plain role keeps every row; there the
    staff see theirs only."""
    from crm_desktop.services.users import login

    target = server.new_for_plain_role()
    try:
        copied = transfer(office_file, target, default_registry())
        assert copied["contacts"] == 2
        with target.read() as session:  # no user: the maintenance of the database
            assert session.execute(text("SELECT count(*) FROM contacts")).scalar_one() == 2
        on_server = Services.build(target, user_id=login(target, "an", OFFICE_PASSWORD))
        assert _raw_names(on_server, "SELECT last_name FROM contacts") == ["An"]
    finally:
        target.close()


def test_every_record_table_has_the_policies(db: Database) -> None:
    """A record type added later is limited on the server as the first ones are."""
    tables = sorted(table_of(t).name for t in default_registry())
    with db.read() as session:
        forced = session.execute(
            text(
                "SELECT relname FROM pg_class WHERE relrowsecurity AND relforcerowsecurity"
                " AND relname = ANY(:tables)"
            ),
            {"tables": tables},
        ).scalars()
        assert sorted(forced) == tables
        policies = session.execute(
            text("SELECT tablename, count(*) FROM pg_policies GROUP BY tablename")
        ).all()
    assert {name: count for name, count in policies if name in tables} == dict.fromkeys(tables, 4)
