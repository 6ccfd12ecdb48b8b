"""What the main window remembers between sessions: its size and place, the toolbar's
state, the panes' widths and the screen on show (in the user's QSettings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from crm_desktop.views.shell.navigation import RECYCLE_BIN

if TYPE_CHECKING:
    from crm_desktop.views.shell.main_window import MainWindow


def restore_window_state(window: MainWindow) -> None:
    """Put the window back as it was, on the list (or bin) shown last."""
    window.resize(1280, 800)  # until a remembered geometry says otherwise
    settings = window.settings
    for key, restore in (
        ("main/geometry", window.restoreGeometry),
        ("main/state", window.restoreState),
    ):
        value = settings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            restore(value)
    window.panes.restore(settings)
    last = str(settings.value("main/last_view", "") or "")
    if last == RECYCLE_BIN:
        window.show_recycle_bin()
    else:
        registry = window.services.registry
        window.show_type(last if last in registry else window.navigation.targets()[0])


def save_window_state(window: MainWindow) -> None:
    settings = window.settings
    settings.setValue("main/geometry", window.saveGeometry())
    settings.setValue("main/state", window.saveState())
    window.panes.save(settings)
    settings.setValue("main/last_view", window.current_view() or "")
    settings.sync()
