"""The main window's menus and tool bar: the actions of the File, Record, View and Help
menus (other parts add theirs to the File and View menus), and the About box.

The texts keep the window's translation context, ``MainWindow``.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from crm_desktop import __version__
from crm_desktop.views import formatting, icons
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.views.shell.main_window import MainWindow

_tr = translator("MainWindow")


def _action(
    window: MainWindow, text: str, shortcut: str | None, slot: Callable[[], object], icon: str = ""
) -> QAction:
    action = QAction(icons.icon(icon), text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString()})")
    action.triggered.connect(slot)
    return action


def build_menus(window: MainWindow) -> None:
    """Give the window its actions (``window.new_action``, …), menus and tool bar."""
    window.quit_action = _action(window, _tr("&Quit"), "Ctrl+Q", window.close)
    window.new_action = _action(window, _tr("&New"), "Ctrl+N", window.new_record, "new")
    window.save_action = _action(window, _tr("&Save"), "Ctrl+S", window.save_record, "save")
    window.delete_action = _action(window, _tr("&Delete"), "Del", window.delete_record, "delete")
    window.restore_action = _action(window, _tr("&Restore"), None, window.restore_record, "restore")
    window.refresh_action = _action(window, _tr("Re&fresh"), "F5", window.refresh, "refresh")
    window.filter_action = _action(window, _tr("&Filter"), "Ctrl+F", window.focus_filter, "filter")
    window.about_action = _action(window, _tr("&About CRM Desktop"), None, window.about)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    menus = window.menuBar()
    #: other parts add their actions here, before Quit (the last entry)
    window.file_menu = menus.addMenu(_tr("&File"))
    window.file_menu.setObjectName("file_menu")
    window.file_menu.addAction(window.quit_action)
    record = menus.addMenu(_tr("&Record"))
    for action in (
        window.new_action,
        window.save_action,
        window.delete_action,
        window.restore_action,
    ):
        record.addAction(action)
    record.addSeparator()
    record.addAction(window.refresh_action)
    window.view_menu = menus.addMenu(_tr("&View"))
    window.view_menu.addAction(window.filter_action)
    menus.addMenu(_tr("&Help")).addAction(window.about_action)
    toolbar = window.addToolBar(_tr("Main toolbar"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (window.new_action, window.save_action, window.delete_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(window.restore_action)
    toolbar.addAction(window.refresh_action)


def about_text(window: MainWindow) -> str:
    """The version, the record types the program keeps (as the registry names them, in
    navigation order), Qt's and Python's versions, and the licence."""
    types = QLocale().createSeparatedList(
        [formatting.registry_text(t.label) for t in window.services.registry]
    )
    return (
        _tr(
            "<h3>CRM Desktop %1</h3><p>A free desktop CRM with a calendar. It keeps "
            "%2.</p><p>Qt %3, Python %4</p>"
            "<p>Licensed under the GNU GPL, version 3 or later.</p>"
        )
        .replace("%1", __version__)
        .replace("%2", types)
        .replace("%3", qVersion())
        .replace("%4", platform.python_version())
    )


def show_about(window: MainWindow) -> None:
    """Help > About."""
    QMessageBox.about(window, _tr("About CRM Desktop"), about_text(window))
