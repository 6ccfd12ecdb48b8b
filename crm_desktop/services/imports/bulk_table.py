"""New rows of a record table written in bulk on SQLite, with its full-text index and
its live count kept by the import instead of by a trigger per row.

SQLite has no statement triggers: each inserted row runs the table's FTS5 insert trigger
and its count trigger, which together cost three times the rows' own insert. Inside the
import's write transaction the two insert triggers (``<table>_fts_ai`` and
``<table>_count_ai``, made by models/migrations/record_tables.py) are dropped; each batch
of rows is then added to the index with one executemany and to the count with one
update, and the triggers are made again, from their own SQL as the schema holds it,
before the transaction commits. A rollback (Cancel, a crash, a problem) brings them back
with everything else. Their update and delete triggers stay: saves during the import
keep the index, the counts and the change counters as always.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


class SuspendedTriggers:
    """The insert triggers of ``table`` while an import writes it (see the module)."""

    def __init__(self, session: Session, table: str):
        self.session = session
        self.table = table
        names = (f"{table}_fts_ai", f"{table}_count_ai")
        found = session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (:a, :b)"),
            {"a": names[0], "b": names[1]},
        ).all()
        #: the triggers dropped, with the SQL that makes them again
        self.dropped: list[tuple[str, str]] = [(row[0], row[1]) for row in found]
        for name, _sql in self.dropped:
            session.execute(text(f'DROP TRIGGER "{name}"'))

    def inserted(self, rows: Sequence[dict[str, Any]]) -> None:
        """Do for ``rows`` (just inserted, live) what the dropped triggers would have."""
        names = {name for name, _ in self.dropped}
        connection = self.session.connection()
        if f"{self.table}_fts_ai" in names:
            connection.exec_driver_sql(
                f"INSERT INTO {self.table}_fts(rowid, search_text) VALUES (?, ?)",
                [(row["id"], row["search_text"]) for row in rows],
            )
        if f"{self.table}_count_ai" in names:
            live = sum(1 for row in rows if row.get("deleted_at") is None)
            self.session.execute(
                text("UPDATE record_counts SET live = live + :n WHERE table_name = :t"),
                {"n": live, "t": self.table},
            )

    def restore(self) -> None:
        """Make the dropped triggers again (before the transaction commits)."""
        for _name, sql in self.dropped:
            self.session.execute(text(sql))
        self.dropped = []
