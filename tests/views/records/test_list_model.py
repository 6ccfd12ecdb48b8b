"""The windowed list model: paging, sorting and filtering in SQL, at a few thousand rows."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from crm_desktop.models import Database
from crm_desktop.registry import Condition, Kind
from crm_desktop.registry.picklists import LEAD_STATUSES
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.textfold import fold, fold_words
from crm_desktop.views.records.list_model import (
    FIRST_ROWS,
    PAGE_SIZE,
    RecordTableModel,
)
from crm_desktop.views.records.list_roles import RAW_ROLE, RECORD_ID_ROLE

ROWS = 2400
FIRST = ["Văn Đức", "Thị Hoa", "João", "Conceição", "Þórður", "Sigríður", "Ólafur", "Inês"]
FIRST += ["Minh Tuấn", "Björk", "Gonçalo", "Ásgeir", "Anh", "Luíza", None]
LAST = ["Nguyễn", "Trần", "Đỗ", "Lê", "Silva", "Araújo", "Guðmundsson", "Jónsdóttir"]
LAST += ["Ævarsdóttir", "Zé", "Bùi", "Þorsteinsdóttir", "Magalhães", "Ôn", "Ðặng"]
COMPANIES = ["Minh Phát", "Irmãos Gonçalves", "Sjávarútvegur", "Ánh Dương", "Zeta", None]
CITIES = ["Hà Nội", "São Paulo", "Reykjavík", "Đà Nẵng", "Akureyri", "Lisboa", None]


def _lead(i: int, rnd: random.Random) -> dict[str, Any]:
    # Emails and companies carry no name words, so a name search has one right answer.
    return {
        "first_name": rnd.choice(FIRST),
        "last_name": rnd.choice(LAST),
        "company": rnd.choice(COMPANIES),
        "email": rnd.choice(
            [f"lead{i:05d}@example.com", f"x{rnd.randint(0, 999)}@mail.test", None]
        ),
        "phone": rnd.choice([f"+84 {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}", None]),
        "city": rnd.choice(CITIES),
        "lead_status": rnd.choice(LEAD_STATUSES),
    }


@pytest.fixture(scope="module")
def leads_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with ROWS leads, built once: the tests here only read it."""
    path = tmp_path_factory.mktemp("leads") / "leads.sqlite3"
    db = Database.open(path)
    services = Services.build(db)
    rnd = random.Random(2024)
    # One transaction (as lead conversion writes several records): 4x faster than one each.
    with db.write() as session:
        for i in range(ROWS):
            services.records._create(session, "leads", _lead(i, rnd))
    services.records.create("leads", {"first_name": "Văn Đức", "last_name": "Nguyễn"})
    db.close()
    return path


@pytest.fixture
def big(leads_db: Path) -> Iterator[Services]:
    db = Database.open(leads_db)
    yield Services.build(db)
    db.close()


def _all_rows(services: Services) -> dict[int, dict[str, Any]]:
    """Every lead's values as the list service returns them, by id (via one huge page)."""
    query = ListQuery("leads")
    fields = services.lists.columns("leads")
    rows = services.lists.page(query, 0, 10 * ROWS)
    return {r.id: dict(zip((f.name for f in fields), r.values, strict=True)) for r in rows}


def _ids(model: RecordTableModel) -> list[int]:
    return [model.record_id(row) for row in range(model.rowCount())]  # type: ignore[misc]


# -- model contract ------------------------------------------------------------------------------
def test_qtmodeltester_with_rows_and_changes(qtmodeltester, services: Services) -> None:
    for i in range(30):
        services.records.create("leads", {"last_name": f"Lê {i}", "first_name": "Thị Hoa"})
    model = RecordTableModel(services, ListQuery("leads"), page_size=7, max_pages=3)
    qtmodeltester.check(model)
    # The tester keeps watching: refresh after writes must announce rows correctly.
    first = model.record_id(0)
    assert first is not None
    record = services.records.get("leads", first)
    services.records.delete("leads", first, record.version)
    model.refresh()
    services.records.create("leads", {"last_name": "Mới"})
    services.records.create("leads", {"last_name": "Mới 2"})
    model.refresh()
    assert model.rowCount() == 31
    model.sort(model.column_of("last_name") or 0, Qt.SortOrder.AscendingOrder)
    model.set_query(ListQuery("leads", quick="mới"))
    assert model.rowCount() == 2
    model.set_visible_columns(["last_name", "email"])
    assert model.columnCount() == 2


def test_qtmodeltester_empty(qtmodeltester, services: Services) -> None:
    model = RecordTableModel(services, ListQuery("products"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)
    assert model.record_id(0) is None
    assert model.data(model.index(0, 0)) is None


def test_first_and_last_row(big: Services) -> None:
    rows = _all_rows(big)
    model = RecordTableModel(big, ListQuery("leads"))
    assert model.rowCount() == ROWS + 1
    # Leads list newest first by default: the last one created is on top.
    newest, oldest = max(rows), min(rows)
    column = model.column_of("last_name")
    assert column is not None
    assert model.data(model.index(0, column), RECORD_ID_ROLE) == newest
    assert model.data(model.index(0, column)) == "Nguyễn"
    last = model.index(model.rowCount() - 1, column)
    assert model.data(last, RECORD_ID_ROLE) == oldest
    assert model.data(last, RAW_ROLE) == rows[oldest]["last_name"]
    assert model.data(last) == (rows[oldest]["last_name"] or "")


def test_jump_to_the_end_reads_one_page(big: Services) -> None:
    model = RecordTableModel(big, ListQuery("leads", sort_field="last_name"))
    assert model.pages_fetched == 0
    last = model.rowCount() - 1
    record_id = model.record_id(last)
    assert model.pages_fetched == 1
    expected = big.lists.page(model.query(), last, 1)[0].id
    assert record_id == expected
    # The cache serves the rest of that page without a query.
    model.record_id(last - 5)
    assert model.pages_fetched == 1


def test_cache_is_bounded(big: Services) -> None:
    model = RecordTableModel(big, ListQuery("leads"), page_size=50, max_pages=4)
    for row in range(0, model.rowCount(), 50):
        model.record_id(row)
    assert model.pages_fetched == (ROWS + 1 + 49) // 50
    assert len(model._pages) == 4
    # A row of an evicted page is fetched again; row_of only knows cached rows.
    first = big.lists.page(model.query(), 0, 1)[0].id
    assert model.row_of(first) is None
    assert model.find_row(first) == 0


@pytest.mark.parametrize("descending", [False, True])
def test_sorting_each_sortable_column_matches_python(big: Services, descending: bool) -> None:
    rows = _all_rows(big)
    model = RecordTableModel(big, ListQuery("leads"))
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    checked = 0
    for column in range(model.columnCount()):
        spec = model.field_at(column)
        if not spec.sortable:
            continue
        model.sort(column, order)
        assert model.query().sort_field == spec.name

        def key(record_id: int, spec: Any = spec) -> tuple[Any, ...]:
            value = rows[record_id][spec.name]
            if spec.kind is Kind.USER:  # sorted by owner id; every lead has the same owner
                return (0, record_id)
            if spec.sort and spec.sort.endswith("_key"):
                return (fold(value), record_id)
            # SQL puts NULL first.
            return (value is not None, value if value is not None else 0, record_id)

        expected = sorted(rows, key=key, reverse=descending)
        assert _ids(model) == expected, spec.name
        checked += 1
    assert checked == len(model.visible_columns())


def test_unsortable_column_keeps_order(big: Services) -> None:
    model = RecordTableModel(big, ListQuery("leads", sort_field="last_name"))
    model.set_visible_columns(["last_name", "title", "email"])
    before = model.query()
    model.sort(1, Qt.SortOrder.DescendingOrder)  # title: not sortable
    model.sort(-1, Qt.SortOrder.DescendingOrder)
    assert model.query() == before


def test_quick_filter_folds_accents(big: Services) -> None:
    rows = _all_rows(big)
    model = RecordTableModel(big, ListQuery("leads", quick="nguyen duc"))

    def matches(values: dict[str, Any]) -> bool:
        words = fold_words(f"{values['first_name'] or ''} {values['last_name'] or ''}")
        return all(any(w.startswith(q) for w in words) for q in ("nguyen", "duc"))

    expected = {i for i, v in rows.items() if matches(v)}
    assert expected
    assert set(_ids(model)) == expected
    column = model.column_of("first_name")
    assert column is not None
    names = {
        (model.data(model.index(r, column)), model.data(model.index(r, column + 1)))
        for r in range(model.rowCount())
    }
    assert names == {("Văn Đức", "Nguyễn")}


def test_conditions_filter_in_sql(big: Services) -> None:
    rows = _all_rows(big)
    query = ListQuery("leads", conditions=(Condition("lead_status", "eq", "Hot"),))
    model = RecordTableModel(big, query)
    assert set(_ids(model)) == {i for i, v in rows.items() if v["lead_status"] == "Hot"}
    model.set_query(replace(query, conditions=(Condition("city", "contains", "ha noi"),)))
    assert set(_ids(model)) == {i for i, v in rows.items() if v["city"] == "Hà Nội"}


@pytest.mark.parametrize("sort_field", ["last_name", "email", "city"])
def test_finding_a_record_reads_its_page_by_keyset(big: Services, sort_field: str) -> None:
    query = ListQuery("leads", sort_field=sort_field)
    every = [r.id for r in big.lists.page(query, 0, 10 * ROWS)]
    for position in (3, 777, ROWS // 2 + 5, ROWS - 2):
        model = RecordTableModel(big, query, page_size=100)
        assert model.find_row(every[position]) == position
        assert model.pages_fetched == 1
        # The rows of its page (the screen around it) need no other query.
        start = model._pages.start_of(position, model.rowCount())
        page = range(start, min(start + 100, ROWS + 1))
        assert position in page
        assert [model.record_id(r) for r in page] == every[page.start : page.stop]
        assert model.pages_fetched == 1
    model = RecordTableModel(big, replace(query, quick="nguyen"))
    assert model.find_row(every[0]) in (None, 0)


def test_locate_later_answers_after_the_event_loop_ran(qtbot, big: Services) -> None:
    query = ListQuery("leads", sort_field="email", descending=True)
    every = [r.id for r in big.lists.page(query, 0, 10 * ROWS)]
    model = RecordTableModel(big, query)
    answers: list[tuple[int, object]] = []
    model.record_located.connect(lambda record_id, row: answers.append((record_id, row)))
    model.locate_later(every[1500])
    assert answers == [] and model.pages_fetched == 0  # nothing read yet
    with qtbot.waitSignal(model.record_located):
        pass
    assert answers == [(every[1500], 1500)]
    assert model.record_id(1500) == every[1500] and model.pages_fetched == 1

    # Rows reset before the answer came: that answer is dropped, a later one comes.
    answers.clear()
    model.locate_later(every[10])
    model.sort(model.column_of("last_name") or 0, Qt.SortOrder.AscendingOrder)
    by_name = [r.id for r in big.lists.page(model.query(), 0, 10 * ROWS)]
    model.locate_later(by_name[42])
    with qtbot.waitSignal(model.record_located):
        pass
    assert answers == [(by_name[42], 42)]
    # A record the filter hides has no row.
    model.set_query(ListQuery("leads", quick="nguyen duc"))
    hidden = next(i for i in every if i not in set(_ids(model)))
    answers.clear()
    model.locate_later(hidden)
    with qtbot.waitSignal(model.record_located):
        pass
    assert answers == [(hidden, None)]


def test_the_top_of_a_new_list_reads_a_screenful_first(big: Services) -> None:
    query = ListQuery("leads", sort_field="city")
    every = [r.id for r in big.lists.page(query, 0, PAGE_SIZE + 10)]
    model = RecordTableModel(big, query)
    assert [model.record_id(r) for r in range(FIRST_ROWS)] == every[:FIRST_ROWS]
    assert model.pages_fetched == 1 and len(model._pages.page(0, 0) or []) == FIRST_ROWS
    # A row past them reads the whole page once; the page after follows as usual.
    assert [model.record_id(r) for r in range(PAGE_SIZE + 10)] == every
    assert model.pages_fetched == 3
    # A new sort starts from a short page again; a page deep in the list is read whole.
    model.sort(model.column_of("email") or 0, Qt.SortOrder.DescendingOrder)
    model.record_id(ROWS - 1)
    model.record_id(0)
    assert len(model._pages.page(0, 0) or []) == PAGE_SIZE and model.pages_fetched == 5
