"""Benchmark: exporting a million contacts to CSV, beside plain sqlite3 to csv (run by hand).

    python bench/bench_export.py [--database PATH] [--records N] [--runs N] [--json FILE]

Without --database the demo data (--records contacts, default 1,000,000, seed 1) is made
once under bench/.data/ (the file bench_lists.py uses) and reused.

Both write every field of every live contact, in the list's default order (last name),
to a UTF-8 CSV file with a byte-order mark, in the same run, taking turns run by run
(median of --runs):

* "export": what File > Export and ``crm-desktop export contacts`` do
  (services/records/export.py: keyset chunks of 5,000 rows, each its own read, values
  converted where a spreadsheet needs it, written through output_file);
* "plain sqlite3": one SELECT of the same columns (the owner's name joined, references by
  their cached names) in the same order, its rows handed as they come to csv.writer.

Target: export <= 2 x plain sqlite3 ("ratio" is export / (2 x plain); over 1: missed,
exit 1). The peak memory of the process is printed after the runs.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crm_desktop.models import Database  # noqa: E402
from crm_desktop.registry import Kind  # noqa: E402
from crm_desktop.services import Services  # noqa: E402
from crm_desktop.services.records.export import export_fields, export_list  # noqa: E402
from crm_desktop.services.records.lists import ListQuery  # noqa: E402

TYPE = "contacts"
FACTOR = 2.0


def demo_database(records: int) -> Path:
    path = ROOT / "bench" / ".data" / f"demo-{records}.sqlite3"
    if not path.exists():
        from crm_desktop.demo.generator import DemoGenerator

        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"making {records:,} demo contacts in {path} (once)", file=sys.stderr)
        db = Database.open(path)
        DemoGenerator(Services.build(db), seed=1).generate(records)
        db.close()
    return path


def plain_sql(services: Services) -> str:
    """The export's columns and order as one SELECT."""
    record_type = services.registry.get(TYPE)
    columns = []
    for spec in export_fields(record_type):
        if spec.kind is Kind.REFERENCE and spec.cache:
            columns.append(f"c.{spec.cache}")
        elif spec.kind is Kind.USER:
            columns.append("u.full_name")
        else:
            columns.append(f"c.{spec.name}")
    return (
        f"SELECT {', '.join(columns)} FROM {record_type.table} c "
        "LEFT JOIN users u ON u.id = c.owner_id WHERE c.deleted_at IS NULL "
        "ORDER BY c.last_name_key, c.id"
    )


def run_plain(path: Path, sql: str, target: Path, labels: list[str]) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with target.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(labels)
            rows = 0
            cursor = conn.execute(sql)
            while batch := cursor.fetchmany(5000):
                writer.writerows(batch)
                rows += len(batch)
    finally:
        conn.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="default: demo data under bench/.data/")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    path = args.database.absolute() if args.database else demo_database(args.records)
    db = Database.open(path)
    services = Services.build(db)
    labels = [spec.label for spec in export_fields(services.registry.get(TYPE))]
    sql = plain_sql(services)
    times: dict[str, list[float]] = {"export": [], "plain": []}
    rows: dict[str, int] = {}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
        for run in range(args.runs):
            for name in ("plain", "export") if run % 2 == 0 else ("export", "plain"):
                target = Path(folder) / f"{name}.csv"
                start = time.perf_counter()
                if name == "plain":
                    rows[name] = run_plain(path, sql, target, labels)
                else:
                    rows[name] = export_list(services, ListQuery(TYPE), target, "csv").records
                times[name].append((time.perf_counter() - start) * 1000)
                sizes[name] = target.stat().st_size
                print(f"{name}: {times[name][-1]:,.0f} ms, {rows[name]:,} rows", file=sys.stderr)
    db.close()
    export_ms, plain_ms = (statistics.median(times[n]) for n in ("export", "plain"))
    limit_ms = FACTOR * plain_ms
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    measurement: dict[str, Any] = {
        "name": "export_contacts_csv",
        "ms": round(export_ms, 1),
        "limit_ms": round(limit_ms, 1),
        "ratio": round(export_ms / limit_ms, 3),
        "plain_sqlite3_ms": round(plain_ms, 1),
        "x_plain": round(export_ms / plain_ms, 2),
        "rows": rows["export"],
        "plain_rows": rows["plain"],
        "bytes": sizes["export"],
        "plain_bytes": sizes["plain"],
        "runs_ms": {n: [round(t, 1) for t in ts] for n, ts in times.items()},
        "peak_rss_mb": round(peak_mb, 1),
    }
    results = {"database": str(path), "measurements": [measurement]}
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if measurement["ratio"] > 1 else 0


if __name__ == "__main__":
    sys.exit(main())
