"""What the main window does once it is on screen, so that it gets there first.

The window and its first list are built and painted; then, on a worker thread, SQLite's
quick check of the file (left until now by ``Database.open(check_later=True)``) and the
writes of a start (this program's presence, a first default currency); then the
reminders and (in the program) today's backup. Until the check has passed every write
waits for it, and a damaged file is never written: it stays open to read, marked
read-only, and the user is told in one sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.errors import DatabaseDamaged, DomainError
from crm_desktop.views.jobs import JobContext, Jobs
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.views.shell.main_window import MainWindow

log = logging.getLogger(__name__)

_tr = translator("start_up")


class _FirstPaint(QObject):
    """Calls back once, in the turn of the event loop after ``widget``'s first paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The children paint in the same pass, after the window: after all of them.
            QTimer.singleShot(0, self._call)
        return False

    def _call(self) -> None:
        self._callback()
        self.deleteLater()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Run ``callback`` on the GUI thread once ``widget`` (a window) has been painted."""
    _FirstPaint(widget, callback)


class StartUp(QObject):
    """The work of a start that waits until the window is painted (see the module)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = Jobs(self)
        #: writes of a start, run on the worker after the check (a busy one is only logged)
        self.background: list[Callable[[], object]] = []
        #: run on the GUI thread once the check passed (after the reminders start)
        self.then: list[Callable[[], object]] = []
        #: the check has been answered (passed, or damage told)
        self.done = False
        after_first_paint(window, self.run)

    def run(self) -> None:
        self.jobs.run(self._work, self._finished, on_error=self._failed)

    def shutdown(self) -> None:
        """The window closes before the check answered: nothing more is started."""
        self.jobs.shutdown()

    def _work(self, _context: JobContext) -> str | None:
        """The sentence saying the file is damaged, or None once all went well."""
        try:
            self.window.services.db.check_integrity()
        except DatabaseDamaged as exc:
            return str(exc)
        for step in self.background:
            try:
                step()
            except DomainError as exc:  # busy: a later heartbeat or start does it
                log.warning("a start-up write was left: %s", exc)
        return None

    def _finished(self, damage: str | None) -> None:
        self.done = True
        if damage is not None:
            self._refuse_writes(damage)
            return
        if self.window.reminders is not None:
            self.window.reminders.start()
        for step in self.then:
            step()

    def _failed(self, text: str) -> None:  # a bug: the crash handler has the traceback
        self.done = True
        log.error("the start-up check failed: %s", text)

    def _refuse_writes(self, damage: str) -> None:
        from crm_desktop.views.shell.live_refresh import mark_read_only

        log.error("damaged database: %s", damage)
        mark_read_only(self.window, damage)
        QMessageBox.warning(self.window, _tr("CRM Desktop"), damage)
