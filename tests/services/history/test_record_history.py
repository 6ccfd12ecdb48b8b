"""Every kind of change of every record type keeps who, when and per field the old and
new value, in the transaction of the change; the history outlives the record and
cannot be changed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from crm_desktop.errors import ConflictError, ValidationError
from crm_desktop.registry import Kind, RecordType, default_registry
from crm_desktop.services import Services
from crm_desktop.services.history.reading import HistoryRow
from crm_desktop.services.quotes.documents import DocumentLine
from crm_desktop.services.sales.opportunities import stage_history

REGISTRY = default_registry()


def history(services: Services, type_key: str, record_id: int, **where: object) -> list[HistoryRow]:
    return services.history.page(type_key, record_id, **where)  # type: ignore[arg-type]


def changed(rows: list[HistoryRow]) -> dict[str | None, tuple[object, object]]:
    return {r.field: (r.old, r.new) for r in rows}


def _name_field(record_type: RecordType) -> str:
    return next(f.name for f in record_type.fields if f.required and f.kind is Kind.TEXT)


@pytest.mark.parametrize("record_type", list(REGISTRY), ids=lambda t: t.key)
def test_create_change_delete_restore_of_every_type(
    services: Services, record_type: RecordType
) -> None:
    name = _name_field(record_type)
    before = dt.datetime.now(dt.UTC)
    required = {  # a record for each reference the type requires (a task's project)
        f.name: services.records.create(
            f.reference, {_name_field(REGISTRY.get(f.reference)): "Dự án"}
        ).id
        for f in record_type.fields
        if f.required and f.kind is Kind.REFERENCE and f.reference
    }
    record = services.records.create(record_type.key, {name: "Ánh", **required})
    record = services.records.update(
        record_type.key, record.id, record.version, {name: "Ánh Dương"}
    )
    services.records.delete(record_type.key, record.id, record.version)
    services.records.restore(record_type.key, record.id)

    rows = history(services, record_type.key, record.id)
    kinds = [r.kind for r in rows]
    assert kinds[:3] == ["restored", "deleted", "updated"]
    assert set(kinds[3:]) == {"created"}
    assert rows[2].field == name and (rows[2].old, rows[2].new) == ("Ánh", "Ánh Dương")
    assert changed(rows[3:])[name] == (None, "Ánh")
    assert all(r.user_name == "Administrator" and r.user_id == 1 for r in rows)
    assert all(before <= r.changed_at <= dt.datetime.now(dt.UTC) for r in rows)
    assert rows[0].changed_at.tzinfo is not None
    assert services.history.count(record_type.key, record.id) == len(rows)


def test_a_save_keeps_only_what_changed_with_names_not_ids(services: Services) -> None:
    acme = services.records.create("organizations", {"name": "Acme"})
    beta = services.records.create("organizations", {"name": "Bêta"})
    contact = services.records.create(
        "contacts", {"last_name": "Đỗ", "organization_id": acme.id, "email": "do@example.vn"}
    )
    created = changed(history(services, "contacts", contact.id))
    assert created["organization_id"] == (None, acme.id)
    assert created["owner_id"] == (None, 1)
    assert "organization_name" not in created and "modified_at" not in created

    saved = services.records.update(
        "contacts",
        contact.id,
        contact.version,
        {"organization_id": beta.id, "email": "do@example.vn"},
    )
    [entry] = [r for r in history(services, "contacts", contact.id) if r.kind == "updated"]
    assert (entry.field, entry.old, entry.new) == ("organization_id", acme.id, beta.id)
    assert (entry.old_text, entry.new_text) == ("Acme", "Bêta")

    # A save that changes nothing keeps nothing; a refused one neither.
    count = services.history.count("contacts", contact.id)
    services.records.update("contacts", saved.id, saved.version, {"email": "do@example.vn"})
    with pytest.raises(ConflictError):
        services.records.update("contacts", saved.id, saved.version, {"email": "x@example.vn"})
    with pytest.raises(ValidationError):
        services.records.update("contacts", saved.id, saved.version + 1, {"last_name": ""})
    assert services.history.count("contacts", contact.id) == count


def test_values_come_back_as_the_field_holds_them(services: Services) -> None:
    opp = services.records.create(
        "opportunities",
        {"name": "Hội chợ", "amount": Decimal("1234.50"), "expected_close_date": "2026-12-24"},
    )
    services.records.update("opportunities", opp.id, opp.version, {"amount": Decimal("99")})
    rows = history(services, "opportunities", opp.id)
    assert changed(rows[:2])["amount"] == (Decimal("1234.5"), Decimal("99"))
    assert changed(rows)["expected_close_date"] == (None, dt.date(2026, 12, 24))


def test_who_changed_what_can_be_filtered(services: Services, colleague: Services) -> None:
    lead = services.records.create("leads", {"last_name": "Nguyễn"})
    lead = colleague.records.update("leads", lead.id, lead.version, {"company": "Sao Mai"})
    lead = services.records.update("leads", lead.id, lead.version, {"company": "Sao Mai JSC"})
    colleague.records.update("leads", lead.id, lead.version, {"last_name": "Nguyễn Văn"})

    by_her = history(services, "leads", lead.id, user_id=colleague.records.user_id)
    assert [(r.field, r.user_name) for r in by_her] == [
        ("last_name", "Þóra Jónsdóttir"),
        ("company", "Þóra Jónsdóttir"),
    ]
    company = history(services, "leads", lead.id, field="company")
    assert [r.new for r in company] == ["Sao Mai JSC", "Sao Mai"]
    assert services.history.count("leads", lead.id, field="company") == 2
    assert services.history.people("leads", lead.id) == [
        (1, "Administrator"),
        (colleague.records.user_id, "Þóra Jónsdóttir"),
    ]
    fields = services.history.fields("leads", lead.id)
    assert fields.index("last_name") < fields.index("company")
    newest, second = (
        history(services, "leads", lead.id, limit=1),
        history(services, "leads", lead.id, offset=1, limit=1),
    )
    assert newest[0].field == "last_name" and second[0].new == "Sao Mai JSC"


def test_lead_conversion_is_kept_on_the_lead_and_the_records_it_moves(
    services: Services,
) -> None:
    services.records.create("contacts", {"last_name": "Trần"})  # ids of leads and contacts differ
    lead = services.records.create("leads", {"last_name": "Lê", "company": "Hoa Sen"})
    call = services.activities.create(
        {"kind": "Call", "subject": "Gọi", "related_type": "leads", "related_id": lead.id}
    )
    result = services.conversion.convert(lead.id, lead.version, opportunity={})

    converted = [r for r in history(services, "leads", lead.id) if r.kind == "converted"]
    assert changed(converted)["converted"] == (False, True)
    assert "lead_status" in changed(converted)
    moved = changed([r for r in history(services, "activities", call.id) if r.kind == "converted"])
    assert moved["related_type"] == ("leads", "contacts")
    assert moved["related_id"] == (lead.id, result.contact_id)
    [entry] = [
        r
        for r in history(services, "activities", call.id, field="related_id")
        if r.kind == "converted"
    ]
    assert (entry.old_text, entry.new_text) == ("Lê", "Lê")
    assert {r.kind for r in history(services, "contacts", result.contact_id)} == {"created"}


def test_a_stage_change_is_kept_and_the_stage_history_reads_it(services: Services) -> None:
    opp = services.records.create("opportunities", {"name": "Y", "amount": "10"})
    opp = services.records.update(
        "opportunities", opp.id, opp.version, {"sales_stage": "Needs Analysis"}
    )
    stage = changed([r for r in history(services, "opportunities", opp.id) if r.kind == "updated"])
    assert stage["sales_stage"] == ("Prospecting", "Needs Analysis")
    assert stage["probability"] == (Decimal(10), Decimal(25))
    services.records.update("opportunities", opp.id, opp.version, {"next_step": "call"})
    stages = stage_history(services.records, opp.id)
    assert [(s["sales_stage"], s["probability"], s["amount"]) for s in stages] == [
        ("Prospecting", 10, Decimal(10)),
        ("Needs Analysis", 25, Decimal(10)),
    ]
    assert stages[1]["changed_by"] == "Administrator"


def test_quote_lines_are_summed_up(services: Services) -> None:
    quote = services.quotes.new("quotes", subject="Tư vấn")
    quote.lines = [
        DocumentLine("Cài đặt", Decimal(2), Decimal(500)),
        DocumentLine("Đào tạo", Decimal(1), Decimal(80)),
    ]
    quote = services.quotes.save(quote)
    created = [r.new_text for r in history(services, "quotes", quote.id, field="lines")]
    assert sorted(created) == ["line 1 added: Cài đặt, 2 × 500", "line 2 added: Đào tạo, 1 × 80"]

    quote.lines[0].quantity = Decimal(5)
    del quote.lines[1]
    quote = services.quotes.save(quote)
    rows = history(services, "quotes", quote.id)
    lines = [r.new_text for r in rows if r.field == "lines" and r.kind == "updated"]
    assert sorted(lines) == ["line 1: quantity 2 → 5", "line 2 removed: Đào tạo"]
    totals = changed([r for r in rows if r.kind == "updated"])
    assert totals["grand_total"] == (Decimal(1080), Decimal(2500))

    order = services.quotes.convert_to_order(quote.id, quote.version)
    assert {r.kind for r in history(services, "sales_orders", order.id)} == {"created"}
    assert changed(history(services, "quotes", quote.id)[:1])["stage"][1] == "Accepted"


def test_activities_keep_their_history(services: Services) -> None:
    start = dt.datetime(2026, 6, 24, 9, tzinfo=dt.UTC)
    call = services.activities.create({"kind": "Call", "subject": "Gọi", "start_at": start})
    services.activities.save(call.id, call.version, {"start_at": start + dt.timedelta(hours=2)})
    [moved] = history(services, "activities", call.id, field="start_at")[:1]
    assert (moved.old, moved.new) == (start, start + dt.timedelta(hours=2))


def test_history_outlives_the_record_and_cannot_be_changed(services: Services) -> None:
    contact = services.records.create("contacts", {"last_name": "Ó"})
    services.records.delete("contacts", contact.id, contact.version)
    assert history(services, "contacts", contact.id)[0].kind == "deleted"
    for statement in ("UPDATE record_history SET new_value = 'X'", "DELETE FROM record_history"):
        with pytest.raises(DBAPIError), services.db.write() as session:
            session.execute(text(statement))
    assert history(services, "contacts", contact.id)[-1].new is not None


def test_a_failed_save_keeps_no_history(services: Services) -> None:
    quote = services.quotes.new("quotes", subject="Báo giá")
    quote.lines = [DocumentLine("Một", Decimal(1), Decimal(1))]
    quote = services.quotes.save(quote)
    count = services.history.count("quotes", quote.id)
    quote.values["discount_percent"] = Decimal(10)
    quote.values["discount_amount"] = Decimal(1)
    with pytest.raises(ValidationError):
        services.quotes.save(quote)
    assert services.history.count("quotes", quote.id) == count


def test_quote_line_summaries_are_words_to_translate_and_their_values(
    services: Services,
) -> None:
    from crm_desktop.services.history.types import Summary

    quote = services.quotes.new("quotes", subject="Tư vấn")
    quote.lines = [DocumentLine("Cài đặt", Decimal(2), Decimal(500))]
    quote = services.quotes.save(quote)
    quote.lines[0].quantity = Decimal(5)
    quote.lines[0].unit_price = Decimal(450)
    quote = services.quotes.save(quote)
    [row] = [r for r in history(services, "quotes", quote.id, field="lines") if r.kind == "updated"]
    assert isinstance(row.new, Summary)
    assert row.new.shown() == row.new_text == "line 1: quantity 2 → 5; unit price 500 → 450"
    vietnamese = {
        "line %1: %2": "dòng %1: %2",
        "%1 %2 → %3": "%1 %2 → %3",
        "quantity": "số lượng",
        "unit price": "đơn giá",
    }
    shown = row.new.shown(lambda english: vietnamese.get(english, english))
    assert shown == "dòng 1: số lượng 2 → 5; đơn giá 500 → 450"
