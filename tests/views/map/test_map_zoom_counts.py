"""A long list is counted around the part of the map on show once zoomed in close, and
for the whole map again with Fit; a short one is read once, whatever the zoom."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.views.map.screen import MapScreen
from tests.views.map.conftest import markers, wait_until_read


def _rested(qtbot: QtBot, screen: MapScreen) -> None:
    qtbot.waitUntil(lambda: not screen._regroup.isActive(), timeout=5_000)
    wait_until_read(qtbot, screen)


def test_zoomed_in_close_the_map_counts_what_is_around(
    qtbot: QtBot, screen: MapScreen, reading: str
) -> None:
    everywhere = set(markers(screen))
    cell = screen.data.cell
    view = screen.map
    hanoi = markers(screen)["Hanoi, VN"]
    view.zoom(3000, view.mapFromScene(hanoi.pos()).toPointF())
    view.centerOn(hanoi.pos())
    _rested(qtbot, screen)

    if reading == "grouped":
        assert screen.data.area is not None and screen.data.cell is not None
        assert cell is not None and screen.data.cell < cell
        assert set(markers(screen)) == {"Hanoi, VN"}
    else:
        assert screen.data.cell is None and set(markers(screen)) == everywhere
    # Still every placed record of the list, not only those around.
    assert screen.status.text() == "5 records on the map."

    qtbot.mouseClick(screen.fit_button, Qt.MouseButton.LeftButton)
    _rested(qtbot, screen)
    assert set(markers(screen)) == everywhere
    assert screen.data.area is None
