"""Benchmark: duplicates at a million contacts (run by hand, not in CI).

    python bench/bench_duplicates.py [--database PATH] [--records N] [--hints N] [--json FILE]

Without --database, --records demo contacts (seed 1) with their organizations (one per
four contacts, as the demo makes them) are made once under bench/.data/ and reused: only
the tables measured, written with their indexes dropped and built again at the end
(the whole demo of bench_lists.py takes 21 minutes on an idle machine). Measured:

* "find duplicates" over the contacts, leads and organizations: the whole of
  ``DuplicateFinder.find`` (every group read, with its records' names), with the time
  to the first group and the number of progress reports. Target for contacts: <= 20 s.
* the typing hint: ``DuplicateHintPart.look_up`` of a new contact's form (the index
  look-ups and the box under the form filled), for --hints contacts picked at random,
  typed again as a user re-entering them would (name, organization, e-mail in capitals,
  a phone written in another format); median and worst. Target: worst <= 50 ms.

The database is only read. "ratio" is ms / limit_ms (over 1: target missed, exit 1);
"cpu_ms" is the processor time the work took (the thread's, for the hint): on a busy
machine the wall-clock time also holds the time other programs had the processor.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from PySide6.QtWidgets import QApplication  # noqa: E402

FIND_LIMIT_MS = 20_000.0
HINT_LIMIT_MS = 50.0


def _measurement(name: str, ms: float, limit: float | None, **extra: Any) -> dict[str, Any]:
    ratio = round(ms / limit, 3) if limit else None
    m = {"name": name, "ms": round(ms, 1), "limit_ms": limit, "ratio": ratio, **extra}
    details = "  ".join(f"{k} {v}" for k, v in extra.items())
    print(f"{name:<28} {m['ms']:>10} ms   limit {limit or '-':>8}   ratio {ratio}  {details}")
    return m


def find_duplicates(services: Any, type_key: str) -> dict[str, Any]:
    reports: list[float] = []
    cpu = time.process_time()
    start = time.perf_counter()
    first: float | None = None
    groups = records = 0
    for group in services.duplicates.find(
        type_key, lambda _d, _t: reports.append(time.perf_counter())
    ):
        if first is None:
            first = time.perf_counter() - start
        groups += 1
        records += len(group.records)
    ms = (time.perf_counter() - start) * 1000
    cpu_ms = round((time.process_time() - cpu) * 1000, 1)
    gaps = [b - a for a, b in zip([start, *reports[:-1]], reports, strict=True)]
    return _measurement(
        f"find {type_key}",
        ms,
        FIND_LIMIT_MS if type_key == "contacts" else None,
        cpu_ms=cpu_ms,
        groups=groups,
        records=records,
        first_group_ms=round((first or 0) * 1000, 1),
        progress_reports=len(reports),
        longest_between_reports_ms=round(max(gaps, default=0) * 1000, 1),
    )


def _retyped(values: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A contact as a user typing it again would: other case, a phone in another form."""
    typed = {
        "first_name": (values.get("first_name") or "").upper(),
        "last_name": values["last_name"].lower(),
        "organization_id": values.get("organization_id"),
        "email": (values.get("email") or "").upper() or None,
    }
    phone = values.get("mobile_phone") or values.get("office_phone")
    if phone and rng.random() < 0.5:
        typed["mobile_phone"] = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    return typed


def typing_hints(services: Any, count: int, seed: int = 1) -> list[dict[str, Any]]:
    from crm_desktop.views.records.duplicate_hint import DuplicateHintPart
    from crm_desktop.views.records.record_form import RecordForm

    rng = random.Random(seed)
    last = services.lists.count(_all_contacts())
    form = RecordForm(services, "contacts")
    form.show()
    hint = next(p for p in form.parts if isinstance(p, DuplicateHintPart))
    times, cpu_times, shown = [], [], []
    for _ in range(count):
        record = _some_contact(services, rng, last)
        typed = _retyped(record, rng)
        hint.form.editors["organization_id"].set_value(typed["organization_id"], None)
        for name in ("first_name", "last_name", "email", "mobile_phone"):
            hint.form.editors[name].set_value(typed.get(name))
        cpu = time.thread_time()
        start = time.perf_counter()
        hint.look_up()
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.thread_time() - cpu) * 1000)
        shown.append(len(hint.candidates))
    form.close()
    return [
        _measurement(
            "typing hint median",
            statistics.median(times),
            None,
            runs=count,
            cpu_ms=round(statistics.median(cpu_times), 1),
        ),
        _measurement(
            "typing hint worst",
            max(times),
            HINT_LIMIT_MS,
            runs=count,
            cpu_ms_worst=round(max(cpu_times), 1),
            records_shown_median=statistics.median(shown),
        ),
    ]


def _all_contacts() -> Any:
    from crm_desktop.services.records.lists import ListQuery

    return ListQuery("contacts")


def _some_contact(services: Any, rng: random.Random, last: int) -> dict[str, Any]:
    from crm_desktop.errors import NotFound

    while True:
        try:
            return services.records.get("contacts", rng.randint(1, last)).values
        except NotFound:
            continue


def contacts_database(records: int) -> Path:
    """``records`` demo contacts and their organizations, made once and reused."""
    import sqlite3
    from contextlib import closing

    from bench_lists import open_services

    from crm_desktop.demo.generator import CONTACTS_PER_BATCH, DemoGenerator
    from crm_desktop.services.records.bulk_insert import bulk_settings

    path = ROOT / "bench" / ".data" / f"contacts-{records}.sqlite3"
    if path.exists():
        return path
    print(f"making {records:,} demo contacts in {path} (once)", file=sys.stderr, flush=True)
    partial = path.with_suffix(".partial")
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.unlink(missing_ok=True)
    services = open_services(partial)
    tables = ("contacts", "organizations")
    marks = ", ".join("?" * len(tables))
    with closing(sqlite3.connect(partial)) as conn:
        # Indexes and full-text triggers are built again once the rows are in: sorting a
        # million keys once is far cheaper than a million inserts into each index.
        schema = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
            f"((type = 'index' AND tbl_name IN ({marks})) OR "
            f"(type = 'trigger' AND name LIKE '%fts%' AND tbl_name IN ({marks})))",
            (*tables, *tables),
        ).fetchall()
        for kind, name, _sql in schema:
            conn.execute(f"DROP {kind.upper()} {name}")
        conn.commit()
    # The demo's own batches (private to the generator: a benchmark may lean on them),
    # without the leads, opportunities and activities this benchmark does not read.
    generator = DemoGenerator(services, seed=1)
    generator._prepare()
    with bulk_settings(services.db):
        for start in range(0, records, CONTACTS_PER_BATCH):
            count = min(CONTACTS_PER_BATCH, records - start)
            counts = dict.fromkeys(("leads", "opportunities", "activities"), 0)
            batch = generator._batch({**counts, "contacts": count, "organizations": count // 4})
            with services.db.write_connection() as conn:
                generator._write(conn, batch)
            print(f"\r{start + count:,} contacts", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    services.db.close()
    with closing(sqlite3.connect(partial)) as conn:
        for _kind, _name, sql in schema:
            conn.execute(sql)
        for table in tables:
            conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
        conn.commit()
    partial.rename(path)
    return path


def run(path: Path, hints: int) -> list[dict[str, Any]]:
    from bench_lists import open_services

    app = QApplication.instance() or QApplication([])
    services = open_services(path)
    print(f"database {path}: {services.lists.count(_all_contacts()):,} contacts", flush=True)
    measurements = [
        find_duplicates(services, key) for key in ("contacts", "leads", "organizations")
    ]
    measurements += typing_hints(services, hints)
    services.db.close()
    del app
    return measurements


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="default: demo data under bench/.data/")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--hints", type=int, default=200)
    parser.add_argument("--json", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    path = args.database.absolute() if args.database else contacts_database(args.records)
    measurements = run(path, args.hints)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"measurements": measurements}, indent=2) + "\n")
    return 1 if any((m["ratio"] or 0) > 1 for m in measurements) else 0


if __name__ == "__main__":
    sys.exit(main())
