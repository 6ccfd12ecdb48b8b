"""Merging duplicates and undoing the merge, through the services, on SQLite and
PostgreSQL: every related row moves to the survivor and back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from crm_desktop.errors import ConflictError, DomainError, NotFound
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery

WHEN = dt.datetime(2026, 6, 1, 9, tzinfo=dt.UTC)


def test_merging_organizations_moves_everything_and_undo_puts_it_back(services: Services) -> None:
    records = services.records
    keep = records.create("organizations", {"name": "Ánh Dương", "phone": "+84 28 3822 1234"})
    dup = records.create(
        "organizations",
        {
            "name": "Anh Duong Co.",
            "email": "info@anhduong.vn",
            "annual_revenue": Decimal("1500000"),
        },
    )
    contact = records.create("contacts", {"last_name": "Đỗ", "organization_id": dup.id})
    deal = records.create(
        "opportunities",
        {"name": "Phần mềm", "organization_id": dup.id, "sales_stage": "Prospecting"},
    )
    call = records.create(
        "activities",
        {
            "kind": "Call",
            "subject": "Gọi lại",
            "start_at": WHEN,
            "related_type": "organizations",
            "related_id": dup.id,
        },
    )
    child = records.create("organizations", {"name": "Chi nhánh", "parent_id": dup.id})
    untouched = records.create("contacts", {"last_name": "Lê", "organization_id": keep.id})

    result = services.merges.merge(
        "organizations",
        keep.id,
        {keep.id: keep.version, dup.id: dup.version},
        {"email": "info@anhduong.vn", "annual_revenue": Decimal("1500000")},
    )
    assert result.merged_ids == (dup.id,) and result.moved == 4
    survivor = records.get("organizations", keep.id).values
    assert (survivor["email"], survivor["annual_revenue"]) == (
        "info@anhduong.vn",
        Decimal("1500000"),
    )
    assert survivor["phone"] == "+84 28 3822 1234"
    moved_contact = records.get("contacts", contact.id)
    assert moved_contact.values["organization_id"] == keep.id
    assert moved_contact.references["organization_id"] == "Ánh Dương"
    assert services.lists.count(ListQuery("contacts", quick="anh duong")) == 2
    assert records.get("opportunities", deal.id).values["organization_id"] == keep.id
    assert records.get("activities", call.id).values["related_id"] == keep.id
    assert records.get("activities", call.id).values["related_name"] == "Ánh Dương"
    assert records.get("organizations", child.id).values["parent_id"] == keep.id
    assert records.get("organizations", dup.id, include_deleted=True).deleted
    note = services.merges.merge_of("organizations", dup.id)
    assert note is not None and (note.survivor_id, note.survivor_name) == (keep.id, "Ánh Dương")
    assert services.merges.merge_of("organizations", keep.id) is None

    assert services.merges.undo(note.merge_id) == (dup.id,)
    back = records.get("organizations", dup.id)
    assert back.values["name"] == "Anh Duong Co."
    survivor = records.get("organizations", keep.id).values
    assert (survivor["email"], survivor["annual_revenue"]) == (None, None)
    contact_back = records.get("contacts", contact.id)
    assert contact_back.values["organization_id"] == dup.id
    assert contact_back.references["organization_id"] == "Anh Duong Co."
    assert records.get("opportunities", deal.id).references["organization_id"] == "Anh Duong Co."
    assert records.get("activities", call.id).values["related_id"] == dup.id
    assert records.get("activities", call.id).values["related_name"] == "Anh Duong Co."
    assert records.get("organizations", child.id).values["parent_id"] == dup.id
    assert records.get("contacts", untouched.id).values["organization_id"] == keep.id
    assert services.merges.merge_of("organizations", dup.id) is None
    with pytest.raises(NotFound):
        services.merges.undo(note.merge_id)


def test_merging_contacts_moves_invitations_deals_and_reports(services: Services) -> None:
    records = services.records
    keep = records.create("contacts", {"first_name": "Hương", "last_name": "Đỗ"})
    dups = [
        records.create("contacts", {"first_name": "huong", "last_name": "do", "title": "CEO"}),
        records.create("contacts", {"first_name": "Huong", "last_name": "Do"}),
    ]
    meeting = services.activities.create(
        {"kind": "Meeting", "subject": "Demo", "start_at": WHEN}, contacts=(dups[0].id,)
    )
    deal = records.create(
        "opportunities",
        {"name": "Đơn hàng", "contact_id": dups[1].id, "sales_stage": "Prospecting"},
    )
    report = records.create("contacts", {"last_name": "Lê", "reports_to_id": dups[0].id})
    versions = {r.id: r.version for r in (keep, *dups)}
    result = services.merges.merge("contacts", keep.id, versions, {"title": "CEO"})
    assert result.merged_ids == (dups[0].id, dups[1].id)
    assert services.activities.invitees(meeting.id) == ([keep.id], [])
    assert records.get("opportunities", deal.id).references["contact_id"] == "Đỗ Hương"
    assert records.get("contacts", report.id).values["reports_to_id"] == keep.id
    assert services.lists.count(ListQuery("contacts")) == 2
    assert (
        services.duplicates.likely("contacts", {"first_name": "HUONG", "last_name": "DO"})[0].id
        == keep.id
    )

    services.merges.undo(result.merge_id)
    assert services.activities.invitees(meeting.id) == ([dups[0].id], [])
    assert records.get("opportunities", deal.id).values["contact_id"] == dups[1].id
    assert records.get("contacts", report.id).values["reports_to_id"] == dups[0].id
    assert records.get("contacts", keep.id).values["title"] is None
    assert services.lists.count(ListQuery("contacts")) == 4


def test_a_merge_checks_the_versions_the_user_saw(services: Services) -> None:
    records = services.records
    keep = records.create("leads", {"last_name": "Silva", "email": "joao@silva.br"})
    dup = records.create("leads", {"last_name": "Silva", "email": "JOAO@silva.br"})
    records.update("leads", dup.id, dup.version, {"title": "Changed by someone else"})
    with pytest.raises(ConflictError):
        services.merges.merge("leads", keep.id, {keep.id: keep.version, dup.id: dup.version}, {})
    assert not records.get("leads", dup.id).deleted  # nothing of the merge was kept
    with pytest.raises(DomainError):
        services.merges.merge("leads", keep.id, {keep.id: keep.version}, {})


def test_undo_waits_for_the_survivor_to_come_back(services: Services) -> None:
    records = services.records
    keep = records.create("leads", {"last_name": "Silva"})
    dup = records.create("leads", {"last_name": "Silva"})
    result = services.merges.merge(
        "leads", keep.id, {keep.id: keep.version, dup.id: dup.version}, {}
    )
    keep = records.get("leads", keep.id)
    records.delete("leads", keep.id, keep.version)
    with pytest.raises(DomainError, match="restore it first"):
        services.merges.undo(result.merge_id)
    records.restore("leads", keep.id)
    assert services.merges.undo(result.merge_id) == (dup.id,)


def test_undo_when_the_survivor_pointed_at_a_merged_record(services: Services) -> None:
    records = services.records
    boss = records.create("contacts", {"first_name": "Hương", "last_name": "Đỗ"})
    keep = records.create("contacts", {"last_name": "Lê", "reports_to_id": boss.id})
    dup = records.create("contacts", {"last_name": "Le", "title": "Kế toán"})
    # Merging the boss into the survivor's duplicate is silly, but possible: the rows of
    # the type's own table move as every other.
    result = services.merges.merge(
        "contacts",
        dup.id,
        {dup.id: dup.version, boss.id: boss.version},
        {"first_name": "Hương"},
    )
    assert records.get("contacts", keep.id).values["reports_to_id"] == dup.id
    services.merges.undo(result.merge_id)
    assert records.get("contacts", keep.id).values["reports_to_id"] == boss.id
    assert records.get("contacts", dup.id).values["first_name"] is None


def test_undo_of_a_self_reference_restores_the_survivor(services: Services) -> None:
    records = services.records
    dup = records.create("contacts", {"last_name": "Lê"})
    keep = records.create("contacts", {"last_name": "Le", "reports_to_id": dup.id})
    result = services.merges.merge(
        "contacts", keep.id, {keep.id: keep.version, dup.id: dup.version}, {"last_name": "Lê"}
    )
    assert records.get("contacts", keep.id).values["reports_to_id"] == keep.id
    services.merges.undo(result.merge_id)
    restored = records.get("contacts", keep.id).values
    assert (restored["last_name"], restored["reports_to_id"]) == ("Le", dup.id)
