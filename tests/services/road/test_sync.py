"""Syncing a road copy with its office: both sides' changes meet, nothing is lost, and
where both changed the same field the salesperson is asked."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from crm_desktop.services import Services
from crm_desktop.services.quotes.types import DocumentLine
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.services.road.conflicts import conflicts, decide
from crm_desktop.services.road.sync import sync
from tests.services.road.conftest import Road


def _contact(services: Services, last_name: str) -> int:
    for row in services.lists.page(ListQuery("contacts", quick=last_name), 0, 10):
        return row.id
    raise AssertionError(f"no contact {last_name}")


def _sync(road: Road) -> tuple[int, int, int]:
    result = sync(road.laptop.db, road.office.db)
    road.reopen()
    return result.sent, result.received, result.conflicts


def test_a_day_on_the_road_arrives_in_the_office_and_the_office_day_on_the_laptop(
    road: Road,
) -> None:
    laptop, office = road.laptop, road.office
    duc = _contact(laptop, "Nguyễn")
    record = laptop.records.get("contacts", duc)
    laptop.records.update("contacts", duc, record.version, {"title": "Giám đốc"})
    # A new customer met on the road, with a quote written on the spot.
    new_company = laptop.records.create("organizations", {"name": "Padaria Conceição"})
    joao = laptop.records.create(
        "contacts",
        {"first_name": "João", "last_name": "Conceição", "organization_id": new_company.id},
    )
    quote = laptop.quotes.new(
        "quotes",
        subject="Balcão novo",
        organization_id=new_company.id,
        contact_id=joao.id,
        currency="BRL",
    )
    quote.lines = [DocumentLine("Balcão refrigerado", D(2), D("3500.00"))]
    printed_number = laptop.quotes.save(quote).number
    # Meanwhile in the office, the manager changes the customer's phone.
    office_record = office.records.get("contacts", duc)
    office.records.update(
        "contacts", duc, office_record.version, {"mobile_phone": "+84 90 999 8888"}
    )

    assert _sync(road) == (4, 1, 0)

    merged = office.records.get("contacts", duc).values
    assert (merged["title"], merged["mobile_phone"]) == ("Giám đốc", "+84 90 999 8888")
    on_laptop = road.laptop.records.get("contacts", duc).values
    assert (on_laptop["title"], on_laptop["mobile_phone"]) == ("Giám đốc", "+84 90 999 8888")
    # The quote kept its number and its lines, linked to the customer made on the road.
    in_office = office.quotes.find("quotes", printed_number)
    assert [line.name for line in in_office.lines] == ["Balcão refrigerado"]
    contact = office.records.get("contacts", in_office.values["contact_id"])
    assert contact.values["last_name"] == "Conceição"
    organization = office.records.get("organizations", contact.values["organization_id"])
    assert organization.values["name"] == "Padaria Conceição"
    # The laptop's records now have the office's ids: the next change goes to the same one.
    assert road.laptop.quotes.find("quotes", printed_number).id == in_office.id
    assert _contact(road.laptop, "Conceição") == contact.id
    # The office's history shows the change as an's, not the syncing program's.
    entries = office.history.page("contacts", duc)
    assert any(e.field == "title" and e.user_id == road.an.access.user_id for e in entries)


def test_a_second_sync_with_nothing_new_changes_nothing(road: Road) -> None:
    duc = _contact(road.laptop, "Nguyễn")
    record = road.laptop.records.get("contacts", duc)
    road.laptop.records.update("contacts", duc, record.version, {"department": "Mua hàng"})
    assert _sync(road) == (1, 0, 0)
    version = road.office.records.get("contacts", duc).version
    assert _sync(road) == (0, 0, 0)
    assert _sync(road) == (0, 0, 0)
    assert road.office.records.get("contacts", duc).version == version


def test_a_field_both_sides_changed_is_a_conflict_and_both_values_stay(road: Road) -> None:
    duc = _contact(road.laptop, "Nguyễn")
    here = road.laptop.records.get("contacts", duc)
    road.laptop.records.update("contacts", duc, here.version, {"mobile_phone": "+84 91 000 0001"})
    there = road.office.records.get("contacts", duc)
    road.office.records.update("contacts", duc, there.version, {"mobile_phone": "+84 91 000 0002"})
    assert _sync(road)[2] == 1
    (conflict,) = conflicts(road.laptop)
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "mobile_phone",
        "+84 91 000 0001",
        "+84 91 000 0002",
    )
    assert road.laptop.records.get("contacts", duc).values["mobile_phone"] == "+84 91 000 0001"
    assert road.office.records.get("contacts", duc).values["mobile_phone"] == "+84 91 000 0002"
    assert _sync(road) == (0, 0, 0)
    assert len(conflicts(road.laptop)) == 1


def test_deleted_on_the_road_and_changed_in_the_office_asks(road: Road) -> None:
    duc = _contact(road.laptop, "Nguyễn")
    here = road.laptop.records.get("contacts", duc)
    road.laptop.records.delete("contacts", duc, here.version)
    there = road.office.records.get("contacts", duc)
    road.office.records.update("contacts", duc, there.version, {"title": "Kế toán"})
    _sync(road)
    assert [c.kind for c in conflicts(road.laptop)] == ["deleted here"]
    assert not road.office.records.get("contacts", duc).deleted


def test_a_sync_stopped_after_the_office_took_the_changes_finishes_when_run_again(
    road: Road, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.services.road import sync as sync_module

    made = road.laptop.records.create("organizations", {"name": "Hlöðver ehf."})
    duc = _contact(road.laptop, "Nguyễn")
    here = road.laptop.records.get("contacts", duc)
    road.laptop.records.update("contacts", duc, here.version, {"organization_id": made.id})

    def stop(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(sync_module, "receive", stop)
    with pytest.raises(KeyboardInterrupt):
        sync(road.laptop.db, road.office.db)
    monkeypatch.undo()
    assert _sync(road)[2] == 0
    assert _sync(road) == (0, 0, 0)
    names = [
        row.id for row in road.office.lists.page(ListQuery("organizations", quick="hlodver"), 0, 9)
    ]
    assert len(names) == 1
    office_contact = road.office.records.get("contacts", duc)
    assert office_contact.values["organization_id"] == names[0]
    assert road.laptop.records.get("contacts", duc).values["organization_id"] == names[0]
    entries = road.office.history.page("organizations", names[0])
    assert len([e for e in entries if e.kind == "created" and e.field == "name"]) == 1


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_a_decided_field_conflict_ends_with_the_chosen_value_on_both_sides(
    road: Road, choice: str
) -> None:
    duc = _contact(road.laptop, "Nguyễn")
    here = road.laptop.records.get("contacts", duc)
    road.laptop.records.update("contacts", duc, here.version, {"title": "Trưởng phòng"})
    there = road.office.records.get("contacts", duc)
    road.office.records.update("contacts", duc, there.version, {"title": "Phó phòng"})
    _sync(road)
    (conflict,) = conflicts(road.laptop)
    decide(road.laptop, conflict.id, choice)
    assert not conflicts(road.laptop)
    _sync(road)
    chosen = "Trưởng phòng" if choice == "mine" else "Phó phòng"
    assert road.laptop.records.get("contacts", duc).values["title"] == chosen
    assert road.office.records.get("contacts", duc).values["title"] == chosen
    assert _sync(road) == (0, 0, 0)


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_a_decided_deletion_ends_the_same_on_both_sides(road: Road, choice: str) -> None:
    duc = _contact(road.laptop, "Nguyễn")
    here = road.laptop.records.get("contacts", duc)
    road.laptop.records.delete("contacts", duc, here.version)
    there = road.office.records.get("contacts", duc)
    road.office.records.update("contacts", duc, there.version, {"title": "Kế toán"})
    _sync(road)
    (conflict,) = conflicts(road.laptop)
    decide(road.laptop, conflict.id, choice)
    _sync(road)
    laptop = road.laptop.records.get("contacts", duc, include_deleted=True)
    office = road.office.records.get("contacts", duc, include_deleted=True)
    assert laptop.deleted == office.deleted == (choice == "mine")
    if choice == "theirs":
        assert laptop.values["title"] == "Kế toán"
    assert _sync(road) == (0, 0, 0)


def test_a_laptop_clock_a_day_wrong_does_not_change_who_wins(
    road: Road, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from crm_desktop.services.records import service as record_service

    duc = _contact(road.laptop, "Nguyễn")
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    monkeypatch.setattr(record_service, "utcnow", lambda: tomorrow)
    here = road.laptop.records.get("contacts", duc)
    road.laptop.records.update("contacts", duc, here.version, {"department": "Kho"})
    monkeypatch.undo()
    there = road.office.records.get("contacts", duc)
    road.office.records.update("contacts", duc, there.version, {"department": "Bán hàng"})
    _sync(road)
    (conflict,) = conflicts(road.laptop)
    assert (conflict.mine, conflict.theirs) == ("Kho", "Bán hàng")


def test_a_new_customers_visit_file_and_project_arrive_linked_to_it(road: Road) -> None:
    """What is linked to a customer made on the road by its type and id (a visit, a
    document) points at the office's record; a document's file arrives whole; a project's
    tasks arrive once, as records of their own."""
    laptop = road.laptop
    customer = laptop.records.create("organizations", {"name": "Padaria Conceição"})
    laptop.activities.create(
        {
            "kind": "Visit",
            "subject": "Visita à padaria",
            "related_type": "organizations",
            "related_id": customer.id,
        }
    )
    pdf = b"%PDF-1.4 planta da loja " + bytes(range(256)) * 64
    laptop.documents.attach_bytes(pdf, "planta.pdf", "organizations", customer.id)
    project = laptop.records.create(
        "projects", {"name": "Reforma da padaria", "organization_id": customer.id}
    )
    for name in ("Medir", "Instalar"):
        laptop.records.create("project_tasks", {"name": name, "project_id": project.id})

    _sync(road)
    office = road.office
    (office_customer,) = office.lists.page(ListQuery("organizations", quick="Padaria"), 0, 5)
    visits = office.activity_history.page("organizations", office_customer.id, 0, 10)
    assert [a.subject for a in visits] == ["Visita à padaria"]
    (document,) = office.lists.page(ListQuery("documents", quick="planta"), 0, 5)
    values = office.records.get("documents", document.id).values
    assert (values["related_type"], values["related_id"]) == ("organizations", office_customer.id)
    assert office.documents.content(document.id) == ("planta.pdf", pdf)
    (office_project,) = office.lists.page(ListQuery("projects", quick="Reforma"), 0, 5)
    tasks = office.projects.timeline(office_project.id).tasks
    assert sorted(t.name for t in tasks) == ["Instalar", "Medir"]
    assert _sync(road) == (0, 0, 0)
    assert len(office.projects.timeline(office_project.id).tasks) == 2
