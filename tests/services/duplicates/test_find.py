"""Likely duplicates through the service: accents and case in names, phone numbers
written with +84 or a 0 prefix, e-mails in any case; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import select, update

from crm_desktop.models import Base, Database
from crm_desktop.models.migrate import alembic_config
from crm_desktop.services import Services
from crm_desktop.services.duplicates.keys import email_key, phone_key


@pytest.mark.parametrize(
    "written",
    [
        "+84 28 3822 1234",
        "028 3822 1234",
        "(028) 38221234",
        "0084 28 3822 1234",
        "+84 (0)28 3822-1234",
        "028 3822 1234 ext. 5",
    ],
)
def test_one_phone_number_written_many_ways_has_one_key(written: str) -> None:
    assert phone_key(written) == "2838221234"


def test_keys_of_what_is_not_a_phone_or_an_email() -> None:
    assert phone_key("ext. 12") is None
    assert phone_key("12 34") is None
    assert phone_key("+1 555 010 9999") == "5550109999"
    assert email_key("  An.Nguyen@Example.COM ") == "an.nguyen@example.com"
    assert email_key("") is None


def test_a_new_contact_hints_at_the_same_email_phone_and_name(services: Services) -> None:
    records = services.records
    anh = records.create("organizations", {"name": "Ánh Dương"})
    other = records.create("organizations", {"name": "Sao Mai"})
    an = records.create(
        "contacts",
        {
            "first_name": "Văn An",
            "last_name": "Nguyễn",
            "email": "An.Nguyen@Example.com",
            "organization_id": anh.id,
        },
    )
    phone = records.create(
        "contacts", {"first_name": "Bình", "last_name": "Trần", "mobile_phone": "+84 90 123 4567"}
    )
    elsewhere = records.create(
        "contacts", {"first_name": "Van An", "last_name": "Nguyen", "organization_id": other.id}
    )
    finder = services.duplicates

    by_email = finder.likely("contacts", {"secondary_email": "an.nguyen@EXAMPLE.com"})
    assert [(c.id, c.reasons) for c in by_email] == [(an.id, ("email",))]
    by_phone = finder.likely("contacts", {"office_phone": "090 123 45 67"})
    assert [(c.id, c.reasons) for c in by_phone] == [(phone.id, ("phone",))]
    # Same name ignoring accents and case: within the same organization only.
    values = {"first_name": "VAN AN", "last_name": "nguyen", "organization_id": anh.id}
    assert [c.id for c in finder.likely("contacts", values)] == [an.id]
    values["organization_id"] = None  # not chosen yet: the name alone
    assert {c.id for c in finder.likely("contacts", values)} == {an.id, elsewhere.id}
    # Two reasons rank first; the record itself is not its own duplicate.
    both = finder.likely(
        "contacts",
        {
            "first_name": "Văn An",
            "last_name": "Nguyễn",
            "email": "an.nguyen@example.com",
            "organization_id": anh.id,
        },
    )
    assert (both[0].id, both[0].reasons) == (an.id, ("email", "name"))
    assert both[0].detail == "Ánh Dương"
    assert finder.likely("contacts", {"email": "an.nguyen@example.com"}, exclude_id=an.id) == []


def test_records_in_the_recycle_bin_are_no_duplicates(services: Services) -> None:
    lead = services.records.create(
        "leads", {"first_name": "João", "last_name": "Silva", "email": "joao@silva.br"}
    )
    assert services.duplicates.likely("leads", {"email": "JOAO@silva.br"})
    services.records.delete("leads", lead.id, lead.version)
    assert services.duplicates.likely("leads", {"email": "JOAO@silva.br"}) == []


def test_saving_keeps_the_keys(services: Services) -> None:
    org = services.records.create(
        "organizations", {"name": "Þórður ehf.", "phone": "+354 551 2345"}
    )
    assert services.duplicates.likely("organizations", {"phone": "551 2345"})
    org = services.records.update("organizations", org.id, org.version, {"phone": "+354 562 0000"})
    assert services.duplicates.likely("organizations", {"phone": "551 2345"}) == []
    assert [
        c.id for c in services.duplicates.likely("organizations", {"name": "THORDUR EHF."})
    ] == [org.id]


def test_find_groups_each_reason_with_progress(services: Services) -> None:
    records = services.records
    org = records.create("organizations", {"name": "Ánh Dương"})
    a = records.create(
        "contacts",
        {
            "first_name": "Hương",
            "last_name": "Đỗ",
            "organization_id": org.id,
            "email": "huong@anhduong.vn",
            "office_phone": "+84 28 3822 1234",
        },
    )
    b = records.create(
        "contacts",
        {
            "first_name": "huong",
            "last_name": "do",
            "organization_id": org.id,
            "secondary_email": "HUONG@anhduong.vn",
        },
    )
    c = records.create("contacts", {"last_name": "Lê", "mobile_phone": "028 3822 1234"})
    records.create("contacts", {"first_name": "Hương", "last_name": "Đỗ"})  # another organization
    steps: list[tuple[int, int]] = []
    groups = list(services.duplicates.find("contacts", lambda d, t: steps.append((d, t))))
    found = {(g.reason, g.key, tuple(r.id for r in g.records)) for g in groups}
    assert found == {
        ("email", "huong@anhduong.vn", (a.id, b.id)),
        ("phone", "2838221234", (a.id, c.id)),
        ("name", "huong do", (a.id, b.id)),
    }
    assert steps[-1][0] == steps[-1][1] and len(steps) == steps[-1][1]
    assert {r.name for g in groups for r in g.records} >= {"Đỗ Hương", "huong do", "Lê"}


def test_find_stops_when_cancelled(services: Services) -> None:
    for _ in range(2):
        services.records.create("leads", {"last_name": "Zed", "email": "z@z.z"})
    steps: list[int] = []
    groups = list(
        services.duplicates.find("leads", lambda d, _t: steps.append(d), lambda: len(steps) >= 3)
    )
    assert steps == [1, 2, 3]
    assert groups == []  # the e-mail "z@z.z" lies in a later slice than the third


def test_the_migration_fills_the_keys_of_rows_already_there(db: Database) -> None:
    services = Services.build(db)
    lead = services.records.create(
        "leads", {"first_name": "Ólafur", "last_name": "Jónsson", "phone": "+354 551 2345"}
    )
    leads = Base.metadata.tables["leads"]
    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), "0009_record_history")
        command.upgrade(alembic_config(conn), "0010_duplicate_keys")
    with db.read() as session:
        row = session.execute(
            select(leads.c.name_match, leads.c.phone_match).where(leads.c.id == lead.id)
        ).one()
    assert tuple(row) == ("olafur jonsson", "5512345")
    with db.write() as session:  # keys are what the look-up reads
        session.execute(update(leads).values(phone_match=None))
    assert services.duplicates.likely("leads", {"phone": "551 2345"}) == []
