"""The countries under the markers: their land faintly filled and their borders and
coasts as thin lines, from the outlines shipped with the program (see
services/places/outlines.py). A country's path is built once per level of detail and
kept; each paint takes the level a pixel can show at the zoom on show and draws only
the countries in the area being painted."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from crm_desktop.services.places.outlines import countries, simplified
from crm_desktop.views.map.colours import faint_color

#: the levels of detail: points nearer than this many degrees to the last are left out
LEVELS = (0.0, 0.5, 1.0, 2.0)
#: not drawn: no customer is there, and the projection would stretch it into a band
ANTARCTICA = "ATA"
#: a level is good enough while the points it leaves out are within this many pixels
PIXELS = 1.5


@cache
def country_paths(level: float) -> tuple[tuple[QPainterPath, QRectF], ...]:
    """Each country's land as one path (an island a subpath) in scene coordinates
    (x = longitude, y = -latitude), with its bounds; built on first use per level."""
    found = []
    for country in countries():
        if country.code == ANTARCTICA:
            continue
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for ring in country.rings:
            points = [QPointF(x, -y) for x, y in simplified(ring, level)]
            path.addPolygon(QPolygonF(points))
            path.closeSubpath()
        found.append((path, path.boundingRect()))
    return tuple(found)


def level_for(pixels_per_degree: float) -> float:
    """The coarsest level whose left-out points are within a pixel at this zoom."""
    fine_enough = [lvl for lvl in LEVELS if lvl * pixels_per_degree <= PIXELS]
    return max(fine_enough) if fine_enough else LEVELS[0]


class OutlinesItem(QGraphicsItem):
    """Every country of the world, under everything else on the map."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        #: the level of detail of the last paint (tests read it)
        self.level = LEVELS[0]

    def boundingRect(self) -> QRectF:
        return QRectF(-180, -90, 360, 180)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.level = level_for(painter.worldTransform().m22())
        exposed = option.exposedRect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(faint_color(0.28), 0.8)
        pen.setCosmetic(True)  # a hairline at any zoom
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(QBrush(faint_color(0.07)))
        for path, bounds in country_paths(self.level):
            if bounds.intersects(exposed):
                painter.drawPath(path)
