"""The "Activities" tab of a record: its history, planned and done, in time order.

The list reads pages from :class:`ActivityHistory` as rows come on screen (a customer
visited weekly for years has thousands of activities); it opens on the first thing
still to come. Three buttons start a new activity linked to the record: a call just
held, a visit to plan, a task.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError, NotFound
from crm_desktop.registry import RelatedTab
from crm_desktop.services.activities.time_limits import in_zone
from crm_desktop.services.activities.types import HistoryRow
from crm_desktop.views.activities.common import (
    default_end,
    kind_color,
    kind_text,
    local_zone,
    time_text,
)
from crm_desktop.views.formatting import choice_text, format_date
from crm_desktop.views.paged_model import PagedTableModel
from crm_desktop.views.palette import error_color
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.activities.history import ActivityHistory

ACTIVITY_ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


_tr = translator("activity_history")


#: the screens' scale factors a kind's dot is drawn for (100 %, 200 %, 300 %): sharp
#: on a high-density screen instead of a small dot scaled up
_SCALES = (1, 2, 3)


def kind_icon(kind: str, size: int = 10) -> QIcon:
    icon = QIcon()
    for scale in _SCALES:
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kind_color(kind))
        painter.drawEllipse(0, 0, size, size)  # in device-independent pixels
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class KindIcons:
    """Each kind's dot drawn once for a list being filled: a day's hundred items have a
    few kinds, and drawing a dot's three pixmaps costs more than the rest of a line."""

    def __init__(self) -> None:
        self._made: dict[str, QIcon] = {}

    def __call__(self, kind: str) -> QIcon:
        icon = self._made.get(kind)
        if icon is None:
            icon = self._made[kind] = kind_icon(kind)
        return icon


class ActivityHistoryModel(PagedTableModel[HistoryRow]):
    """A record's activities, a page at a time; one count, then rows near the screen."""

    def __init__(
        self,
        history: ActivityHistory,
        type_key: str,
        zone: dt.tzinfo,
        clock: Callable[[], dt.datetime],
        parent: QObject | None = None,
    ) -> None:
        headers = [_tr("When"), _tr("Type"), _tr("Subject"), _tr("Status"), _tr("Assigned to")]
        if type_key == "contacts":  # invitations are linked to other records
            headers.append(_tr("Related to"))
        super().__init__(headers, parent)
        self.history = history
        self.type_key = type_key
        self.zone = zone
        self.clock = clock
        self.record_id: int | None = None
        self._icons: dict[str, QIcon] = {}
        self._locale = QLocale()

    def set_record(self, record_id: int | None) -> None:
        self.beginResetModel()
        self.record_id = record_id
        self.reset_rows(self.history.count(self.type_key, record_id) if record_id else 0)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_record(self.record_id)

    def first_upcoming(self) -> int:
        """The row of the first activity still to come (the end if none is)."""
        if self.record_id is None:
            return 0
        return self.history.position(self.type_key, self.record_id, self.clock())

    def read_page(self, offset: int, limit: int) -> list[HistoryRow]:
        assert self.record_id is not None  # no record: no rows to read
        return self.history.page(self.type_key, self.record_id, offset, limit)

    # -- the model interface --------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ACTIVITY_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            if row.kind not in self._icons:
                self._icons[row.kind] = kind_icon(row.kind)
            return self._icons[row.kind]
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.done:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            if self._overdue(row):
                return error_color()
        if role == Qt.ItemDataRole.ToolTipRole and row.location:
            return row.location
        return None

    def _text(self, row: HistoryRow, column: int) -> str:
        if column == 0:
            return self._when(row)
        if column == 1:
            return kind_text(row.kind) + (" ↻" if row.recurring else "")
        if column == 2:
            return row.subject
        if column == 3:
            return choice_text(row.status) if row.status else ""
        if column == 4:
            return row.owner_name
        linked_here = row.related_type == self.type_key and row.related_id == self.record_id
        return "" if linked_here else (row.related_name or _tr("(invited)"))

    def _when(self, row: HistoryRow) -> str:
        if row.start is not None:
            if row.all_day:
                return format_date(row.start.astimezone(dt.UTC).date(), self._locale)
            local = in_zone(row.start, self.zone)
            return f"{format_date(local.date(), self._locale)} {time_text(local, self.zone)}"
        if row.due_date is not None:
            return format_date(row.due_date, self._locale)
        return ""

    def _overdue(self, row: HistoryRow) -> bool:
        if row.recurring:  # a series goes on: its first start being past says nothing
            return False
        now = self.clock()
        if row.start is not None:
            return row.start < now
        return row.due_date is not None and row.due_date < now.astimezone(self.zone).date()


class ActivityHistoryPage(QWidget):
    """One related tab: the buttons and the history list of the record on show."""

    open_record = Signal(str, int)
    new_related = Signal(str, dict)
    count_changed = Signal()

    def __init__(
        self,
        services: Services,
        tab: RelatedTab,
        type_key: str,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tab = tab
        self.type_key = type_key
        self.record_id: int | None = None
        self.zone_name, self.zone = local_zone()
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.model = ActivityHistoryModel(
            services.activity_history, type_key, self.zone, lambda: self.clock(), self
        )
        self.call_button = QPushButton(_tr("Log a call"), self)
        self.call_button.setToolTip(_tr("A call held just now, linked to this record"))
        self.visit_button = QPushButton(_tr("Plan a visit"), self)
        self.task_button = QPushButton(_tr("New task"), self)
        self.call_button.clicked.connect(self.log_call)
        self.visit_button.clicked.connect(self.plan_visit)
        self.task_button.clicked.connect(self.new_task)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(0)  # the rows on screen only: a history may be long
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self.count_changed)
        buttons = QHBoxLayout()
        for button in (self.call_button, self.visit_button, self.task_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        for button in (self.call_button, self.visit_button, self.task_button):
            button.setEnabled(record_id is not None)
        if record_id is None and self.model.record_id is None:
            return
        self.model.set_record(record_id)
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            # What is still to come sits at the top of the view; the past is above it.
            row = min(self.model.first_upcoming(), self.model.rowCount() - 1)
            self.table.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )
        self.count_changed.emit()

    def count(self) -> int:
        return self.model.rowCount()

    def refresh(self) -> None:
        if self.record_id is not None:
            self.model.refresh()
            self.count_changed.emit()

    # -- new linked activities ------------------------------------------------------------------
    def _link(self) -> dict[str, Any]:
        return {"related_type": self.type_key, "related_id": self.record_id}

    def _name(self) -> str:
        try:
            return self.services.records.display_name(self.type_key, self.record_id or 0)
        except NotFound:
            return ""

    def _now(self) -> dt.datetime:
        """Now, to the 5 minutes before (every zone's offset today is whole 5 minutes from UTC,
        so the local time is as round)."""
        now = self.clock().astimezone(dt.UTC)
        return now.replace(minute=now.minute - now.minute % 5, second=0, microsecond=0)

    def log_call(self) -> None:
        """A call held just now: the user writes down what was said."""
        if self.record_id is None:
            return
        start = self._now()
        values = {
            "kind": "Call",
            "status": "Held",
            "subject": _tr("Call with %1").replace("%1", self._name()),
            "start_at": start,
            "end_at": default_end("Call", start),
            "time_zone": self.zone_name,
            **self._link(),
        }
        self.new_related.emit("activities", values)

    def plan_visit(self) -> None:
        """A visit tomorrow at nine, to the record's address when it has one."""
        if self.record_id is None:
            return
        tomorrow = self._now().astimezone(self.zone).date() + dt.timedelta(days=1)
        start = dt.datetime.combine(tomorrow, dt.time(9), self.zone).astimezone(dt.UTC)
        values: dict[str, Any] = {
            "kind": "Visit",
            "status": "Planned",
            "subject": _tr("Visit to %1").replace("%1", self._name()),
            "start_at": start,
            "end_at": default_end("Visit", start),
            "time_zone": self.zone_name,
            **self._link(),
        }
        location = self._address()
        if location:
            values["location"] = location
        self.new_related.emit("activities", values)

    def new_task(self) -> None:
        if self.record_id is None:
            return
        today = self._now().astimezone(self.zone).date()
        values = {"kind": "Task", "status": "Not Started", "due_date": today, **self._link()}
        self.new_related.emit("activities", values)

    def _address(self) -> str:
        fields = self.services.registry.get(self.type_key).visit_address
        if not fields or self.record_id is None:
            return ""
        try:
            record = self.services.records.get(self.type_key, self.record_id)
        except DomainError:
            return ""
        return ", ".join(str(record.values[f]) for f in fields if record.values.get(f))

    def _open(self, index: QModelIndex) -> None:
        activity_id = index.data(ACTIVITY_ID_ROLE)
        if activity_id is not None:
            self.open_record.emit("activities", int(activity_id))
