"""Icons are sharp at 200 % scaling: drawn for the screen's pixels, not a small image
scaled up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from crm_desktop.views import icons
from crm_desktop.views.activities.history import kind_icon

NAMES = sorted(path.stem for path in icons.icon_dir().glob("*.svg"))


def _drawn_pixels(icon: QIcon, side: int, scale: float) -> tuple[QSize, int]:
    """(the pixel size of ``icon`` drawn ``side`` pixels wide at ``scale``, how many of
    its pixels are not transparent)."""
    image = icon.pixmap(QSize(side, side), scale).toImage()
    painted = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    )
    return image.size(), painted


@pytest.mark.parametrize("name", NAMES)
def test_every_icon_is_drawn_at_twice_the_pixels(qapp: QApplication, name: str) -> None:
    size, painted = _drawn_pixels(icons.icon(name), 16, 2.0)
    # 32 pixels drawn from the SVG; a 16-pixel image would come back as it is
    assert size == QSize(32, 32) and painted > 0, name


def test_the_documents_buttons_have_icons_of_their_own(qapp: QApplication) -> None:
    assert {"print", "pdf", "email"} <= set(NAMES)


def test_an_activity_kinds_dot_is_drawn_for_the_screens_scale(qapp: QApplication) -> None:
    for scale in (1.0, 2.0, 3.0):
        pixmap = kind_icon("Meeting").pixmap(QSize(10, 10), scale)
        assert pixmap.size() == QSize(int(10 * scale), int(10 * scale))
        assert pixmap.devicePixelRatio() == scale
