"""The online map: tiles from a tile server on loopback drawn under the markers, kept in
the disk cache for use without a network, and the offline map where a tile fails."""

from __future__ import annotations

import http.server
import math
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSettings
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from crm_desktop.services import Services
from crm_desktop.services.places.gazetteer import Gazetteer
from crm_desktop.views.map.canvas import TownsItem
from crm_desktop.views.map.online import CREDIT_KEY, ONLINE_KEY, URL_KEY
from crm_desktop.views.map.screen import MapScreen
from crm_desktop.views.map.tiles import (
    MAX_LATITUDE,
    TilesItem,
    row_latitude,
    tile_row,
    tiles_covering,
    zoom_for,
)
from tests.views.map.conftest import open_screen


def tile_colour(zoom: int) -> QColor:
    """Each zoom's tiles in a colour of their own, so a test can tell which it sees."""
    return QColor.fromHsv((zoom * 37) % 360, 200, 200)


def png(colour: QColor) -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(colour)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return buffer.data().data()


class TileServer:
    """A tile server on loopback: ``/{z}/{x}/{y}.png`` is a plain tile of the zoom's
    colour (or, with ``broken``, a page that is not an image), and what was asked for is
    kept."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.broken = False
        tiles = {zoom: png(tile_colour(zoom)) for zoom in range(20)}
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.asked.append(self.path)
                zoom = int(self.path.strip("/").split("/")[0])
                body = b"<html>no tiles here</html>" if server.broken else tiles[zoom]
                self.send_response(200)
                self.send_header("Content-Type", "text/html" if server.broken else "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "max-age=86400")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet

        self.http = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture
def tile_server() -> Iterator[TileServer]:
    server = TileServer()
    yield server
    server.stop()


@pytest.fixture
def online_settings(settings: QSettings, tile_server: TileServer) -> QSettings:
    settings.setValue(URL_KEY, tile_server.url)
    settings.setValue(CREDIT_KEY, "© Loopback tiles")
    return settings


@pytest.fixture
def map_screen(
    qtbot: QtBot,
    services: Services,
    online_settings: QSettings,
    customers: dict[str, int],
    places: Gazetteer,
) -> Iterator[MapScreen]:
    yield from open_screen(qtbot, services, online_settings)


def share_of(image: QImage, colour: QColor) -> float:
    """How much of the image is this colour (give or take the smoothing)."""
    hits = total = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            pixel = image.pixelColor(x, y)
            total += 1
            hits += all(
                abs(a - b) <= 6
                for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)
            )
    return hits / total


def tiles_item(screen: MapScreen) -> TilesItem:
    (item,) = [i for i in screen.map.scene().items() if isinstance(i, TilesItem)]
    return item


def test_the_tile_arithmetic_matches_the_web_map() -> None:
    assert zoom_for(0.5) == 0
    assert zoom_for(256 / 360) == 0
    assert zoom_for(256 / 360 * 1000) == 10  # 2**10 = 1024: the tiles at 98 % of their size
    assert zoom_for(256 / 360 * 1300) == 10  # 127 %: nearer than the 63 % of zoom 11
    assert zoom_for(1e9) == 19
    assert row_latitude(0, 0) == pytest.approx(MAX_LATITUDE) == pytest.approx(85.0511, abs=1e-4)
    assert row_latitude(5, 16) == pytest.approx(0.0, abs=1e-9)  # the equator halves the rows
    for zoom, latitude in [(3, 64.1), (12, -23.55), (17, 21.03)]:
        assert row_latitude(zoom, tile_row(zoom, latitude)) == pytest.approx(latitude)
    world = QRectF(-180, -MAX_LATITUDE, 360, 2 * MAX_LATITUDE)
    assert sorted(tiles_covering(world, 1)) == [(0, 0), (0, 1), (1, 0), (1, 1)]
    # Reykjavík at zoom 10: the tile OpenStreetMap serves it on (x from the longitude,
    # y from the Mercator latitude)
    here = QRectF(-21.94, -64.146, 0.0001, 0.0001)
    assert list(tiles_covering(here, 10)) == [(449, 272)]
    assert math.floor(tile_row(10, 64.146)) == 272


def test_online_the_map_is_drawn_from_the_tiles(
    qtbot: QtBot, map_screen: MapScreen, tile_server: TileServer
) -> None:
    assert not map_screen.online.button.isChecked()  # offline until the user says so
    offline = map_screen.map.grab().toImage()
    assert tile_server.asked == []

    map_screen.online.button.click()
    map_screen.map.viewport().repaint()
    zoom = tiles_item(map_screen).zoom
    colour = tile_colour(zoom)
    qtbot.waitUntil(lambda: share_of(map_screen.map.grab().toImage(), colour) > 0.5, timeout=10_000)

    assert share_of(offline, colour) < 0.01
    assert all(path.startswith(f"/{zoom}/") for path in tile_server.asked)
    assert map_screen.map.credit == "© Loopback tiles"
    towns = [i for i in map_screen.map.scene().items() if isinstance(i, TownsItem)]
    assert towns and not any(t.isVisible() for t in towns)  # the tiles have their own
    assert map_screen.map.markers  # the customers are still on top

    # Closer in: the tiles of a finer zoom are asked for.
    map_screen.map.zoom(8.0)
    map_screen.map.viewport().repaint()
    finer = tiles_item(map_screen).zoom
    assert finer == zoom + 3
    qtbot.waitUntil(
        lambda: share_of(map_screen.map.grab().toImage(), tile_colour(finer)) > 0.5,
        timeout=10_000,
    )

    map_screen.online.button.click()  # off again: the offline map alone
    assert not [i for i in map_screen.map.scene().items() if isinstance(i, TilesItem)]
    assert all(t.isVisible() for t in towns)
    assert share_of(map_screen.map.grab().toImage(), tile_colour(finer)) < 0.01


def test_tiles_seen_once_show_without_a_network(
    qtbot: QtBot,
    services: Services,
    online_settings: QSettings,
    customers: dict[str, int],
    places: Gazetteer,
    tile_server: TileServer,
) -> None:
    online_settings.setValue(ONLINE_KEY, True)
    screens = open_screen(qtbot, services, online_settings)
    first = next(screens)
    assert first.online.button.isChecked()  # the switch remembered
    first.map.viewport().repaint()
    colour = tile_colour(tiles_item(first).zoom)
    qtbot.waitUntil(lambda: share_of(first.map.grab().toImage(), colour) > 0.5, timeout=10_000)
    next(screens, None)  # closed
    tile_server.stop()  # the network is gone

    again = open_screen(qtbot, services, online_settings)
    second = next(again)
    second.map.viewport().repaint()
    qtbot.waitUntil(lambda: share_of(second.map.grab().toImage(), colour) > 0.5, timeout=10_000)
    next(again, None)


def test_a_server_that_gives_no_tiles_leaves_the_offline_map(
    qtbot: QtBot, map_screen: MapScreen, tile_server: TileServer
) -> None:
    tile_server.broken = True
    offline = map_screen.map.grab().toImage()
    map_screen.online.button.click()
    map_screen.map.viewport().repaint()
    qtbot.waitUntil(lambda: map_screen.online.problem != "", timeout=10_000)

    assert "could not be read" in map_screen.online.button.toolTip()
    drawn = map_screen.map.grab().toImage()
    assert share_of(drawn, tile_colour(tiles_item(map_screen).zoom)) < 0.01
    assert share_of(drawn, offline.pixelColor(5, 5)) > 0.3  # the offline map's ground
    for _ in range(3):
        map_screen.map.viewport().repaint()
        qtbot.wait(100)
    assert tile_server.asked
    assert len(set(tile_server.asked)) == len(tile_server.asked)  # a failed tile: asked once
