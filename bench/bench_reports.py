"""Benchmark: the reports and the pipeline board at a million contacts (run by hand).

    python bench/bench_reports.py [--database PATH] [--records N] [--runs N] [--json FILE]

The demo data of ``--records`` contacts (seed 1; 250,000 opportunities at a million) is
made once under bench/.data/ (the lists' benchmark shares it); ``--opportunities N``
copies its opportunities (and a hundred times its activities) into a copy of it until
there are N, for a machine where making a million contacts takes too long (the reports
and the board read no contacts). Measured, each the median of ``--runs``:

* each built-in report for the demo's busiest year, everyone's records, through the
  report service (SQL, the rows made into a report's table);
* the dashboard's six default tiles read and drawn (every report read, the charts made
  and painted);
* the pipeline board's first paint: a new board of the open opportunities painted, its
  heads (one GROUP BY) and the first cards of each column included.

Beside each: the processor time of the process over the same runs (every thread: the
dashboard reads on a worker), the same SQL statements, with the same parameters, run
through plain sqlite3 (caught as the program runs them), and the ratio of the clock
times. Target: each at most 1 s; over it the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from bench_lists import demo_database  # noqa: E402
from paint_timing import median_ms, paint_ms  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

LIMIT_MS = 1000.0
YEAR = "2026"


class Statements:
    """The SQL the program runs while it is on (SQLAlchemy's cursor events)."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.caught: list[tuple[str, Any]] = []
        self.on = False

        def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
            if self.on and statement.lstrip().upper().startswith("SELECT"):
                self.caught.append((statement, parameters))

        event.listen(engine, "before_cursor_execute", note)

    def during(self, action: Callable[[], Any]) -> list[tuple[str, Any]]:
        self.caught, self.on = [], True
        try:
            action()
        finally:
            self.on = False
        return self.caught


def sqlite_ms(conn: sqlite3.Connection, statements: list[tuple[str, Any]], runs: int) -> float:
    def once() -> None:
        for sql, parameters in statements:
            conn.execute(sql, parameters or ()).fetchall()

    return median_ms(lambda: _timed(once), runs)


def _timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def clock_and_cpu(measure: Callable[[], float], runs: int) -> tuple[float, float]:
    """The median of ``measure()``'s milliseconds, and the median processor milliseconds
    of the process (all its threads) over the same runs, the warm-up left out."""
    cpu: list[float] = []

    def once() -> float:
        start = time.process_time()
        ms = measure()
        cpu.append((time.process_time() - start) * 1000)
        return ms

    clock = median_ms(once, runs)
    return clock, statistics.median(cpu[1:])


def entry(name: str, timing: tuple[float, float], plain_ms: float) -> dict[str, Any]:
    ms, cpu_ms = timing
    return {
        "name": name,
        "ms": round(ms, 2),
        "cpu_ms": round(cpu_ms, 2),
        "sqlite3_ms": round(plain_ms, 2),
        "ratio": round(ms / plain_ms, 2) if plain_ms else None,
        "limit_ms": LIMIT_MS,
    }


def show(m: dict[str, Any]) -> None:
    print(
        f"{m['name']:<34} {m['ms']:>9.1f} ms   cpu {m['cpu_ms']:>9.1f} ms   "
        f"sqlite3 {m['sqlite3_ms']:>9.1f} ms   "
        f"ratio {m['ratio'] if m['ratio'] is not None else '-'}",
        flush=True,
    )


def with_opportunities(base: Path, total: int) -> Path:
    """A copy of ``base`` whose opportunities are copied until there are ``total``
    (numbers made unique), and whose activities are copied a hundred times."""
    path = base.with_name(f"{base.stem}-opportunities-{total}.sqlite3")
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    shutil.copyfile(base, partial)
    conn = sqlite3.connect(partial)
    for table, copies, unique in (("opportunities", None, "number"), ("activities", 100, "uid")):
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] != "id"]
        have = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        rounds = copies if copies is not None else -(-total // max(have, 1)) - 1
        for n in range(1, rounds + 1):
            left = total - conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            if copies is None and left <= 0:
                break
            chosen = ", ".join(f"{c} || '-{n}'" if c == unique else c for c in columns)
            limit = f" LIMIT {left}" if copies is None else ""
            conn.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"SELECT {chosen} FROM {table} WHERE id <= ? ORDER BY id{limit}",
                (have,),
            )
            conn.commit()
    conn.close()
    partial.rename(path)
    return path


def run(path: Path, runs: int) -> list[dict[str, Any]]:
    from crm_desktop.models import Database
    from crm_desktop.registry import Condition
    from crm_desktop.registry.picklists import CLOSED_STAGES
    from crm_desktop.services import Services
    from crm_desktop.services.records.types import ListQuery
    from crm_desktop.services.reports.types import REPORTS, parse_period
    from crm_desktop.views.board.board_view import BoardView
    from crm_desktop.views.dashboard.screen import DashboardScreen

    app = QApplication.instance() or QApplication([sys.argv[0]])
    services = Services.build(Database.open(path))
    statements = Statements(services.db.engine)
    plain = sqlite3.connect(path)
    period = parse_period(YEAR)
    results: list[dict[str, Any]] = []

    def add(measurement: dict[str, Any]) -> None:
        results.append(measurement)
        show(measurement)

    for name in REPORTS:
        sql = statements.during(lambda name=name: services.reports.run(name, period))
        timing = clock_and_cpu(
            lambda name=name: _timed(lambda: services.reports.run(name, period)), runs
        )
        add(entry(f"report {name}", timing, sqlite_ms(plain, sql, runs)))

    def dashboard() -> None:
        screen = DashboardScreen(services)
        screen.resize(1280, 900)
        screen.show()
        start = time.perf_counter()
        # Wait as the program's event loop does, for the next event (the worker's answer),
        # not spinning: a spinning GUI thread holds the interpreter's lock the worker needs.
        wake = QTimer()
        wake.start(100)
        while not all(t.view.isVisible() or t.empty.text() != "Reading…" for t in screen.tiles):
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.perf_counter() - start > 60:
                raise RuntimeError("the dashboard did not draw its tiles within a minute")
        screen.grab()
        screen.deleteLater()
        app.processEvents()

    sql = statements.during(dashboard)
    add(entry("dashboard, six tiles", clock_and_cpu(lambda: _timed(dashboard), runs),
              sqlite_ms(plain, sql, runs)))  # fmt: skip

    query = ListQuery("opportunities", conditions=(
        Condition("sales_stage", "not_in", CLOSED_STAGES),
    ))  # fmt: skip
    opened = services.lists.count(query)
    print(f"open opportunities: {opened:,}", flush=True)
    boards: list[BoardView] = []

    def board() -> None:
        view = BoardView(services, query)
        view.resize(1280, 800)
        view.show()
        boards.append(view)

    def first_paint() -> float:
        ms = paint_ms(board, lambda: boards[-1].columns[0].cards.viewport())
        boards.pop().deleteLater()
        app.processEvents()
        return ms

    sql = statements.during(lambda: (first_paint(), None))
    add(entry("board, first paint", clock_and_cpu(first_paint, runs), sqlite_ms(plain, sql, runs)))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="default: demo data under bench/.data/")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--opportunities", type=int, help="copy them until there are N")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="write the measurements to this file")
    args = parser.parse_args(argv)
    path = args.database.absolute() if args.database else demo_database(args.records)
    if args.opportunities:
        path = with_opportunities(path, args.opportunities)
    results = run(path, args.runs)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if any(m["ms"] > m["limit_ms"] for m in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
