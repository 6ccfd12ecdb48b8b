"""Benchmark: a 20 MB document attached and opened, beside a plain copy of the file.

    python bench/bench_documents.py [--runs N] [--size-mb N] [--url URL] [--json FILE]

Each measurement is the median of N runs (default 5) after one warm-up run, on a new
SQLite file in a temporary folder (or the PostgreSQL database of --url, whose documents
the run adds to):

* ``plain_copy``: the file copied to another file (shutil.copyfile), the floor;
* ``attach``: the file read and kept as a new document on an organization
  (DocumentService.attach: one write transaction, the bytes in ``document_contents``);
* ``open``: the newest version read from the database and written to a temporary file,
  as "Open" does before the system's program is asked to show it;
* ``list_page``: the first page of the documents list (no blob is read).

Targets, for a user who drops a 20 MB file or double-clicks it: attached within 1.5 s,
opened (handed to the system's program) within 1 s, and a list page within 50 ms while
the database holds the files ("ratio" = measured / target; over 1: missed, and the exit
status is 1). The plain copy is shown for scale.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crm_desktop.models import Database  # noqa: E402
from crm_desktop.services import Services  # noqa: E402
from crm_desktop.services.records.lists import ListQuery  # noqa: E402


def _median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(folder: Path, target: str, size_mb: int, runs: int) -> dict[str, float]:
    source = folder / "bản vẽ thiết kế.bin"
    source.write_bytes(os.urandom(size_mb * 1024 * 1024))
    services = Services.build(Database.open(target))
    try:
        services.documents.set_size_limit_mb(max(25, size_mb + 1))
        org = services.records.create("organizations", {"name": "Công ty Sao Mai"})
        copies = iter(range(10_000))
        plain = _median_ms(
            lambda: shutil.copyfile(source, folder / f"copy-{next(copies)}.bin"), runs
        )
        kept: list[int] = []

        def attach() -> None:
            kept.append(services.documents.attach(source, "organizations", org.id).id)

        attach_ms = _median_ms(attach, runs)
        opened: list[Path] = []
        open_ms = _median_ms(
            lambda: opened.append(services.documents.copy_to_temporary(kept[0])), runs
        )
        for path in opened:
            assert path.stat().st_size == size_mb * 1024 * 1024
            shutil.rmtree(path.parent, ignore_errors=True)
        list_ms = _median_ms(lambda: services.lists.page(ListQuery("documents"), 0, 64), runs)
    finally:
        services.db.close()
    return {"plain_copy": plain, "attach": attach_ms, "open": open_ms, "list_page": list_ms}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size-mb", type=int, default=20)
    parser.add_argument("--url", help="a PostgreSQL database instead of a new SQLite file")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-documents-") as temp:
        folder = Path(temp)
        target = args.url or str(folder / "crm.sqlite3")
        results = measure(folder, target, args.size_mb, args.runs)
    limits = {"attach": 1500.0, "open": 1000.0, "list_page": 50.0}
    print(f"{args.size_mb} MB, median of {args.runs} runs")
    print(f"{'measurement':<12} {'ms':>9} {'limit ms':>9} {'ratio':>6}")
    missed = False
    for name, ms in results.items():
        limit = limits.get(name)
        ratio = ms / limit if limit else None
        missed = missed or (ratio is not None and ratio > 1)
        shown = (
            f"{limit:9.1f} {ratio:6.2f}" if limit and ratio is not None else f"{'–':>9} {'–':>6}"
        )
        print(f"{name:<12} {ms:9.1f} {shown}")
    if args.json:
        measurements = [
            {
                "name": name,
                "ms": round(ms, 1),
                "limit_ms": limits.get(name),
                "ratio": round(ms / limits[name], 2) if name in limits else None,
            }
            for name, ms in results.items()
        ]
        args.json.write_text(json.dumps({"measurements": measurements}, indent=2))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
