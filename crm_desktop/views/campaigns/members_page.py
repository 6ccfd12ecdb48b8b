"""The "Members" tab of a campaign: its leads and contacts with their responses, read a
page at a time; members added from a saved filter, answered, removed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry import RelatedTab
from crm_desktop.registry.marketing import MEMBER_RESPONSES
from crm_desktop.views import formatting
from crm_desktop.views.bulk_messages.message_dialog import MessageDialog
from crm_desktop.views.campaigns.segment_dialog import SegmentDialog
from crm_desktop.views.paged_model import Index, PagedTableModel
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.campaigns.types import Member

_tr = translator("campaigns")


class MembersModel(PagedTableModel["Member"]):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        headers = [_tr("Name"), _tr("Type"), _tr("Email"), _tr("Response"), _tr("Added")]
        super().__init__(headers, parent)
        self.services = services
        self.campaign_id: int | None = None
        self._locale = QLocale()

    def set_campaign(self, campaign_id: int | None) -> None:
        self.beginResetModel()
        self.campaign_id = campaign_id
        count = 0 if campaign_id is None else self.services.campaigns().count(campaign_id)
        self.reset_rows(count)
        self.endResetModel()

    def read_page(self, offset: int, limit: int) -> list[Member]:
        assert self.campaign_id is not None  # no campaign: no rows to read
        return self.services.campaigns().page(self.campaign_id, offset, limit)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        member = self.row_at(index.row())
        if member is None:
            return None
        column = index.column()
        if column == 0:
            return member.name
        if column == 1:
            singular = self.services.registry.get(member.record_type).singular
            return formatting.registry_text(singular)
        if column == 2:
            return member.email or ""
        if column == 3:
            return formatting.registry_text(member.response)
        return formatting.format_datetime(member.added_at, self._locale)


class CampaignMembersPage(QWidget):
    """The page under a campaign's form (see RelatedTab.page "campaign_members")."""

    open_record = Signal(str, int)
    new_related = Signal(str, dict)
    count_changed = Signal()

    def __init__(self, services: Services, tab: RelatedTab, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.tab = tab
        self.record_id: int | None = None
        self.model = MembersModel(services, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Members"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.doubleClicked.connect(self._open)

        self.add_button = QPushButton(_tr("Add from a saved filter…"), self)
        self.add_button.clicked.connect(self._add)
        self.response_button = QToolButton(self)
        self.response_button.setText(_tr("Response"))
        self.response_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.response_button)
        for response in MEMBER_RESPONSES:
            menu.addAction(
                formatting.registry_text(response), lambda r=response: self._set_response(r)
            )
        self.response_button.setMenu(menu)
        self.remove_button = QPushButton(_tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove)
        self.message_button = QPushButton(_tr("New message…"), self)
        self.message_button.clicked.connect(self._message)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.response_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.message_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.refresh()

    def count(self) -> int:
        return self.model.rowCount()

    def refresh(self) -> None:
        try:
            self.model.set_campaign(self.record_id)
        except DomainError as exc:
            show_domain_error(self, exc)
        self.table.resizeColumnsToContents()
        self._enable()
        self.count_changed.emit()

    def selected_member_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        members = (self.model.row_at(row) for row in rows)
        return [m.id for m in members if m is not None]

    def _enable(self) -> None:
        has_record = self.record_id is not None
        selected = bool(self.table.selectionModel().selectedRows())
        self.add_button.setEnabled(has_record)
        self.message_button.setEnabled(has_record and self.model.rowCount() > 0)
        self.response_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _open(self) -> None:
        member = self.model.row_at(self.table.currentIndex().row())
        if member is not None:
            self.open_record.emit(member.record_type, member.record_id)

    def _add(self) -> None:
        dialog = SegmentDialog(self.services, self)
        dialog.setWindowTitle(_tr("Add members"))
        dialog.segment_chosen.connect(self._add_segment)
        dialog.open()

    def _add_segment(self, segment: object) -> None:
        self._change(lambda campaigns, record_id: campaigns.add(record_id, segment))

    def _set_response(self, response: str) -> None:
        ids = self.selected_member_ids()
        self._change(lambda campaigns, record_id: campaigns.set_response(record_id, ids, response))

    def _remove(self) -> None:
        ids = self.selected_member_ids()
        self._change(lambda campaigns, record_id: campaigns.remove(record_id, ids))

    def _change(self, action: Any) -> None:
        if self.record_id is None:
            return
        try:
            action(self.services.campaigns(), self.record_id)
        except DomainError as exc:
            show_domain_error(self, exc)
        # The service told the hub: the tabs refresh this page.

    def _message(self) -> None:
        """Marketing's New message, to the members of this campaign."""
        if self.record_id is None:
            return
        try:
            name = self.services.records.get("campaigns", self.record_id).values["name"]
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        dialog = MessageDialog(self.services, self, campaign=(self.record_id, name))
        dialog.open()
