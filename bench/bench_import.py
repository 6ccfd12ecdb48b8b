"""Benchmark: importing a contacts CSV file against plain sqlite3 (run by hand).

    python bench/bench_import.py [--rows N] [--json FILE]

A CSV file of ``--rows`` contacts (default 100,000: names in several languages, e-mails,
phones, cities, countries, one of 500 organizations) is imported into a new database by
the import service, as ``crm-desktop import FILE.csv --type contacts`` does: file read,
columns mapped, values read and checked, e-mail matching, organizations found or made,
numbers, folded keys and search text, the full-text index, the counts and the change
counters kept by the triggers, the batch for undo, one transaction.

Beside it, on a second new database whose full-text, count and change triggers were
dropped: the same rows (read back from the first database, every column) inserted with
plain sqlite3 ``executemany`` in one transaction, then one full-text ``rebuild``. Both
are measured in CPU time of the process (SQLite runs in it), in one run; the limit is
1.5 times the plain insert.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crm_desktop.models import Database  # noqa: E402
from crm_desktop.services import Services  # noqa: E402
from crm_desktop.services.imports.plan import ImportPlan  # noqa: E402

LIMIT = 1.5
GIVEN = ["Anna", "Đức", "Sigríður", "João", "Hương", "Þórður", "Maria", "Lan", "Jürgen", "Åsa"]
FAMILY = ["Nguyễn", "Berg", "Guðmundsdóttir", "da Silva", "Trần", "Müller", "Öberg", "Lê"]
CITIES = ["Hà Nội", "Reykjavík", "São Paulo", "Köln", "Malmö", "Đà Nẵng", "Recife"]
COUNTRIES = ["Việt Nam", "Ísland", "Brasil", "Deutschland", "Sverige"]


def write_file(path: Path, rows: int) -> None:
    pick = random.Random(1).choice
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["First Name", "Last Name", "E-mail Address", "Business Phone",
                         "Mobile Phone", "Business City", "Business Country/Region",
                         "Company", "Job Title"])  # fmt: skip
        for i in range(rows):
            writer.writerow([pick(GIVEN), pick(FAMILY), f"person{i}@example.com",
                             f"+84 28 {3800_0000 + i}", f"+354 {6000000 + i}", pick(CITIES),
                             pick(COUNTRIES), f"Company {i % 500}", "Sales"])  # fmt: skip


def drop_triggers(path: Path) -> None:
    conn = sqlite3.connect(path)
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'contacts'"
        )
    ]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    conn.commit()
    conn.close()


def plain_insert(source: Path, target: Path) -> float:
    """Seconds to insert the contacts of ``source`` into ``target`` with executemany and
    rebuild the full-text index (the rows are read before the clock starts)."""
    with sqlite3.connect(source) as conn:
        cursor = conn.execute("SELECT * FROM contacts ORDER BY id")
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        organizations = conn.execute("SELECT * FROM organizations ORDER BY id").fetchall()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    marks = ", ".join("?" * len(columns))
    org_marks = ", ".join("?" * len(organizations[0])) if organizations else ""
    start = time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    if organizations:
        conn.executemany(f"INSERT INTO organizations VALUES ({org_marks})", organizations)
    conn.executemany(f"INSERT INTO contacts ({', '.join(columns)}) VALUES ({marks})", rows)
    conn.execute("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')")
    conn.execute("COMMIT")
    seconds = time.process_time() - start
    conn.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        base = Path(folder)
        source = base / "contacts.csv"
        write_file(source, args.rows)
        imported, plain = base / "imported.sqlite3", base / "plain.sqlite3"
        Database.open(plain).close()
        drop_triggers(plain)
        db = Database.open(imported)
        services = Services.build(db)
        start = time.process_time()
        result = services.imports.run(ImportPlan(source))
        import_seconds = time.process_time() - start
        counts = services.stats.counts()
        db.close()
        assert result.added == args.rows and counts["contacts"] == args.rows, (result, counts)
        plain_seconds = plain_insert(imported, plain)
    ratio = import_seconds / (plain_seconds * LIMIT)
    measurement = {
        "name": f"import {args.rows:,} contacts from CSV",
        "ms": round(import_seconds * 1000, 1),
        "plain_sqlite3_ms": round(plain_seconds * 1000, 1),
        "times_plain": round(import_seconds / plain_seconds, 2),
        "limit_ms": round(plain_seconds * LIMIT * 1000, 1),
        "ratio": round(ratio, 3),
    }
    print(json.dumps(measurement))
    if args.json:
        args.json.write_text(json.dumps({"measurements": [measurement]}, indent=2) + "\n")
    return 0 if ratio <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
