"""Tabs under a form listing the records that link to it (an organization's contacts...).

A tab links through one reference field (``RelatedTab.via``) or through the linked type's
``link_fields`` (a type and an id, as an activity's "related to"). Activities get their
own page: the record's history in time order, with buttons for a call, a visit, a task;
an opportunity's stage changes too (views/sales/stage_history.py), and every record's
own changes (views/records/history_page.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.registry import Condition, RecordType, RelatedTab
from crm_desktop.services.records.types import ListQuery
from crm_desktop.views.activities.history import ActivityHistoryPage
from crm_desktop.views.campaigns.members_page import CampaignMembersPage
from crm_desktop.views.campaigns.messages_page import CampaignMessagesPage
from crm_desktop.views.formatting import registry_text
from crm_desktop.views.mail.record_page import RecordMailPage
from crm_desktop.views.records.history_page import HistoryPage
from crm_desktop.views.records.list_model import RecordTableModel
from crm_desktop.views.sales.stage_history import StageHistoryPage
from crm_desktop.views.shell.qt_hub import QtChangeHub

if TYPE_CHECKING:
    from crm_desktop.services import Services


class RelatedPage(QWidget):
    """One tab: a "New" button and a table of the linked records."""

    open_record = Signal(str, int)
    new_related = Signal(str, dict)
    count_changed = Signal()

    def __init__(
        self,
        services: Services,
        tab: RelatedTab,
        parent: QWidget | None = None,
        *,
        owner_type: str = "",
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tab = tab
        #: the type of the record on show (what a link by type and id names)
        self.owner_type = owner_type
        link = services.registry.get(tab.record_type).link_fields
        #: the fields that point at the record on show, and the values they take for it
        self.link_columns: tuple[str, ...] = (tab.via,) if tab.via else tuple(link or ())
        self.record_id: int | None = None
        self.model: RecordTableModel | None = None
        singular = registry_text(services.registry.get(tab.record_type).singular)
        self.new_button = QPushButton(self.tr("New %1…").replace("%1", singular), self)
        self.new_button.clicked.connect(self._new)
        self.table = QTableView(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # Fit columns to the rows on screen only: a related list may be long.
        header.setResizeContentsPrecision(0)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)  # Enter on a row: keyboard users too

        #: the buttons above the table (a page of its own adds its own)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.new_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.new_button.setEnabled(record_id is not None)
        if record_id is None and self.model is None:
            return  # a new record: nothing links to it, no need to ask the database
        query = ListQuery(
            self.tab.record_type,
            conditions=tuple(Condition(k, "eq", v) for k, v in self._link_values().items()),
        )
        if self.model is None:
            self.model = RecordTableModel(self.services, query, self)
            # The link column names the record on show in every row: leave it out.
            columns = self.model.visible_columns()
            self.model.set_visible_columns([c for c in columns if c not in self.link_columns])
            for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
                signal.connect(self.count_changed)
            self.table.setModel(self.model)
            column, order = self.model.sort_column()
            if column is not None:
                self.table.horizontalHeader().setSortIndicator(column, order)
        else:
            self.model.set_query(query)
        self.table.resizeColumnsToContents()
        self.count_changed.emit()

    def count(self) -> int:
        return self.model.rowCount() if self.model is not None else 0

    def refresh(self) -> None:
        if self.model is not None and self.record_id is not None:
            self.model.refresh()
            self.count_changed.emit()

    def _open(self, index: QModelIndex) -> None:
        record_id = self.model.record_id(index.row()) if self.model is not None else None
        if record_id is not None:
            self.open_record.emit(self.tab.record_type, record_id)

    def _link_values(self) -> dict[str, Any]:
        # With no record, match nothing (ids start at 1) rather than every unlinked record.
        record_id = self.record_id if self.record_id is not None else 0
        if self.tab.via:
            return {self.tab.via: record_id}
        type_field, id_field = self.link_columns
        return {type_field: self.owner_type, id_field: record_id}

    def _new(self) -> None:
        if self.record_id is not None:
            self.new_related.emit(self.tab.record_type, self._link_values())


Page = (
    RelatedPage
    | ActivityHistoryPage
    | StageHistoryPage
    | HistoryPage
    | CampaignMembersPage
    | CampaignMessagesPage
    | RecordMailPage
)
#: a campaign's pages (RelatedTab.page) and what makes each
CAMPAIGN_PAGES: dict[str, type[CampaignMembersPage] | type[CampaignMessagesPage]] = {
    "campaign_members": CampaignMembersPage,
    "campaign_messages": CampaignMessagesPage,
}


def _documents_page(
    services: Services, tab: RelatedTab, parent: QWidget, *, owner_type: str
) -> RelatedPage:
    # Imported when a form first has the tab: the documents' page builds on RelatedPage.
    from crm_desktop.views.documents.related_page import DocumentsPage

    return DocumentsPage(services, tab, parent, owner_type=owner_type)


def _timeline_page(
    services: Services, tab: RelatedTab, parent: QWidget, *, owner_type: str
) -> RelatedPage:
    from crm_desktop.views.projects.timeline_page import TimelinePage

    return TimelinePage(services, tab, parent, owner_type=owner_type)


#: the pages of their own (``Registry.PAGES``) that are related lists with more to them
OWN_PAGES = {"files": _documents_page, "timeline": _timeline_page}


class RelatedTabs(QTabWidget):
    """One :class:`RelatedPage` per ``RecordType.related`` entry, titled with its count."""

    open_record = Signal(str, int)
    new_related = Signal(str, dict)

    def __init__(
        self, services: Services, record_type: RecordType, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pages: list[Page] = []
        for tab in record_type.related:
            page: Page
            if tab.page == "stage_history":
                page = StageHistoryPage(services, tab, self)
            elif tab.page == "history":
                page = HistoryPage(services, tab, self)
            elif tab.page == "activity_history":
                page = ActivityHistoryPage(services, tab, record_type.key, self)
            elif tab.page in OWN_PAGES:
                page = OWN_PAGES[tab.page](services, tab, self, owner_type=record_type.key)
            elif tab.page in CAMPAIGN_PAGES:
                page = CAMPAIGN_PAGES[tab.page](services, tab, self)
            elif tab.page == "mail":
                page = RecordMailPage(services, tab, self)
            else:
                page = RelatedPage(services, tab, self, owner_type=record_type.key)
            page.open_record.connect(self.open_record)
            page.new_related.connect(self.new_related)
            page.count_changed.connect(lambda page=page: self._retitle(page))
            self.addTab(page, registry_text(tab.label))
            self.pages.append(page)
        # Records saved anywhere (another form, an import) show up here at once.
        self.changes = QtChangeHub(services.hub, services.registry, self)
        self.changes.types_changed.connect(self._changed)

    def set_record(self, record_id: int | None) -> None:
        for page in self.pages:
            page.set_record(record_id)

    def _retitle(self, page: Page) -> None:
        label = registry_text(page.tab.label)
        title = f"{label} ({page.count()})" if page.record_id is not None else label
        self.setTabText(self.indexOf(page), title)

    def _changed(self, type_keys: set[str]) -> None:
        for page in self.pages:
            if page.tab.record_type in type_keys:
                page.refresh()
