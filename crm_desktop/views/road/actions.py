"""File › Take a copy on the road…, File › Sync with the office and File › Road copy
conflicts…, the road copy's status-bar label, and the sync when a road copy is opened
while its office is in reach.

Taking a copy and syncing run on worker threads (:class:`~crm_desktop.views.jobs.Jobs`)
with progress and Cancel; a sync can be cancelled until the office has taken the
copy's changes, then it finishes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from crm_desktop.services.road.types import RoadStatus, SyncResult, TakenAlong
from crm_desktop.views.job_progress import JobProgress
from crm_desktop.views.jobs import Job, JobContext, Jobs
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.road.conflicts_dialog import ConflictsDialog
from crm_desktop.views.road.take_dialog import TakeAlongChoice, TakeAlongDialog

if TYPE_CHECKING:
    from crm_desktop.views.shell.main_window import MainWindow

_tr = translator("RoadActions")
T = TypeVar("T")


def step_text(step: str) -> str:
    """A step the road services report, as the progress dialog says it."""
    texts = {
        "copying": _tr("Copying the office database…"),
        "choosing": _tr("Choosing the records to take…"),
        "compacting": _tr("Compacting the copy…"),
        "sending": _tr("Sending your changes to the office…"),
        "receiving": _tr("Taking the office's changes…"),
    }
    return texts.get(step, "")


class RoadActions(QObject):
    """The road-copy entries of one window's File menu (see :func:`install_road`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = Jobs(self)
        self.take_action = QAction(self.tr("Take a copy on the &road…"), self)
        self.take_action.setObjectName("take_road_copy_action")
        self.take_action.setToolTip(
            self.tr("A copy of the records you work with, to use without the office's network")
        )
        self.take_action.triggered.connect(lambda: self.ask_take_along())
        self.sync_action = QAction(self.tr("S&ync with the office"), self)
        self.sync_action.setObjectName("sync_road_copy_action")
        self.sync_action.triggered.connect(lambda: self.sync())
        self.conflicts_action = QAction(self.tr("Road copy &conflicts…"), self)
        self.conflicts_action.setObjectName("road_conflicts_action")
        self.conflicts_action.triggered.connect(lambda: self.show_conflicts())
        self.status_label = QLabel()
        self.status_label.setContentsMargins(6, 0, 6, 0)
        self.status: RoadStatus | None = None
        #: the progress, dialog or message open now, for tests and to close them
        self.progress: JobProgress | None = None
        self.dialog: QDialog | None = None
        self.message_box: QMessageBox | None = None
        self.refresh_status()

    # -- status ---------------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """What the status bar says of the road copy (nothing for an office database)."""
        from crm_desktop.services.road.conflicts import road_status

        self.status = road_status(self.window.services)
        road = self.status is not None
        self.sync_action.setEnabled(road and not self.window.services.db.read_only)
        self.conflicts_action.setEnabled(road)
        self.take_action.setEnabled(not road)
        self.status_label.setVisible(road)
        if self.status is None:
            return
        office = (
            Path(self.status.office).name if "://" not in self.status.office else self.status.office
        )
        when = self.status.synced_at or self.status.taken_at
        shown = QLocale().toString(when.astimezone(), QLocale.FormatType.ShortFormat)
        text = (
            _tr("Road copy of %1, synced %2").replace("%1", office).replace("%2", shown)
            if self.status.synced_at
            else _tr("Road copy of %1, taken %2, not synced yet")
            .replace("%1", office)
            .replace("%2", shown)
        )
        if self.status.conflicts:
            text += " · " + self.tr("%n conflict(s) to decide", "", self.status.conflicts)
        self.status_label.setText(text)
        self.status_label.setToolTip(self.status.office)

    # -- taking a copy ----------------------------------------------------------------------------
    def ask_take_along(self) -> TakeAlongDialog:
        dialog = TakeAlongDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.take_along)
        self.dialog = dialog
        dialog.open()
        return dialog

    def take_along(self, choice: TakeAlongChoice) -> Job:
        services = self.window.services

        def work(context: JobContext) -> TakenAlong | None:
            from crm_desktop.services.road.take_along import TakeAlong, take_along
            from crm_desktop.services.road.types import RoadCancelled

            what = TakeAlong(scope=choice.scope, months=choice.months)
            try:
                return take_along(
                    services.db,
                    services.registry,
                    services.access,
                    choice.target,
                    what,
                    lambda step: context.progress(0, 0, step),
                    context.cancelled,
                )
            except RoadCancelled:
                return None

        return self._start(work, _tr("Taking a copy on the road…"), self._taken)

    def _taken(self, taken: TakenAlong | None) -> None:
        self._end_progress()
        if taken is None:
            return
        count = sum(taken.records.values())
        self.tell(
            QMessageBox.Icon.Information,
            self.tr(
                "The road copy holds %n record(s): %1. Open it on the laptop with File › Open.",
                "",
                count,
            ).replace("%1", str(taken.target)),
        )

    # -- syncing ----------------------------------------------------------------------------------
    def sync(self, *, quiet: bool = False) -> Job | None:
        """Sync with the office; ``quiet``: on opening, told in the status bar only."""
        if self.status is None or self.jobs.busy():
            return None
        db = self.window.services.db
        office_target = self.status.office

        def work(context: JobContext) -> SyncResult | None:
            from crm_desktop.services.road.sync import sync_with_office
            from crm_desktop.services.road.types import RoadCancelled

            try:
                return sync_with_office(
                    db, office_target, lambda step: context.progress(0, 0, step), context.cancelled
                )
            except RoadCancelled:
                return None

        if quiet:
            return self.jobs.run(work, self._synced_quietly, on_error=self._sync_failed_quietly)
        return self._start(work, _tr("Syncing with the office…"), self._synced)

    def _synced(self, result: SyncResult | None) -> None:
        self._end_progress()
        self._after_sync()
        if result is None:
            return
        text = (
            _tr("Sent %1 changes, received %2.")
            .replace("%1", str(result.sent))
            .replace("%2", str(result.received))
        )
        if result.conflicts:
            text += " " + self.tr("%n conflict(s) need your decision.", "", result.conflicts)
        self.tell(QMessageBox.Icon.Information, text)
        if result.conflicts:
            self.show_conflicts()

    def _synced_quietly(self, result: SyncResult | None) -> None:
        self._after_sync()
        if result is not None:
            self.window.statusBar().showMessage(
                _tr("Synced with the office: sent %1 changes, received %2.")
                .replace("%1", str(result.sent))
                .replace("%2", str(result.received)),
                10_000,
            )

    def _sync_failed_quietly(self, text: str) -> None:
        self.window.statusBar().showMessage(_tr("Not synced: %1").replace("%1", text), 10_000)

    def _after_sync(self) -> None:
        self.window.hub.flush()
        self.refresh_status()

    # -- conflicts --------------------------------------------------------------------------------
    def show_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.window.services, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._after_sync())
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- helpers ----------------------------------------------------------------------------------
    def _start(
        self,
        work: Callable[[JobContext], T],
        text: str,
        done: Callable[[T], object],
    ) -> Job:
        job = Job()
        self.progress = JobProgress(self.window, text, job)
        progress = self.progress

        def step(_done: int, _total: int, key: str) -> None:
            # Once the office took the changes, the sync finishes: no Cancel from there.
            if key == "receiving":
                progress.no_way_back(step_text(key))
            elif step_text(key):
                progress.setLabelText(step_text(key))

        return self.jobs.run(
            work,
            done,
            on_error=self._failed,
            on_progress=step,
            on_cancelled=lambda _r: self._end_progress(),
            job=job,
        )

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _failed(self, text: str) -> None:
        self._end_progress()
        self.tell(QMessageBox.Icon.Warning, text)

    def tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(
            icon, _tr("CRM Desktop"), text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def shutdown(self) -> None:
        self.jobs.shutdown()
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.done(QDialog.DialogCode.Rejected)


def install_road(window: MainWindow) -> RoadActions:
    """The road-copy entries above File › Quit, the status label, and a quiet sync when
    a road copy opens."""
    actions = RoadActions(window)
    for action in (actions.take_action, actions.sync_action, actions.conflicts_action):
        window.file_menu.insertAction(window.quit_action, action)
    window.file_menu.insertSeparator(window.quit_action)
    window.statusBar().addPermanentWidget(actions.status_label)
    window.add_part(actions)
    if actions.status is not None and not window.services.db.read_only:
        actions.sync(quiet=True)
    return actions
