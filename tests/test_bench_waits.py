"""The list benchmark's waits: a paint that never comes fails it with a sentence, and the
paint that shows a record selected again is caught even when it comes early."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

TIMING = Path(__file__).resolve().parents[1] / "bench" / "paint_timing.py"
FIRST_ID = 100  # record ids of the rows: 100, 101, ...


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("paint_timing", TIMING)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "WAIT_SECONDS", 3.0)
    return module


class _Ids:
    def record_id(self, row: int) -> int | None:
        return FIRST_ID + row if row >= 0 else None


@pytest.fixture
def table(qtbot) -> QTableView:
    model = QStandardItemModel(20, 2)
    for row in range(20):
        model.setItem(row, 0, QStandardItem(f"record {FIRST_ID + row}"))
    view = QTableView()
    view.setModel(model)
    model.setParent(view)
    view.record_model = _Ids  # what selected_ms asks of the program's RecordTable
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_paint_that_never_comes_fails_with_a_sentence(bench: ModuleType, qapp) -> None:
    hidden = QTableView()  # never shown: never painted
    start = time.perf_counter()
    with pytest.raises(bench.BenchTimeout, match="a paint of the table did not come within 3 s"):
        bench.paint_ms(lambda: None, hidden.viewport)
    assert 3 <= time.perf_counter() - start < 10
    hidden.deleteLater()


def test_the_selection_painted_at_once_after_the_first_paint_is_caught(
    bench: ModuleType, table: QTableView
) -> None:
    """The table paints once at once, then selects the record again a little later and
    paints it in the same turn of the event loop (a synchronous repaint): no further paint
    comes, so the wait must have been watching already."""

    def select_again() -> None:
        table.setCurrentIndex(table.model().index(5, 0))
        table.viewport().repaint()

    timer = QTimer(table, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
    timer.timeout.connect(select_again)

    def sort() -> None:
        table.setCurrentIndex(table.model().index(-1, -1))
        table.viewport().update()
        timer.start(100)

    start = time.perf_counter()
    first, shown = bench.selected_ms(sort, table, FIRST_ID + 5)
    assert first < 100 <= shown < 2000
    assert time.perf_counter() - start < 2
