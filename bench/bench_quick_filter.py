"""Benchmark: typing in the contacts list's quick filter at a million contacts, and global
search (Ctrl+K) (run by hand, not in CI).

    python bench/bench_quick_filter.py --database PATH [--runs N] [--json FILE]
                                       [--wait-seconds S]

Each term is typed a letter at a time, each letter applied at once (as Return does,
without the typing delay) and timed from the query to the painted first screen, in two
sort orders; ``ms`` is the slowest letter's median. Beside it: the term from an
unfiltered list (``whole_term_ms``), the time until the whole count is known
(``count_ms``: it is taken on a worker thread after the paint), the same SQL run through
plain sqlite3 (``sqlite_ms``: the first count, which stops at the rows a list counts at
once, whether the term is common, the first rows) and the SQL read before this
benchmark's round (``before_sqlite_ms``: the whole count and every match sorted).
Global search: ``search_<term>`` is SearchService.search(), what Ctrl+K's box runs.
Target: every letter <= 100 ms ("ratio" is ms / limit_ms; over 1: missed).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import paint_timing  # noqa: E402
from bench_lists import entry, finish, show  # noqa: E402
from fresh_process import EXIT_TIMEOUT  # noqa: E402
from list_setup import SIZE, TYPE, open_services, sqlite_ms, temp_settings  # noqa: E402
from paint_timing import BenchTimeout, median_ms, paint_ms, wait_for  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

#: common, short, one letter, accented, rare, two words, e-mail fragments
TERMS = ("nguyen", "ng", "a", "joão", "þórður", "smith", "thi nguyen", "outlook", "fisher@outl")
SORTS = (("last_name", Qt.SortOrder.AscendingOrder), ("email", Qt.SortOrder.DescendingOrder))
LIMIT_MS = 100.0


def program_sql(services: Any, query: Any) -> list[str]:
    """The statements of a quick filter's first paint, values inlined: the first count,
    whether the term is common (SQLite's full-text index), the first rows."""
    from sqlalchemy import func, select

    from crm_desktop.services.records.conditions import COMMON_MATCHES, fts_matches
    from crm_desktop.services.records.service import table_of
    from crm_desktop.textfold import fold_words
    from crm_desktop.views.records.later_count import COUNTED_AT_ONCE
    from crm_desktop.views.records.list_model import FIRST_ROWS

    lists = services.lists
    record_type = services.registry.get(query.record_type)
    table = table_of(record_type)
    rows = select(table.c.id).where(*lists.where(query)).limit(COUNTED_AT_ONCE + 1)
    probe = fts_matches(record_type, fold_words(query.quick)).limit(COMMON_MATCHES)
    with services.db.read() as session:
        walk = lists._walks_for_text(session, query)
    page = lists._page_select(query, reverse=False, offset=0, limit=FIRST_ROWS, walk_text=walk)
    stmts = [
        select(func.count()).select_from(rows.subquery()),
        select(func.count()).select_from(probe.subquery()),
        page,
    ]
    engine = services.db.engine
    return [str(s.compile(engine, compile_kwargs={"literal_binds": True})) for s in stmts]


def before_sql(services: Any, query: Any) -> list[str]:
    """What the first paint read before: the whole count, and every match sorted."""
    from sqlalchemy import func, select

    from crm_desktop.services.records.service import table_of
    from crm_desktop.views.records.list_model import FIRST_ROWS

    table = table_of(services.registry.get(query.record_type))
    count = select(func.count()).select_from(table).where(*services.lists.where(query))
    page = services.lists._page_select(query, reverse=False, offset=0, limit=FIRST_ROWS)
    engine = services.db.engine
    return [str(s.compile(engine, compile_kwargs={"literal_binds": True})) for s in (count, page)]


def run(path: Path, runs: int) -> list[dict[str, Any]]:
    from crm_desktop.views.records.list_view import ListPanel

    results: list[dict[str, Any]] = []

    def add(measurement: dict[str, Any]) -> None:
        results.append(measurement)
        show(measurement)

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    _app = QApplication.instance() or QApplication([sys.argv[0]])
    services = open_services(path)
    folder = tempfile.TemporaryDirectory()
    panel = ListPanel(services, TYPE, temp_settings(folder.name))
    panel.resize(*SIZE)
    panel.show()
    table = panel.table
    model = table.record_model()
    paint_ms(table.viewport().update, table.viewport)

    def clear() -> None:
        if model.query().quick:
            paint_ms(lambda: panel.set_quick_filter(""), table.viewport)
        table.scrollToTop()

    for sort_field, order in SORTS:
        clear()
        column = model.column_of(sort_field) or 0
        table.sortByColumn(column, order)
        paint_ms(table.viewport().update, table.viewport)
        for term in TERMS:
            letters = [term[: n + 1] for n in range(len(term)) if term[n] != " "]
            per_letter: list[list[float]] = [[] for _ in letters]
            for run_ in range(runs + 1):
                clear()
                for n, typed in enumerate(letters):
                    ms = paint_ms(lambda typed=typed: panel.set_quick_filter(typed), table.viewport)
                    if run_:  # the first run warms up
                        per_letter[n].append(ms)
            medians = [statistics.median(t) for t in per_letter]
            slowest = max(range(len(letters)), key=lambda n: medians[n])

            def whole(term: str = term) -> float:
                return paint_ms(lambda: panel.set_quick_filter(term), table.viewport)

            whole_ms = median_ms(whole, runs, clear)

            def counted(term: str = term) -> float:
                start = time.perf_counter()
                panel.set_quick_filter(term)
                wait_for(model.count_known, "the whole count")
                return (time.perf_counter() - start) * 1000

            count_ms = median_ms(counted, runs, clear)
            query = model.query()
            direction = "asc" if order == Qt.SortOrder.AscendingOrder else "desc"
            add(
                entry(
                    f"typing_{term.replace(' ', '_')}_by_{sort_field}_{direction}",
                    medians[slowest],
                    LIMIT_MS,
                    sqlite_ms=sqlite_ms(conn, program_sql(services, query), runs),
                    before_sqlite_ms=sqlite_ms(conn, before_sql(services, query), runs),
                    whole_term_ms=whole_ms,
                    count_ms=count_ms,
                    count=model.rowCount(),
                )
                | {"slowest_letter": letters[slowest]}
            )
    clear()
    for term in TERMS:
        ms = median_ms(lambda term=term: _timed(lambda: services.search.search(term)), runs)
        add(entry(f"search_{term.replace(' ', '_')}", ms, LIMIT_MS))
    panel.close()
    services.db.close()
    conn.close()
    folder.cleanup()
    return results


def _timed(action: Any) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", metavar="FILE", type=Path)
    parser.add_argument("--wait-seconds", type=float, default=paint_timing.WAIT_SECONDS)
    args = parser.parse_args(argv)
    paint_timing.WAIT_SECONDS = args.wait_seconds
    try:
        measurements = run(args.database.absolute(), args.runs)
    except BenchTimeout as exc:
        print(f"bench_quick_filter: FAILED: {exc}", file=sys.stderr)
        return EXIT_TIMEOUT
    return finish(measurements, args.json)


if __name__ == "__main__":
    sys.exit(main())
