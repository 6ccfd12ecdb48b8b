"""Benchmark: the contacts list on a database of a million contacts (run by hand, not in CI).

    python bench/bench_lists.py [--database PATH] [--records N] [--runs N] [--json FILE]
                                [--wait-seconds S]

Without --database the demo data (--records contacts, seed 1) is made once under
bench/.data/ and reused. Every time is from the action to the table's viewport painted
(the paint event handled), on the offscreen platform, the median of --runs after one
warm-up. Each stands beside the same SQL run through plain sqlite3 ("x_sqlite") and
beside a static 100-row QStandardItemModel in the same QTableView setup ("x_static").
Targets: first screen <= 1.5x the static paint; jump to the end <= 100 ms with a peak
RSS <= 150 MB; every sort <= 50 ms. "ratio" is ms / limit_ms (over 1: target missed).
The start-up and the peak memory are measured in fresh processes; the OS file cache is
warm in every measurement (the database was read just before). Each measurement is
printed as soon as it is made; a paint or a selection that does not come within
--wait-seconds (default 60) stops the benchmark with a sentence saying which (exit 2).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QWidget  # noqa: E402

TYPE = "contacts"
SIZE = (1100, 700)  # the list panel's size: about 25 rows on screen
TERMS = ("nguyen", "joão", "þórður", "smith", "ng")
FIRST_SCREEN_FACTOR = 1.5
FIRST_SCREEN_RUNS = 15
JUMP_LIMIT_MS = 100.0
RSS_LIMIT_MB = 150.0
SORT_LIMIT_MS = 50.0
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


# -- painting ---------------------------------------------------------------------------------
#: No wait of the benchmark lasts longer: a paint or a selection that never comes fails the
#: benchmark with a sentence saying which, instead of spinning for ever (--wait-seconds).
WAIT_SECONDS = 60.0
#: A fresh process (start-up, peak memory) gets this long to paint, jump and exit.
CHILD_SECONDS = 300.0


EXIT_TIMEOUT = 2


class BenchTimeout(RuntimeError):
    """Something the benchmark waits for did not come before its deadline."""


class _PaintWatch(QObject):
    """Notes a paint of ``widget`` during which ``shows()`` holds (any paint by default)."""

    def __init__(self, widget: QWidget, shows: Callable[[], bool] = lambda: True) -> None:
        super().__init__()
        self.painted = False
        self.shows = shows
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.shows():
            self.painted = True
        return False


def wait_for(done: Callable[[], bool], what: str) -> None:
    """Deliver events until ``done()``; BenchTimeout after WAIT_SECONDS."""
    app = QApplication.instance()
    assert app is not None
    deadline = time.perf_counter() + WAIT_SECONDS
    while not done():
        if time.perf_counter() > deadline:
            raise BenchTimeout(f"{what} did not come within {WAIT_SECONDS:g} s")
        app.processEvents()  # returns after the paint it delivered is done


def paints_ms(
    action: Callable[[], Any],
    viewport: Callable[[], QWidget],
    shows: list[tuple[str, Callable[[], bool]]],
) -> list[float]:
    """Milliseconds from ``action()`` to the end of the first paint of ``viewport()`` during
    which each ``shows`` condition holds, in turn. The watches are installed as soon as the
    action returns, so a paint that comes early (with the first, or before a later wait
    starts) is not missed."""
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    start = time.perf_counter()
    action()
    widget = viewport()
    watches = [(what, _PaintWatch(widget, condition)) for what, condition in shows]
    times = []
    try:
        for what, watch in watches:
            wait_for(lambda watch=watch: watch.painted, what)
            times.append((time.perf_counter() - start) * 1000)
    finally:
        for _what, watch in watches:
            widget.removeEventFilter(watch)
    return times


def paint_ms(action: Callable[[], Any], viewport: Callable[[], QWidget]) -> float:
    """Milliseconds from ``action()`` to the end of the next paint of ``viewport()``."""
    return paints_ms(action, viewport, [("a paint of the table", lambda: True)])[0]


def selected_ms(action: Callable[[], Any], table: Any, record_id: int) -> tuple[float, float]:
    """Milliseconds from ``action()`` to the next paint of the table, and to the paint that
    shows ``record_id`` current (the same paint when the table selects it at once)."""

    def current() -> bool:
        return table.record_model().record_id(table.currentIndex().row()) == record_id

    first, shown = paints_ms(
        action,
        table.viewport,
        [
            ("a paint of the table", lambda: True),
            (f"a paint of the table with record {record_id} selected again", current),
        ],
    )
    return first, shown


def discard(widget: QWidget) -> None:
    """Close and delete a window now (no event loop runs to do it later)."""
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def median_ms(measure: Callable[[], float], runs: int, reset: Callable[[], Any] = lambda: 0):
    reset()
    measure()  # warm-up
    times = []
    for _ in range(runs):
        reset()
        times.append(measure())
    return statistics.median(times)


def interleaved_ms(measures: list[Callable[[], float]], runs: int) -> list[float]:
    """The median of each measure, the measures taking turns run by run."""
    for measure in measures:
        measure()  # warm-up
    times: list[list[float]] = [[] for _ in measures]
    for _ in range(runs):
        for measure, out in zip(measures, times, strict=True):
            out.append(measure())
    return [statistics.median(t) for t in times]


def static_table(texts: list[list[str]]) -> QTableView:
    """A QTableView over a QStandardItemModel of these texts, set up like RecordTable."""
    model = QStandardItemModel(len(texts), len(texts[0]))
    for r, row in enumerate(texts):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem(value))
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    model.setParent(view)
    return view


# -- the program's objects and their SQL -----------------------------------------------------
def open_services(path: Path) -> Any:
    from crm_desktop.models import Database
    from crm_desktop.services import Services

    return Services.build(Database.open(path))


def temp_settings(folder: str) -> QSettings:
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("main/last_view", TYPE)
    settings.sync()
    return settings


def page_sql(services: Any, query: Any, offset: int, limit: int, reverse: bool = False) -> str:
    """The SQL of ListService.page() with its values inlined, for plain sqlite3."""
    stmt = services.lists._page_select(query, reverse=reverse, offset=offset, limit=limit)
    return str(stmt.compile(services.db.engine, compile_kwargs={"literal_binds": True}))


def count_sql(services: Any, query: Any, *, counted: bool = True) -> str:
    """The SQL of ListService.count(): the kept count of an unfiltered list (``counted``),
    else ``count(*)`` of the rows the query selects."""
    from sqlalchemy import func, select

    from crm_desktop.models.record_counts import RecordCount
    from crm_desktop.services.records.service import table_of

    record_type = services.registry.get(query.record_type)
    table = table_of(record_type)
    if counted and not (query.quick or query.conditions or query.deleted):
        counts = RecordCount.__table__
        stmt = select(counts.c.live).where(counts.c.table_name == table.name)
    else:
        where = services.lists._where(record_type, query)
        stmt = select(func.count()).select_from(table).where(*where)
    return str(stmt.compile(services.db.engine, compile_kwargs={"literal_binds": True}))


def sqlite_ms(conn: sqlite3.Connection, sqls: list[str], runs: int) -> float:
    def once() -> float:
        start = time.perf_counter()
        for sql in sqls:
            conn.execute(sql).fetchall()
        return (time.perf_counter() - start) * 1000

    return median_ms(once, runs)


def temp_b_tree(conn: sqlite3.Connection, sql: str) -> bool:
    """True when the rows are sorted without an index (the outer query re-sorting the one
    page that the index-ordered subquery picked does not count)."""
    plan = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    sorts = sum("TEMP B-TREE FOR ORDER BY" in row[3] for row in plan)
    return sorts > (1 if any("MATERIALIZE" in row[3] for row in plan) else 0)


# -- fresh processes: start-up and peak memory ------------------------------------------------
def child_program(path: Path, static: bool) -> dict[str, float]:
    """Run in a fresh process: show the main window (or a static table), jump to the end."""
    out: dict[str, float] = {}
    if static:
        app = QApplication([sys.argv[0]])
        view = static_table([[f"cell {r}.{c}" for c in range(10)] for r in range(100)])
        view.resize(*SIZE)
        paint_ms(view.show, view.viewport)
    else:
        from crm_desktop.app import build_main_window, make_application

        app = make_application([sys.argv[0]])
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            services = open_services(path)
            out["open_database_ms"] = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            window = build_main_window(services, temp_settings(folder))
            out["build_window_ms"] = (time.perf_counter() - start) * 1000
            table = window.panel(TYPE).table
            out["show_to_paint_ms"] = paint_ms(window.show, table.viewport)
            out["painted_at"] = time.time()
            # Ctrl+End on a table without a current row only selects the first row (Qt's
            # QTableView::moveCursor); a user has clicked a row first, so Ctrl+Home first.
            QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
            out["jump_ms"] = paint_ms(
                lambda: QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
                table.viewport,
            )
            assert table.rowAt(table.viewport().height() - 2) == table.model().rowCount() - 1
            out["pages_fetched"] = table.record_model().pages_fetched
    out.setdefault("painted_at", time.time())
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del app
    return out


def run_child(path: Path, static: bool) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", str(path), "--wait-seconds", str(WAIT_SECONDS)]
    command += ["--static"] if static else []
    started = time.time()
    try:
        done = subprocess.run(
            command, check=True, capture_output=True, text=True, timeout=CHILD_SECONDS
        )
    except subprocess.TimeoutExpired:
        what = "a static table" if static else "the program"
        raise BenchTimeout(
            f"a fresh process showing {what} did not finish within {CHILD_SECONDS:g} s"
        ) from None
    except subprocess.CalledProcessError as exc:
        if exc.returncode == EXIT_TIMEOUT:
            failure = exc.stderr.strip().splitlines()[-1].removeprefix("bench_lists: FAILED: ")
            raise BenchTimeout(f"in a fresh process, {failure}") from None
        raise RuntimeError(f"a fresh process failed:\n{exc.stderr}") from None
    out = json.loads(done.stdout.strip().splitlines()[-1])
    out["start_to_paint_ms"] = (out["painted_at"] - started) * 1000
    return out


def median_child(path: Path, static: bool, runs: int) -> dict[str, float]:
    results = [run_child(path, static) for _ in range(runs)]
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


# -- the benchmark ----------------------------------------------------------------------------
def entry(name: str, ms: float, limit_ms: float | None, **beside: float | None) -> dict:
    result: dict[str, Any] = {"name": name, "ms": round(ms, 1), "limit_ms": limit_ms}
    result["ratio"] = round(ms / limit_ms, 3) if limit_ms else None
    for key, value in beside.items():
        if key.endswith("_ms") and value:
            result[key] = round(value, 2)
            result["x_" + key.removesuffix("_ms")] = round(ms / value, 2)
        elif value is not None:
            result[key] = round(value, 1) if isinstance(value, float) else value
    return result


def run(path: Path, runs: int) -> list[dict[str, Any]]:
    # Imported here: the static table's fresh process must not import the program.
    from crm_desktop.views.records.list_model import FIRST_ROWS, RecordTableModel
    from crm_desktop.views.records.list_view import ListPanel

    results = []

    def add(measurement: dict[str, Any]) -> None:
        results.append(measurement)
        show(measurement)

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    # (a) start-up and peak memory, fresh processes
    ours = median_child(path, False, max(runs, 5))
    static = median_child(path, True, max(runs, 5))
    start = entry(
        "start_to_main_window_painted",
        ours["start_to_paint_ms"],
        None,
        static_ms=static["start_to_paint_ms"],
    )
    add(start | {k: round(ours[k], 1) for k in ("open_database_ms", "build_window_ms")})

    _app = QApplication.instance() or QApplication([sys.argv[0]])
    services = open_services(path)
    folder = tempfile.TemporaryDirectory()
    settings = temp_settings(folder.name)
    panels: list[ListPanel] = []

    # (b) first screen: a new list panel for contacts, beside a static 100-row table
    def first_screen() -> float:
        def make() -> None:
            panel = ListPanel(services, TYPE, settings)
            panel.resize(*SIZE)
            panel.show()
            panels.append(panel)

        ms = paint_ms(make, lambda: panels[-1].table.viewport())
        discard(panels.pop())
        return ms

    panel = ListPanel(services, TYPE, settings)
    panel.resize(*SIZE)
    paint_ms(panel.show, panel.table.viewport)
    table, model = panel.table, panel.table.record_model()
    query = model.query()
    texts = [
        [model.data(model.index(r, c)) or "" for c in range(model.columnCount())]
        for r in range(100)
    ]
    static_views: list[QTableView] = []

    def static_screen() -> float:
        def make() -> None:
            view = static_table(texts)
            view.resize(table.size())
            view.show()
            static_views.append(view)

        ms = paint_ms(make, lambda: static_views[-1].viewport())
        discard(static_views.pop())
        return ms

    # The two alternate, run for run, so that a busy spell of the shared machine weighs
    # on both alike; the ratio is what the target is about.
    ms, static_ms = interleaved_ms([first_screen, static_screen], max(runs, FIRST_SCREEN_RUNS))
    first_sql = [count_sql(services, query), page_sql(services, query, 0, FIRST_ROWS)]
    count_star = [count_sql(services, query, counted=False)]
    add(
        entry(
            "first_screen_painted",
            ms,
            round(FIRST_SCREEN_FACTOR * static_ms, 1),
            static_ms=static_ms,
            sqlite_ms=sqlite_ms(conn, first_sql, runs),
        )
        # what the count cost before it was kept by triggers, for comparison
        | {"count_star_sqlite_ms": round(sqlite_ms(conn, count_star, runs), 2)}
    )

    # (c) Ctrl+End: the last page (read backwards), painted; peak memory from the child
    def jump() -> float:
        return paint_ms(
            lambda: QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
            table.viewport,
        )

    def back_to_top() -> None:
        QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        paint_ms(model.refresh, table.viewport)  # forget the cached pages

    ms = median_ms(jump, runs, back_to_top)
    assert table.rowAt(table.viewport().height() - 2) == model.rowCount() - 1
    last_sql = [page_sql(services, query, 0, 200, reverse=True)]
    add(
        entry(
            "jump_to_end_painted",
            ms,
            JUMP_LIMIT_MS,
            static_ms=static_ms,
            sqlite_ms=sqlite_ms(conn, last_sql, runs),
        )
    )
    add(
        {
            "name": "peak_rss_after_jump_to_end",
            "ms": None,
            "limit_ms": None,
            "ratio": round(ours["peak_rss_mb"] / RSS_LIMIT_MB, 3),
            "mb": round(ours["peak_rss_mb"], 1),
            "limit_mb": RSS_LIMIT_MB,
            "static_mb": round(static["peak_rss_mb"], 1),
            "pages_fetched": ours["pages_fetched"],
        }
    )
    back_to_top()

    # (d) sort by each visible column, both ways: request to painted first screen; with no
    # record selected, and (ascending) with one selected, which the table keeps selected
    for column in range(model.columnCount()):
        name = model.field_at(column).name
        other = column + 1 if column + 1 < model.columnCount() else 0
        for order, selected in ((ASC, False), (DESC, False), (ASC, True)):

            def reset(other: int = other, selected: bool = selected) -> None:
                table.select_record(None, notify=False)
                paint_ms(lambda: table.sortByColumn(other, ASC), table.viewport)
                table.scrollToTop()
                table.select_record(model.record_id(5) if selected else None, notify=False)
                paint_ms(table.viewport().update, table.viewport)

            selected_times: list[float] = []

            def sort(
                column: int = column,
                order: Qt.SortOrder = order,
                selected: bool = selected,
                selected_times: list[float] = selected_times,
            ) -> float:
                if not selected:
                    return paint_ms(lambda: table.sortByColumn(column, order), table.viewport)
                record_id = table.current_record_id()
                assert record_id is not None
                first, done = selected_ms(
                    lambda: table.sortByColumn(column, order), table, record_id
                )
                selected_times.append(done)
                return first

            ms = median_ms(sort, runs, reset)
            sql = page_sql(services, model.query(), 0, FIRST_ROWS)
            label = f"sort_{name}_{'asc' if order == ASC else 'desc'}"
            located: dict[str, Any] = {}
            if selected:
                record_id = table.current_record_id()
                assert record_id is not None

                # What finding the record's new row costs by itself (counting the rows
                # before it, then reading its page around it): the part a view can leave
                # until after the first paint (RecordTableModel.locate_later).
                def locate(record_id: int = record_id) -> float:
                    fresh = RecordTableModel(services, model.query())
                    start = time.perf_counter()
                    fresh.find_row(record_id)
                    return (time.perf_counter() - start) * 1000

                located = {
                    "selected_ms": round(statistics.median(selected_times[1:]), 1),
                    "locate_ms": round(median_ms(locate, runs), 1),
                    "row": model.row_of(record_id),
                }
            add(
                entry(
                    label + ("_record_selected" if selected else ""),
                    ms,
                    SORT_LIMIT_MS,
                    static_ms=static_ms,
                    sqlite_ms=sqlite_ms(conn, [sql], runs),
                    temp_b_tree=temp_b_tree(conn, sql),
                )
                | located
            )
    table.select_record(None, notify=False)
    table.sortByColumn(model.column_of("last_name") or 0, Qt.SortOrder.AscendingOrder)

    # (e) the quick filter: from the query to the painted first screen, and the count
    for term in TERMS:

        def clear() -> None:
            if model.query().quick:
                paint_ms(lambda: panel.set_quick_filter(""), table.viewport)
            table.scrollToTop()

        def filter_(term: str = term) -> float:
            return paint_ms(lambda: panel.set_quick_filter(term), table.viewport)

        ms = median_ms(filter_, runs, clear)
        filtered = model.query()
        sqls = [count_sql(services, filtered), page_sql(services, filtered, 0, FIRST_ROWS)]
        add(
            entry(
                f"quick_filter_{term}",
                ms,
                None,
                static_ms=static_ms,
                sqlite_ms=sqlite_ms(conn, sqls, runs),
                count=model.rowCount(),
            )
        )
    add(
        {
            "name": "benchmark_process_peak_rss",
            "ms": None,
            "limit_ms": None,
            "ratio": None,
            "mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
    )
    panel.close()
    services.db.close()
    conn.close()
    folder.cleanup()
    return results


def show(m: dict[str, Any]) -> None:
    """Print one measurement as soon as it is made."""
    value = f"{m['ms']:>8.1f} ms" if m["ms"] is not None else f"{m['mb']:>8.1f} MB"
    limit = m["limit_ms"] or m.get("limit_mb")
    ratio = f"{m['ratio']:.2f}" if m["ratio"] is not None else "-"
    shown = ("count", "count_star_sqlite_ms", "selected_ms", "locate_ms", "row")
    extra = "  ".join(f"{k} {m[k]}" for k in m if k.startswith("x_") or k in shown)
    line = f"{m['name']:<34} {value}   limit {limit or '-':>6}   ratio {ratio:>5}  {extra}"
    print(line, flush=True)


def demo_database(records: int) -> Path:
    path = ROOT / "bench" / ".data" / f"demo-{records}.sqlite3"
    if not path.exists():
        from crm_desktop.demo.generator import DemoGenerator

        print(f"making {records:,} demo contacts in {path} (once)", file=sys.stderr)
        path.parent.mkdir(parents=True, exist_ok=True)
        services = open_services(path.with_suffix(".partial"))
        DemoGenerator(services, seed=1).generate(records)
        services.db.close()
        path.with_suffix(".partial").rename(path)
    return path


def main(argv: list[str] | None = None) -> int:
    global WAIT_SECONDS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="default: demo data under bench/.data/")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", metavar="FILE", type=Path)
    parser.add_argument(
        "--wait-seconds",
        type=float,
        default=WAIT_SECONDS,
        help="the longest wait for a paint or a selection before the benchmark fails",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--static", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    WAIT_SECONDS = args.wait_seconds
    try:
        if args.child:
            print(json.dumps(child_program(args.child, args.static)))
            return 0
        path = args.database.absolute() if args.database else demo_database(args.records)
        measurements = run(path, args.runs)
    except BenchTimeout as exc:
        print(f"bench_lists: FAILED: {exc}", file=sys.stderr)
        return EXIT_TIMEOUT
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"measurements": measurements}, indent=2) + "\n")
    return 1 if any((m["ratio"] or 0) > 1 for m in measurements) else 0


if __name__ == "__main__":
    sys.exit(main())
