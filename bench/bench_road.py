"""Benchmark: road copies (run by hand).

    python bench/bench_road.py [--contacts N] [--json FILE]

An office database of N demonstration contacts (100,000 by default, with organizations,
leads, deals, quotes and activities in proportion) is made once in a temporary folder;
then, each beside its limit:

* taking a copy of it along (everything, as an administrator) beside a plain copy of the
  same file (``shutil.copyfile``, then flushed to the disk as the copy is): at most 2 x;
* a sync after a day on the road: 200 contacts changed in the copy and 200 others in the
  office: at most 2 s;
* a sync after a month away: 10,000 changes on each side, with the progress it reports.

Clock and CPU time of this process (SQLite runs in it) are both given: the machine is
shared, and its clock times move with the load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from crm_desktop.demo.generator import DemoGenerator  # noqa: E402
from crm_desktop.models import Database  # noqa: E402
from crm_desktop.services import Services  # noqa: E402
from crm_desktop.services.records.tables import table_of  # noqa: E402
from crm_desktop.services.road.sync import sync  # noqa: E402
from crm_desktop.services.road.take_along import take_along  # noqa: E402

TAKE_LIMIT = 2.0
DAY_LIMIT_S = 2.0


def _timed(action: Any) -> tuple[float, float, Any]:
    """(clock s, CPU s, result) of ``action()``."""
    clock, cpu = time.perf_counter(), time.process_time()
    result = action()
    return time.perf_counter() - clock, time.process_time() - cpu, result


def _plain_copy(source: Path, folder: Path) -> None:
    """The same file copied and flushed to the disk, as the copy taken along is."""
    target = folder / "plain.sqlite3"
    shutil.copyfile(source, target)
    with target.open("rb+") as copied:
        os.fsync(copied.fileno())


def _contact_ids(services: Services, count: int, skip: int) -> list[int]:
    table = table_of(services.registry.get("contacts"))
    with services.db.read() as session:
        query = select(table.c.id).order_by(table.c.id).offset(skip).limit(count)
        return list(session.scalars(query))


def _change(services: Services, ids: list[int], title: str) -> None:
    for record_id in ids:
        record = services.records.get("contacts", record_id)
        services.records.update("contacts", record_id, record.version, {"title": title})


def _sync_after(office: Services, laptop: Services, changes: int, skip: int) -> dict[str, Any]:
    _change(laptop, _contact_ids(laptop, changes, skip), "Trưởng phòng")
    _change(office, _contact_ids(office, changes, skip + changes), "Kế toán")
    steps: list[tuple[float, str]] = []
    start = time.perf_counter()
    clock, cpu, result = _timed(
        lambda: sync(
            laptop.db, office.db, lambda step: steps.append((time.perf_counter() - start, step))
        )
    )
    return {
        "changes_each_side": changes,
        "clock_s": round(clock, 3),
        "cpu_s": round(cpu, 3),
        "sent": result.sent,
        "received": result.received,
        "progress": [f"{at:.2f} s {step}" for at, step in steps],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results: dict[str, Any] = {"contacts": args.contacts}
    with tempfile.TemporaryDirectory() as folder:
        office_path = Path(folder) / "office.sqlite3"
        office = Services.build(Database.open(office_path))
        print(f"making an office of {args.contacts:,} contacts…", flush=True)
        DemoGenerator(office, seed=7).generate(args.contacts)
        plain_clock, plain_cpu, _ = _timed(lambda: _plain_copy(office_path, Path(folder)))
        laptop_path = Path(folder) / "laptop.sqlite3"
        take_clock, take_cpu, _ = _timed(
            lambda: take_along(office.db, office.registry, office.access, laptop_path)
        )
        results["take_along"] = {
            "clock_s": round(take_clock, 3),
            "cpu_s": round(take_cpu, 3),
            "plain_copy_clock_s": round(plain_clock, 3),
            "plain_copy_cpu_s": round(plain_cpu, 3),
            "ratio": round(take_clock / plain_clock, 2),
            "limit_ratio": TAKE_LIMIT,
        }
        print("take along:", results["take_along"], flush=True)
        laptop = Services.build(Database.open(laptop_path, create=False))
        results["day"] = {**_sync_after(office, laptop, 200, 0), "limit_s": DAY_LIMIT_S}
        print("a day on the road:", results["day"], flush=True)
        laptop = Services.build(laptop.db)
        results["month"] = _sync_after(office, laptop, 10_000, 1_000)
        print("a month away:", results["month"], flush=True)
        laptop.db.close()
        office.db.close()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
