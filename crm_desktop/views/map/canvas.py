"""The map itself, drawn offline: an equirectangular projection (a degree of longitude
as wide as a degree of latitude times the cosine of the latitude in the middle of the
view), the countries' outlines (outlines.py) with the towns of the countries on show
as small dots in them, the largest cities' names faint, and a marker per place sized
by its customers.

The scene is in degrees (x = longitude, y = -latitude); the view's transform scales it.
Dots are drawn with a cosmetic pen and markers and names ignore the transform, so they
keep their size in screen pixels (and are sharp at any scaling) as the user zooms."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
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

from crm_desktop.services.places.grid import FIT_MARGIN
from crm_desktop.views.map.clusters import group_places
from crm_desktop.views.map.colours import faint_color
from crm_desktop.views.map.markers import (
    MarkerItem,
    customers_of,
    marker_radius,
    places_of,
    scene_point,
)
from crm_desktop.views.map.outlines import OutlinesItem
from crm_desktop.views.map.route import route_items
from crm_desktop.views.map.tiles import TilesItem, TileSource, draw_credit

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


class TownsItem(QGraphicsItem):
    """Every town as a dot of a couple of pixels, in one item (thousands of them)."""

    def __init__(self, towns: Sequence[City]) -> None:
        super().__init__()
        self._points = QPolygonF([scene_point(t.latitude, t.longitude) for t in towns])
        self._bounds = self._points.boundingRect()
        self.setZValue(0)

    @property
    def count(self) -> int:
        return self._points.size()

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-0.5, -0.5, 0.5, 0.5)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = QPen(faint_color(0.25), 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        # Round dots of the same pixels at every zoom: drawn in the screen's coordinates.
        to_screen = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.drawPoints(to_screen.map(self._points))
        painter.restore()


class LabelItem(QGraphicsItem):
    """A city's name, faint, just right of its dot (or of its marker), in screen pixels."""

    def __init__(self, town: City) -> None:
        super().__init__()
        self.town = town
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
    """The names of each country's largest cities (``towns``: each country's largest
    first, as the gazetteer gives them)."""
    shown: dict[str, int] = {}
    labels = []
    for town in towns:
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
    #: the zoom changed (to this many pixels per degree of latitude), or the view moved
    zoomed = Signal(float)
    #: a customer's marker was dragged and let go at (latitude, longitude); it stays
    #: there until :meth:`move_pin` saves the move or :meth:`put_back` undoes it
    pin_dropped = Signal(object, float, float)

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
        # The place in the middle stays there when the map is made wider or narrower.
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        self.scale_ = 1.0
        self.markers: list[MarkerItem] = []
        #: the customers of each place, and the colours of their categories
        self.places: list[list[Pin]] = []
        self._colours: dict[str, QColor] | None = None
        #: the places of each marker drawn (indexes into ``places``)
        self._groups: list[list[int]] = []
        #: the line and the stops' numbers of the route drawn, if any
        self.route_items: list[QGraphicsItem] = []
        self._fitted = False
        #: whether the customers' markers may be dragged to move them
        self._movable = False
        #: the marker let go last (until it is saved or put back)
        self._dropped: MarkerItem | None = None
        #: the online map's tiles and the credit their server asks for, when it is on
        self._tiles: TileSource | None = None
        self.credit = ""

    def set_tiles(self, source: TileSource | None, credit: str = "") -> None:
        """Draw the map from this tile server's tiles (``None``: the offline map alone),
        with the ``credit`` its terms ask to be shown in a corner."""
        if self._tiles is not None:
            self._tiles.arrived.disconnect(self.viewport().update)
        self._tiles, self.credit = source, credit
        if source is not None:
            source.arrived.connect(self.viewport().update)
        scene = self.scene()
        for item in scene.items():
            if isinstance(item, TilesItem):
                scene.removeItem(item)
        self._add_tiles()
        self.viewport().update()

    def _add_tiles(self) -> None:
        """The tiles under the markers; the towns' dots and names, which the tiles show
        themselves, only on the offline map."""
        if self._tiles is not None:
            self.scene().addItem(TilesItem(self._tiles))
        for item in self.scene().items():
            if isinstance(item, TownsItem):
                item.setVisible(self._tiles is None)
            elif isinstance(item, LabelItem):
                item.setVisible(self._tiles is None and self.scale_ >= LABEL_SCALE)

    def show_places(
        self,
        pins: Sequence[Pin],
        towns: Sequence[City],
        *,
        fit: bool,
        colours: dict[str, QColor] | None = None,
        movable: bool = False,
    ) -> None:
        """Draw these towns and a marker per place of these pins, in the ``colours`` of
        their categories when given; with ``fit``, show them all, else keep the view
        where it is. ``movable``: a marker of one customer with coordinates of its own
        can be dragged (see :attr:`pin_dropped`)."""
        scene = self.scene()
        self.markers, self._groups = [], []  # before they are deleted with the scene's items
        scene.clear()
        self.route_items = []
        self._movable, self._dropped = movable, None
        scene.addItem(OutlinesItem())
        scene.addItem(TownsItem(towns))
        self.places, self._colours = places_of(pins), colours
        customers = {(at[0].latitude, at[0].longitude): customers_of(at) for at in self.places}
        for label in labels_of(towns):
            here = customers.get((label.town.latitude, label.town.longitude))
            label.set_offset((marker_radius(here) if here else 0) + 5)
            scene.addItem(label)
        self._add_tiles()
        if fit or not self.places:
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
        towns = [i for i in self.scene().items() if isinstance(i, TownsItem) and i.count]
        if not self.places and not towns:
            self._set_view(QRectF(-180, -80, 360, 160))
            return
        if self.places:
            xs = [at[0].longitude for at in self.places]
            ys = [-at[0].latitude for at in self.places]
            area = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        else:
            area = towns[0].boundingRect()
        # a single place, or places close together: a region around them, not one point
        margin_x = max(area.width() * FIT_MARGIN, 1.0)
        margin_y = max(area.height() * FIT_MARGIN, 1.0)
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
                item.setVisible(self._tiles is None and self.scale_ >= LABEL_SCALE)
        self._cluster()
        self.centerOn(center)
        self.zoomed.emit(self.scale_)

    def _cluster(self) -> None:
        """A marker per group of places whose discs would overlap at this zoom (see
        clusters.py), drawn anew only when the groups change; the customers selected
        stay selected (a group with any of them is selected whole)."""
        transform = self.transform()
        # The scene's x is the longitude and y the negative latitude, only scaled on screen
        # (where the view is does not change which markers overlap).
        across, down = transform.m11(), -transform.m22()
        points = [(at[0].longitude * across, at[0].latitude * down) for at in self.places]
        groups = group_places(points, [customers_of(at) for at in self.places], marker_radius)
        if groups == self._groups:
            return
        chosen = {(pin.record_type, pin.id) for pin in self.selected_pins()}
        scene = self.scene()
        scene.blockSignals(True)
        for marker in self.markers:
            scene.removeItem(marker)
        self.markers = []
        for group in groups:
            pins = [pin for at in group for pin in self.places[at]]
            marker = MarkerItem(pins, self._colours)
            marker.setToolTip(self._tooltip(pins, nearby=len(group) > 1))
            if self._movable and marker.count == 1 and pins[0].version is not None:
                marker.set_movable(self._let_go)
                marker.setToolTip(f"{marker.toolTip()}\n{self.tr('Drag it to move it.')}")
            scene.addItem(marker)
            marker.setSelected(bool(chosen) and any((p.record_type, p.id) in chosen for p in pins))
            self.markers.append(marker)
        scene.blockSignals(False)
        self._groups = groups
        if chosen or any(m.isSelected() for m in self.markers):
            self.selection_changed.emit()

    def _tooltip(self, pins: list[Pin], *, nearby: bool) -> str:
        """What a marker's tooltip says: its customer and how exactly it is placed, or
        how many customers are there."""
        count = customers_of(pins)
        if count == 1:
            pin = pins[0]
            where = (
                self.tr("%1, at its exact position") if pin.exact else self.tr("%1, at its city")
            )
            return f"{pin.name}\n{where.replace('%1', pin.place)}"
        if nearby:
            text = self.tr("%1 and places nearby: %2")
        else:
            text = self.tr("%1: %2 at one exact position") if pins[0].exact else "%1: %2"
        return text.replace("%1", pins[0].place).replace("%2", str(count))

    def _let_go(self, marker: MarkerItem) -> None:
        """A customer's marker dropped: say where (on the map's world, in degrees)."""
        self._dropped = marker
        at = marker.pos()
        latitude = max(-90.0, min(90.0, -at.y()))
        longitude = max(-180.0, min(180.0, at.x()))
        # Told once the mouse event is over: the answer redraws the markers, this one too.
        QTimer.singleShot(
            0, self, lambda: self.pin_dropped.emit(marker.pins[0], latitude, longitude)
        )

    def put_back(self) -> None:
        """The marker let go last back where it stood (its move was not saved)."""
        if self._dropped is not None and self._dropped.scene() is self.scene():
            self._dropped.put_back()
        self._dropped = None

    def move_pin(self, moved: Pin) -> None:
        """Show a customer at its new place (the same record as one of the pins)."""
        self._dropped = None
        key = (moved.record_type, moved.id)
        places = [[p for p in at if (p.record_type, p.id) != key] for at in self.places]
        self.places = [at for at in places if at] + [[moved]]
        self._groups = []  # drawn anew, even if the groups are the same
        self._cluster()

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

    def visible_area(self, around: float = 0.0) -> tuple[float, float, float, float]:
        """The south, west, north and east of the map on show (in degrees), with
        ``around`` times its height and width more on each side."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        tall, wide = shown.height() * around, shown.width() * around
        return (
            -shown.bottom() - tall,
            shown.left() - wide,
            -shown.top() + tall,
            shown.right() + wide,
        )

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.zoomed.emit(self.scale_)

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

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self._tiles is not None and self.credit:
            draw_credit(painter, self.viewport(), self.credit)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system went dark or light
            self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
