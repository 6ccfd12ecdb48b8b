"""The main window's status bar: the records counted, the database on show, the user."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel

from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.views.shell.main_window import MainWindow

_tr = translator("MainWindow")


def add_status_labels(window: MainWindow) -> None:
    """The status bar's lasting labels: the records counted, the database, the user."""
    bar = window.statusBar()
    window.count_label = QLabel()
    window.database_label = QLabel()
    label = window.services.db.label
    text = _tr("Database: %1").replace("%1", label)
    metrics = window.database_label.fontMetrics()
    window.database_label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, 420))
    window.database_label.setToolTip(label)
    window.user_label = QLabel(
        _tr("User: %1").replace("%1", window.services.users.current().full_name)
    )
    for i, label in enumerate((window.count_label, window.database_label, window.user_label)):
        if i:
            separator = QFrame()
            separator.setFrameShape(QFrame.Shape.VLine)
            separator.setFrameShadow(QFrame.Shadow.Sunken)
            bar.addPermanentWidget(separator)
        label.setContentsMargins(6, 0, 6, 0)
        bar.addPermanentWidget(label)
