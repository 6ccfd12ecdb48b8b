"""The dashboard (Analytics › Dashboard): the user's tiles, read for one period and
scope on a worker thread, arranged and chosen by the user and kept per user."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.services.reports.charts import TILES, Chart, chart, tile
from crm_desktop.services.reports.types import Drill, ReportTable
from crm_desktop.views.dashboard.tile import DashboardTile
from crm_desktop.views.jobs import JobContext, Jobs
from crm_desktop.views.reports.choices import ReportChoices, report_text
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services

COLUMNS = 2


class DashboardScreen(QWidget):
    """Tiles of charts; a bar's click emits ``show_records`` with the records behind it."""

    show_records = Signal(object)  # a Drill

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.services = services
        self.jobs = Jobs(self)
        self.choices = ReportChoices()
        self.choices.changed.connect(self.reload)
        self.currency_box = QComboBox()
        self.currency_box.setAccessibleName(self.tr("Currency of the amounts"))
        self.currency_box.setToolTip(
            self.tr("Charts show the amounts of one currency; they are never converted.")
        )
        self.currency_box.addItem(services.settings.default_currency())
        self.currency_box.activated.connect(lambda _index: self._redraw())
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add tile"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button.setMenu(self.add_menu)
        title = QLabel(self.tr("Dashboard"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(12)
        bar.addWidget(self.choices)
        bar.addWidget(self.currency_box)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.tiles: list[DashboardTile] = []
        self._reports: dict[str, ReportTable] = {}
        self._charts: dict[str, Chart] = {}
        self._generation = 0
        try:
            keys = services.dashboard.tiles()
        except DomainError as exc:
            keys = ()
            show_domain_error(self, exc)
        self._build(keys)
        self.reload()

    # -- the tiles -------------------------------------------------------------------------------
    def tile_keys(self) -> tuple[str, ...]:
        return tuple(t.spec.key for t in self.tiles)

    def add_tile(self, key: str) -> None:
        self._arrange((*self.tile_keys(), key))
        self.reload()

    def remove_tile(self, key: str) -> None:
        self._arrange(tuple(k for k in self.tile_keys() if k != key))

    def move_tile(self, key: str, step: int) -> None:
        keys = list(self.tile_keys())
        at = keys.index(key)
        to = min(max(at + step, 0), len(keys) - 1)
        keys.insert(to, keys.pop(at))
        self._arrange(tuple(keys))

    def _arrange(self, keys: tuple[str, ...]) -> None:
        try:
            self.services.dashboard.save(keys)
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        self._build(keys)
        self._redraw()

    def _build(self, keys: tuple[str, ...]) -> None:
        for old in self.tiles:
            self.grid.removeWidget(old)
            old.deleteLater()
        self.tiles = []
        for n, key in enumerate(keys):
            view = DashboardTile(tile(key), self.grid_host)
            view.open_records.connect(lambda index, k=key: self._open(k, index))
            view.move_requested.connect(lambda step, k=key: self.move_tile(k, step))
            view.remove_requested.connect(lambda k=key: self.remove_tile(k))
            self.grid.addWidget(view, n // COLUMNS, n % COLUMNS)
            self.tiles.append(view)

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        shown = set(self.tile_keys())
        for spec in TILES:
            if spec.key not in shown:
                self.add_menu.addAction(
                    report_text(spec.title), lambda key=spec.key: self.add_tile(key)
                )
        if self.add_menu.isEmpty():
            self.add_menu.addAction(self.tr("Every tile is on the dashboard")).setEnabled(False)

    # -- reading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read every tile's report for the chosen period and scope, off the GUI thread,
        in the tiles' order, each tile drawn as its report comes; an answer to an older
        choice is dropped."""
        self._generation += 1
        generation = self._generation
        try:
            period, scope = self.choices.period(), self.choices.scope()
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        names = list(dict.fromkeys(tile(key).report for key in self.tile_keys()))
        reports = self.services.reports
        found: dict[str, ReportTable] = {}

        def work(context: JobContext) -> dict[str, ReportTable]:
            for done, name in enumerate(names, 1):
                found[name] = reports.run(name, period, scope)
                context.progress(done, len(names), name)
            return found

        self.jobs.run(
            work,
            lambda _found: None,  # every report came with its progress
            on_error=lambda text: self._failed(generation, text),
            on_progress=lambda _done, _total, name: self._arrived(generation, name, found[name]),
        )

    def _arrived(self, generation: int, name: str, report: ReportTable) -> None:
        if generation != self._generation:
            return
        self._reports[name] = report
        currency = self.currency_box.currentText() or None
        for view in self.tiles:
            if view.spec.report == name:
                self._draw(view, report, currency)
        self._offer_currencies(self._offered())

    def _failed(self, generation: int, text: str) -> None:
        if generation == self._generation:
            for view in self.tiles:
                view.show_problem(text)

    def _redraw(self) -> None:
        currency = self.currency_box.currentText() or None
        for view in self.tiles:
            report = self._reports.get(view.spec.report)
            if report is not None:
                self._draw(view, report, currency)
        self._offer_currencies(self._offered())

    def _draw(self, view: DashboardTile, report: ReportTable, currency: str | None) -> None:
        drawn = chart(view.spec, report, currency)
        self._charts[view.spec.key] = drawn
        view.show_chart(drawn)

    def _offered(self) -> set[str]:
        """The currencies of the charts on the dashboard."""
        shown = {view.spec.key for view in self.tiles}
        return {code for key, c in self._charts.items() if key in shown for code in c.currencies}

    def _offer_currencies(self, codes: set[str]) -> None:
        current = self.currency_box.currentText()
        wanted = sorted(codes | {current})
        if [self.currency_box.itemText(i) for i in range(self.currency_box.count())] != wanted:
            self.currency_box.blockSignals(True)
            self.currency_box.clear()
            self.currency_box.addItems(wanted)
            self.currency_box.setCurrentText(current)
            self.currency_box.blockSignals(False)

    def _open(self, key: str, index: int) -> None:
        drawn = self._charts.get(key)
        if drawn is None or index >= len(drawn.drills):
            return
        drill: Drill | None = drawn.drills[index]
        if drill is not None:
            self.show_records.emit(drill)
