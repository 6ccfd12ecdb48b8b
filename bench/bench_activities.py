"""Benchmark: the calendar, "my work today", the reminders and a record's activities at
about half a million activities (run by hand).

    python bench/bench_activities.py [--database FILE] [--activities N] [--runs N]
                                     [--starts N] [--json FILE]

The database is a demo of 2,000 contacts with activities added in bulk as the demo makes
them (a year of them, one owner: a single-user file of a million contacts has as many);
``--database`` keeps it for the next run. Each view is measured from the action that
shows it to the end of its paint (median of ``--runs``), the dates taking turns so that
every run reads its window again:

* the calendar's month, week and day views, today's and another month's;
* "My work today";
* the reminders' check (a read without a paint: the list comes up only with new ones);
* an organization's Activities tab, the organization with the most of them.

Beside each, its limit: the same statements run through plain sqlite3 plus a bare Qt
view painting as many rows (a QTableView over a QStandardItemModel), and the ratio of the
two. The target is 50 ms for each. Start-up (the main window painted, in a fresh
process, bench/fresh_process.py) is compared with the same file without the activities.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fresh_process import run_child  # noqa: E402
from paint_timing import discard, paint_ms, static_table  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import event, func, select  # noqa: E402

from crm_desktop.demo.activities import add_demo_activities  # noqa: E402
from crm_desktop.demo.generator import DemoGenerator  # noqa: E402
from crm_desktop.models import Database  # noqa: E402
from crm_desktop.models.activities import Activity  # noqa: E402
from crm_desktop.models.entities import Contact, Organization  # noqa: E402
from crm_desktop.services import Services  # noqa: E402

TARGET_MS = 50.0
CONTACTS = 2000
SIZE = (1100, 700)
UTC = dt.UTC


def build_file(path: Path, activities: int, now: dt.datetime) -> None:
    """A demo of CONTACTS contacts, then activities in bulk up to ``activities``."""
    db = Database.open(path)
    try:
        services = Services.build(db)
        DemoGenerator(services, seed=1).generate(CONTACTS)
        with db.read() as session:
            contacts = list(session.scalars(select(Contact.id)))
            orgs = list(session.scalars(select(Organization.id)))
            made = session.execute(select(func.count()).select_from(Activity)).scalar_one()
        me = services.records.user_id
        more = activities - made
        add_demo_activities(db, services.registry, contacts, orgs, [me], now=now, count=more)
    finally:
        db.close()


def without_activities(path: Path, copy: Path) -> None:
    """``copy``: the file at ``path`` with the activities of the bulk part removed, to
    compare start-up with (the demo's own thousand stay)."""
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy)
    try:
        conn.execute("DELETE FROM activities WHERE id > ?", (CONTACTS // 2,))
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()


@contextmanager
def statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """The reads run inside the block, with their parameters."""
    found: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            found.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        yield found
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


def plain_ms(path: Path, found: list[tuple[str, Any]], runs: int) -> tuple[float, int]:
    """The median milliseconds of running ``found`` through plain sqlite3, and the rows."""
    conn = sqlite3.connect(path)
    try:
        times, rows = [], 0
        for _ in range(runs + 1):
            start = time.perf_counter()
            rows = sum(len(conn.execute(sql, params).fetchall()) for sql, params in found)
            times.append((time.perf_counter() - start) * 1000)
        return statistics.median(times[1:]), rows
    finally:
        conn.close()


def bare_ms(rows: int, runs: int) -> float:
    """A bare Qt view on screen given ``rows`` rows of four texts, to its paint."""
    view = static_table([["", "", "", ""]])
    view.resize(*SIZE)
    view.show()

    def fill() -> None:
        model = QStandardItemModel(max(rows, 1), 4, view)
        for r in range(max(rows, 1)):
            for c, text in enumerate((f"09:00 {r}", "Meeting", f"Subject {r}", "Planned")):
                model.setItem(r, c, QStandardItem(text))
        view.setModel(model)

    try:
        fill()
        return statistics.median(paint_ms(fill, view.viewport) for _ in range(runs))
    finally:
        discard(view)


def measured(
    services: Services,
    path: Path,
    name: str,
    actions: list[Callable[[], Any]],
    viewport: Callable[[], QWidget] | None,
    shown: Callable[[], int],
    runs: int,
) -> dict[str, Any]:
    """One view: its actions taking turns, each timed to the end of the paint that follows
    (``viewport`` None: the action alone), beside the limit."""
    clock, cpu = [], []
    for i in range(runs + len(actions)):
        action = actions[i % len(actions)]
        started, used = time.perf_counter(), time.process_time()
        if viewport is None:
            action()
        else:
            paint_ms(action, viewport)
        if i >= len(actions):  # each action once to warm up
            clock.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
    with statements(services.db) as found:
        actions[0]()
    items = shown()
    sql_ms, rows = plain_ms(path, found, runs)
    view_ms = bare_ms(items, runs) if viewport is not None else 0.0
    ours = statistics.median(clock)
    limit = sql_ms + view_ms
    result = {
        "name": name,
        "ms": round(ours, 2),
        "cpu_ms": round(statistics.median(cpu), 2),
        "target_ms": TARGET_MS,
        "limit_ms": round(limit, 2),
        "ratio": round(ours / limit, 2) if limit else None,
        "plain_sqlite3_ms": round(sql_ms, 2),
        "bare_qt_view_ms": round(view_ms, 2),
        "statements": len(found),
        "rows_read": rows,
        "items_shown": items,
    }
    print(
        f"{name}: {ours:.1f} ms, CPU {result['cpu_ms']:.1f} (target {TARGET_MS:g}); "
        f"limit {limit:.1f} ms "
        f"(sqlite3 {sql_ms:.1f} + bare view {view_ms:.1f}), {len(found)} statements, "
        f"{rows} rows read, {items} shown",
        flush=True,
    )
    return result


def views(path: Path, now: dt.datetime, runs: int) -> tuple[int, list[dict[str, Any]]]:
    """The number of activities, and each view's measurement."""
    from crm_desktop.views.activities.history import ActivityHistoryPage
    from crm_desktop.views.calendar.view import CalendarScreen

    db = Database.open(path)
    services = Services.build(db)
    results = []
    with db.read() as session:
        count = session.execute(select(func.count()).select_from(Activity)).scalar_one()
    screen = CalendarScreen(services, zone_name="UTC", clock=lambda: now)
    screen.resize(*SIZE)
    screen.show()
    try:
        today = now.date()
        days = (today, today - dt.timedelta(days=35))
        pages = {
            "month": screen.month.calendar.view.viewport,
            "week": lambda: screen.week.canvas,
            "day": lambda: screen.day.canvas,
        }
        for mode, viewport in pages.items():

            def shown(mode: str = mode) -> int:
                if mode == "month":
                    return screen.month.day_list.count()
                return sum(len(items) for items in screen.days.values())

            actions = [lambda d=d, m=mode: screen.show_date(d, m) for d in days]
            results.append(
                measured(services, path, f"calendar, {mode}", actions, viewport, shown, runs)
            )
        work = screen.work.viewport
        results.append(
            measured(
                services,
                path,
                "my work today",
                [lambda: screen.set_mode("today")],
                work,
                lambda: (
                    screen.work.topLevelItemCount()
                    + sum(screen.work.topLevelItem(i).childCount() for i in range(3))
                ),
                runs,
            )
        )
        reminders = services.reminders(UTC)
        results.append(
            measured(
                services,
                path,
                "reminders' check",
                [lambda: reminders.due(now), lambda: reminders.due(now + dt.timedelta(hours=1))],
                None,
                lambda: len(reminders.due(now)),
                runs,
            )
        )
        with db.read() as session:
            busiest = session.execute(
                select(Activity.related_id)
                .where(Activity.related_type == "organizations")
                .group_by(Activity.related_id)
                .order_by(func.count().desc())
                .limit(2)
            ).scalars()
            orgs = list(busiest)
        organizations = services.registry.get("organizations")
        tab = next(t for t in organizations.related if t.page == "activity_history")
        page = ActivityHistoryPage(services, tab, "organizations", clock=lambda: now)
        page.resize(*SIZE)
        page.show()
        results.append(
            measured(
                services,
                path,
                "an organization's activities, the busiest",
                [lambda o=o: page.set_record(o) for o in orgs],
                page.table.viewport,
                lambda: (
                    page.table.rowAt(page.table.viewport().height() - 2) + 1
                    or page.model.rowCount()
                ),
                runs,
            )
        )
        discard(page)
    finally:
        discard(screen)
        db.close()
    return count, results


def start_up(path: Path, runs: int) -> dict[str, Any]:
    """The main window's start (fresh processes), with the activities and without them."""
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "without.sqlite3"
        without_activities(path, bare)
        ours, without = [], []
        for _ in range(runs):
            ours.append(run_child(path, False)["start_to_paint_ms"])
            without.append(run_child(bare, False)["start_to_paint_ms"])
    with_ms, without_ms = statistics.median(ours), statistics.median(without)
    print(
        f"start-up: {with_ms:.0f} ms with the activities, {without_ms:.0f} ms without",
        flush=True,
    )
    return {
        "name": "start-up to the main window's paint (fresh process)",
        "ms": round(with_ms, 1),
        "without_activities_ms": round(without_ms, 1),
        "ratio": round(with_ms / without_ms, 2),
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", metavar="FILE", type=Path)
    parser.add_argument("--activities", metavar="N", type=int, default=500_000)
    parser.add_argument("--runs", metavar="N", type=int, default=9)
    parser.add_argument("--starts", metavar="N", type=int, default=3, help="fresh starts")
    parser.add_argument("--json", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    now = dt.datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as folder:
        path = args.database or Path(folder) / "activities.sqlite3"
        if not path.exists():
            started = time.perf_counter()
            build_file(path, args.activities, now)
            print(f"built {path} in {time.perf_counter() - started:.0f} s", flush=True)
        count, measurements = views(path, now, args.runs)
        if args.starts:
            measurements.append(start_up(path, args.starts))
    del app
    results = {"activities": count, "measurements": measurements}
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if any(m.get("target_ms", m["ms"]) < m["ms"] for m in measurements) else 0


if __name__ == "__main__":
    sys.exit(main())
