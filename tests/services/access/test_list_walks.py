"""How a limited user's page is read: walking the sort index past everybody's rows, or
their own rows by the owner index and sorted. The choice weighs the user's rows against
the table's live rows (everybody's), read once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from crm_desktop.models import Database
from crm_desktop.services import Services
from crm_desktop.services.records.lists import ListQuery
from tests.conftest import AsUser

QUERY = ListQuery("contacts", sort_field="last_name")


def _walks(services: Services, limit: int) -> bool:
    with services.db.read() as session:
        return services.lists._walks_sort_index(session, QUERY, limit)


@contextmanager
def _statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def remember(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement.lower())

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)


def _office_of_contacts(office: Services, as_user: AsUser, own: int) -> Services:
    """40 private contacts of the administrator's and ``own`` of an's; an's services."""
    office.office.set_private("contacts", True)
    for n in range(40):
        office.records.create("contacts", {"last_name": f"Boss {n:02}"})
    an = as_user("an")
    for n in range(own):
        an.records.create("contacts", {"last_name": f"An {n:02}"})
    return an


def test_few_rows_among_many_are_read_by_the_owner_index(office: Services, as_user: AsUser) -> None:
    an = _office_of_contacts(office, as_user, own=3)
    # 3 of 43 rows, pages of 2: the walk would pass about 14 others' rows for each of an's.
    assert not _walks(an, 2)
    assert [r.values for r in an.lists.page(QUERY, 0, 2)] == [
        r.values for r in an.lists.rows_around(QUERY, an.lists.page(QUERY, 0, 1)[0].id, 0, 2)
    ]


def test_many_rows_walk_the_sort_index(office: Services, as_user: AsUser) -> None:
    an = _office_of_contacts(office, as_user, own=30)
    assert _walks(an, 2)


def test_a_record_in_its_place_counts_the_users_rows_once(
    db: Database, office: Services, as_user: AsUser
) -> None:
    an = _office_of_contacts(office, as_user, own=3)
    first = an.lists.page(QUERY, 0, 1)[0].id
    with _statements(an.db) as statements:  # on a server, an's own login
        rows = an.lists.rows_around(QUERY, first, 0, 3)
    assert [row.id for row in rows][:1] == [first] and len(rows) == 3
    counts = [s for s in statements if "count(*)" in s and "from contacts" in s]
    assert len(counts) == 1
