"""Showing other users' work while they do it, and this user's waits for them.

:class:`LiveRefresh` polls a :class:`ChangeWatcher` every two seconds (a single PRAGMA on
SQLite, pending notifications on PostgreSQL). When another program committed, the
watcher compares each record table's newest modification time and highest id, so the
presence heartbeats every program writes twice a minute refresh nothing; a real change
refreshes only the lists of the types it touched (and the types that show their names),
keeping selection and scroll position. An unedited open form reloads; a form with
unsaved edits keeps them and shows "Changed by X at HH:MM — Reload".

:class:`BusyStatus` puts "Waiting for another user…" into the status bar while a write
on the GUI thread (a delete, a list's inline edit) waits for another program's write
lock, and keeps the window painting meanwhile. A form's save does not wait there: it
waits on a worker, with its own bar and Cancel (views/records/waiting_save.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from crm_desktop.errors import DomainError
from crm_desktop.views.shell.qt_hub import QtChangeHub

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.views.shell.main_window import MainWindow

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 2000


class LiveRefresh(QObject):
    """Polls for other programs' commits and passes them on to the lists and forms."""

    def __init__(
        self,
        services: Services,
        hub: QtChangeHub,
        root: QWidget,
        interval_ms: int = POLL_INTERVAL_MS,
        busy: BusyStatus | None = None,
    ) -> None:
        super().__init__(root)
        self._hub = hub
        self._busy = busy
        self._root = root
        self.watcher = services.change_watcher()
        #: polls that found real changes (tests and the benchmark watch it)
        self.changes_seen = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.poll()  # takes note of how things are now
        self.timer.start()
        self.destroyed.connect(self.watcher.close)

    def poll(self) -> set[str]:
        """Look once; the record types other programs changed since the last look."""
        if self._busy is not None and self._busy.waiting:
            return set()  # a save is waiting inside processEvents(); look next time
        try:
            changed = self.watcher.changed_tables()
        except DomainError as exc:
            log.warning("%s", exc)
            return set()
        if not changed:
            return changed
        self.changes_seen += 1
        self._hub.external(changed)
        self._hub.flush()  # the lists now, then the forms compare their versions
        from crm_desktop.views.records.record_form import RecordForm

        for form in self._root.findChildren(RecordForm):
            if form.record_type.key in changed:
                form.external_change()
        return changed

    def shutdown(self) -> None:
        self.timer.stop()
        self.watcher.close()


class BusyStatus(QObject):
    """The status bar while a write waits for another user's lock (``Database.on_busy``)."""

    def __init__(self, services: Services, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._bar = status_bar
        self._db = services.db
        self.waiting = False
        self._db.on_busy = self.busy
        self.destroyed.connect(self._detach)

    def _detach(self) -> None:
        if self._db.on_busy == self.busy:
            self._db.on_busy = None

    def busy(self, waiting: bool) -> None:
        # Workers (automatic backup, heartbeats) write too; only the GUI thread may paint.
        if QThread.currentThread() is not QCoreApplication.instance().thread():
            return
        if waiting and not self.waiting:
            self._bar.showMessage(
                QCoreApplication.translate("live_refresh", "Waiting for another user…")
            )
        elif not waiting and self.waiting:
            self._bar.clearMessage()
        self.waiting = waiting
        # The save runs on the GUI thread and sleeps between tries: let the window paint
        # (and show the message) without taking the user's clicks or keys meanwhile.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def install_live_refresh(window: MainWindow) -> tuple[BusyStatus, LiveRefresh]:
    """Live refresh, the busy status and the read-only marker, on a main window."""
    busy = BusyStatus(window.services, window.statusBar())
    if window.services.db.read_only:
        mark_read_only(window)
    return busy, LiveRefresh(window.services, window.hub, window, busy=busy)


def mark_read_only(window: MainWindow, why: str | None = None) -> None:
    """A "Read-only" marker in the status bar, and no way to start a write; ``why`` is
    its tooltip (by default: the file's permissions)."""
    label = QLabel(QCoreApplication.translate("live_refresh", "Read-only"))
    label.setObjectName("read_only_marker")
    label.setToolTip(
        why
        or QCoreApplication.translate(
            "live_refresh", "This database can be read but not changed (file permissions)."
        )
    )
    # a role, not a style sheet's palette(highlight): that one is read once, and the
    # marker would keep a light palette's colour when the system goes dark
    label.setForegroundRole(QPalette.ColorRole.Highlight)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(6, 0, 6, 0)
    window.statusBar().addPermanentWidget(label)
    for action in (
        window.new_action,
        window.save_action,
        window.delete_action,
        window.restore_action,
    ):
        action.setEnabled(False)
        # The window enables its actions as forms change; keep these off.
        action.enabledChanged.connect(
            lambda enabled, action=action: action.setEnabled(False) if enabled else None
        )
