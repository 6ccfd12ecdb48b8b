"""Migration 0012 (name order) on SQLite and on PostgreSQL: the contacts and leads of an
older file get the order their name tells, else the locale's, and the names other
records keep of them are written in that order."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from crm_desktop.models import Database
from crm_desktop.models.database import SCHEMA_HEAD
from crm_desktop.models.migrate import alembic_config
from crm_desktop.registry.spec import FAMILY_FIRST, GIVEN_FIRST
from crm_desktop.services import Services
from crm_desktop.textfold import fold


def test_older_files_get_each_persons_name_order(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = Services.build(db).records
    duc = records.create("contacts", {"first_name": "Văn Đức", "last_name": "Nguyễn"})
    anna = records.create("contacts", {"first_name": "Anna", "last_name": "Berg"})
    thordur = records.create("contacts", {"first_name": "Þórður", "last_name": "Sigurðsson"})
    yamada = records.create("leads", {"first_name": "太郎", "last_name": "山田"})
    peter = records.create("leads", {"first_name": "Péter", "last_name": "Nagy"})
    records.update("contacts", anna.id, anna.version, {"reports_to_id": duc.id})
    deal = records.create("opportunities", {"name": "Phần mềm", "contact_id": duc.id})
    other_deal = records.create("opportunities", {"name": "Hugbúnaður", "contact_id": thordur.id})
    quote = records.create("quotes", {"subject": "Giấy phép", "contact_id": duc.id})
    call = records.create(
        "activities",
        {"kind": "Call", "subject": "Denwa", "related_type": "leads", "related_id": yamada.id},
    )

    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), "0011_users_roles")
        # as the program before name orders wrote them: given name first
        for table, column, name in (
            ("opportunities", "contact_name", "Văn Đức Nguyễn"),
            ("quotes", "contact_name", "Văn Đức Nguyễn"),
            ("contacts", "reports_to_name", "Văn Đức Nguyễn"),
            ("activities", "related_name", "太郎 山田"),
        ):
            key = f", {column}_key = :key" if table != "contacts" else ""
            conn.execute(
                text(f"UPDATE {table} SET {column} = :name{key} WHERE {column} IS NOT NULL"),
                {"name": name, "key": fold(name)},
            )
    target = str(db.path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    db.close()

    # Migrated by a program on a Japanese desktop: names that do not tell follow it.
    monkeypatch.setenv("LC_ALL", "ja_JP.UTF-8")
    upgraded = Database.open(target)
    try:
        assert upgraded.revision() == SCHEMA_HEAD
        records = Services.build(upgraded).records
        orders = {records.get("contacts", r.id).values["name_order"] for r in (duc, anna, thordur)}
        assert orders == {FAMILY_FIRST}
        assert records.get("leads", yamada.id).values["name_order"] == FAMILY_FIRST
        assert records.get("leads", peter.id).values["name_order"] == FAMILY_FIRST
        assert records.get("opportunities", deal.id).references["contact_id"] == "Nguyễn Văn Đức"
        assert records.get("quotes", quote.id).references["contact_id"] == "Nguyễn Văn Đức"
        assert records.get("contacts", anna.id).references["reports_to_id"] == "Nguyễn Văn Đức"
        assert records.get("activities", call.id).values["related_name"] == "山田 太郎"
        # Þórður's name does not tell: the locale's order, and his deal's name follows it
        other = records.get("opportunities", other_deal.id)
        assert other.references["contact_id"] == "Sigurðsson Þórður"
        with upgraded.read() as session:
            keys = session.execute(
                text("SELECT contact_name_key FROM opportunities ORDER BY id")
            ).scalars()
            assert list(keys) == [fold("Nguyễn Văn Đức"), fold("Sigurðsson Þórður")]
    finally:
        upgraded.close()


def test_an_english_desktop_keeps_names_that_do_not_tell_given_name_first(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = Services.build(db).records
    anna = records.create("contacts", {"first_name": "Anna", "last_name": "Berg"})
    with db.write_connection() as conn:
        command.downgrade(alembic_config(conn), "0011_users_roles")
    target = str(db.path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    db.close()
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    upgraded = Database.open(target)
    try:
        records = Services.build(upgraded).records
        assert records.get("contacts", anna.id).values["name_order"] == GIVEN_FIRST
        assert records.display_name("contacts", anna.id) == "Anna Berg"
    finally:
        upgraded.close()
