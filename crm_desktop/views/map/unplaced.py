"""The records of the map's list whose address could not be placed, each with why; a
double-click opens the record to correct its address."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.views import formatting

if TYPE_CHECKING:
    from crm_desktop.services.places.service import Unplaced


def reason_text(unplaced: Unplaced) -> str:
    """Why a record is not on the map, in the user's language."""
    reason = QCoreApplication.translate("validation", unplaced.reason)
    return reason.replace("{city}", unplaced.city).replace("{country}", unplaced.country)


class UnplacedDialog(QDialog):
    """The records not on the map: name, city, country and why."""

    open_record = Signal(str, int)

    def __init__(self, unplaced: list[Unplaced], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unplaced_dialog")
        self.setWindowTitle(self.tr("Not on the map"))
        self.resize(640, 380)
        text = self.tr(
            "%n record(s) could not be placed by their address's city.", "", len(unplaced)
        )
        summary = QLabel(formatting.english_plural(text, len(unplaced)))
        hint = QLabel(self.tr("Double-click one to open it and correct its address."))
        self.records = QTreeWidget(objectName="unplaced_records")
        self.records.setRootIsDecorated(False)
        self.records.setHeaderLabels(
            [self.tr("Name"), self.tr("City"), self.tr("Country"), self.tr("Why")]
        )
        for missed in unplaced:
            item = QTreeWidgetItem([missed.name, missed.city, missed.country, reason_text(missed)])
            item.setData(0, Qt.ItemDataRole.UserRole, (missed.record_type, missed.id))
            self.records.addTopLevelItem(item)
        for column in range(3):
            self.records.resizeColumnToContents(column)
        self.records.itemDoubleClicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(hint)
        layout.addWidget(self.records, 1)
        layout.addWidget(buttons)

    def _open(self, item: QTreeWidgetItem) -> None:
        type_key, record_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.open_record.emit(type_key, record_id)
