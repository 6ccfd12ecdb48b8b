"""The route of planned visits on the map: a dashed line through their places in
order, under the markers, and each place's number on the way at its marker's corner.
The line is a few pixels wide and the numbers keep their pixel size at any zoom."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem, QWidget


class RouteItem(QGraphicsItem):
    """The way between visits: a line through their places in order, a few pixels wide
    at any zoom, under the markers."""

    def __init__(self, points: Sequence[QPointF]) -> None:
        super().__init__()
        self._points = QPolygonF(list(points))
        self.setZValue(5)

    def boundingRect(self) -> QRectF:
        return self._points.boundingRect().adjusted(-0.5, -0.5, 0.5, 0.5)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = QPen(route_color(), 3.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.drawPolyline(self._points)


class StopItem(QGraphicsItem):
    """A stop's number on the route, in a small disc at the upper left of its marker."""

    def __init__(self, at: QPointF, number: int, marker: float) -> None:
        super().__init__()
        self.text = str(number)
        self.setPos(at)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(100)  # above every marker
        self._font = QFont(QApplication.font())
        self._font.setBold(True)
        self._font.setPixelSize(11)
        width = max(16.0, QFontMetricsF(self._font).horizontalAdvance(self.text) + 8)
        offset = marker * 0.75
        self._disc = QRectF(-offset - width, -offset - 16, width, 16)

    def boundingRect(self) -> QRectF:
        return self._disc.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QApplication.palette().color(QPalette.ColorRole.Base), 1.5))
        painter.setBrush(QBrush(route_color()))
        painter.drawRoundedRect(self._disc, 8, 8)
        painter.setFont(self._font)
        painter.setPen(QColor("white"))
        painter.drawText(self._disc, Qt.AlignmentFlag.AlignCenter, self.text)


def route_color() -> QColor:
    """The route's colour: the palette's link colour, strong on light and dark alike."""
    return QApplication.palette().color(QPalette.ColorRole.Link)


def route_items(
    points: Sequence[QPointF], radii: dict[tuple[float, float], float]
) -> list[QGraphicsItem]:
    """The line through ``points`` (scene points, in order) and a number per point, beside
    the marker of the radius ``radii`` gives for it (in pixels)."""
    items: list[QGraphicsItem] = [RouteItem(points)]
    for number, point in enumerate(points, start=1):
        items.append(StopItem(point, number, radii.get((point.x(), point.y()), 0.0)))
    return items
