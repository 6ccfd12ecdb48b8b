"""File menu: New database…, Open database…, Open recent, Connect to a server….

The window does not open databases itself: it asks the :class:`Workspace` that owns it,
which checks the new database first and keeps this window when it cannot be used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu

from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.views.shell.main_window import MainWindow

SUFFIX = ".sqlite3"


_tr = translator("database_files")


def file_filter() -> str:
    """What the file dialogs offer."""
    return _tr("CRM Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)")


class Opener(Protocol):
    """What the window needs of the workspace (see crm_desktop/workspace.py)."""

    settings: QSettings

    def open(self, target: str, *, create: bool = ...) -> bool: ...


class DatabaseFiles(QObject):
    """The File menu's database entries of one window."""

    def __init__(self, window: MainWindow, opener: Opener) -> None:
        super().__init__(window)
        self.window = window
        self.opener = opener
        services = window.services
        from crm_desktop.workspace import remembered_form

        #: the open database as the recent list names it
        self.current = remembered_form(str(services.db.path or services.db.label))
        self.new_action = QAction(self.tr("&New database…"), self)
        self.new_action.triggered.connect(self.ask_new)
        self.open_action = QAction(self.tr("&Open database…"), self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.ask_open)
        self.connect_action = QAction(self.tr("Connect to a &server…"), self)
        self.connect_action.triggered.connect(self.ask_server)
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        for action in (self.new_action, self.open_action):
            menu.insertAction(first, action)  # type: ignore[arg-type]
        menu.insertMenu(first, self.recent_menu)  # type: ignore[arg-type]
        menu.insertAction(first, self.connect_action)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        self.fill_recent()

    def _folder(self) -> str:
        path = Path(self.current)
        return str(path.parent) if path.parent.exists() else str(Path.home())

    def ask_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New database"),
            str(Path(self._folder()) / (self.tr("New CRM database") + SUFFIX)),
            file_filter(),
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(SUFFIX)
        if target.exists():
            # The file dialog asked about replacing it; a database is never overwritten.
            self._told(
                self.tr(
                    "“%1” exists already. Open it with Open database…, or choose a new name."
                ).replace("%1", str(target))
            )
            return
        self.opener.open(str(target), create=True)

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open database"), self._folder(), file_filter()
        )
        if path:
            self.opener.open(path, create=False)

    def ask_server(self) -> None:
        url, ok = QInputDialog.getText(
            self.window,
            self.tr("Connect to a server"),
            self.tr(
                "The database server's address, e.g.\n"
                "postgresql+psycopg://anna@server.office.lan/crm"
            ),
            QLineEdit.EchoMode.Normal,
            self.current if "://" in self.current else "postgresql+psycopg://",
        )
        if ok and url.strip():
            self.opener.open(url.strip(), create=False)

    def fill_recent(self) -> None:
        from crm_desktop.workspace import recent_databases

        self.recent_menu.clear()
        entries = [e for e in recent_databases(self.opener.settings) if e != self.current]
        for target in entries:
            action = self.recent_menu.addAction(target)
            action.triggered.connect(lambda _=False, t=target: self.opener.open(t, create=False))
        self.recent_menu.setEnabled(bool(entries))

    def _told(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.window, self.tr("New database"), text)
