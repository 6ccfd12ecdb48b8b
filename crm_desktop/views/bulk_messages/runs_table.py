"""A table of messages sent to segments (the Messages screen, a campaign's tab) and the
send log of one of them, a page at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from crm_desktop.services.messages.types import CHANNEL_NAMES, Delivery, RunInfo, State
from crm_desktop.views import formatting
from crm_desktop.views.paged_model import Index, PagedTableModel
from crm_desktop.views.qt_texts import translator

if TYPE_CHECKING:
    from crm_desktop.services.messages.send_log import SendLog

_tr = translator("messages")
#: the services' words (channels, why a recipient was left out), marked N_ there
service_text = translator("validation")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RunsTable(QTableWidget):
    """One row per message: when, how, its subject, and how many it went to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [
            _tr("Sent on"),
            _tr("Channel"),
            _tr("Subject"),
            _tr("To"),
            _tr("Sent"),
            _tr("Failed"),
            _tr("Left out"),
            _tr("Finished"),
        ]
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setAccessibleName(_tr("Messages sent"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.runs: list[RunInfo] = []

    def show_runs(self, runs: list[RunInfo]) -> None:
        self.runs = runs
        locale = QLocale()
        self.setRowCount(len(runs))
        for row, run in enumerate(runs):
            texts = [
                formatting.format_datetime(run.created_at, locale),
                service_text(CHANNEL_NAMES[run.channel]),
                run.subject,
                run.source,
                locale.toString(run.sent),
                locale.toString(run.failed),
                locale.toString(run.skipped),
                _tr("Yes") if run.finished else _tr("No"),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if 4 <= column <= 6:
                    item.setTextAlignment(_RIGHT)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()

    def selected_run(self) -> RunInfo | None:
        row = self.currentRow()
        return self.runs[row] if 0 <= row < len(self.runs) else None


def state_text(state: State) -> str:
    return {
        State.SENDING: _tr("Being sent"),
        State.SENT: _tr("Sent"),
        State.FAILED: _tr("Failed"),
        State.SKIPPED: _tr("Left out"),
    }[state]


class DeliveriesModel(PagedTableModel[Delivery]):
    """The send log of one message: a line per recipient."""

    def __init__(self, log: SendLog, parent: QObject | None = None) -> None:
        super().__init__([_tr("Name"), _tr("Address"), _tr("Result"), _tr("Why")], parent)
        self.log = log
        self.run_id: int | None = None

    def set_run(self, run_id: int | None) -> None:
        self.beginResetModel()
        self.run_id = run_id
        self.reset_rows(0 if run_id is None else self.log.delivery_count(run_id))
        self.endResetModel()

    def read_page(self, offset: int, limit: int) -> list[Delivery]:
        assert self.run_id is not None  # no message: no rows to read
        return self.log.deliveries(self.run_id, offset, limit)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        line = self.row_at(index.row())
        if line is None:
            return None
        values = [line.name, line.address, state_text(line.state), service_text(line.reason or "")]
        return values[index.column()]
