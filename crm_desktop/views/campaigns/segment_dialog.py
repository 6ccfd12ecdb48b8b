"""Choosing leads or contacts by a saved filter (the built-in ones and the user's own):
the records a campaign gains as members."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry.marketing import MEMBER_TYPES
from crm_desktop.services.campaigns.types import Segment
from crm_desktop.services.records.types import FilterInfo, ListQuery
from crm_desktop.views import formatting
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services

_tr = translator("campaigns")


def segment_of(record_type: str, chosen: FilterInfo | None) -> Segment:
    """The records a saved filter chooses (None: every record of the type)."""
    if chosen is None:
        return Segment(record_type)
    return Segment(
        record_type,
        chosen.conditions,
        chosen.quick,
        chosen.column_filters,
        name=formatting.registry_text(chosen.name),
    )


class SegmentDialog(QDialog):
    segment_chosen = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.type_combo = QComboBox(self)
        for key in MEMBER_TYPES:
            self.type_combo.addItem(formatting.registry_text(services.registry.get(key).label), key)
        self.filter_combo = QComboBox(self)
        self.count_label = QLabel(self)
        form = QFormLayout()
        form.addRow(_tr("&Records:"), self.type_combo)
        form.addRow(_tr("&Saved filter:"), self.filter_combo)
        form.addRow("", self.count_label)
        for combo, label in ((self.type_combo, 0), (self.filter_combo, 1)):
            buddy = form.itemAt(label, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(buddy, QLabel):
                buddy.setBuddy(combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.type_combo.currentIndexChanged.connect(self._fill_filters)
        self.filter_combo.currentIndexChanged.connect(self._count)
        self._filters: list[FilterInfo] = []
        self._fill_filters()

    def segment(self) -> Segment:
        record_type = str(self.type_combo.currentData())
        index = self.filter_combo.currentIndex() - 1
        return segment_of(record_type, self._filters[index] if index >= 0 else None)

    def _fill_filters(self) -> None:
        record_type = str(self.type_combo.currentData())
        try:
            self._filters = self.services.filters.filters(record_type)
        except DomainError as exc:
            show_domain_error(self, exc)
            self._filters = []
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(_tr("All records"))
        for info in self._filters:
            self.filter_combo.addItem(formatting.registry_text(info.name))
        self.filter_combo.blockSignals(False)
        self._count()

    def _count(self) -> None:
        segment = self.segment()
        query = ListQuery(
            segment.record_type,
            quick=segment.quick,
            conditions=segment.conditions,
            column_filters=segment.column_filters,
        )
        try:
            count = self.services.lists.count(query)
        except DomainError:
            self.count_label.clear()
            return
        self.count_label.setText(_tr("%1 records").replace("%1", str(count)))

    def _accept(self) -> None:
        self.segment_chosen.emit(self.segment())
        self.accept()
