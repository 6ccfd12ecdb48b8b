""" "File to record…": a message shown in the history of a record of any type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.views.formatting import registry_text
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.records.reference_edit import ReferenceEdit

if TYPE_CHECKING:
    from crm_desktop.services import Services

_tr = translator("mail")


class FileToRecordDialog(QDialog):
    """Choose a type and a record; OK files the message to it."""

    def __init__(self, services: Services, message_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.message_id = message_id
        self.setWindowTitle(_tr("File to record"))
        self.kind = QComboBox(self)
        for record_type in services.registry:
            self.kind.addItem(registry_text(record_type.label), record_type.key)
        self.form = QFormLayout(self)
        self.record = ReferenceEdit(services, str(self.kind.currentData()), self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a4161a")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.form.addRow(_tr("Type"), self.kind)
        self.form.addRow(_tr("Record"), self.record)
        self.form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.resize(460, self.sizeHint().height())

    def _kind_changed(self) -> None:
        replacement = ReferenceEdit(self.services, str(self.kind.currentData()), self)
        self.form.replaceWidget(self.record, replacement)
        self.record.deleteLater()
        self.record = replacement

    def choose_type(self, type_key: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(type_key))

    def accept(self) -> None:
        record_id = self.record.value()
        if record_id is None:
            self.problem.setText(_tr("Choose a record to file the message to."))
            self.problem.show()
            return
        try:
            self.services.mailbox().file(self.message_id, str(self.kind.currentData()), record_id)
        except DomainError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        super().accept()
