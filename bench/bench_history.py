"""Benchmark: what keeping the history costs a save (run by hand).

    python bench/bench_history.py [--saves N] [--json FILE]

Saves through the record service on one SQLite file (the program's own settings:
``synchronous=FULL``, a write transaction each), with the history written and without
it (``record_history`` writing nothing, as a program without history), taking turns
save by save. Two kinds of save: a contact created with six fields (every field goes
into the history), and a contact saved with two fields changed, one of them its
organization (the history keeps the organization's name).

Measured in CPU time of this process (SQLite runs in it), as bench_record_counts.py
does: a save's clock time here is mostly the disk's flush (about 35 ms on the shared
machine, moving by more than the history costs), the same with or without the history.
The target: the median of the differences between a save with history and the next
one without, at most 2 ms. The clock-time medians are reported beside it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crm_desktop.models import Database  # noqa: E402
from crm_desktop.services import Services  # noqa: E402
from crm_desktop.services.history import record_history  # noqa: E402

LIMIT_MS = 2.0


def _timed(action: Callable[[], Any]) -> tuple[float, float]:
    """(CPU, clock) milliseconds of ``action``."""
    cpu, clock = time.process_time(), time.perf_counter()
    action()
    return (time.process_time() - cpu) * 1000, (time.perf_counter() - clock) * 1000


def measure(services: Services, saves: int) -> dict[str, dict[str, list[tuple[float, float]]]]:
    """(CPU, clock) milliseconds of each save, by kind of save and with/without history."""
    records = services.records
    orgs = [records.create("organizations", {"name": name}).id for name in ("Sao Mai", "Hoa Sen")]
    contact = records.create("contacts", {"last_name": "Đỗ", "organization_id": orgs[0]})
    write, changes = record_history.write, record_history.field_changes
    times: dict[str, dict[str, list[tuple[float, float]]]] = {
        kind: {"with": [], "without": []} for kind in ("create", "save")
    }
    for i in range(saves * 2):
        kept = i % 2 == 0
        if not kept:  # as a program that keeps no history
            record_history.write = lambda *_args, **_kwargs: None  # type: ignore[assignment]
            record_history.field_changes = lambda *_args, **_kwargs: []  # type: ignore[assignment]
        try:
            side = "with" if kept else "without"
            new = {
                "first_name": "Minh",
                "last_name": f"Nguyễn {i}",
                "email": f"minh{i}@example.vn",
                "title": "Kế toán",
                "organization_id": orgs[i % 2],
                "mailing_city": "Đà Nẵng",
            }
            times["create"][side].append(_timed(partial(records.create, "contacts", new)))
            changed = {"title": f"Kế toán {i}", "organization_id": orgs[(i + 1) % 2]}
            save = partial(records.update, "contacts", contact.id, contact.version, changed)
            times["save"][side].append(_timed(save))
            contact = records.get("contacts", contact.id)
        finally:
            record_history.write, record_history.field_changes = write, changes  # type: ignore[misc]
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", metavar="N", type=int, default=300, help="saves of each kind")
    parser.add_argument("--json", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "crm.sqlite3")
        try:
            times = measure(Services.build(db), args.saves)
        finally:
            db.close()
    measurements = []
    for kind, sides in times.items():
        pairs = list(zip(sides["with"], sides["without"], strict=True))
        extra = statistics.median(kept[0] - bare[0] for kept, bare in pairs)
        cpu_with = statistics.median(cpu for cpu, _ in sides["with"])
        clock_with = statistics.median(clock for _, clock in sides["with"])
        clock_without = statistics.median(clock for _, clock in sides["without"])
        measurements.append(
            {
                "name": f"history's cost of a {kind} (CPU, median of the differences)",
                "ms": round(extra, 3),
                "limit_ms": LIMIT_MS,
                "ratio": round(extra / LIMIT_MS, 3),
                "cpu_median_with_ms": round(cpu_with, 3),
                "clock_median_with_ms": round(clock_with, 3),
                "clock_median_without_ms": round(clock_without, 3),
                "saves": len(pairs),
            }
        )
        print(
            f"{kind}: history costs {extra:+.2f} ms CPU (limit {LIMIT_MS} ms) of {cpu_with:.2f};"
            f" clock {clock_with:.1f} ms with, {clock_without:.1f} ms without",
            flush=True,
        )
    results = {"measurements": measurements}
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if any(m["ratio"] > 1 for m in measurements) else 0


if __name__ == "__main__":
    sys.exit(main())
