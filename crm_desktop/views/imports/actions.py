"""File › Import… (Ctrl+Shift+I) and File › Undo an import…: the wizard and the undo
dialog of one window. A calendar file (.ics) chosen in the wizard goes to the calendar
import, as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from crm_desktop.views.imports.undo_dialog import UndoImportDialog
from crm_desktop.views.imports.wizard import ImportWizard

if TYPE_CHECKING:
    from crm_desktop.views.calendar.ics_import import CalendarImportAction
    from crm_desktop.views.shell.main_window import MainWindow


class ImportActions(QObject):
    """The import entries of one window's File menu (see :func:`install_imports`)."""

    def __init__(
        self, window: MainWindow, calendar_import: Callable[[Path], object] | None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.calendar_import = calendar_import
        self.import_action = QAction(self.tr("&Import contacts, leads, deals… (CSV, vCard)"), self)
        self.import_action.setObjectName("import_records_action")
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.setToolTip(
            self.tr("Records from a CSV file (Outlook, Google, a spreadsheet…) or a vCard file")
        )
        self.import_action.triggered.connect(lambda: self.open_wizard())
        self.undo_action = QAction(self.tr("&Undo an import…"), self)
        self.undo_action.setObjectName("undo_import_action")
        self.undo_action.triggered.connect(lambda: self.open_undo())
        #: the wizard or dialog open now (one at a time)
        self.dialog: QDialog | None = None

    def open_wizard(self, path: Path | None = None) -> ImportWizard:
        """The wizard, window-modal; on ``path`` when given (tests, a dropped file)."""
        wizard = ImportWizard(
            self.window.services,
            self.window,
            open_list=self._open_list,
            calendar_import=self.calendar_import,
        )
        self._open(wizard)
        if path is not None:
            wizard.file_page.set_path(path)
        return wizard

    def open_undo(self) -> UndoImportDialog:
        dialog = UndoImportDialog(self.window.services, self.window, changed=self.window.hub.flush)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        self.shutdown()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.show()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _open_list(self, type_key: str) -> None:
        self.window.hub.flush()
        self.window.show_type(type_key)

    def shutdown(self) -> None:
        """The window closes or leaves its database: the open wizard or dialog goes (a
        running import is cancelled and saves nothing)."""
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.done(QDialog.DialogCode.Rejected)


def install_imports(window: MainWindow, calendar: CalendarImportAction | None) -> ImportActions:
    """File › Import… and Undo an import…, above the calendar import (which takes the
    .ics files chosen in the wizard)."""
    actions = ImportActions(window, calendar.import_file if calendar else None)
    before = calendar.action if calendar else window.quit_action
    window.file_menu.insertAction(before, actions.import_action)
    window.file_menu.insertAction(before, actions.undo_action)
    window.add_part(actions)
    return actions
