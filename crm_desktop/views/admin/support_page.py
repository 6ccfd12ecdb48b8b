"""The settings page of support and documents: the hours to answer a case of each
priority (a new case's due time) and the largest file a document may keep. Each change
is saved when the field is left, as the users' and rights' pages do."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.services.cases.types import CASE_PRIORITIES, MAX_RESPONSE_HOURS
from crm_desktop.services.documents.types import MAX_SIZE_LIMIT_MB
from crm_desktop.views.palette import show_as_error

if TYPE_CHECKING:
    from crm_desktop.services import Services


class SupportPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        targets = QGroupBox(self.tr("Response time targets"), self)
        targets.setToolTip(
            self.tr(
                "A new case is due this long after it is made; changing a case's priority moves it"
            )
        )
        target_form = QFormLayout(targets)
        self.hours: dict[str, QSpinBox] = {}
        for priority in CASE_PRIORITIES:
            box = QSpinBox(targets)
            box.setRange(1, MAX_RESPONSE_HOURS)
            box.setSuffix(self.tr(" hours"))
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a short number
            box.editingFinished.connect(self.save_hours)
            target_form.addRow(QCoreApplication.translate("picklist", priority), box)
            self.hours[priority] = box
        documents = QGroupBox(self.tr("Documents"), self)
        document_form = QFormLayout(documents)
        self.size_limit = QSpinBox(documents)
        self.size_limit.setRange(1, MAX_SIZE_LIMIT_MB)
        self.size_limit.setSuffix(self.tr(" MB"))
        self.size_limit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.size_limit.setToolTip(
            self.tr("Files are kept inside the database: every copy and backup of it carries them")
        )
        self.size_limit.editingFinished.connect(self.save_size_limit)
        document_form.addRow(self.tr("Largest file"), self.size_limit)
        self.message = QLabel(self)
        show_as_error(self.message)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(targets)
        layout.addWidget(documents)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        for priority, hours in self.services.cases.response_hours().items():
            self.hours[priority].setValue(hours)
        self.size_limit.setValue(self.services.documents.size_limit_mb())

    def save_hours(self) -> None:
        wanted = {priority: box.value() for priority, box in self.hours.items()}
        if wanted != self.services.cases.response_hours():
            self._saving(lambda: self.services.cases.set_response_hours(wanted))

    def save_size_limit(self) -> None:
        wanted = self.size_limit.value()
        if wanted != self.services.documents.size_limit_mb():
            self._saving(lambda: self.services.documents.set_size_limit_mb(wanted))

    def _saving(self, save: Callable[[], None]) -> None:
        self.message.hide()
        try:
            save()
        except DomainError as exc:  # busy, read-only, not an administrator: nothing saved
            self.message.setText(str(exc))
            self.message.show()
            self.reload()
