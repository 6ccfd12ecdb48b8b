"""The map screen's "Online map" switch: the map drawn from a tile server's tiles
(OpenStreetMap's, or the one the settings name) while it is on, the offline map alone
while it is off. The choice is remembered; the tiles are kept in the user's cache
folder, so a region seen once shows again without a network."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QPushButton

from crm_desktop.paths import app_paths
from crm_desktop.views.map.canvas import MapView
from crm_desktop.views.map.tiles import OSM_ATTRIBUTION, OSM_TILES, TileSource

#: the settings' keys: the switch, and a tile server of the office's own with its credit
ONLINE_KEY, URL_KEY, CREDIT_KEY = "map/online", "map/tile_url", "map/tile_credit"


class OnlineMap(QObject):
    """The switch (:attr:`button`) and the tiles it turns on for one map."""

    def __init__(self, view: MapView, settings: QSettings) -> None:
        super().__init__(view)
        self.view, self.settings = view, settings
        self.source: TileSource | None = None
        #: what went wrong reading tiles since the map went online, in the server's words
        self.problem = ""
        self.button = QPushButton(self.tr("Online map"), objectName="map_online")
        self.button.setCheckable(True)
        self.button.setToolTip(
            self.tr(
                "Draw the map from OpenStreetMap's tiles while the computer is online;"
                " the tiles seen are kept for use without a network"
            )
        )
        self.button.setChecked(settings.value(ONLINE_KEY, False, type=bool))
        self.button.toggled.connect(self._switched)
        if self.button.isChecked():
            self._switched(True)

    def _switched(self, online: bool) -> None:
        self.settings.setValue(ONLINE_KEY, online)
        self.problem = ""
        if not online:
            self.view.set_tiles(None)
            self.source = None
            return
        url = str(self.settings.value(URL_KEY, "") or OSM_TILES)
        credit = str(self.settings.value(CREDIT_KEY, "") or "")
        if url == OSM_TILES:
            credit = OSM_ATTRIBUTION
        folder = app_paths().ensure().cache / "map-tiles"
        self.source = TileSource(url, folder, self)
        self.source.failed.connect(self._failed)
        self.view.set_tiles(self.source, credit)

    def _failed(self, reason: str) -> None:
        """Said once in the switch's tooltip; the offline map stays where tiles lack."""
        if self.problem:
            return
        self.problem = reason
        self.button.setToolTip(
            self.tr("Some tiles could not be read (%1); the offline map is shown there.").replace(
                "%1", reason
            )
        )
