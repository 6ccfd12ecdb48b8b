"""Moving an office's file to a server: every record, link and number comes along."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.database.transfer import TransferError, transfer
from crm_desktop.services.records.lists import ListQuery
from tests.databases import TestDatabases


def _office_file(path: Path) -> Services:
    services = Services.build(Database.open(path))
    member = services.records.create("organizations", {"name": "Chi nhánh Huế"})
    parent = services.records.create("organizations", {"name": "Tập đoàn Đức Thịnh"})
    services.records.update("organizations", member.id, member.version, {"parent_id": parent.id})
    boss = services.records.create(
        "contacts",
        {"first_name": "Þórður", "last_name": "Guðjónsson", "organization_id": parent.id},
    )
    services.records.create(
        "contacts",
        {"last_name": "Conceição", "organization_id": member.id, "reports_to_id": boss.id},
    )
    services.records.create(
        "opportunities",
        {"name": "ERP", "organization_id": parent.id, "amount": "125000000", "currency": "VND"},
    )
    lead = services.records.create("leads", {"last_name": "Silva", "company": "Silva Ltda."})
    services.conversion.convert(lead.id, lead.version)
    services.filters.save("contacts", "Mine", ())
    return services


def test_everything_is_copied_and_numbering_continues(
    tmp_path: Path, test_databases: TestDatabases
) -> None:
    source = _office_file(tmp_path / "office.sqlite3")
    target_db = test_databases.new()
    target = Services.build(target_db)
    try:
        copied = transfer(source.db, target_db, source.registry)
        assert copied["contacts"] == 3 and copied["organizations"] == 3
        assert target.stats.counts() == source.stats.counts()
        for record_type in source.registry:
            query = ListQuery(
                record_type.key, sort_field="number" if record_type.number_prefix else "modified_at"
            )
            assert target.lists.page(query, 0, 100) == source.lists.page(query, 0, 100)
        member = target.lists.page(ListQuery("organizations", quick="hue"), 0, 1)[0]
        parent_id = target.records.get("organizations", member.id).values["parent_id"]
        assert target.records.get("organizations", parent_id).values["name"] == (
            "Tập đoàn Đức Thịnh"
        )
        new = target.records.create("contacts", {"last_name": "After the move"})
        assert new.number == "CON-00004"
        assert new.id == 4
        assert [f.name for f in target.filters.filters("contacts")][-1] == "Mine"
    finally:
        source.db.close()
        target_db.close()


def test_copy_refuses_a_target_that_has_records(
    tmp_path: Path, test_databases: TestDatabases
) -> None:
    source = _office_file(tmp_path / "office.sqlite3")
    target_db = test_databases.new()
    try:
        Services.build(target_db).records.create("contacts", {"last_name": "Already here"})
        with pytest.raises(TransferError, match="already holds contacts"):
            transfer(source.db, target_db, source.registry)
    finally:
        source.db.close()
        target_db.close()
