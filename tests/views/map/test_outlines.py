"""The countries drawn under the markers from the outlines shipped with the program:
read offline, in the right places, painted at every zoom without a Qt warning, and
simplified when zoomed out."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from crm_desktop.services.places.outlines import Country, countries, simplified
from crm_desktop.views.map.canvas import MapView
from crm_desktop.views.map.outlines import (
    ANTARCTICA,
    LEVELS,
    OutlinesItem,
    country_paths,
    level_for,
)


def _country(code: str) -> Country:
    return next(c for c in countries() if c.code == code)


def test_the_shipped_outlines_hold_the_world_s_countries() -> None:
    found = {c.code for c in countries()}
    assert len(found) > 170
    assert {"VNM", "BRA", "ISL", "USA", "FRA"} <= found
    # Iceland's ring lies around Iceland, Brazil's around Brazil.
    iceland = [p for ring in _country("ISL").rings for p in ring]
    assert all(-25 < lon < -13 and 63 < lat < 67 for lon, lat in iceland)
    brazil = [p for ring in _country("BRA").rings for p in ring]
    assert min(lat for _, lat in brazil) < -33 and max(lat for _, lat in brazil) > 4


def test_a_country_s_path_holds_its_cities() -> None:
    codes = [c.code for c in countries() if c.code != ANTARCTICA]
    paths = dict(zip(codes, country_paths(0.0), strict=True))
    vietnam, _ = paths["VNM"]
    assert vietnam.contains(QPointF(105.85, -21.03))  # Hanoi (y: -latitude)
    assert vietnam.contains(QPointF(106.66, -10.78))  # Ho Chi Minh City
    assert not vietnam.contains(QPointF(-21.9, -64.1))  # Reykjavík
    assert paths["ISL"][0].contains(QPointF(-21.9, -64.1))


def test_zoomed_out_fewer_points_are_drawn() -> None:
    ring = [p for ring in _country("BRA").rings for p in ring]
    assert len(simplified(ring, 1.0)) < len(simplified(ring, 0.5)) < len(ring)
    assert len(simplified([(0, 0), (0.01, 0), (0.01, 0.01), (0, 0.01), (0, 0.005)], 5)) == 3
    assert level_for(3.0) == 0.5  # the world on a screen: half a degree is 1.5 pixels
    assert level_for(200.0) == LEVELS[0]  # a region: every point


def test_the_outlines_are_painted_under_the_markers(qtbot: QtBot) -> None:
    view = MapView()
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    view.show_places([], [], fit=True)
    item = next(i for i in view.scene().items() if isinstance(i, OutlinesItem))
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    # The land is filled: the middle of Brazil is not the water's colour, the ocean is.
    brazil = view.mapFromScene(QPointF(-50, 10))
    ocean = view.mapFromScene(QPointF(-30, 30))
    water = view.backgroundBrush().color().rgb()
    assert image.pixel(brazil) != water
    assert image.pixel(ocean) == water
    assert item.level == level_for(view.transform().m22())
    view.zoom(40)
    view.viewport().grab()  # painted closer in, with every point
    assert item.level < LEVELS[-1]
