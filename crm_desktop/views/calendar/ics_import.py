"""File › Import activities from a calendar file (.ics)…: meetings, calls and to-dos from
Outlook, Google Calendar, Thunderbird or a phone, as ``crm-desktop import`` does.

Times the file gives without a zone are read in the computer's zone (the command line,
run on servers too, reads them as UTC unless told).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimeZone
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crm_desktop.errors import DomainError
from crm_desktop.views.messages import open_message


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

    def import_file(self, path: Path) -> int | None:
        """Add the activities of ``path``; how many were added (None when the file was
        refused: the message says why, and nothing was added)."""
        from crm_desktop.exchange.ical.importer import CalendarImport

        zone = QTimeZone.systemTimeZoneId().data().decode() or None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = CalendarImport(self.window.services.records).import_file(path, user_zone=zone)
        except DomainError as exc:
            self.tell(QMessageBox.Icon.Warning, str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
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
        return result.added

    def tell(self, icon: QMessageBox.Icon, text: str) -> None:
        self.message_box = open_message(self.window, icon, self.tr("Import activities"), text)


def install_calendar_import(window: Any) -> CalendarImportAction:
    """File › Import activities from a calendar file (.ics)…, before Quit."""
    importer = CalendarImportAction(window)
    window.file_menu.insertAction(window.quit_action, importer.action)
    window.file_menu.insertSeparator(window.quit_action)
    return importer
