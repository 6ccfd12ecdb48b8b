"""Start-up and peak memory of the list benchmark, each measured in a fresh process
(``bench_lists.py --child``): the program's main window, or a static table to compare with,
shown and then jumped to its end."""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import paint_timing
from list_setup import SIZE, TYPE, temp_settings
from paint_timing import BenchTimeout, paint_ms, static_table
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

#: the benchmark run in the fresh process (it runs child_program)
SCRIPT = Path(__file__).with_name("bench_lists.py")
#: A fresh process (start-up, peak memory) gets this long to paint, jump and exit.
CHILD_SECONDS = 300.0
#: the exit status of a benchmark whose wait ran out
EXIT_TIMEOUT = 2


def child_program(path: Path, static: bool) -> dict[str, float]:
    """Run in a fresh process: show the main window (or a static table), jump to the end."""
    out: dict[str, float] = {}
    if static:
        app = QApplication([sys.argv[0]])
        view = static_table([[f"cell {r}.{c}" for c in range(10)] for r in range(100)])
        view.resize(*SIZE)
        paint_ms(view.show, view.viewport)
        out["cpu_to_paint_ms"] = time.process_time() * 1000
    else:
        from crm_desktop.app import make_application
        from crm_desktop.workspace import Workspace

        app = make_application([sys.argv[0]])
        with tempfile.TemporaryDirectory() as folder:
            # The program's own start: the database opened and the window built and
            # shown by the workspace, as run_gui does; the time to the window's first
            # paint (its lists paint in the same pass).
            workspace = Workspace(Path(folder) / "backups", temp_settings(folder))
            out["open_and_build_ms"] = paint_ms(
                lambda: workspace.open(str(path)), lambda: workspace.window
            )
            out["painted_at"] = time.time()
            out["cpu_to_paint_ms"] = time.process_time() * 1000
            window = workspace.window
            assert window is not None
            table = window.panel(TYPE).table
            if table.model().rowCount():  # an empty database has no end to jump to
                out |= _jump_to_end(table)
            workspace.close()
    out.setdefault("painted_at", time.time())
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del app
    return out


def _jump_to_end(table: Any) -> dict[str, float]:
    """Ctrl+End on the list until its last row is painted; the pages it read."""
    # Ctrl+End on a table without a current row only selects the first row (Qt's
    # QTableView::moveCursor); a user has clicked a row first, so Ctrl+Home first.
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    jump_ms = paint_ms(
        lambda: QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
        table.viewport,
    )
    assert table.rowAt(table.viewport().height() - 2) == table.model().rowCount() - 1
    return {"jump_ms": jump_ms, "pages_fetched": table.record_model().pages_fetched}


def run_child(path: Path, static: bool) -> dict[str, float]:
    wait = str(paint_timing.WAIT_SECONDS)
    command = [sys.executable, str(SCRIPT), "--child", str(path), "--wait-seconds", wait]
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


def interleaved_children(path: Path, runs: int) -> tuple[dict[str, float], dict[str, float]]:
    """The medians of the program's fresh processes and of the static table's, taking
    turns, so that a busy spell of a shared machine weighs on both alike."""
    ours, static = [], []
    for _ in range(runs):
        ours.append(run_child(path, False))
        static.append(run_child(path, True))
    return tuple(  # type: ignore[return-value]
        {k: statistics.median(r[k] for r in results) for k in results[0]}
        for results in (ours, static)
    )
