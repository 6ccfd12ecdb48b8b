"""Column filters (the list header's) through ListService: each kind of column, with the
quick filter and a saved filter's conditions, their values with counts, and a saved
filter holding them. Expected rows are worked out in Python from every row of the list."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.textfold import fold
from tests.services.records.conftest import ROWS


def _all_rows(services: Services, query: ListQuery) -> list[dict[str, object]]:
    """Every row of ``query`` (a few thousand) as {field: value}."""
    names = [f.name for f in services.lists.columns(query.record_type)]
    rows = services.lists.page(query, 0, ROWS * 2)
    return [{"id": r.id, **dict(zip(names, r.values, strict=True))} for r in rows]


def _ids(services: Services, query: ListQuery) -> list[int]:
    return [r.id for r in services.lists.page(query, 0, ROWS * 2)]


def test_text_contains_and_starts_with_ignore_case_and_accents(filled: Services) -> None:
    everything = _all_rows(filled, ListQuery("contacts", sort_field="number"))
    for op, needle, keep in (
        ("contains", "guyê", lambda name: "guye" in fold(name)),
        ("starts", "CON", lambda name: fold(name).startswith("con")),
        ("starts", "đo", lambda name: fold(name).startswith("do")),
    ):
        query = ListQuery(
            "contacts", sort_field="number", column_filters=(Condition("last_name", op, needle),)
        )
        expected = [r["id"] for r in everything if keep(str(r["last_name"]))]
        assert expected, (op, needle)
        assert _ids(filled, query) == expected
        assert filled.lists.count(query) == len(expected)


def test_column_filters_combine_with_the_quick_filter_and_conditions(filled: Services) -> None:
    base = ListQuery("contacts", sort_field="number", quick="nguyen")
    with_title = ListQuery(
        "contacts",
        sort_field="number",
        quick="nguyen",
        conditions=(Condition("title", "eq", "CEO"),),
        column_filters=(Condition("mailing_city", "in", ("Hà Nội", None)),),
    )
    expected = [
        r["id"]
        for r in _all_rows(filled, base)
        if r["title"] == "CEO" and r["mailing_city"] in ("Hà Nội", None)
    ]
    assert expected
    assert _ids(filled, with_title) == expected
    assert filled.lists.count(with_title) == len(expected)


def test_a_range_of_numbers_and_of_dates(services: Services) -> None:
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=9 * i) for i in range(12)]
    for i, day in enumerate(days):
        services.records.create(
            "opportunities",
            {
                "name": f"Deal {i}",
                "amount": Decimal(1000 * i),
                "expected_close_date": day,
            },
        )
    amounts = (Condition("amount", "ge", Decimal(3000)), Condition("amount", "le", Decimal(7000)))
    dates = (
        Condition("expected_close_date", "ge", dt.date(2026, 2, 1)),
        Condition("expected_close_date", "le", dt.date(2026, 3, 31)),
    )
    query = ListQuery("opportunities", sort_field="amount", column_filters=amounts)
    rows = services.lists.page(query, 0, 50)
    assert [services.records.get("opportunities", r.id).values["amount"] for r in rows] == [
        Decimal(1000 * i) for i in range(3, 8)
    ]
    both = ListQuery("opportunities", sort_field="amount", column_filters=amounts + dates)
    shown = {
        services.records.get("opportunities", r.id).values["expected_close_date"]
        for r in services.lists.page(both, 0, 50)
    }
    assert shown == {
        day for i, day in enumerate(days) if 3 <= i <= 7 and dt.date(2026, 2, 1) <= day
    }


def test_yes_or_no(services: Services) -> None:
    for i in range(6):
        services.records.create("contacts", {"last_name": f"Person {i}", "do_not_call": i % 3 == 0})
    query = ListQuery("contacts", column_filters=(Condition("do_not_call", "eq", True),))
    assert services.lists.count(query) == 2
    values, complete = services.lists.value_counts(ListQuery("contacts"), "do_not_call")
    assert complete
    assert {(v.value, v.count) for v in values} == {(True, 2), (False, 4)}


def test_values_with_counts_leave_out_the_column_s_own_filter(filled: Services) -> None:
    cities = ListQuery("contacts", column_filters=(Condition("mailing_city", "in", ("London",)),))
    everything = _all_rows(filled, ListQuery("contacts", sort_field="number"))
    values, complete = filled.lists.value_counts(cities, "mailing_city")
    assert complete
    assert {v.value: v.count for v in values} == Counter(r["mailing_city"] for r in everything)
    assert [v.count for v in values] == sorted((v.count for v in values), reverse=True)
    # ... but another column's filter narrows them
    titles, _ = filled.lists.value_counts(cities, "title")
    london = Counter(r["title"] for r in everything if r["mailing_city"] == "London")
    assert {v.value: v.count for v in titles} == london


def test_values_are_bounded_and_owners_come_with_their_names(filled: Services) -> None:
    values, complete = filled.lists.value_counts(ListQuery("contacts"), "last_name", limit=3)
    assert len(values) == 3 and not complete
    owners, complete = filled.lists.value_counts(ListQuery("contacts"), "owner_id")
    assert complete
    assert [(o.count, bool(o.name)) for o in owners] == [(ROWS, True)]


def test_choice_values_of_organizations(filled: Services) -> None:
    query = ListQuery("organizations", sort_field="number")
    names = [f.name for f in filled.lists.columns("organizations")]
    kinds = Counter(
        dict(zip(names, r.values, strict=True))["org_type"]
        for r in filled.lists.page(query, 0, 100)
    )
    values, _ = filled.lists.value_counts(query, "org_type")
    assert {v.value: v.count for v in values} == kinds
    chosen = ListQuery(
        "organizations", column_filters=(Condition("org_type", "not_in", ("Customer", None)),)
    )
    assert filled.lists.count(chosen) == kinds["Prospect"]


def test_a_saved_filter_holds_column_filters(services: Services) -> None:
    columns = (
        Condition("last_name", "starts", "Ng"),
        Condition("birthday", "ge", dt.date(1980, 1, 1)),
    )
    services.filters.save(
        "contacts", "Ng born since 1980", (Condition("title", "eq", "CEO"),), "", columns
    )
    saved = next(f for f in services.filters.filters("contacts") if f.name.startswith("Ng"))
    assert saved.column_filters == columns
    assert saved.conditions == (Condition("title", "eq", "CEO"),)


def test_stream_reads_every_row_in_list_order(filled: Services) -> None:
    fields = filled.registry.get("contacts").fields
    for sort, descending in (("mailing_city", False), ("mailing_city", True), ("number", True)):
        query = ListQuery("contacts", sort_field=sort, descending=descending, quick="s")
        expected = _ids(filled, query)
        chunks = list(filled.lists.stream(query, fields, chunk=97))
        assert [r.id for chunk in chunks for r in chunk] == expected
        assert all(len(r.values) == len(fields) for chunk in chunks for r in chunk)


@pytest.mark.sqlite_only
def test_starts_with_walks_the_list_index(filled: Services) -> None:
    """At a million rows a case-insensitive LIKE reads every row; a range of the folded
    key reads the matching ones."""
    record_type = filled.registry.get("contacts")
    query = ListQuery("contacts", column_filters=(Condition("last_name", "starts", "Ng"),))
    where = filled.lists._where(record_type, query)
    table = filled.lists._sort_col(query).table
    stmt = select(func.count()).select_from(table).where(*where)
    sql = str(stmt.compile(filled.db.engine, compile_kwargs={"literal_binds": True}))
    with filled.db.read() as session:
        plan = " ".join(str(row[-1]) for row in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_contacts_live_last_name_key (last_name_key>? AND last_name_key<?)" in plan
