"""The parts a case's and a contract's forms add to the generic record form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from crm_desktop.errors import DomainError
from crm_desktop.registry.support import CASE_CLOSED
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.records.form_parts import FormPart
from crm_desktop.views.records.record_form import RecordForm

if TYPE_CHECKING:
    from crm_desktop.services.records.types import Record

_tr = translator("support_forms")


class CaseClosingPart(FormPart):
    """Setting a case's status to Closed asks how it was resolved; no answer, no closing."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self._status: object = None

    def record_shown(self, record: Record | None) -> None:
        self._status = self.form.editors["status"].value()

    def field_changed(self, name: str) -> None:
        editors = self.form.editors
        if name != "status":
            return
        status = editors["status"].value()
        resolution = editors["resolution"].value()
        if status == CASE_CLOSED and not (resolution or "").strip():
            text, ok = QInputDialog.getMultiLineText(
                self.form,
                _tr("Close case"),
                _tr("How was the case resolved?"),
            )
            if ok and text.strip():
                editors["resolution"].set_value(text.strip())
            else:
                editors["status"].set_value(self._status)
                return
        self._status = status


class ContractRenewalPart(FormPart):
    """ "Renew" by the title: the next term of the contract on show, as a new draft."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self.action = QAction(_tr("Renew"), form)
        self.action.setToolTip(
            _tr("Make the contract for the next term from this one (a new draft).")
        )
        self.action.triggered.connect(self.renew)
        self.button = form.add_action(self.action)

    def record_shown(self, record: Record | None) -> None:
        self.action.setEnabled(record is not None)

    def set_enabled(self, enabled: bool) -> None:
        self.action.setEnabled(enabled and self.form.record_id() is not None)

    def renew(self) -> None:
        form = self.form
        record_id = form.record_id()
        if record_id is None or (form.is_dirty() and not form.save()):
            return
        try:
            renewed = form.services.contracts.renew(record_id)
        except DomainError as exc:
            QMessageBox.warning(form, _tr("Renew"), str(exc))
            return
        form.open_record.emit("contracts", renewed.id)
