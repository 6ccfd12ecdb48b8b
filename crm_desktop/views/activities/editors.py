"""Editors of the activity form: the "related to" type and record, the invitees, and values
kept without an editor (the repeat rule: repeat_editors.py; the start and end: times.py)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.registry import FieldSpec
from crm_desktop.views.formatting import registry_text
from crm_desktop.views.qt_texts import translator
from crm_desktop.views.records.field_widgets import FieldEditor
from crm_desktop.views.records.reference_edit import ReferenceEdit

if TYPE_CHECKING:
    from crm_desktop.services import Services

UTC = dt.UTC


_tr = translator("activity_form")


class HiddenEditor(FieldEditor):
    """A value the form keeps and sends but does not show (the time zone)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._value: Any = None
        self.hide()

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any, display: str | None = None) -> None:
        if value != self._value:
            self._value = value
            self.changed.emit()


class LinkTypeEditor(FieldEditor):
    """The "related to" record type; empty unless a record of it is chosen in ``target``."""

    def __init__(
        self,
        services: Services,
        spec: FieldSpec,
        target: ReferenceEdit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(spec, parent)
        self.target = target
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(_tr("Type of the related record"))
        for key in spec.choices:
            self.combo.addItem(registry_text(services.registry.get(key).singular), key)
        self.combo.setCurrentIndex(max(0, self.combo.findData("organizations")))
        self.target.type_key = self.combo.currentData()
        self.combo.currentIndexChanged.connect(self._picked)
        target.changed.connect(self.changed)
        self._wrap(self.combo, stretch=False)

    def value(self) -> Any:
        return self.combo.currentData() if self.target.value() is not None else None

    def set_value(self, value: Any, display: str | None = None) -> None:
        if value is not None:
            index = self.combo.findData(value)
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index if index >= 0 else 0)
            self.combo.blockSignals(False)
            self.target.type_key = self.combo.currentData()
        self.changed.emit()

    def _picked(self) -> None:
        # Another type: the record chosen before is not one of it.
        self.target.type_key = self.combo.currentData()
        self.target.set_value(None)
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)


class InviteesEditor(QWidget):
    """Contacts (found by typing) and users invited to an activity."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.list = QListWidget(self)
        self.list.setAccessibleName(_tr("Invitees"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.add_contact = ReferenceEdit(services, "contacts", self)
        self.add_contact.line.setPlaceholderText(_tr("Add a contact: type a name…"))
        self.add_contact.open_button.hide()
        self.add_contact.changed.connect(self._contact_chosen)
        self.add_user = QComboBox(self)
        self.add_user.setAccessibleName(_tr("Add a user"))
        self.add_user.addItem(_tr("Add a user…"), None)
        for user in services.users.users():
            self.add_user.addItem(user.full_name, user.id)
        self.add_user.activated.connect(self._user_chosen)
        self.remove_button = QPushButton(_tr("Remove"), self)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(row >= 0 and self.isEnabled())
        )
        others = QHBoxLayout()
        others.addWidget(self.add_user, 1)
        others.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.add_contact)
        layout.addLayout(others)
        layout.addWidget(self.list)

    def value(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(contact ids, user ids)."""
        contacts, users = [], []
        for i in range(self.list.count()):
            kind, record_id = self.list.item(i).data(Qt.ItemDataRole.UserRole)
            (contacts if kind == "contact" else users).append(record_id)
        return tuple(contacts), tuple(users)

    def set_value(self, contacts: list[tuple[int, str]], users: list[tuple[int, str]]) -> None:
        self.list.clear()
        for record_id, name in contacts:
            self._add("contact", record_id, name)
        for record_id, name in users:
            self._add("user", record_id, name)
        self.changed.emit()

    def add(self, kind: str, record_id: int, name: str) -> None:
        """Invite a contact (``kind`` "contact") or a user ("user"), once."""
        if record_id in (self.value()[0] if kind == "contact" else self.value()[1]):
            return
        self._add(kind, record_id, name)
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _add(self, kind: str, record_id: int, name: str) -> None:
        text = name if kind == "contact" else _tr("%1 (user)").replace("%1", name)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (kind, record_id))
        self.list.addItem(item)

    def _contact_chosen(self) -> None:
        record_id = self.add_contact.value()
        if record_id is None:
            return
        name = self.add_contact.line.text()
        self.add_contact.set_value(None)
        self.add(kind="contact", record_id=record_id, name=name)

    def _user_chosen(self, index: int) -> None:
        record_id = self.add_user.itemData(index)
        if record_id is not None:
            self.add("user", record_id, self.add_user.itemText(index))
        self.add_user.setCurrentIndex(0)
