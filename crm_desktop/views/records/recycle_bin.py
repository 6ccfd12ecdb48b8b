"""The recycle bin: deleted records of one type at a time, and a Restore button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.services.records.types import ListQuery
from crm_desktop.views import formatting, icons
from crm_desktop.views.records.merge_note import MergeNoteBar
from crm_desktop.views.records.record_table import RecordTable
from crm_desktop.views.shell.crash import show_domain_error

if TYPE_CHECKING:
    from crm_desktop.services import Services


class RecycleBin(QWidget):
    """Lists records in the recycle bin (ListQuery(deleted=True)) and restores them."""

    restored = Signal(str, int)
    #: a sentence for the status bar ("Restored contact Nguyễn Thị Hương")
    message = Signal(str)
    count_changed = Signal(int)
    current_changed = Signal(str, object)  # type key, id or None

    def __init__(self, services: Services, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recycle_bin")
        self.services = services
        title = QLabel(self.tr("Recycle bin"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Record type"))
        for record_type in services.registry:
            self.type_combo.addItem(
                icons.record_type_icon(record_type),
                formatting.registry_text(record_type.label),
                record_type.key,
            )
        type_label = QLabel(self.tr("&Show:"))
        type_label.setBuddy(self.type_combo)
        self.restore_button = QPushButton(icons.icon("restore"), self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Put the selected record back where it was"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        # The type deleted or looked at last (people mostly come back for what they just
        # deleted: see deleted()).
        self.settings = settings
        first = str(settings.value("recycle_bin/type", services.registry.keys()[0]))
        if first not in services.registry:
            first = services.registry.keys()[0]
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(first)))
        self.table = RecordTable(
            services, ListQuery(first, deleted=True), settings, f"recycle_bin/{first}"
        )
        self.table.setObjectName("recycle_bin_table")
        self.table.set_empty_text(self.tr("The recycle bin has no records of this type."))
        self.table.current_record_changed.connect(self._current_changed)
        self.table.record_activated.connect(lambda _id: self.restore_selected())
        model = self.table.record_model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_: self.count_changed.emit(self.count()))
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(12)
        bar.addWidget(type_label)
        bar.addWidget(self.type_combo)
        bar.addStretch(1)
        bar.addWidget(self.restore_button)
        hint = QLabel(
            self.tr("Deleted records stay here until you restore them. Double-click restores.")
        )
        hint.setEnabled(False)  # greyed: a hint, not content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.merge_note = MergeNoteBar(services, self)  # a merged record: Undo merge
        self.merge_note.undone.connect(lambda text: (self.refresh(), self.message.emit(text)))
        layout.addWidget(self.merge_note)
        layout.addWidget(hint)
        self.setFocusProxy(self.table)
        self.type_combo.currentIndexChanged.connect(self._type_chosen)

    def type_key(self) -> str:
        return str(self.type_combo.currentData())

    def set_type(self, type_key: str) -> None:
        index = self.type_combo.findData(type_key)
        if index >= 0:
            self.type_combo.setCurrentIndex(index)

    def deleted(self, type_key: str) -> None:
        """A record of ``type_key`` went to the bin: the bin opens on that type."""
        self.set_type(type_key)

    def count(self) -> int:
        return self.table.record_model().rowCount()

    def current_record_id(self) -> int | None:
        return self.table.current_record_id()

    def refresh(self) -> None:
        try:
            self.table.refresh()
        except DomainError as exc:
            show_domain_error(self, exc)

    def restore_selected(self) -> bool:
        record_id = self.table.current_record_id()
        if record_id is None:
            return False
        type_key = self.type_key()
        try:
            self.services.records.restore(type_key, record_id)
            name = self.services.records.display_name(type_key, record_id)
        except DomainError as exc:
            show_domain_error(self, exc)
            self.refresh()
            return False
        # The change hub refreshes open lists; this one may not be subscribed (tests).
        self.refresh()
        self.restored.emit(type_key, record_id)
        singular = formatting.registry_text(self.services.registry.get(type_key).singular)
        self.message.emit(
            self.tr("Restored %1 %2").replace("%1", singular.lower()).replace("%2", name)
        )
        return True

    def _type_chosen(self) -> None:
        key = self.type_key()
        self.settings.setValue("recycle_bin/type", key)
        try:
            self.table.set_query(ListQuery(key, deleted=True), f"recycle_bin/{key}")
        except DomainError as exc:
            show_domain_error(self, exc)

    def _current_changed(self, record_id: int | None) -> None:
        self.restore_button.setEnabled(record_id is not None)
        self.merge_note.show_record(self.type_key(), record_id)
        self.current_changed.emit(self.type_key(), record_id)
