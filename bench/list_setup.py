"""The list the benchmark measures (contacts, in a panel of :data:`SIZE`), the program's
objects for it, and the SQL of its reads, run again through plain sqlite3 to compare."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from paint_timing import median_ms
from PySide6.QtCore import QSettings

TYPE = "contacts"
SIZE = (1100, 700)  # the list panel's size: about 25 rows on screen


def open_services(path: Path) -> Any:
    from crm_desktop.models import Database
    from crm_desktop.services import Services

    return Services.build(Database.open(path))


def temp_settings(folder: str) -> QSettings:
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("main/last_view", TYPE)
    settings.sync()
    return settings


def page_sql(services: Any, query: Any, offset: int, limit: int, reverse: bool = False) -> str:
    """The SQL of ListService.page() with its values inlined, for plain sqlite3."""
    stmt = services.lists._page_select(query, reverse=reverse, offset=offset, limit=limit)
    return str(stmt.compile(services.db.engine, compile_kwargs={"literal_binds": True}))


def count_sql(services: Any, query: Any, *, counted: bool = True) -> str:
    """The SQL of ListService.count(): the kept count of an unfiltered list (``counted``),
    else ``count(*)`` of the rows the query selects."""
    from sqlalchemy import func, select

    from crm_desktop.models.record_counts import RecordCount
    from crm_desktop.services.records.service import table_of

    record_type = services.registry.get(query.record_type)
    table = table_of(record_type)
    if counted and not (query.quick or query.conditions or query.deleted):
        counts = RecordCount.__table__
        stmt = select(counts.c.live).where(counts.c.table_name == table.name)
    else:
        where = services.lists._where(record_type, query)
        stmt = select(func.count()).select_from(table).where(*where)
    return str(stmt.compile(services.db.engine, compile_kwargs={"literal_binds": True}))


def sqlite_ms(conn: sqlite3.Connection, sqls: list[str], runs: int) -> float:
    def once() -> float:
        start = time.perf_counter()
        for sql in sqls:
            conn.execute(sql).fetchall()
        return (time.perf_counter() - start) * 1000

    return median_ms(once, runs)


def temp_b_tree(conn: sqlite3.Connection, sql: str) -> bool:
    """True when the rows are sorted without an index (the outer query re-sorting the one
    page that the index-ordered subquery picked does not count)."""
    plan = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    sorts = sum("TEMP B-TREE FOR ORDER BY" in row[3] for row in plan)
    return sorts > (1 if any("MATERIALIZE" in row[3] for row in plan) else 0)
