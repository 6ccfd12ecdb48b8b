"""The Customer map screen: the records of a type, as a saved filter of it lists them,
at their address's city on an offline map; the customers of the markers the user
selects beside it, to open or to plan visits to. The records are read and placed on a
worker thread, with progress and Cancel."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from crm_desktop.errors import ConflictError, DomainError
from crm_desktop.services.places.grid import AROUND, cell_size
from crm_desktop.services.records.types import FilterInfo, ListQuery
from crm_desktop.views import formatting
from crm_desktop.views.jobs import Job, JobContext, Jobs
from crm_desktop.views.map.canvas import MapView
from crm_desktop.views.map.colours import category_colours, legend_html
from crm_desktop.views.map.moving import confirm_move
from crm_desktop.views.map.online import OnlineMap
from crm_desktop.views.map.reading import MapData, read, stale
from crm_desktop.views.map.unplaced import UnplacedDialog
from crm_desktop.views.map.visits import plan_visits
from crm_desktop.views.palette import show_as_error
from crm_desktop.views.shell.crash import domain_error_text

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.places.service import Pin

#: the data roles of a customer's row in the side list
TYPE_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MapScreen(QWidget):
    """The customers of a list on the map (built when first shown)."""

    #: a customer to open (double-click in the side list)
    open_record = Signal(str, int)
    #: a reading ended and its markers are on the map (tests wait for it)
    shown = Signal()

    def __init__(
        self, services: Services, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("map_screen")
        self.services = services
        self.places = services.places()
        self.jobs = Jobs(self)
        self.job: Job | None = None
        self.data = MapData()
        #: the customers listed beside the map (those of the markers selected)
        self.listed: list[Pin] = []
        #: a zoom that wants finer or coarser groups waits for the wheel to rest
        self._regroup = QTimer(self, singleShot=True, interval=200)
        self._regroup.timeout.connect(self._zoom_rested)
        self.types = QComboBox(objectName="map_type")
        for key in self.places.record_types():
            self.types.addItem(formatting.registry_text(services.registry.get(key).label), key)
        self.types.setCurrentIndex(max(self.types.findData("organizations"), 0))
        self.filters = QComboBox(objectName="map_filter")
        self.fit_button = QPushButton(self.tr("Fit"), objectName="map_fit")
        self.fit_button.setToolTip(self.tr("Show every marker"))
        self.unplaced_button = QPushButton(objectName="map_unplaced")
        self.unplaced_button.setToolTip(
            self.tr("The records whose address is not on the map, and why")
        )
        self.unplaced_button.hide()
        self.status = QLabel(objectName="map_status")
        self.progress = QProgressBar(objectName="map_progress")
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="map_cancel")
        self.map = MapView(self)
        self.online = OnlineMap(self.map, settings)
        self.legend = QLabel(objectName="map_legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.hide()
        self.customers = QTreeWidget(objectName="map_customers")
        self.customers.setHeaderLabels([self.tr("Name"), self.tr("Place")])
        self.customers.setRootIsDecorated(False)
        self.customers.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.customers.setSortingEnabled(True)
        self.customers.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.customers.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.selection_label = QLabel(objectName="map_selection")
        self.selection_label.setWordWrap(True)
        self.plan_button = QPushButton(self.tr("Plan visits…"), objectName="map_plan")
        self.plan_button.setEnabled(False)
        self.plan_button.setVisible(services.access.may("activities", "create"))
        self._layout()
        self.types.currentIndexChanged.connect(self._type_changed)
        self.filters.currentIndexChanged.connect(lambda _index: self.load())
        self.fit_button.clicked.connect(self.fit)
        self.unplaced_button.clicked.connect(self.show_unplaced)
        self.cancel_button.clicked.connect(self.cancel)
        self.map.selection_changed.connect(self._markers_selected)
        self.map.pin_dropped.connect(self._pin_dropped)
        self.map.zoomed.connect(self._zoomed)
        self.customers.itemSelectionChanged.connect(self._customers_selected)
        self.customers.itemDoubleClicked.connect(self._open)
        self.plan_button.clicked.connect(self.plan)
        self._fill_filters()
        self._markers_selected()
        self.load()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.types)
        bar.addWidget(QLabel(self.tr("Filter:")))
        bar.addWidget(self.filters, 1)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.online.button)
        bar.addWidget(self.unplaced_button)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.selection_label)
        side_layout.addWidget(self.customers, 1)
        side_layout.addWidget(self.plan_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.map)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)
        hint = QLabel(
            self.tr(
                "Wheel: zoom. Drag: move. Click a marker, or Shift-drag around several,"
                " to list their customers."
            )
        )
        hint.setEnabled(False)  # a quiet line
        layout.addWidget(hint)

    def type_key(self) -> str:
        return str(self.types.currentData())

    def _fill_filters(self) -> None:
        """The type's filters, the one chosen before kept when it is still there."""
        chosen = self.filters.currentText()
        self.filters.blockSignals(True)
        self.filters.clear()
        self.filters.addItem(self.tr("All records"), None)
        for info in self.services.filters.filters(self.type_key()):
            name = info.name if info.id is not None else formatting.registry_text(info.name)
            self.filters.addItem(name, info)
        self.filters.setCurrentIndex(max(self.filters.findText(chosen), 0))
        self.filters.blockSignals(False)

    def refresh(self) -> None:
        """F5: the filters saved since and the records as they are now, where the map is."""
        self._fill_filters()
        self.load(keep_view=True)

    def _type_changed(self) -> None:
        self.filters.setCurrentIndex(0)
        self._fill_filters()
        self.load()

    def query(self) -> ListQuery:
        info = self.filters.currentData()
        if not isinstance(info, FilterInfo):
            return ListQuery(self.type_key())
        return ListQuery(
            self.type_key(),
            quick=info.quick,
            conditions=info.conditions,
            column_filters=info.column_filters,
        )

    def load(self, *, keep_view: bool = False, notice: str = "", cell: float | None = None) -> None:
        """Read the list's records and place them, on a worker thread; a reading under way
        is cancelled (its answer is dropped). The map then shows every marker, or with
        ``keep_view`` stays where it is; a ``notice`` (a problem) is then said in place of
        the count of records. A long list is counted in SQL in cells of ``cell`` degrees
        (None: as the map fitted to it needs)."""
        if self.job is not None:
            self.job.cancel()
        self._regroup.stop()
        query, places = self.query(), self.places
        viewport = self.map.viewport().size()
        # Before the screen is first shown, its map is not yet the size it will be.
        window = (viewport.width(), viewport.height()) if self.map.isVisible() else (860, 660)
        if keep_view and cell is None and self.data.cell is not None:
            cell = cell_size(self.map.scale_)
        # Counted at a zoom: what is on show and as much again around it (a pan or two).
        area = self.map.visible_area(AROUND) if cell is not None else None

        def work(context: JobContext) -> MapData:
            return read(self.services.lists.count, places, query, context, (cell, window, area))

        job = Job()
        self.job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Placing the records on the map…"))
        self.jobs.run(
            work,
            lambda data: self._done(job, data, cancelled=False, fit=not keep_view, notice=notice),
            on_error=lambda sentence: self._failed(job, sentence),
            on_progress=lambda done, total, _text: self._progressed(job, done, total),
            on_cancelled=lambda data: self._done(job, data, cancelled=True, fit=not keep_view),
            job=job,
        )

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def busy(self) -> bool:
        return self.job is not None

    def _progressed(self, job: Job, done: int, total: int) -> None:
        if job is self.job and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finished(self, job: Job) -> bool:
        """Whether ``job`` is the reading on show (else one replaced since); it ends."""
        if job is not self.job:
            return False
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        return True

    def _failed(self, job: Job, sentence: str) -> None:
        if self._finished(job):
            self.status.setText(sentence)
            show_as_error(self.status)

    def _done(
        self, job: Job, data: MapData, *, cancelled: bool, fit: bool, notice: str = ""
    ) -> None:
        if not self._finished(job):
            return
        self.data = data
        self.map.show_places(
            data.pins,
            data.towns,
            fit=fit,
            colours=self._colours(data.pins),
            movable=self.places.movable(self.type_key()),
        )
        self.customers.clear()
        if notice:
            self.status.setText(notice)
            show_as_error(self.status)
        elif cancelled:
            text = self.tr("Stopped after %n record(s) of %1.", "", data.read)
            self.status.setText(
                formatting.english_plural(text, data.read).replace("%1", str(data.total))
            )
        else:
            # Counted around the view only: the list's placed records are all the others.
            placed = (
                data.total - len(data.unplaced)
                if data.cell is not None
                else sum(pin.count for pin in data.pins)
            )
            text = self.tr("%n record(s) on the map.", "", placed)
            self.status.setText(formatting.english_plural(text, placed))
        missed = len(data.unplaced)
        text = self.tr("%n could not be placed", "", missed)
        self.unplaced_button.setText(formatting.english_plural(text, missed))
        self.unplaced_button.setVisible(bool(missed))
        self._markers_selected()
        self.shown.emit()

    def _colours(self, pins: list[Pin]) -> dict[str, QColor] | None:
        """The colours of the pins' categories (their type's or status's values), named in
        the legend under the map; None when the type has no such field."""
        spec = self.places.category_field(pins[0].record_type) if pins else None
        if spec is None:
            self.legend.hide()
            return None
        order = {value: n for n, value in enumerate(spec.choices)}
        present = sorted({pin.category for pin in pins}, key=lambda v: order.get(v, len(order)))
        colours = category_colours(spec.choices, present)
        label = html.escape(formatting.field_label(spec))
        self.legend.setText(f"{label}:&nbsp; {legend_html(colours, self.tr('Not set'))}")
        self.legend.show()
        return colours

    def show_unplaced(self) -> UnplacedDialog:
        dialog = UnplacedDialog(self.data.unplaced, self)
        dialog.open_record.connect(self.open_record)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _zoomed(self, scale: float) -> None:
        """A long list counted at another zoom than this one wants, or around another
        part of the map: counted again when the wheel or the drag rests (the groups of
        a cell too large would hide the places in it)."""
        if self._stale(scale) and not self.busy():
            self._regroup.start()

    def _stale(self, scale: float) -> bool:
        return stale(self.data, scale, self.map.visible_area())

    def _zoom_rested(self) -> None:
        if self._stale(self.map.scale_):
            self.load(keep_view=True, cell=cell_size(self.map.scale_))

    def fit(self) -> None:
        """Show every marker: of a long list counted around a part of the map, counted
        again for the whole of it."""
        if self.data.area is not None:
            self.load()
        else:
            self.map.fit()

    def _markers_selected(self) -> None:
        """List the customers of the selected markers, all of them selected (those of a
        group counted in SQL read now)."""
        pins = self.map.selected_pins()
        if self.data.query is not None and any(pin.group is not None for pin in pins):
            pins = self.places.customers(self.data.query, pins)
        self.listed = pins
        self.customers.setSortingEnabled(False)
        self.customers.clear()
        for pin in pins:
            item = QTreeWidgetItem([pin.name, pin.place])
            item.setData(0, TYPE_ROLE, pin.record_type)
            item.setData(0, ID_ROLE, pin.id)
            self.customers.addTopLevelItem(item)
        self.customers.setSortingEnabled(True)
        self.customers.selectAll()
        if pins:
            text = self.tr("%n customer(s) at the selected places.", "", len(pins))
            self.selection_label.setText(formatting.english_plural(text, len(pins)))
        else:
            self.selection_label.setText(self.tr("Click a marker to list its customers here."))
        self._customers_selected()

    def _pin_dropped(self, pin: Pin, latitude: float, longitude: float) -> None:
        """A customer's marker dragged somewhere else: on the user's word, save the
        record's coordinates there; a refusal (someone saved it since, rights) is said in
        one sentence, and the map then shows the records as they are saved."""
        if not confirm_move(self, pin, latitude, longitude):
            self.map.put_back()
            return
        try:
            moved = self.places.move(pin, latitude, longitude)
        except DomainError as exc:
            self.map.put_back()
            if isinstance(exc, ConflictError):
                self.load(keep_view=True, notice=domain_error_text(exc))
            else:
                self.status.setText(domain_error_text(exc))
                show_as_error(self.status)
            return
        key = (pin.record_type, pin.id)
        self.data.pins = [moved if (p.record_type, p.id) == key else p for p in self.data.pins]
        self.map.move_pin(moved)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("%1 moved.").replace("%1", pin.name))

    def _customers_selected(self) -> None:
        self.plan_button.setEnabled(bool(self.customers.selectedItems()))

    def chosen(self) -> list[Pin]:
        """The customers selected in the side list, in its order."""
        pins = {(pin.record_type, pin.id): pin for pin in self.listed}
        items = sorted(self.customers.selectedItems(), key=self.customers.indexOfTopLevelItem)
        return [pins[(str(i.data(0, TYPE_ROLE)), int(i.data(0, ID_ROLE)))] for i in items]

    def _open(self, item: QTreeWidgetItem) -> None:
        self.open_record.emit(str(item.data(0, TYPE_ROLE)), int(item.data(0, ID_ROLE)))

    def plan(self) -> None:
        """Plan a visit to each chosen customer, on the day and at the time the user says,
        in the order of a route from the customer the user starts at."""
        chosen = self.chosen()
        if chosen:
            plan_visits(self.services, chosen, self, self._planned, self.show_route)

    def show_route(self, pins: list[Pin]) -> None:
        """Draw the way through these customers' places in order (none: no route)."""
        self.map.show_route([(pin.latitude, pin.longitude) for pin in pins])

    def _planned(self, count: int, problem: str) -> None:
        text = formatting.english_plural(self.tr("%n visit(s) planned.", "", count), count)
        self.status.setStyleSheet("")
        self.status.setText(f"{text} {problem}".strip())
        if problem:
            show_as_error(self.status)

    def shutdown(self) -> None:
        if isValid(self._regroup):
            self._regroup.stop()  # no counting started after this
        self.cancel()
        self.jobs.shutdown()
