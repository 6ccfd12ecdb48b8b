"""Benchmark: what the record-count triggers (migration 0005) cost the writes (run by hand).

    python bench/bench_record_counts.py [--rows N] [--demo N] [--rounds N] [--json FILE]

The same work on two fresh databases that differ only in the count triggers (dropped from
one), the two taking turns round by round; the median of the rounds. Measured in CPU time
of this process (SQLite runs in it), so that waiting for the disk and other programs on a
shared machine weigh less than they would on the clock:

* SQL alone (``synchronous=OFF``): inserting ``--rows`` contacts in one statement, moving
  half of them to the recycle bin, saving every row (``deleted_at`` in the SET list, as the
  record service's saves have it), deleting a third;
* the demo generator (``crm-desktop demo``) making ``--demo`` contacts with everything
  around them, and 200 saves of each kind through the record service.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crm_desktop.models import Database  # noqa: E402

COUNTED = (
    "leads",
    "organizations",
    "contacts",
    "opportunities",
    "products",
    "quotes",
    "sales_orders",
    "activities",
)
SUFFIXES = ("ai", "ad", "bin", "restore")


def new_database(path: Path, template: Path, triggers: bool) -> None:
    shutil.copyfile(template, path)
    if not triggers:
        conn = sqlite3.connect(path)
        for table in COUNTED:
            for suffix in SUFFIXES:
                conn.execute(f"DROP TRIGGER {table}_count_{suffix}")
        conn.commit()
        conn.close()


def cpu_seconds(action: Callable[[], Any]) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def sql_round(path: Path, rows: int) -> dict[str, float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    values = [
        (f"CON-{i:07d}", f"Nguyễn {i}", f"nguyen {i}", "van", f"nguyen van {i}", "ha noi", 1)
        for i in range(rows)
    ]
    insert = (
        "INSERT INTO contacts (number, last_name, last_name_key, first_name_key, search_text,"
        " mailing_city_key, organization_name_key, owner_id, created_at, modified_at, version,"
        " do_not_call, email_opt_out, no_messages)"
        " VALUES (?, ?, ?, ?, ?, ?, '', ?, '2025-01-01', '2025-01-01', 1, 0, 0, 0)"
    )
    statements = {
        "insert": lambda: conn.executemany(insert, values),
        "to_bin": lambda: conn.execute(
            "UPDATE contacts SET deleted_at = '2025-01-02' WHERE id % 2 = 0"
        ),
        "save": lambda: conn.execute("UPDATE contacts SET title = 'CEO', deleted_at = deleted_at"),
        "delete": lambda: conn.execute("DELETE FROM contacts WHERE id % 3 = 0"),
    }
    out = {}
    conn.execute("BEGIN")
    for name, statement in statements.items():
        start = time.process_time()
        changed = statement().rowcount
        out[name] = (time.process_time() - start) / changed * 1e6  # microseconds per row
    conn.execute("COMMIT")
    conn.close()
    return out


def demo_round(path: Path, contacts: int) -> dict[str, float]:
    from crm_desktop.demo.generator import DemoGenerator
    from crm_desktop.services import Services

    db = Database.open(path)
    services = Services.build(db)
    records = services.records
    out = {"demo_s": cpu_seconds(lambda: DemoGenerator(services, seed=1).generate(contacts))}
    made: list[Any] = []
    saved: list[Any] = []
    n = 200
    out["create_ms"] = cpu_seconds(
        lambda: made.extend(records.create("contacts", {"last_name": f"Lê {i}"}) for i in range(n))
    )
    out["update_ms"] = cpu_seconds(
        lambda: saved.extend(
            records.update("contacts", r.id, r.version, {"title": "CFO"}) for r in made
        )
    )
    out["delete_ms"] = cpu_seconds(
        lambda: [records.delete("contacts", r.id, r.version) for r in saved]
    )
    out["restore_ms"] = cpu_seconds(lambda: [records.restore("contacts", r.id) for r in saved])
    db.close()
    return {k: v if k == "demo_s" else v / n * 1000 for k, v in out.items()}


def compare(measure: Callable[[Path], dict[str, float]], folder: Path, rounds: int) -> dict:
    template = folder / "template.sqlite3"
    if not template.exists():
        Database.open(template).close()
    runs: dict[bool, list[dict[str, float]]] = {True: [], False: []}
    for i in range(rounds):
        for triggers in (True, False) if i % 2 == 0 else (False, True):
            path = folder / f"counted-{triggers}.sqlite3"
            new_database(path, template, triggers)
            runs[triggers].append(measure(path))
            path.unlink()
    medians = {t: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for t, rs in runs.items()}
    return {
        k: {
            "with_triggers": round(medians[True][k], 3),
            "without": round(medians[False][k], 3),
            "extra": round(medians[True][k] - medians[False][k], 3),
        }
        for k in medians[True]
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--demo", type=int, default=20_000, help="contacts; 0: skip")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--json", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        results = {
            "sql_us_per_changed_row": compare(
                lambda p: sql_round(p, args.rows), folder, args.rounds
            )
        }
        if args.demo:
            results["demo"] = compare(lambda p: demo_round(p, args.demo), folder, args.rounds)
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
