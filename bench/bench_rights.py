"""Benchmark: a staff member's contacts list beside the administrator's (run by hand).

    python bench/bench_rights.py [--database PATH] [--records N] [--runs N] [--json FILE]

The database is an office made by ``crm-desktop demo --records N --users 9`` (seed 1): a
manager and nine staff own the records in turn, and contacts are private, so a staff
member sees a tenth of them through the visibility condition (``owner_id IN (...)``) in
every statement of the list. Without --database it is made once under bench/.data/.

Measured, the administrator's and the staff member's taking turns run by run: the first
screen (a new ListPanel painted, count and first rows included) and a sort by each column
(request to the first screen painted), as bench_lists.py measures them; and, without Qt,
the count and the first page of the list by each sortable column (shown only). Target:
the staff member's first screen and sorts within 1.5 x the administrator's ("ratio" =
staff ms / (1.5 x admin ms); over 1: missed, and the exit status is 1).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from bench_lists import (  # noqa: E402
    ASC,
    SIZE,
    TYPE,
    discard,
    interleaved_ms,
    paint_ms,
    temp_settings,
)
from PySide6.QtWidgets import QApplication  # noqa: E402

FACTOR = 1.5
PASSWORD = "demo"
STAFF = "staff1"


def office_database(records: int) -> Path:
    path = ROOT / "bench" / ".data" / f"rights-{records}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        print(f"making an office of {records:,} demo contacts in {path} (once)", file=sys.stderr)
        path.parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "CRM_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
        subprocess.run(
            [sys.executable, "-m", "crm_desktop", "demo", "--database", str(partial),
             "--records", str(records), "--users", "9", "--seed", "1"],
            check=True, env=env,
        )  # fmt: skip
        partial.rename(path)
    return path


def entry(
    name: str, admin_ms: float, staff_ms: float, *, target: bool = True, **beside: Any
) -> dict[str, Any]:
    """A measurement; ``target``: held to FACTOR x the administrator's (else shown only)."""
    limit = FACTOR * admin_ms if target else None
    return {
        "name": name,
        "ms": round(staff_ms, 2),
        "limit_ms": round(limit, 2) if limit else None,
        "ratio": round(staff_ms / limit, 3) if limit else None,
        "admin_ms": round(admin_ms, 2),
        **beside,
    }


def show(m: dict[str, Any]) -> None:
    ratio = f"{m['ratio']:.2f}" if m["ratio"] is not None else "-"
    print(
        f"{m['name']:<40} staff {m['ms']:>8.2f} ms   admin {m['admin_ms']:>8.2f} ms   "
        f"ratio {ratio}",
        flush=True,
    )


def run(path: Path, runs: int) -> list[dict[str, Any]]:
    from crm_desktop.models import Database
    from crm_desktop.services import Services
    from crm_desktop.services.records.lists import ListQuery
    from crm_desktop.services.users import login
    from crm_desktop.views.records.list_model import FIRST_ROWS
    from crm_desktop.views.records.list_view import ListPanel

    results: list[dict[str, Any]] = []

    def add(measurement: dict[str, Any]) -> None:
        results.append(measurement)
        show(measurement)

    _app = QApplication.instance() or QApplication([sys.argv[0]])
    db = Database.open(path)
    admin = Services.build(db, user_id=login(db, "admin", PASSWORD))
    staff = Services.build(db, user_id=login(db, STAFF, PASSWORD))
    folder = tempfile.TemporaryDirectory()
    settings = temp_settings(folder.name)
    both = (admin, staff)
    counts = [s.lists.count(ListQuery(TYPE)) for s in both]
    print(f"contacts: the administrator sees {counts[0]:,}, {STAFF} {counts[1]:,}", flush=True)

    # Without Qt: the count and the first page by each sortable column.
    record_type = admin.registry.get(TYPE)
    for spec in record_type.column_fields:
        if not spec.sortable:
            continue
        query = ListQuery(TYPE, sort_field=spec.name)

        def read(services: Any, query: ListQuery = query) -> float:
            start = time.perf_counter()
            total = services.lists.count(query)
            services.lists.page(query, 0, FIRST_ROWS, total=total)
            return (time.perf_counter() - start) * 1000

        admin_ms, staff_ms = interleaved_ms([lambda: read(admin), lambda: read(staff)], runs)
        # Shown, not held to the target: the administrator's count of an unfiltered list
        # is one row of record_counts, the staff member's a count of their rows.
        add(entry(f"count_and_first_page_by_{spec.name}", admin_ms, staff_ms, target=False))

    # With Qt: a new list panel painted, and each column sorted.
    panels: list[ListPanel] = []

    def first_screen(services: Any) -> float:
        def make() -> None:
            panel = ListPanel(services, TYPE, settings)
            panel.resize(*SIZE)
            panel.show()
            panels.append(panel)

        ms = paint_ms(make, lambda: panels[-1].table.viewport())
        discard(panels.pop())
        return ms

    admin_ms, staff_ms = interleaved_ms(
        [lambda: first_screen(admin), lambda: first_screen(staff)], max(runs, 15)
    )
    add(entry("first_screen_painted", admin_ms, staff_ms, count=counts[1]))

    shown = []
    for services in both:
        panel = ListPanel(services, TYPE, settings)
        panel.resize(*SIZE)
        paint_ms(panel.show, panel.table.viewport)
        shown.append(panel)
    columns = shown[0].table.record_model().columnCount()
    for column in range(columns):
        name = shown[0].table.record_model().field_at(column).name
        other = column + 1 if column + 1 < columns else 0

        def sort(panel: ListPanel, column: int = column, other: int = other) -> float:
            table = panel.table
            paint_ms(lambda: table.sortByColumn(other, ASC), table.viewport)
            return paint_ms(lambda: table.sortByColumn(column, ASC), table.viewport)

        admin_ms, staff_ms = interleaved_ms([lambda: sort(shown[0]), lambda: sort(shown[1])], runs)
        add(entry(f"sort_by_{name}", admin_ms, staff_ms))
    for panel in shown:
        discard(panel)
    db.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="default: demo office under bench/.data/")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    path = args.database.absolute() if args.database else office_database(args.records)
    measurements = run(path, args.runs)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"measurements": measurements}, indent=2) + "\n")
    return 1 if any((m["ratio"] or 0) > 1 for m in measurements) else 0


if __name__ == "__main__":
    sys.exit(main())
