"""The "Messages sent" tab of a campaign: each message sent to its members, with how
many got it, failed and were left out. A campaign sends a handful of messages in its
life: the page reads them whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from crm_desktop.errors import DomainError
from crm_desktop.registry import RelatedTab
from crm_desktop.views.bulk_messages.runs_table import RunsTable
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services


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
        self.table = RunsTable(self)
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
        self.table.show_runs(runs)
        self.count_changed.emit()
