"""File › Import activities from a calendar file (.ics)…: meetings, calls and to-dos from
Outlook, Google Calendar, Thunderbird or a phone, as ``crm-desktop import`` does.

Times the file gives without a zone are read in the computer's zone (the command line,
run on servers too, reads them as UTC unless told). The import runs on a worker thread
(views/jobs.py) with a progress and a Cancel; the greeting's offer uses this command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, QTimeZone
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crm_desktop.errors import WriteCancelled
from crm_desktop.views.job_progress import JobProgress
from crm_desktop.views.jobs import Job, JobContext, Jobs
from crm_desktop.views.messages import open_message

if TYPE_CHECKING:
    from crm_desktop.exchange.ical.importer import ImportResult


class CalendarImportAction(QObject):
    """The import command of one window (see :func:`install_calendar_import`)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Import activities from a &calendar file (.ics)…"), self)
        self.action.setObjectName("import_calendar_action")
        self.action.setToolTip(
            self.tr("Meetings, calls and to-dos from an .ics file (Outlook, Google Calendar…)")
        )
        self.action.triggered.connect(self.choose_file)
        #: the last message shown (tests read it)
        self.message_box: QMessageBox | None = None
        self.jobs = Jobs(self)
        #: the running import's progress, with its Cancel
        self.progress: JobProgress | None = None

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import activities"),
            folder,
            self.tr("Calendar files (*.ics);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> Job:
        """Add the activities of ``path`` on a worker thread, with a progress whose Cancel
        leaves nothing imported (the file is one transaction); then say how many were
        added, or in one sentence why none were."""
        from crm_desktop.exchange.ical.importer import CalendarImport, ImportCancelled

        zone = QTimeZone.systemTimeZoneId().data().decode() or None
        services = self.window.services

        def work(context: JobContext) -> ImportResult | None:
            # A Cancel ends a wait for another user's lock too; nothing is written then.
            with services.db.waiting(stop=context.cancelled):
                try:
                    return CalendarImport(services.records).import_file(
                        path, user_zone=zone, progress=context.progress, cancelled=context.cancelled
                    )
                except (ImportCancelled, WriteCancelled):
                    return None

        job = Job()
        self.progress = JobProgress(
            self.window, self.tr("Importing “%1”…").replace("%1", path.name), job
        )
        self.progress.setWindowTitle(self.tr("Import activities"))
        self.action.setEnabled(False)
        return self.jobs.run(
            work,
            lambda result: self._imported(path, result),
            on_error=self._failed,
            on_progress=self.progress.step,
            on_cancelled=lambda result: self._imported(path, result),
            job=job,
        )

    def _finished(self) -> None:
        self.action.setEnabled(True)
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _failed(self, text: str) -> None:
        self._finished()
        self.tell(QMessageBox.Icon.Warning, text)

    def _imported(self, path: Path, result: ImportResult | None) -> None:
        self._finished()
        if result is None:
            self.window.statusBar().showMessage(
                self.tr("The import was cancelled; nothing was imported."), 10_000
            )
            return
        text = (
            self.tr("Activities added from “%1”: %2.")
            .replace("%1", path.name)
            .replace("%2", str(result.added))
        )
        if result.skipped:
            reasons = sorted({skipped.reason for skipped in result.skipped})
            text += "\n\n" + self.tr("Items left out: %1.").replace("%1", str(len(result.skipped)))
            text += "\n" + "\n".join(f"• {reason}" for reason in reasons)
        self.window.hub.flush()
        if result.added:
            self.window.show_type("activities")
        self.tell(QMessageBox.Icon.Information, text)

    def tell(self, icon: QMessageBox.Icon, text: str) -> None:
        self.message_box = open_message(self.window, icon, self.tr("Import activities"), text)


def install_calendar_import(window: Any) -> CalendarImportAction:
    """File › Import activities from a calendar file (.ics)…, before Quit."""
    importer = CalendarImportAction(window)
    window.file_menu.insertAction(window.quit_action, importer.action)
    window.file_menu.insertSeparator(window.quit_action)
    return importer
