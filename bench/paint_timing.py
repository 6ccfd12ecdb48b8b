"""Timing what the list benchmark waits for: from an action to the paint that shows its
result, with a deadline (:data:`WAIT_SECONDS`) so that a paint that never comes fails the
benchmark with a sentence; medians of repeated runs; a static table to compare with."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QWidget

#: No wait of the benchmark lasts longer: a paint or a selection that never comes fails the
#: benchmark with a sentence saying which, instead of spinning for ever (--wait-seconds).
WAIT_SECONDS = 60.0


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
