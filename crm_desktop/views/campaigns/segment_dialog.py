"""Choosing leads or contacts by a saved filter (the built-in ones and the user's own):
the records a campaign gains as members."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
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


class SegmentPicker(QWidget):
    """Leads or contacts, and one of their saved filters (or all), with how many."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.type_combo = QComboBox(self)
        self.type_combo.setAccessibleName(_tr("Records"))
        for key in sorted(MEMBER_TYPES, key=lambda k: k != "contacts"):  # customers first
            self.type_combo.addItem(formatting.registry_text(services.registry.get(key).label), key)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setAccessibleName(_tr("Saved filter"))
        self.count_label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.type_combo)
        layout.addWidget(self.filter_combo, 1)
        layout.addWidget(self.count_label)
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
        else:
            self.count_label.setText(_tr("%1 records").replace("%1", str(count)))
        self.changed.emit()


class SegmentDialog(QDialog):
    """The records a campaign gains as members."""

    segment_chosen = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = SegmentPicker(services, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Add the records of a saved filter:"), self))
        layout.addWidget(self.picker)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        self.segment_chosen.emit(self.picker.segment())
        self.accept()
