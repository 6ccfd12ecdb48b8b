"""Benchmark: the contacts list's column filters at a million contacts (run by hand).

    python bench/bench_column_filters.py [--database PATH] [--records N] [--runs N]
                                         [--json FILE]

The database is bench_lists.py's (demo data, --records contacts, seed 1, made once under
bench/.data/ when --database is not given). For each column filter, what the list does
when it is applied, through the list service: the count, then the first rows of a new
list (the model's first read, 64 rows) in the contacts' default order (last name); and
for a column of values, the popup's GROUP BY of the values with their counts. Median of
--runs after one warm-up. Beside each: the same statements through plain sqlite3
("x_sqlite": the service's own cost).

Target: <= 150 ms ("ratio" is ms / 150; over 1: missed) for each filter an index serves
or a value list; a text that a name only contains (not starts with) is read from every
row's folded key and is reported without a target ("limit_ms": null).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from bench.bench_export import demo_database  # noqa: E402
from crm_desktop.models import Database  # noqa: E402
from crm_desktop.registry import Condition  # noqa: E402
from crm_desktop.services import Services  # noqa: E402
from crm_desktop.services.records.lists import ListQuery  # noqa: E402

TYPE = "contacts"
FIRST_ROWS = 64
LIMIT_MS = 150.0
SINCE = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
FILTERS: list[tuple[str, tuple[Condition, ...], bool]] = [
    ("last name starts with “ng”", (Condition("last_name", "starts", "ng"),), True),
    ("city starts with “hà”", (Condition("mailing_city", "starts", "hà"),), True),
    ("e-mail contains “son”", (Condition("email", "contains", "son"),), False),
    ("modified in the last 30 days", (Condition("modified_at", "ge", SINCE),), True),
    (
        "lead source is Web Site or Partner",
        (Condition("lead_source", "in", ("Web Site", "Partner")),),
        True,
    ),
    ("do not call", (Condition("do_not_call", "eq", True),), True),
    (
        "starts with “ng” and quick filter “an”",
        (Condition("last_name", "starts", "ng"),),
        True,
    ),
]
VALUE_COLUMNS = ("lead_source", "owner_id", "do_not_call")


def median_ms(action: Callable[[], Any], runs: int) -> float:
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def plain(db: Database, statements: list[Any]) -> Callable[[], None]:
    """The statements, their values inlined, through plain sqlite3."""
    assert db.path is not None
    conn = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    texts = [str(s.compile(db.engine, compile_kwargs={"literal_binds": True})) for s in statements]

    def run() -> None:
        for sql in texts:
            conn.execute(sql).fetchall()

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="default: demo data under bench/.data/")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    path = args.database.absolute() if args.database else demo_database(args.records)
    db = Database.open(path)
    services = Services.build(db)
    lists = services.lists
    record_type = services.registry.get(TYPE)
    measurements = []

    def note(name: str, ms: float, sqlite_ms: float, target: bool, **extra: Any) -> None:
        limit = LIMIT_MS if target else None
        row = {
            "name": name,
            "ms": round(ms, 1),
            "limit_ms": limit,
            "ratio": round(ms / limit, 3) if limit else None,
            "x_sqlite": round(ms / sqlite_ms, 2) if sqlite_ms else None,
            **extra,
        }
        measurements.append(row)
        print(json.dumps(row, ensure_ascii=False), file=sys.stderr)

    for name, conditions, target in FILTERS:
        quick = "an" if "quick filter" in name else ""
        query = ListQuery(TYPE, quick=quick, column_filters=conditions)
        rows = lists.count(query)

        def apply(query: ListQuery = query) -> None:
            total = lists.count(query)
            lists.page(query, 0, FIRST_ROWS, total=total)

        where = lists._where(record_type, query)
        table = lists._sort_col(query).table
        count_sql = select(func.count()).select_from(table).where(*where)
        page_sql = lists._page_select(query, reverse=False, offset=0, limit=FIRST_ROWS)
        note(
            name,
            median_ms(apply, args.runs),
            median_ms(plain(db, [count_sql, page_sql]), args.runs),
            target,
            rows=rows,
        )
    everything = ListQuery(TYPE)
    for field in VALUE_COLUMNS:

        def values(field: str = field) -> None:
            lists.value_counts(everything, field)

        found, _complete = lists.value_counts(everything, field)
        note(
            f"values of {field} with counts",
            median_ms(values, args.runs),
            0.0,
            True,
            values=len(found),
        )
    db.close()
    results = {"database": str(path), "measurements": measurements}
    print(json.dumps(results, indent=2, ensure_ascii=False))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    missed = [m for m in measurements if m["ratio"] is not None and m["ratio"] > 1]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
