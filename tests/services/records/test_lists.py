"""ListService at a few thousand rows: counts, pages from both ends, SQL sort and filter."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from crm_desktop.registry import Condition
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.textfold import fold
from tests.services.records.conftest import ROWS


def test_count_and_first_page(filled: Services) -> None:
    query = ListQuery("contacts", sort_field="number")
    assert filled.lists.count(query) == ROWS
    rows = filled.lists.page(query, 0, 50)
    assert [r.values[0] for r in rows][:3] == ["CON-00001", "CON-00002", "CON-00003"]
    assert len(rows) == 50


def test_pages_from_the_far_end_equal_pages_from_the_start(filled: Services) -> None:
    query = ListQuery("contacts", sort_field="last_name")
    total = filled.lists.count(query)
    for offset in (0, 1000, 1249, 1251, total - 200, total - 7):
        forward = filled.lists.page(query, offset, 200)
        backward = filled.lists.page(query, offset, 200, total=total)
        assert [r.id for r in backward] == [r.id for r in forward]
    assert len(filled.lists.page(query, total - 7, 200, total=total)) == 7
    assert filled.lists.page(query, total, 200, total=total) == []


def _all(services: Services, query: ListQuery) -> list:
    return services.lists.page(query, 0, 10**6)


@pytest.mark.parametrize(
    "field",
    [
        "number",
        "first_name",
        "last_name",
        "organization_id",
        "title",
        "email",
        "office_phone",
        "mailing_city",
        "owner_id",
        "modified_at",
    ],
)
@pytest.mark.parametrize("descending", [False, True])
def test_every_list_column_sorts_in_sql_like_python(
    filled: Services, field: str, descending: bool
) -> None:
    columns = [f.name for f in filled.lists.columns("contacts")]
    at = columns.index(field)
    rows = _all(filled, ListQuery("contacts", sort_field=field, descending=descending))
    spec = filled.registry.get("contacts").field(field)

    def key(row):  # type: ignore[no-untyped-def]
        value = row.values[at]
        if spec.sort and spec.sort.endswith("_key"):
            value = fold(value)
        elif field == "owner_id":
            value = 1
        nulls_first = filled.db.is_sqlite  # PostgreSQL sorts NULL after every value
        return (
            (value is not None) == nulls_first,
            value if value is not None else "",
            row.id,
        )

    expected = sorted(rows, key=key, reverse=descending)
    assert [r.id for r in rows] == [r.id for r in expected]


def test_folded_sort_puts_accented_names_among_plain_ones(filled: Services) -> None:
    columns = [f.name for f in filled.lists.columns("contacts")]
    at = columns.index("last_name")
    names = [r.values[at] for r in _all(filled, ListQuery("contacts", sort_field="last_name"))]
    # "Đỗ" sorts as "do", before "Guðjónsson"; "Ó" as "o", after "Nguyễn".
    order = list(dict.fromkeys(names))
    assert order == [
        "Conceição",
        "Đỗ",
        "Guðjónsson",
        "Jónsdóttir",
        "Nguyễn",
        "Ó",
        "Silva",
        "Smith",
        "Trần",
    ]


def test_quick_filter_ignores_accents_case_and_word_order(filled: Services) -> None:
    found = _all(filled, ListQuery("contacts", quick="nguyen duc"))
    columns = [f.name for f in filled.lists.columns("contacts")]
    first, last = columns.index("first_name"), columns.index("last_name")
    org = columns.index("organization_id")
    assert found
    for r in found:
        words = fold(f"{r.values[first]} {r.values[last]} {r.values[org]}").split()
        assert "nguyen" in words and "duc" in words
    assert filled.lists.count(ListQuery("contacts", quick="DUC NGUYEN")) == len(found)
    assert filled.lists.count(ListQuery("contacts", quick="thord")) > 0  # prefix of Þórður
    assert filled.lists.count(ListQuery("contacts", quick="zzzz")) == 0
    assert filled.lists.count(ListQuery("contacts", quick='"')) in range(ROWS + 1)


def test_conditions_filter_in_sql(filled: Services) -> None:
    hanoi = ListQuery("contacts", conditions=(Condition("mailing_city", "contains", "ha noi"),))
    columns = [f.name for f in filled.lists.columns("contacts")]
    city = columns.index("mailing_city")
    rows = _all(filled, hanoi)
    assert rows and all(r.values[city] == "Hà Nội" for r in rows)
    no_email = filled.lists.count(ListQuery("contacts", conditions=(Condition("email", "empty"),)))
    assert no_email == ROWS // 5
    ceo_or_cfo = filled.lists.count(
        ListQuery("contacts", conditions=(Condition("title", "in", ("CEO", "CFO")),))
    )
    not_ceo_or_cfo = filled.lists.count(
        ListQuery("contacts", conditions=(Condition("title", "not_in", ("CEO", "CFO")),))
    )
    assert ceo_or_cfo + not_ceo_or_cfo == ROWS
    mine = filled.lists.count(
        ListQuery("contacts", conditions=(Condition("owner_id", "eq", "@me"),))
    )
    assert mine == ROWS
    with pytest.raises(ValueError, match="operator"):
        filled.lists.count(ListQuery("contacts", conditions=(Condition("title", "like"),)))


def test_related_rows_by_reference(filled: Services) -> None:
    org_id = filled.lists.page(ListQuery("organizations", sort_field="number"), 0, 1)[0].id
    query = ListQuery("contacts", conditions=(Condition("organization_id", "eq", org_id),))
    rows = _all(filled, query)
    for row in rows:
        assert filled.records.get("contacts", row.id).values["organization_id"] == org_id


def test_recycle_bin_lists_only_deleted(filled: Services) -> None:
    row = filled.lists.page(ListQuery("contacts"), 0, 1)[0]
    record = filled.records.get("contacts", row.id)
    filled.records.delete("contacts", row.id, record.version)
    assert [r.id for r in _all(filled, ListQuery("contacts", deleted=True))] == [row.id]
    assert filled.lists.count(ListQuery("contacts")) == ROWS - 1


def test_row_index(filled: Services) -> None:
    query = ListQuery("contacts", sort_field="last_name")
    rows = filled.lists.page(query, 0, 300)
    assert filled.lists.row_index(query, rows[123].id) == 123
    assert filled.lists.row_index(query, 10**9) is None


def test_money_columns_sort_numerically(services: Services) -> None:
    for amount in ["9", "10", "100.5", "2", "0.75"]:
        services.records.create("opportunities", {"name": amount, "amount": amount})
    columns = [f.name for f in services.lists.columns("opportunities")]
    rows = _all(services, ListQuery("opportunities", sort_field="amount"))
    assert [r.values[columns.index("amount")] for r in rows] == [
        Decimal(x) for x in ["0.75", "2", "9", "10", "100.5"]
    ]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    "sort_field", ["last_name", "organization_id", "email", "mailing_city", "title", "owner_id"]
)
def test_row_index_agrees_with_the_pages_for_every_sort(
    filled: Services, sort_field: str, descending: bool
) -> None:
    """Columns with empty values too: the database's own NULL order must be respected."""
    query = ListQuery("contacts", sort_field=sort_field, descending=descending, quick="silva")
    rows = _all(filled, query)
    assert len(rows) > 100
    for position in (0, 1, len(rows) // 3, len(rows) // 2, len(rows) - 1):
        assert filled.lists.row_index(query, rows[position].id) == position


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    "sort_field", ["last_name", "organization_id", "email", "title", "number", "owner_id"]
)
def test_rows_around_a_record_are_the_page_there(
    filled: Services, sort_field: str, descending: bool
) -> None:
    """Read by keyset from the record, across the empty values and the list's both ends, and
    among rows that share one sort value (every contact has the same owner)."""
    query = ListQuery("contacts", sort_field=sort_field, descending=descending)
    rows = _all(filled, query)
    assert rows
    column = [f.name for f in filled.lists.columns("contacts")].index(sort_field)
    # the first and the last record with an empty sort value, where the ranges meet
    empty = [i for i, r in enumerate(rows) if r.values[column] is None]
    positions = {0, 1, 2, len(rows) // 2, len(rows) - 3, len(rows) - 1}
    if empty:
        positions |= {empty[0], empty[-1], min(empty[-1] + 1, len(rows) - 1)}
    for position in sorted(positions):
        for before in (0, 3, 150):
            before = min(before, position)
            got = filled.lists.rows_around(query, rows[position].id, before, 200)
            assert got == rows[position - before : position - before + 200], (position, before)
    assert filled.lists.rows_around(query, 10**9, 0, 200) == []
    assert filled.lists.rows_around(ListQuery("contacts", quick="zzzz"), rows[0].id, 0, 9) == []


def test_rows_around_a_record_in_a_filtered_list(filled: Services) -> None:
    query = ListQuery("contacts", sort_field="mailing_city", quick="silva")
    rows = _all(filled, query)
    for position in (0, len(rows) // 2, len(rows) - 1):
        before = min(position, 10)
        got = filled.lists.rows_around(query, rows[position].id, before, 25)
        assert got == rows[position - before : position - before + 25]


def _default_list(services: Services, type_key: str) -> list[str]:
    """The titles on the list of ``type_key`` as it opens: its default filter and sort."""
    record_type = services.registry.get(type_key)
    spec = record_type.default_filter_spec()
    assert spec is not None
    rows = _all(services, ListQuery(type_key, conditions=spec.conditions))
    return [services.records.display_name(type_key, r.id) for r in rows]


def test_opportunities_open_on_the_open_ones_by_close_date(services: Services) -> None:
    today = dt.date.today()
    for name, stage, days in [
        ("Lost long ago", "Closed Lost", -400),
        ("Won last year", "Closed Won", -300),
        ("Closing next month", "Negotiation/Review", 30),
        ("Closing this week", "Proposal/Price Quote", 3),
        ("Late, still open", "Qualification", -10),
    ]:
        services.records.create(
            "opportunities",
            {"name": name, "sales_stage": stage, "expected_close_date": today + dt.timedelta(days)},
        )
    assert _default_list(services, "opportunities") == [
        "Late, still open",
        "Closing this week",
        "Closing next month",
    ]


def test_activities_open_from_today(services: Services) -> None:
    """What starts from the user's midnight on (all-day items of today too), the soonest
    first; the filter says "today", so tomorrow it means tomorrow."""
    today = dt.date.today()
    midnight = dt.datetime.combine(today, dt.time()).astimezone()
    records = services.records
    for subject, values in [
        ("Yesterday's visit", {"kind": "Visit", "start_at": midnight - dt.timedelta(hours=12)}),
        ("Next week's call", {"kind": "Call", "start_at": midnight + dt.timedelta(days=7)}),
        ("This morning's call", {"kind": "Call", "start_at": midnight + dt.timedelta(hours=9)}),
        ("Fair all day", {"kind": "Meeting", "all_day": True,
                          "start_at": dt.datetime.combine(today, dt.time(), dt.UTC)}),
        ("Fair yesterday", {"kind": "Meeting", "all_day": True,
                            "start_at": dt.datetime.combine(today, dt.time(), dt.UTC)
                            - dt.timedelta(days=1)}),
        ("Task due today", {"kind": "Task", "due_date": today}),
    ]:  # fmt: skip
        records.create("activities", {"subject": subject, **values})
    assert _default_list(services, "activities") == [
        "Fair all day",
        "This morning's call",
        "Next week's call",
    ]
    open_tasks = services.registry.get("activities").filters
    tasks = next(f for f in open_tasks if f.name == "Open tasks")
    rows = _all(services, ListQuery("activities", conditions=tasks.conditions))
    assert [services.records.display_name("activities", r.id) for r in rows] == ["Task due today"]


def test_leads_open_on_those_not_converted(services: Services) -> None:
    kept = services.records.create("leads", {"last_name": "Trần", "company": "Sao Mai"})
    gone = services.records.create("leads", {"last_name": "Lê", "company": "Hoa Sen"})
    services.conversion.convert(gone.id, gone.version)
    assert _default_list(services, "leads") == [services.records.display_name("leads", kept.id)]
    converted = ListQuery("leads", conditions=(Condition("converted", "eq", True),))
    assert [r.id for r in _all(services, converted)] == [gone.id]  # a filter still finds it
