"""The markers of the customer map: a disc per place (or per group of places close
together at the zoom on show) with its number of customers, sized by it, in the
colours of their categories, selectable; its pixel size the same at any zoom."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from crm_desktop.views.palette import is_dark

if TYPE_CHECKING:
    from crm_desktop.services.places.service import Pin


def scene_point(latitude: float, longitude: float) -> QPointF:
    return QPointF(longitude, -latitude)


def marker_radius(count: int) -> float:
    """A marker's radius in pixels: its area grows with its customers, up to a limit."""
    return min(9.0 + 3.0 * math.sqrt(count - 1), 24.0)


class MarkerItem(QGraphicsItem):
    """The customers at one place: a disc with their number, selectable; in the colours
    of their categories (a slice each, as large as its share) when the map has them."""

    def __init__(self, pins: list[Pin], colours: dict[str, QColor] | None = None) -> None:
        super().__init__()
        self.pins = pins
        self.count = customers_of(pins)
        self.radius = marker_radius(self.count)
        shares: Counter[str] = Counter()
        for pin in pins:
            shares[pin.category] += pin.count
        #: (colour, customers) of each slice; none: the palette's highlight
        self.slices = [(colours[c], n) for c, n in shares.items()] if colours else []
        self.setPos(scene_point(pins[0].latitude, pins[0].longitude))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(10 + self.count)  # the larger above the smaller
        self.setToolTip(f"{pins[0].place}: {self.count}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        #: called with the marker when the user drops it somewhere else (a movable one)
        self.dropped: Callable[[MarkerItem], None] | None = None
        #: where it stood when the user took it
        self.home = self.pos()

    def set_movable(self, dropped: Callable[[MarkerItem], None]) -> None:
        """Let the user drag the marker; ``dropped`` is told where it is let go."""
        self.dropped = dropped
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def put_back(self) -> None:
        self.setPos(self.home)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.home = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.dropped is not None and self.pos() != self.home:
            self.dropped(self)

    def boundingRect(self) -> QRectF:
        r = self.radius + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = QApplication.palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.color(
            QPalette.ColorRole.Text if self.isSelected() else QPalette.ColorRole.Base
        )
        disc = QRectF(-self.radius, -self.radius, 2 * self.radius, 2 * self.radius)
        if len(self.slices) > 1:
            painter.setPen(Qt.PenStyle.NoPen)
            angle = 90 * 16  # from twelve o'clock
            for colour, customers in self.slices:
                span = round(360 * 16 * customers / self.count)
                painter.setBrush(QBrush(colour))
                painter.drawPie(disc, angle, -span)
                angle -= span
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            fill = QColor(
                self.slices[0][0] if self.slices else palette.color(QPalette.ColorRole.Highlight)
            )
            if not self.isSelected() and not self.slices:
                fill = fill.lighter(125) if is_dark(palette) else fill.lighter(118)
            painter.setBrush(QBrush(fill))
        painter.setPen(QPen(border, 2.5 if self.isSelected() else 1.5))
        painter.drawEllipse(QPointF(0, 0), self.radius, self.radius)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(10, int(self.radius * 0.8)))
        # A count of five digits and more: smaller, to stay within the disc.
        room, width = 2 * self.radius - 4, QFontMetricsF(font).horizontalAdvance(str(self.count))
        if width > room:
            font.setPixelSize(max(7, int(font.pixelSize() * room / width)))
        painter.setFont(font)
        if self.slices:  # white digits with a dark edge read on any slice's colour
            painter.setPen(QColor(0, 0, 0, 140))
            painter.drawText(
                self.boundingRect().translated(1, 1), Qt.AlignmentFlag.AlignCenter, str(self.count)
            )
            painter.setPen(QColor("white"))
        else:
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, str(self.count))


def customers_of(pins: Sequence[Pin]) -> int:
    """The customers these pins stand for (a group pin stands for many)."""
    return sum(pin.count for pin in pins)


def places_of(pins: Sequence[Pin]) -> list[list[Pin]]:
    """The pins at each place (the same coordinates), by name."""
    places: dict[tuple[float, float], list[Pin]] = {}
    for pin in pins:
        places.setdefault((pin.latitude, pin.longitude), []).append(pin)
    return [
        sorted(at, key=lambda p: p.name.casefold()) if len(at) > 1 else at for at in places.values()
    ]
