"""Global search over every record type, folded like the lists' quick filter."""

from __future__ import annotations

from sqlalchemy import event, text

from crm_desktop.services import Services
from crm_desktop.services.records.search import SearchHit, SearchService


def _search(services: Services) -> SearchService:
    return SearchService(services.db, services.registry, services.lists)


def test_any_type_by_any_word_ignoring_accents(services: Services) -> None:
    records = services.records
    org = records.create("organizations", {"name": "Công ty Đức Thành", "email": "ban@ducthanh.vn"})
    contact = records.create(
        "contacts",
        {"first_name": "Văn Đức", "last_name": "Nguyễn", "organization_id": org.id,
         "mobile_phone": "+84 912 345 678"},
    )  # fmt: skip
    lead = records.create("leads", {"first_name": "Đức", "last_name": "Trần", "company": "Minh"})
    records.create("contacts", {"first_name": "Þórður", "last_name": "Guðjónsson"})
    search = _search(services)

    hits = search.search("duc")
    assert [(h.record_type, h.id) for h in hits] == [
        ("leads", lead.id),
        ("organizations", org.id),
        ("contacts", contact.id),
    ]
    by_type = {h.record_type: h for h in hits}
    assert by_type["contacts"] == SearchHit(
        "contacts",
        contact.id,
        "Nguyễn Văn Đức",  # written family name first, as its owner writes it
        f"Công ty Đức Thành · +84 912 345 678 · {contact.number}",
    )
    assert by_type["organizations"].detail == f"ban@ducthanh.vn · {org.number}"
    assert [h.title for h in search.search("nguyen duc")] == ["Nguyễn Văn Đức"]
    assert [h.title for h in search.search("duc van nguyen")] == ["Nguyễn Văn Đức"]
    assert [h.title for h in search.search("THORDUR")] == ["Þórður Guðjónsson"]
    assert [h.id for h in search.search("+84912345678")] == [contact.id]  # phone digits
    assert search.search("   ") == []
    assert search.search("nobody-here") == []


def test_numbers_recent_first_and_a_limit_per_type(services: Services) -> None:
    ids = [
        services.records.create("organizations", {"name": f"Sjávarútvegur {i}"}).id
        for i in range(8)
    ]
    search = _search(services)
    hits = search.search("sjavarutvegur", per_type=3)
    assert len(hits) == 3
    assert {h.id for h in hits} <= set(ids)
    numbered = services.records.get("organizations", ids[0]).number
    assert numbered is not None
    [hit] = search.search(numbered)
    assert hit.id == ids[0] and hit.detail == numbered


def test_a_lookup_tells_same_named_records_apart(services: Services) -> None:
    """Two "Nguyễn Thị Hương" of one organization: their e-mail and number tell them
    apart; the one without an e-mail shows her phone."""
    records = services.records
    org = records.create("organizations", {"name": "Công ty Hoa Sen"})
    first = records.create(
        "contacts",
        {"first_name": "Thị Hương", "last_name": "Nguyễn", "organization_id": org.id,
         "email": "huong.nt@hoasen.vn"},
    )  # fmt: skip
    second = records.create(
        "contacts",
        {"first_name": "Thị Hương", "last_name": "Nguyễn", "organization_id": org.id,
         "office_phone": "028 3822 1234"},
    )  # fmt: skip
    records.create("contacts", {"first_name": "Hương", "last_name": "Anh"})
    matches = _search(services).lookup("contacts", "huong nguyen")
    assert [(m.id, m.name) for m in matches] == [
        (second.id, "Nguyễn Thị Hương"),  # same name: newest first
        (first.id, "Nguyễn Thị Hương"),
    ]
    assert [m.detail for m in matches] == [
        f"Công ty Hoa Sen · 028 3822 1234 · {second.number}",
        f"Công ty Hoa Sen · huong.nt@hoasen.vn · {first.number}",
    ]
    # by name among the few read, whatever their age
    names = [m.name for m in _search(services).lookup("contacts", "huong")]
    assert names == ["Anh Hương", "Nguyễn Thị Hương", "Nguyễn Thị Hương"]
    assert _search(services).lookup("contacts", "  ") == []


def test_a_lookup_reads_only_the_rows_it_shows(services: Services) -> None:
    """At a million contacts "nguyen" matches a hundred thousand: the completion must not
    sort them all by name (a temp B-tree) to show twenty."""
    if not services.db.is_sqlite:
        return
    for i in range(30):
        services.records.create("contacts", {"first_name": f"Văn {i}", "last_name": "Nguyễn"})
    statements: list[tuple[str, object]] = []

    def seen(_conn: object, _cursor: object, sql: str, params: object, *_: object) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(services.db.engine, "before_cursor_execute", seen)
    try:
        matches = _search(services).lookup("contacts", "nguyen", limit=20)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", seen)
    assert len(matches) == 20
    [(sql, params)] = statements
    with services.db.read() as session:
        raw = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " ".join(str(row[-1]) for row in raw)
    assert "TEMP B-TREE" not in plan.upper(), plan


def test_deleted_records_are_not_found(services: Services) -> None:
    kept = services.records.create("products", {"name": "Bánh mì đặc biệt", "currency": "VND"})
    gone = services.records.create("products", {"name": "Bánh mì chay", "currency": "VND"})
    services.records.delete("products", gone.id, gone.version)
    assert [h.id for h in _search(services).search("banh mi")] == [kept.id]


def test_the_newest_matches_need_no_sort_of_all_matches(services: Services) -> None:
    """The matching ids are walked backwards; no sort of every match (a temp B-tree)."""
    if not services.db.is_sqlite:
        return
    services.records.create("contacts", {"last_name": "Nguyễn"})
    with services.db.read() as session:
        plan = session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE deleted_at IS NULL AND "
                "id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH 'nguyen*') "
                "ORDER BY id DESC LIMIT 5"
            )
        ).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "TEMP B-TREE" not in details.upper(), details
