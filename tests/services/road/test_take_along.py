"""Taking the office's records on the road: what the user may see and chose, whole, with
its own numbers, and nothing of what they may not see left in the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.errors import CannotWrite, DomainError
from crm_desktop.models import Database
from crm_desktop.models.mail import MailFolder
from crm_desktop.services import Services
from crm_desktop.services.mail.accounts import save_account
from crm_desktop.services.mail.types import MailAccount, MailServer, Security
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.services.road.take_along import TakeAlong, take_along
from crm_desktop.services.users import login
from tests.conftest import OFFICE_PASSWORD, AsUser


def _names(services: Services, type_key: str, quick: str = "") -> set[str]:
    rows = services.lists.page(ListQuery(type_key, quick=quick), 0, 1000)
    return {services.records.display_name(type_key, row.id) for row in rows}


@pytest.fixture
def customers(office: Services, as_user: AsUser) -> dict[str, Services]:
    """Contacts private to their owner's team: an's, binh's (both of the group sales), chi's."""
    office.office.set_private("contacts", True)
    office.office.set_private("organizations", True)
    people = {name: as_user(name) for name in ("an", "binh", "chi")}
    hanoi = people["chi"].records.create("organizations", {"name": "Công ty Hà Nội"})
    people["an"].records.create(
        "contacts", {"first_name": "Đức", "last_name": "Nguyễn", "email": "duc@example.vn"}
    )
    people["binh"].records.create("contacts", {"first_name": "João", "last_name": "Conceição"})
    people["chi"].records.create(
        "contacts",
        {"first_name": "Þórður", "last_name": "Guðjónsson", "organization_id": hanoi.id},
    )
    office.records.create("products", {"name": "Bàn làm việc", "unit_price": "2500000"})
    people["an"].records.create("leads", {"last_name": "Silva", "company": "Silva Ltda."})
    return people


def _open(path: Path, name: str) -> Services:
    laptop = Database.open(path, create=False)
    return Services.build(laptop, user_id=login(laptop, name, OFFICE_PASSWORD))


def test_staff_take_their_own_records_and_the_whole_price_list(
    tmp_path: Path, customers: dict[str, Services]
) -> None:
    an = customers["an"]
    laptop_path = tmp_path / "an-laptop.sqlite3"
    taken = take_along(an.db, an.registry, an.access, laptop_path, TakeAlong(scope="mine"))
    assert taken.records["contacts"] == 1 and taken.records["products"] == 1
    laptop = _open(laptop_path, "an")
    try:
        assert _names(laptop, "contacts") == {"Nguyễn Đức"}
        assert _names(laptop, "products") == {"Bàn làm việc"}
        assert _names(laptop, "leads") == {"Silva"}
        assert laptop.stats.counts()["contacts"] == 1
        # The quick filter's index was kept in step with the deletions.
        assert _names(laptop, "contacts", quick="duc") == {"Nguyễn Đức"}
        assert not _names(laptop, "contacts", quick="conceicao")
    finally:
        laptop.db.close()


def test_the_team_scope_takes_the_teams_records_and_not_the_others(
    tmp_path: Path, customers: dict[str, Services], as_user: AsUser
) -> None:
    maria = as_user("maria")  # the manager of an and binh
    laptop_path = tmp_path / "team.sqlite3"
    take_along(maria.db, maria.registry, maria.access, laptop_path, TakeAlong(scope="team"))
    laptop = _open(laptop_path, "maria")
    try:
        assert _names(laptop, "contacts") == {"Nguyễn Đức", "João Conceição"}
    finally:
        laptop.db.close()
    # What maria may not see is not in the file at all, not even in its free pages.
    data = laptop_path.read_bytes()
    assert "Guðjónsson".encode() not in data
    assert b"gudjonsson" not in data  # nor the words the quick filter finds it by
    assert "Công ty Hà Nội".encode() not in data


def test_a_contacts_organization_travels_with_it_when_visible(
    tmp_path: Path, office: Services, customers: dict[str, Services]
) -> None:
    laptop_path = tmp_path / "boss.sqlite3"
    chi = customers["chi"]
    # chi's own contact links to chi's organization: taking "mine" brings both.
    take_along(chi.db, chi.registry, chi.access, laptop_path, TakeAlong(scope="mine"))
    laptop = _open(laptop_path, "chi")
    try:
        (contact,) = laptop.lists.page(ListQuery("contacts"), 0, 9)
        record = laptop.records.get("contacts", contact.id)
        organization = laptop.records.get("organizations", record.values["organization_id"])
        assert organization.values["name"] == "Công ty Hà Nội"
    finally:
        laptop.db.close()


def test_the_copy_numbers_from_its_own_block_and_the_office_skips_it(
    tmp_path: Path, office: Services, customers: dict[str, Services]
) -> None:
    an = customers["an"]
    laptop_path = tmp_path / "numbers.sqlite3"
    take_along(an.db, an.registry, an.access, laptop_path, TakeAlong(scope="mine", numbers=2))
    on_road = [
        an.records.create("contacts", {"last_name": "Office"}).number,
    ]
    laptop = _open(laptop_path, "an")
    try:
        road = [
            laptop.records.create("contacts", {"last_name": f"Road {i}"}).number for i in (1, 2)
        ]
        with pytest.raises(DomainError, match="used every number"):
            laptop.records.create("contacts", {"last_name": "One too many"})
        # The refused save left nothing behind.
        assert laptop.stats.counts()["contacts"] == 3
    finally:
        laptop.db.close()
    on_road.append(an.records.create("contacts", {"last_name": "Office again"}).number)
    assert not set(road) & set(on_road)
    assert road == ["CON-00004", "CON-00005"]
    assert on_road == ["CON-00006", "CON-00007"]


def test_other_users_cannot_log_in_to_the_copy(
    tmp_path: Path, customers: dict[str, Services]
) -> None:
    an = customers["an"]
    laptop_path = tmp_path / "an.sqlite3"
    take_along(an.db, an.registry, an.access, laptop_path)
    laptop = Database.open(laptop_path, create=False)
    try:
        with pytest.raises(DomainError):
            login(laptop, "binh", OFFICE_PASSWORD)
        assert login(laptop, "an", OFFICE_PASSWORD) == an.access.user_id
        with sqlite3.connect(laptop_path) as conn:
            hashes = conn.execute("SELECT count(password_hash) FROM users").fetchone()[0]
        assert hashes == 1
    finally:
        laptop.close()


def test_bad_targets_are_refused_in_one_sentence(
    tmp_path: Path, customers: dict[str, Services]
) -> None:
    an = customers["an"]
    if an.db.path is not None:
        with pytest.raises(CannotWrite):
            take_along(an.db, an.registry, an.access, an.db.path)
    with pytest.raises(DomainError, match="mine, team or all"):
        take_along(an.db, an.registry, an.access, tmp_path / "x.sqlite3", TakeAlong(scope="some"))
    with pytest.raises(CannotWrite):
        take_along(an.db, an.registry, an.access, tmp_path / "missing" / "folder" / "x.sqlite3")
    assert not (tmp_path / "x.sqlite3").exists()


def _mail_of(services: Services, who: str) -> MailServer:
    """A mailbox of ``who``'s account, with one folder fetched into the database."""
    server = MailServer("mail.example.vn", 993, Security.SSL, who)
    account = MailAccount(f"{who}@example.vn", who.title(), incoming=server, outgoing=None)
    save_account(services.db, services.access.user_id, account)
    with services.db.write() as session:
        session.add(
            MailFolder(account=server.keyring_user, name="INBOX", uid_validity=1, last_uid=0)
        )
    return server


def test_each_user_lists_their_own_mail_and_takes_only_it_along(
    tmp_path: Path, customers: dict[str, Services]
) -> None:
    an, binh = customers["an"], customers["binh"]
    mine, theirs = _mail_of(an, "an"), _mail_of(binh, "binh")
    assert [f.account for f in an.mailbox().folders()] == [mine.keyring_user]
    assert [f.account for f in binh.mailbox().folders()] == [theirs.keyring_user]
    assert an.mailbox().folders(theirs.keyring_user) == []

    laptop_path = tmp_path / "an-laptop.sqlite3"
    take_along(an.db, an.registry, an.access, laptop_path, TakeAlong(scope="all"))
    with sqlite3.connect(laptop_path) as raw:
        accounts = [row[0] for row in raw.execute("SELECT account FROM mail_folders")]
    assert accounts == [mine.keyring_user]
