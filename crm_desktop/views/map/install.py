"""The Customer map in the Sales group of the window, built when first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.views.map.screen import MapScreen
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.views.shell.main_window import MainWindow

_tr = translator("map")


def install_map(window: MainWindow) -> None:
    def build() -> MapScreen:
        screen = MapScreen(window.services, window.settings)
        window.add_part(screen)  # its reading stops when the window closes
        return screen

    window.add_screen("customer_map", build, group="Sales", label=_tr("Customer map"), icon="map")
