"""Marketing › Messages: the messages the user sent to segments, newest first, the send
log of the one selected (who got it, who failed and the server's answer, who was left
out and why), and "New message…"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.views.bulk_messages.message_dialog import MessageDialog
from crm_desktop.views.bulk_messages.runs_table import DeliveriesModel, RunsTable
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.views.shell.main_window import MainWindow

_tr = translator("messages")
KEY = "messages"


class MessagesScreen(QWidget):
    #: a recipient of the send log opened on its own list
    open_record = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.log = services.messages().log
        title = QLabel(_tr("Messages"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        self.new_button = QPushButton(_tr("New message…"), self)
        self.new_button.clicked.connect(self.new_message)
        self.refresh_button = QPushButton(_tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.runs = RunsTable(self)
        self.runs.itemSelectionChanged.connect(self._run_chosen)
        self.deliveries = DeliveriesModel(self.log, self)
        self.log_table = QTableView(self)
        self.log_table.setModel(self.deliveries)
        self.log_table.setAccessibleName(_tr("Send log"))
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_table.verticalHeader().hide()
        self.log_table.horizontalHeader().setStretchLastSection(True)
        self.log_table.doubleClicked.connect(self._open_recipient)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.new_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.runs)
        split.addWidget(self.log_table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.runs.show_runs(self.log.runs())
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        if self.runs.rowCount():
            self.runs.selectRow(0)
        self._run_chosen()

    def new_message(self) -> MessageDialog:
        dialog = MessageDialog(self.services, self)
        dialog.finished.connect(self.refresh)
        dialog.open()
        return dialog

    def _run_chosen(self) -> None:
        run = self.runs.selected_run()
        try:
            self.deliveries.set_run(run.id if run else None)
        except DomainError as exc:
            show_domain_error(self, exc)
        self.log_table.resizeColumnsToContents()

    def _open_recipient(self) -> None:
        line = self.deliveries.row_at(self.log_table.currentIndex().row())
        if line is not None:
            self.open_record.emit(line.record_type, line.record_id)


def install_messages(window: MainWindow) -> None:
    """Marketing › Messages, built when first shown."""
    window.add_screen(
        KEY,
        lambda: MessagesScreen(window.services),
        group="Marketing",
        label=_tr("Messages"),
        icon="campaign",
    )
