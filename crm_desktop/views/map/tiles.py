"""Map tiles from a tile server (OpenStreetMap's by default) under the markers, when the
user turns the online map on: fetched as they come into view, kept in a disk cache so
that a region seen once shows again without a network, and drawn over the offline
outlines, which stay where a tile is missing (no network, a server that fails).

The tiles are in the Web Mercator projection and the map in an equirectangular one
(see canvas.py): a tile's columns are a linear run of longitudes, but its rows are not
a linear run of latitudes, so each tile is drawn as horizontal strips, each stretched to
the latitudes its rows cover. At the zoom levels where tiles are read the error inside
a strip is below a pixel."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QPalette
from PySide6.QtNetwork import (
    QNetworkAccessManager,
    QNetworkDiskCache,
    QNetworkReply,
    QNetworkRequest,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from crm_desktop import __version__

#: OpenStreetMap's standard tiles (their usage policy: an identifying User-Agent, the
#: tiles cached, the attribution shown)
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
USER_AGENT = f"CRM-Desktop/{__version__} (customer map)"
#: the web map's limit of latitude (its square world)
MAX_LATITUDE = math.degrees(math.atan(math.sinh(math.pi)))
MAX_ZOOM = 19
TILE_PIXELS = 256
#: strips a tile is drawn in (see the module's docstring)
STRIPS = 8
#: tiles kept decoded in memory; the disk cache keeps many more
MEMORY_TILES = 300
#: tiles asked for at once (the usage policy asks for few connections)
IN_FLIGHT = 4
DISK_CACHE_BYTES = 300 * 1024 * 1024

TileKey = tuple[int, int, int]


def zoom_for(pixels_per_degree: float) -> int:
    """The tile zoom nearest the screen's scale (screen pixels per degree of longitude):
    its tiles are drawn between 0.71 and 1.41 times their size, as web maps do, so a
    view needs few of them."""
    tile_pixels_per_degree = TILE_PIXELS / 360.0
    if pixels_per_degree <= tile_pixels_per_degree:
        return 0
    return min(MAX_ZOOM, round(math.log2(pixels_per_degree / tile_pixels_per_degree)))


def row_latitude(zoom: int, row: float) -> float:
    """The latitude of the top of this (fractional) tile row at this zoom."""
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / 2**zoom))))


def tile_row(zoom: int, latitude: float) -> float:
    latitude = max(-MAX_LATITUDE, min(MAX_LATITUDE, latitude))
    radians = math.radians(latitude)
    return (1 - math.asinh(math.tan(radians)) / math.pi) / 2 * 2**zoom


def tiles_covering(area: QRectF, zoom: int) -> Iterator[tuple[int, int]]:
    """The (column, row) of each tile over this scene area (x = longitude, y = -latitude)."""
    count = 2**zoom
    left = max(0, math.floor((area.left() + 180) / 360 * count))
    right = min(count - 1, math.floor((area.right() + 180) / 360 * count))
    top = max(0, math.floor(tile_row(zoom, -area.top())))
    bottom = min(count - 1, math.floor(tile_row(zoom, -area.bottom())))
    for row in range(top, bottom + 1):
        for column in range(left, right + 1):
            yield column, row


class TileSource(QObject):
    """The tiles of one server: from memory, else from the disk cache or the network
    (asked for once; :attr:`arrived` tells when one is there). A tile the server did not
    give is not asked for again by this source: the map asks anew when it goes online
    again."""

    arrived = Signal()
    #: the server could not be reached or refused a tile (its error, in its words)
    failed = Signal(str)

    def __init__(self, url_template: str, cache_folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.url_template = url_template
        self.network = QNetworkAccessManager(self)
        cache = QNetworkDiskCache(self.network)
        cache.setCacheDirectory(str(cache_folder))
        cache.setMaximumCacheSize(DISK_CACHE_BYTES)
        self.network.setCache(cache)
        self._images: OrderedDict[TileKey, QImage] = OrderedDict()
        self._waiting: list[TileKey] = []
        self._asked: dict[QNetworkReply, TileKey] = {}
        self._missing: set[TileKey] = set()

    def tile(self, key: TileKey) -> QImage | None:
        """The tile if it is here; else it is asked for and ``None`` returned."""
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
            return image
        if key not in self._missing and key not in self._asked.values():
            if key in self._waiting:
                self._waiting.remove(key)
            self._waiting.append(key)  # the latest first: what is on screen now
            self._ask()
        return None

    def forget_waiting(self) -> None:
        """Tiles not yet asked for are no longer wanted (the view moved on)."""
        self._waiting.clear()

    def _ask(self) -> None:
        while self._waiting and len(self._asked) < IN_FLIGHT:
            key = self._waiting.pop()
            zoom, column, row = key
            url = self.url_template.format(z=zoom, x=column, y=row)
            request = QNetworkRequest(QUrl(url))
            request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, USER_AGENT)
            request.setAttribute(
                QNetworkRequest.Attribute.CacheLoadControlAttribute,
                QNetworkRequest.CacheLoadControl.PreferCache,
            )
            reply = self.network.get(request)
            self._asked[reply] = key
            reply.finished.connect(lambda reply=reply: self._finished(reply))

    def _finished(self, reply: QNetworkReply) -> None:
        key = self._asked.pop(reply)
        image = QImage()
        if reply.error() == QNetworkReply.NetworkError.NoError:
            image.loadFromData(reply.readAll().data())
        if image.isNull():
            self._missing.add(key)
            self.failed.emit(reply.errorString())
        else:
            self._images[key] = image
            while len(self._images) > MEMORY_TILES:
                self._images.popitem(last=False)
            self.arrived.emit()
        reply.deleteLater()
        self._ask()


class TilesItem(QGraphicsItem):
    """The tiles under the markers, at the zoom that fits the view's scale, over the
    offline outlines."""

    def __init__(self, source: TileSource) -> None:
        super().__init__()
        self.source = source
        self.setZValue(-0.5)  # over the outlines, under the towns and markers
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        #: the zoom of the tiles painted last (tests read it)
        self.zoom = 0

    def boundingRect(self) -> QRectF:
        return QRectF(-180, -MAX_LATITUDE, 360, 2 * MAX_LATITUDE)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.zoom = zoom_for(painter.worldTransform().m11())
        self.source.forget_waiting()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for column, row in tiles_covering(option.exposedRect, self.zoom):
            image = self.source.tile((self.zoom, column, row))
            if image is not None:
                draw_tile(painter, image, self.zoom, column, row)


def draw_tile(painter: QPainter, image: QImage, zoom: int, column: int, row: int) -> None:
    """One tile in its place on the equirectangular map, a strip at a time, each strip
    reaching a pixel into the next (smoothed edges would show as faint seams)."""
    pixel = 1 / max(abs(painter.worldTransform().m22()), 1e-9)
    count = 2**zoom
    left = column / count * 360 - 180
    width = 360 / count
    height = image.height() / STRIPS
    for strip in range(STRIPS):
        top = row_latitude(zoom, row + strip / STRIPS)
        bottom = row_latitude(zoom, row + (strip + 1) / STRIPS)
        target = QRectF(left, -top, width, top - bottom + pixel)
        painter.drawImage(target, image, QRectF(0, strip * height, image.width(), height))


def draw_credit(painter: QPainter, viewport: QWidget, credit: str) -> None:
    """The tile server's credit in the bottom right corner of the view, on a pale ground."""
    painter.save()
    painter.resetTransform()
    metrics = QFontMetricsF(viewport.font())
    margin = 3.0
    width, height = metrics.horizontalAdvance(credit), metrics.height()
    area = viewport.rect()
    box = QRectF(
        area.right() - width - 2 * margin, area.bottom() - height - margin,
        width + 2 * margin, height + margin,
    )  # fmt: skip
    palette = viewport.palette()
    ground = palette.color(QPalette.ColorRole.Base)
    ground.setAlphaF(0.75)
    painter.fillRect(box, ground)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, credit)
    painter.restore()
