"""Another user of the same SQLite file, for the tests of what the window does meanwhile."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot


class OtherUsersLock:
    """Another program's write lock on the database file: Python's own sqlite3 module on
    the same file, holding ``BEGIN IMMEDIATE`` until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None)

    def hold(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.connection.execute("COMMIT")

    def close(self) -> None:
        if self.connection.in_transaction:
            self.connection.execute("ROLLBACK")
        self.connection.close()


def gui_thread_runs(qtbot: QtBot) -> None:
    """Wait until a timer on the GUI thread fired a few times: the window is not blocked."""
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    try:
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    finally:
        timer.stop()
