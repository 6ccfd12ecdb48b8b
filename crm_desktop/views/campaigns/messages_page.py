"""The "Messages sent" tab of a campaign: each message sent to its members, with how
many got it, failed and were left out. A campaign sends a handful of messages in its
life: the page reads them whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry import RelatedTab
from crm_desktop.services.messages.types import CHANNEL_NAMES
from crm_desktop.views import formatting
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services

_tr = translator("campaigns")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CampaignMessagesPage(QWidget):
    """The page under a campaign's form (see RelatedTab.page "campaign_messages")."""

    # The signals every page of RelatedTabs has; this one opens and creates nothing.
    open_record = Signal(str, int)
    new_related = Signal(str, dict)
    count_changed = Signal()

    def __init__(self, services: Services, tab: RelatedTab, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.tab = tab
        self.record_id: int | None = None
        headers = [
            _tr("Sent on"),
            _tr("Channel"),
            _tr("Subject"),
            _tr("Sent"),
            _tr("Failed"),
            _tr("Left out"),
            _tr("Finished"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(_tr("Messages sent"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.refresh()

    def count(self) -> int:
        return self.table.rowCount()

    def refresh(self) -> None:
        runs = []
        if self.record_id is not None:
            try:
                runs = self.services.messages().log.runs(self.record_id)
            except DomainError as exc:
                show_domain_error(self, exc)
        locale = QLocale()
        self.table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            texts = [
                formatting.format_datetime(run.created_at, locale),
                formatting.registry_text(CHANNEL_NAMES[run.channel]),
                run.subject,
                locale.toString(run.sent),
                locale.toString(run.failed),
                locale.toString(run.skipped),
                _tr("Yes") if run.finished else _tr("No"),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if 3 <= column <= 5:
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.count_changed.emit()
