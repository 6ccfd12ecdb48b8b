"""Logins: passwords, the lockout after five wrong ones, disabled accounts, turning a
single-user database into an office one and back."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from crm_desktop.errors import LoginFailed, ValidationError
from crm_desktop.models import Database
from crm_desktop.models.entities import User
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.services.users import MAX_WRONG_PASSWORDS, login, logs_in
from tests.conftest import OFFICE_PASSWORD as PASSWORD
from tests.conftest import AsUser


def test_a_single_user_database_has_no_login_and_no_limits(services: Services) -> None:
    assert not logs_in(services.db)
    assert not services.access.office and services.access.administrator


def test_the_office_keeps_the_records_owner_and_back(db: Database) -> None:
    single = Services.build(db)
    mine = single.records.create("contacts", {"last_name": "Nguyễn"})
    single.office.make_office("boss", PASSWORD, "Bảo Trần")
    assert logs_in(db)
    boss = Services.build(db, user_id=login(db, "Boss", PASSWORD))  # any case of the name
    assert boss.access.office and boss.access.administrator
    record = boss.records.get("contacts", mine.id)
    assert record.values["owner_id"] == boss.users.current().id
    assert record.references["owner_id"] == "Bảo Trần"
    boss.office.make_single_user()
    assert not logs_in(db)
    assert Services.build(db).lists.count(ListQuery("contacts")) == 1


def test_five_wrong_passwords_lock_the_account_for_a_minute(db: Database, office: Services) -> None:
    for _ in range(MAX_WRONG_PASSWORDS - 1):
        with pytest.raises(LoginFailed, match="user name or the password is wrong"):
            login(db, "an", "wrong")
    with pytest.raises(LoginFailed, match="waits a minute"):
        login(db, "an", "wrong")
    # The right password waits too: the lock is in the database, for every computer.
    with pytest.raises(LoginFailed, match="waits a minute"):
        login(db, "an", PASSWORD)
    with db.write() as session:  # the minute is over
        past = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
        session.execute(update(User).where(User.username == "an").values(locked_until=past))
    assert login(db, "an", PASSWORD)


def test_a_right_password_starts_the_count_again(db: Database, office: Services) -> None:
    for _ in range(MAX_WRONG_PASSWORDS - 1):
        with pytest.raises(LoginFailed):
            login(db, "an", "wrong")
    login(db, "an", PASSWORD)
    with pytest.raises(LoginFailed, match="is wrong"):
        login(db, "an", "wrong")


def test_unknown_users_groups_and_disabled_accounts_do_not_log_in(
    db: Database, office: Services
) -> None:
    with pytest.raises(LoginFailed, match="is wrong"):
        login(db, "nobody", PASSWORD)
    with pytest.raises(LoginFailed, match="is wrong"):
        login(db, "sales", PASSWORD)
    office.users.set_active("binh", False)
    with pytest.raises(LoginFailed, match="disabled"):
        login(db, "binh", PASSWORD)
    assert "Binh" not in {u.full_name.title() for u in office.users.owners()}


def test_passwords_are_argon2id_hashes_and_reset_by_the_administrator(
    db: Database, office: Services, as_user: AsUser
) -> None:
    with db.read() as session:
        stored = session.scalars(select(User.password_hash).where(User.username == "an")).one()
    assert stored is not None and stored.startswith("$argon2id$") and PASSWORD not in stored
    office.users.reset_password("an", "new secret")
    with pytest.raises(LoginFailed):
        login(db, "an", PASSWORD)
    chi = as_user("chi")
    chi.users.change_password(PASSWORD, "chi's own")
    with pytest.raises(ValidationError, match="current password is wrong"):
        chi.users.change_password(PASSWORD, "again")
    assert login(db, "chi", "chi's own") == chi.users.current().id


def test_the_administrator_cannot_disable_themselves(office: Services) -> None:
    with pytest.raises(ValidationError, match="your own account"):
        office.users.set_active("boss", False)
