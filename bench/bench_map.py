"""Benchmark: the customer map at 100,000 organizations (run by hand).

    python bench/bench_map.py [--organizations N] [--runs N] [--json FILE]

Demo data of 4,000 contacts (seed 1: 1,000 organizations in Vietnam, Brazil, Iceland and
the United States, each at its own latitude and longitude) is made once under
bench/.data/, and its organizations copied until there are ``--organizations`` (100,000
by default), each copy a few hundred metres from the one it copies, so that they stand
at as many places. Measured, the median of ``--runs``:

* the map: the organizations counted in SQL per cell of the fitted zoom (on the screen's
  worker thread, as a user's reading is), the markers made, grouped at the zoom and
  painted with the countries' outlines: from ``MapScreen.load()`` to the end of the
  first paint of the map showing them, and the processor time of the process. The
  gazetteer is read before (it is read once per process, the first time a map is shown:
  a few seconds);
* the outlines alone: painting the world with no marker.

Beside the map: the same SQL statements, with the same parameters, run through plain
sqlite3 (caught as the program runs them), and the ratio of the two. Target: at most 1 s;
over it the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from bench_lists import demo_database  # noqa: E402
from bench_reports import LIMIT_MS, Statements, clock_and_cpu, entry, show, sqlite_ms  # noqa: E402
from paint_timing import median_ms, paints_ms  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

#: the demo's contacts: a thousand organizations to copy
DEMO_CONTACTS = 4000


def with_organizations(base: Path, total: int) -> Path:
    """A copy of ``base`` whose organizations are copied until there are ``total``, the
    n-th copy of each moved n × 0.002° north-east (numbers made unique)."""
    path = base.with_name(f"{base.stem}-organizations-{total}.sqlite3")
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    shutil.copyfile(base, partial)
    conn = sqlite3.connect(partial)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(organizations)") if r[1] != "id"]
    have = conn.execute("SELECT count(*) FROM organizations").fetchone()[0]
    for n in range(1, -(-total // have)):
        left = total - conn.execute("SELECT count(*) FROM organizations").fetchone()[0]
        if left <= 0:
            break
        moved = {
            "number": f"number || '-{n}'",
            "latitude": f"latitude + {n * 0.002}",
            "longitude": f"longitude + {n * 0.002}",
        }
        chosen = ", ".join(moved.get(c, c) for c in columns)
        conn.execute(
            f"INSERT INTO organizations ({', '.join(columns)}) "
            f"SELECT {chosen} FROM organizations WHERE id <= ? ORDER BY id LIMIT {left}",
            (have,),
        )
        conn.commit()
    conn.close()
    partial.rename(path)
    return path


def run(path: Path, runs: int) -> list[dict[str, Any]]:
    from crm_desktop.models import Database
    from crm_desktop.services import Services
    from crm_desktop.services.places.gazetteer import gazetteer
    from crm_desktop.views.map.canvas import MapView
    from crm_desktop.views.map.screen import MapScreen

    app = QApplication.instance() or QApplication([])
    gazetteer()
    services = Services.build(Database.open(path))
    caught = Statements(services.db.engine)
    screen = MapScreen(services, QSettings(str(path) + ".ini", QSettings.Format.IniFormat))
    screen.resize(1200, 760)
    screen.show()
    viewport = screen.map.viewport
    results: list[dict[str, Any]] = []

    def shown() -> float:
        (ms,) = paints_ms(screen.load, viewport, [("the map painted", lambda: not screen.busy())])
        return ms

    def read() -> None:
        paints_ms(screen.load, viewport, [("the map painted", lambda: not screen.busy())])

    statements = caught.during(read)
    placed = sum(pin.count for pin in screen.data.pins)
    map_timing = clock_and_cpu(shown, runs)
    conn = sqlite3.connect(path)
    results.append(
        entry(f"map of {placed:,} organizations", map_timing, sqlite_ms(conn, statements, runs))
    )
    show(results[-1])

    world = MapView()
    world.resize(screen.map.size())
    world.show()
    world.show_places([], [], fit=True)
    app.processEvents()
    outlines_ms = median_ms(
        lambda: paints_ms(
            world.viewport().update, world.viewport, [("the world painted", lambda: True)]
        )[0],
        runs,
    )
    results.append(
        {"name": "outlines of the world painted", "ms": round(outlines_ms, 2), "limit_ms": LIMIT_MS}
    )
    print(f"{results[-1]['name']:<34} {outlines_ms:>9.1f} ms", flush=True)
    screen.shutdown()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organizations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="write the measurements to this file")
    args = parser.parse_args(argv)
    path = with_organizations(demo_database(DEMO_CONTACTS), args.organizations)
    results = run(path, args.runs)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if any(m["ms"] > m["limit_ms"] for m in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
