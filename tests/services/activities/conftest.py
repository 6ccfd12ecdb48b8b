"""What the activity services' tests share: the statements a piece of work runs on the
activities table, and SQLite's plans of them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from crm_desktop.models import Database


@contextmanager
def statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """The statements on the activities table run inside the block."""
    found: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if "FROM activities" in statement:
            found.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        yield found
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


def query_plans(db: Database, work: Callable[[], object]) -> list[tuple[str, list[str]]]:
    """Every statement ``work`` runs on activities, with SQLite's plan of it step by
    step."""
    with statements(db) as found:
        work()
    assert found
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        return [
            (s, [row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {s}", p).fetchall()])
            for s, p in found
        ]
