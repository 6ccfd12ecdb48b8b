"""The quick filter at speed: a common word's page walks the sort index, a rare word's
matches are read and sorted, the count can stop early or be stopped, and all of it
gives the rows and order of sorting every match."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import text

from crm_desktop.services import Services
from crm_desktop.services.records import conditions
from crm_desktop.services.records.lists import ListQuery
from crm_desktop.services.records.query_stop import QueryStop
from tests.conftest import AsUser

#: common, short, one letter, two words, e-mail fragments, rare, none
TERMS = ("nguyen", "ng", "a", "van duc", "p12", "example.org", "þórður", "p1234", "zzzz")
SORTS = (
    (None, False),
    ("last_name", True),
    ("email", False),
    ("mailing_city", True),
    ("number", False),
)


@pytest.fixture
def few_are_common(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page walks the sort index from 50 matches on: a few thousand contacts have both
    kinds of word."""
    monkeypatch.setattr(conditions, "COMMON_MATCHES", 50)


def _sorted_matches(services: Services, query: ListQuery, limit: int) -> list[int]:
    """The ids of the list's first ``limit`` rows with every match read and sorted (the
    one way before pages walked the sort index)."""
    with services.db.read() as session:
        stmt = services.lists._page_select(query, reverse=False, offset=0, limit=limit)
        return [row[0] for row in session.execute(stmt)]


def _plan(services: Services, query: ListQuery) -> str:
    with services.db.read() as session:
        walk_text = services.lists._walks_for_text(session, query)
        stmt = services.lists._page_select(
            query, reverse=False, offset=0, limit=64, walk_text=walk_text
        )
        compiled = stmt.compile(session.bind, compile_kwargs={"literal_binds": True})
        rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    return " | ".join(str(row[-1]) for row in rows)


@pytest.mark.usefixtures("few_are_common")
@pytest.mark.parametrize("term", TERMS)
def test_pages_are_the_rows_and_order_of_sorting_every_match(filled: Services, term: str) -> None:
    for sort_field, descending in SORTS:
        query = ListQuery("contacts", sort_field=sort_field, descending=descending, quick=term)
        whole = _sorted_matches(filled, query, 5000)
        total = filled.lists.count(query)
        assert total == len(whole)
        assert [r.id for r in filled.lists.page(query, 0, 64)] == whole[:64]
        for offset in (0, 64, total // 2 + 1, max(0, total - 100)):
            page = filled.lists.page(query, offset, 100, total=total)
            assert [r.id for r in page] == whole[offset : offset + 100]
            assert filled.lists.page(query, offset, 100, total=total, more=True) == page
        if whole:
            middle = whole[len(whole) // 2]
            around = filled.lists.rows_around(query, middle, 3, 7)
            start = whole.index(middle) - 3
            assert [r.id for r in around] == whole[max(0, start) : start + 7]


@pytest.mark.usefixtures("few_are_common")
def test_a_common_word_walks_the_sort_index_and_a_rare_one_sorts_its_matches(
    filled: Services,
) -> None:
    if not filled.db.is_sqlite:
        pytest.skip("the full-text index and its plans are SQLite's")
    for term in ("nguyen", "a", "p12"):
        walked = _plan(filled, ListQuery("contacts", sort_field="email", quick=term))
        assert "SCAN contacts USING INDEX ix_contacts_live_email" in walked, (term, walked)
        assert walked.count("TEMP B-TREE") <= 1, walked  # the one page's order, outside
    for term in ("p1234", "zzzz"):
        sorted_ = _plan(filled, ListQuery("contacts", sort_field="email", quick=term))
        assert "SEARCH contacts USING INTEGER PRIMARY KEY" in sorted_, (term, sorted_)


def test_count_upto_stops_at_its_limit(filled: Services) -> None:
    common, rare = ListQuery("contacts", quick="nguyen"), ListQuery("contacts", quick="p1234")
    whole = filled.lists.count(common)
    assert whole > 20
    assert filled.lists.count_upto(common, 20) is None
    assert filled.lists.count_upto(common, whole) == whole
    assert filled.lists.count_upto(rare, 20) == filled.lists.count(rare) == 1
    assert filled.lists.count_or_stop(common, QueryStop()) == whole


def test_a_count_stopped_before_it_runs_answers_nothing(filled: Services) -> None:
    stop = QueryStop()
    stop.stop()
    assert filled.lists.count_or_stop(ListQuery("contacts", quick="nguyen"), stop) is None


def test_stopping_ends_the_running_statement_and_the_connection_serves_on(
    filled: Services,
) -> None:
    # A statement that never ends by itself, on both databases.
    endless = text(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    )
    stop = QueryStop()
    answers: list[Any] = []

    def run() -> None:
        with filled.db.read() as session:
            answers.append(stop.run(session, lambda: session.execute(endless).scalar()))

    worker = threading.Thread(target=run)
    worker.start()
    threading.Timer(0.3, stop.stop).start()
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert answers == [None]
    query = ListQuery("contacts", quick="nguyen")
    assert filled.lists.count_or_stop(query, QueryStop()) == filled.lists.count(query)


@pytest.mark.usefixtures("few_are_common")
def test_a_staff_members_quick_filter_shows_only_their_rows(
    office: Services, as_user: AsUser
) -> None:
    office.office.set_private("contacts", True)
    an, binh = as_user("an"), as_user("binh")
    ans: set[int] = set()
    for n in range(240):
        values = {"first_name": "Văn Đức" if n % 2 else "Lan", "last_name": f"Nguyễn {n}"}
        if n % 3:
            ans.add(an.records.create("contacts", values).id)
        else:
            binh.records.create("contacts", values)
    for term in ("nguyen", "van duc", "nguyen 17"):
        query = ListQuery("contacts", sort_field="last_name", quick=term)
        seen = an.lists.count(query)
        page = an.lists.page(query, 0, 200, total=seen)
        assert [r.id for r in page] == _sorted_matches(an, query, 200)
        assert {r.id for r in page} <= ans
        assert 0 < seen == len(page) < office.lists.count(query)


def test_a_stopped_search_finds_nothing(filled: Services) -> None:
    assert filled.search.search("nguyen")
    stop = QueryStop()
    stop.stop()
    assert filled.search.search("nguyen", stop=stop) == []
