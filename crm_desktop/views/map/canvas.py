"""The map itself, drawn offline: an equirectangular projection (a degree of longitude
as wide as a degree of latitude times the cosine of the latitude in the middle of the
view), the towns of the countries on show as small dots that trace their shape, the
largest cities' names faint, and a marker per place sized by its customers.

The scene is in degrees (x = longitude, y = -latitude); the view's transform scales it.
Dots are drawn with a cosmetic pen and markers and names ignore the transform, so they
keep their size in screen pixels (and are sharp at any scaling) as the user zooms."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from crm_desktop.views.map.route import route_items
from crm_desktop.views.palette import is_dark

if TYPE_CHECKING:
    from crm_desktop.services.places.gazetteer import City
    from crm_desktop.services.places.service import Pin

#: how much one step of the mouse wheel zooms
WHEEL_ZOOM = 1.25
#: pixels per degree at the closest and farthest zoom
MAX_SCALE, MIN_SCALE = 20000.0, 1.0
#: names shown per country: its largest cities of at least this many people
LABELS_PER_COUNTRY, LABEL_POPULATION = 6, 500_000
#: names show from this zoom on (pixels per degree): a country, not the world
LABEL_SCALE = 12.0


def scene_point(latitude: float, longitude: float) -> QPointF:
    return QPointF(longitude, -latitude)


def marker_radius(count: int) -> float:
    """A marker's radius in pixels: its area grows with its customers, up to a limit."""
    return min(9.0 + 3.0 * math.sqrt(count - 1), 24.0)


def faint_color(strength: float) -> QColor:
    """The text's colour faded ``strength`` of the way from the background's: quiet on
    a light palette and on a dark one alike."""
    palette = QApplication.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    return QColor.fromRgbF(
        base.redF() + (text.redF() - base.redF()) * strength,
        base.greenF() + (text.greenF() - base.greenF()) * strength,
        base.blueF() + (text.blueF() - base.blueF()) * strength,
    )


class TownsItem(QGraphicsItem):
    """Every town as a dot of a couple of pixels, in one item (thousands of them)."""

    def __init__(self, towns: Sequence[City]) -> None:
        super().__init__()
        self._points = QPolygonF([scene_point(t.latitude, t.longitude) for t in towns])
        self._bounds = self._points.boundingRect()
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-0.5, -0.5, 0.5, 0.5)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = QPen(faint_color(0.3), 2.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        # Round dots of the same pixels at every zoom: drawn in the screen's coordinates.
        to_screen = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.drawPoints(to_screen.map(self._points))
        painter.restore()


class MarkerItem(QGraphicsItem):
    """The customers at one place: a disc with their number, selectable; in the colours
    of their categories (a slice each, as large as its share) when the map has them."""

    def __init__(self, pins: list[Pin], colours: dict[str, QColor] | None = None) -> None:
        super().__init__()
        self.pins = pins
        self.radius = marker_radius(len(pins))
        shares: dict[str, int] = {}
        for pin in pins:
            shares[pin.category] = shares.get(pin.category, 0) + 1
        #: (colour, customers) of each slice; none: the palette's highlight
        self.slices = [(colours[c], n) for c, n in shares.items()] if colours else []
        self.setPos(scene_point(pins[0].latitude, pins[0].longitude))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(10 + len(pins))  # the larger above the smaller
        self.setToolTip(f"{pins[0].place}: {len(pins)}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    @property
    def count(self) -> int:
        return len(self.pins)

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


def markers_of(pins: Sequence[Pin], colours: dict[str, QColor] | None = None) -> list[MarkerItem]:
    """One marker per place: the pins at the same coordinates together."""
    places: dict[tuple[float, float], list[Pin]] = {}
    for pin in pins:
        places.setdefault((pin.latitude, pin.longitude), []).append(pin)
    return [
        MarkerItem(sorted(at, key=lambda p: p.name.casefold()), colours) for at in places.values()
    ]


class LabelItem(QGraphicsItem):
    """A city's name, faint, just right of its dot (or of its marker), in screen pixels."""

    def __init__(self, town: City) -> None:
        super().__init__()
        self.text = town.name
        self.setPos(scene_point(town.latitude, town.longitude))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(1)
        self._font = QFont(QApplication.font())
        self._font.setPointSizeF(self._font.pointSizeF() * 0.85)
        self._metrics = QFontMetricsF(self._font)
        self.set_offset(5)

    def set_offset(self, pixels: float) -> None:
        """Write the name ``pixels`` right of the place (beyond a marker standing on it)."""
        self.prepareGeometryChange()
        self._at = QPointF(pixels, self._metrics.ascent() / 2 - 1)
        self._bounds = self._metrics.boundingRect(self.text).translated(self._at)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setFont(self._font)
        painter.setPen(faint_color(0.55))
        painter.drawText(self._at, self.text)


def labels_of(towns: Sequence[City]) -> list[LabelItem]:
    """The names of each country's largest cities."""
    shown: dict[str, int] = {}
    labels = []
    for town in sorted(towns, key=lambda t: -t.population):
        if town.population < LABEL_POPULATION or shown.get(town.country, 0) >= LABELS_PER_COUNTRY:
            continue
        shown[town.country] = shown.get(town.country, 0) + 1
        labels.append(LabelItem(town))
    return labels


class MapView(QGraphicsView):
    """The map: the wheel zooms around the cursor, dragging pans, Shift-dragging (or
    Ctrl-dragging) selects the markers in a rectangle, a click selects one marker."""

    #: the pins of the selected markers changed
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_map")
        scene = QGraphicsScene(self)
        scene.setSceneRect(QRectF(-200, -100, 400, 200))  # the world and a margin to pan
        scene.selectionChanged.connect(self.selection_changed)
        self.setScene(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        self.scale_ = 1.0
        self.markers: list[MarkerItem] = []
        #: the line and the stops' numbers of the route drawn, if any
        self.route_items: list[QGraphicsItem] = []
        self._fitted = False

    def show_places(
        self,
        pins: Sequence[Pin],
        towns: Sequence[City],
        *,
        fit: bool,
        colours: dict[str, QColor] | None = None,
    ) -> None:
        """Draw these towns and a marker per place of these pins, in the ``colours`` of
        their categories when given; with ``fit``, show them all, else keep the view
        where it is."""
        scene = self.scene()
        scene.clear()
        self.route_items = []
        scene.addItem(TownsItem(towns))
        self.markers = markers_of(pins, colours)
        radii = {(m.pos().x(), m.pos().y()): m.radius for m in self.markers}
        for marker in self.markers:
            scene.addItem(marker)
        for label in labels_of(towns):
            label.set_offset(radii.get((label.pos().x(), label.pos().y()), 0) + 5)
            scene.addItem(label)
        if fit or not self.markers:
            self.fit()
        else:
            self._apply(self.mapToScene(self.viewport().rect().center()))

    def show_route(self, stops: Sequence[tuple[float, float]]) -> None:
        """Draw the way through these places (latitude, longitude) in order, each place
        numbered by its first stop; an empty route takes the one drawn away."""
        scene = self.scene()
        for item in self.route_items:
            scene.removeItem(item)
        self.route_items = []
        places = list(dict.fromkeys(stops))
        if not places:
            return
        radii = {(m.pos().x(), m.pos().y()): m.radius for m in self.markers}
        points = [scene_point(lat, lon) for lat, lon in places]
        self.route_items = route_items(points, radii)
        for item in self.route_items:
            scene.addItem(item)

    def selected_pins(self) -> list[Pin]:
        return [pin for m in self.markers if m.isSelected() for pin in m.pins]

    def fit(self) -> None:
        """Show every marker (the towns when there is none), with a margin."""
        self._fitted = True
        items = self.markers or [i for i in self.scene().items() if isinstance(i, TownsItem)]
        if not items:
            self._set_view(QRectF(-180, -80, 360, 160))
            return
        points = [i.pos() for i in items if isinstance(i, MarkerItem)]
        if points:
            xs, ys = [p.x() for p in points], [p.y() for p in points]
            area = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        else:
            area = items[0].boundingRect()
        # a single place, or places close together: a region around them, not one point
        margin_x, margin_y = max(area.width() * 0.12, 1.0), max(area.height() * 0.12, 1.0)
        self._set_view(area.adjusted(-margin_x, -margin_y, margin_x, margin_y))

    def _set_view(self, area: QRectF) -> None:
        aspect = math.cos(math.radians(-area.center().y()))
        size = self.viewport().size()
        across = max(area.width() * aspect, 1e-6)
        scale = min(size.width() / across, size.height() / max(area.height(), 1e-6))
        self.scale_ = max(MIN_SCALE, min(MAX_SCALE, scale))
        self._apply(area.center())

    def _apply(self, center: QPointF) -> None:
        aspect = max(math.cos(math.radians(-center.y())), 0.2)
        self.setTransform(QTransform.fromScale(self.scale_ * aspect, self.scale_))
        for item in self.scene().items():
            if isinstance(item, LabelItem):
                item.setVisible(self.scale_ >= LABEL_SCALE)
        self.centerOn(center)

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the scene point under ``anchor`` (viewport pixels)
        where it is; the middle of the view without one."""
        viewport = self.viewport().rect()
        at = anchor if anchor is not None else QPointF(viewport.center())
        before = self.mapToScene(at.toPoint())
        center = self.mapToScene(viewport.center())
        self._fitted = False  # the user's own view from now on, kept when resized
        self.scale_ = max(MIN_SCALE, min(MAX_SCALE, self.scale_ * factor))
        self._apply(center)
        after = self.mapToScene(at.toPoint())
        self.centerOn(self.mapToScene(viewport.center()) + (before - after))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(WHEEL_ZOOM**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        area = event.modifiers() & (
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        )
        self.setDragMode(
            QGraphicsView.DragMode.RubberBandDrag if area else QGraphicsView.DragMode.ScrollHandDrag
        )
        self._fitted = False
        on_marker = isinstance(self.itemAt(event.position().toPoint()), MarkerItem)
        if not area and not on_marker and event.button() == Qt.MouseButton.LeftButton:
            self.scene().clearSelection()  # a click on the land: nothing selected
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system went dark or light
            self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
