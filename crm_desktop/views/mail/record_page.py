"""The Mail tab of a form (RelatedTab page "mail"): the messages exchanged with the record
(found by its addresses or its website's domain) or filed to it, newest first, paged from
the database, with the chosen message below and what can be done with it (Reply, Reply
all, Forward, File attachment…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry import RelatedTab
from crm_desktop.services.mail.messages import MessageDetail
from crm_desktop.views.mail.messages_model import SUBJECT_COLUMN, MessagesModel
from crm_desktop.views.mail.reader import MessageReader
from crm_desktop.views.mail.reader_actions import ReaderActions

if TYPE_CHECKING:
    from crm_desktop.services import Services


class RecordMailPage(QWidget):
    # The signals every page of RelatedTabs has; this one opens and creates nothing.
    open_record = Signal(str, int)
    new_related = Signal(str, dict)
    count_changed = Signal()

    def __init__(self, services: Services, tab: RelatedTab, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.mailbox = services.mailbox()
        self.record_id: int | None = None
        self.model = MessagesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("record_mail")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            SUBJECT_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.reader = MessageReader(self)
        #: the message the reader shows
        self.detail: MessageDetail | None = None
        self.toolbar = QToolBar(self)
        self.reader_actions = ReaderActions(services, self, lambda: self.detail, offer_create=False)
        self.reader_actions.add_to(self.toolbar)
        self.reader_actions.done.connect(lambda _text: self.refresh())
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.reader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(split)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.refresh()

    def count(self) -> int:
        return self.model.rowCount()

    def refresh(self) -> None:
        record_id, type_key = self.record_id, self.tab.record_type
        try:
            if record_id is None:
                self.model.show(lambda: 0, lambda _o, _l: [])
            else:
                self.model.show(
                    lambda: self.mailbox.count_of(type_key, record_id),
                    lambda offset, limit: self.mailbox.messages_of(
                        type_key, record_id, offset, limit
                    ),
                )
        except DomainError:
            self.model.show(lambda: 0, lambda _o, _l: [])
        self._show(None)
        self.count_changed.emit()

    def _chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        summary = self.model.row_at(indexes[0].row()) if indexes else None
        try:
            self._show(self.mailbox.message(summary.id) if summary else None)
        except DomainError as exc:
            self._show(None)
            self.reader.body.setPlainText(str(exc))

    def _show(self, message: MessageDetail | None) -> None:
        self.detail = message
        self.reader_actions.update(message)
        self.reader.show_message(message)
