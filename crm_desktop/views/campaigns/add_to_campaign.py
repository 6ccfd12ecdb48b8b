"""A leads' or contacts' list's "Add to a campaign…": the selected record, or every
record of the list as it is filtered, become members of the campaign chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMainWindow,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry.marketing import MEMBER_TYPES
from crm_desktop.services.campaigns.types import Segment
from crm_desktop.services.records.types import ListQuery
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.views.records.list_view import ListPanel

_tr = translator("campaigns")
#: campaigns offered, the newest first (a shop runs a few a month)
OFFERED = 300


def campaign_action(panel: ListPanel) -> QAction | None:
    """The action for the list of ``panel``; None for a type that cannot be a member."""
    if panel.type_key not in MEMBER_TYPES:
        return None
    action = QAction(_tr("Add to a campaign…"), panel)
    action.triggered.connect(lambda: AddToCampaignDialog(panel).open())
    return action


class AddToCampaignDialog(QDialog):
    def __init__(self, panel: ListPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.services: Services = panel.services
        self.setWindowTitle(_tr("Add to a campaign"))
        self.campaign = QComboBox(self)
        count = panel.count()
        try:
            rows = self.services.lists.page(
                ListQuery("campaigns", sort_field="modified_at", descending=True), 0, OFFERED
            )
            count = panel.whole_count()
        except DomainError as exc:
            show_domain_error(panel, exc)
            rows = []
        name_at = [f.name for f in self.services.lists.columns("campaigns")].index("name")
        for row in rows:
            self.campaign.addItem(str(row.values[name_at]), row.id)
        self.selected = QRadioButton(_tr("The selected record"), self)
        self.everyone = QRadioButton(
            _tr("Every record of this list (%1)").replace("%1", str(count)), self
        )
        has_selection = panel.current_record_id() is not None
        self.selected.setEnabled(has_selection)
        (self.selected if has_selection else self.everyone).setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(rows))
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_tr("Campaign:"), self.campaign)
        choice = QWidget(self)
        choices = QVBoxLayout(choice)
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.selected)
        choices.addWidget(self.everyone)
        form.addRow(_tr("Add:"), choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def segment(self) -> Segment:
        query = self.panel.query()
        if self.selected.isChecked():
            record_id = self.panel.current_record_id()
            return Segment(query.record_type, ids=(record_id,) if record_id else ())
        return Segment(
            query.record_type,
            query.conditions,
            query.quick,
            query.column_filters,
            name=self.panel.current_filter_name(),
        )

    def add(self) -> None:
        campaign_id = self.campaign.currentData()
        if campaign_id is None:
            return
        try:
            added = self.services.campaigns().add(int(campaign_id), self.segment())
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        self.accept()
        window = self.panel.window()
        if isinstance(window, QMainWindow):
            text = _tr("%1 added to the campaign “%2”.")
            text = text.replace("%1", str(added)).replace("%2", self.campaign.currentText())
            window.statusBar().showMessage(text, 10_000)
