"""Settings › Roles and rights: which record types are private, and what each role may
do with each type (view, create, edit, delete, export). Each tick is saved at once
through services.office; the rights count from the users' next login.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import Services
from crm_desktop.services.access.types import ACTION_LABELS, ACTIONS, ADMINISTRATOR, BASES
from crm_desktop.views.admin.login_dialog import done_or_said, message_label
from crm_desktop.views.admin.user_dialogs import NameDialog, role_text
from crm_desktop.views.formatting import registry_text

#: private types: this many check boxes a row
PRIVATE_COLUMNS = 4


class RightsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.types = list(services.registry)
        privacy = QGroupBox(self.tr("Private record types"), self)
        privacy_layout = QVBoxLayout(privacy)
        explanation = QLabel(
            self.tr(
                "A private record is seen by its owner, the owner's group and managers; "
                "the other types are shared with the whole office."
            ),
            privacy,
        )
        explanation.setWordWrap(True)
        privacy_layout.addWidget(explanation)
        grid = QGridLayout()
        private = services.office.private_types()
        self.private_boxes: dict[str, QCheckBox] = {}
        for n, record_type in enumerate(self.types):
            box = QCheckBox(registry_text(record_type.label), privacy)
            box.setChecked(record_type.key in private)
            box.toggled.connect(
                lambda on, key=record_type.key: self._do(
                    lambda: self.services.office.set_private(key, on)
                )
            )
            self.private_boxes[record_type.key] = box
            grid.addWidget(box, n // PRIVATE_COLUMNS, n % PRIVATE_COLUMNS)
        privacy_layout.addLayout(grid)

        self.role = QComboBox(self)
        self.role.currentIndexChanged.connect(self._show_role)
        self.new_role_button = QPushButton(self.tr("New role…"), self)
        self.new_role_button.clicked.connect(self.new_role)
        role_row = QHBoxLayout()
        role_row.addWidget(QLabel(self.tr("Role"), self))
        role_row.addWidget(self.role, 1)
        role_row.addWidget(self.new_role_button)
        self.table = QTableWidget(len(self.types), len(ACTIONS), self)
        self.table.setHorizontalHeaderLabels(
            [registry_text(ACTION_LABELS[action]) for action in ACTIONS]
        )
        self.table.setVerticalHeaderLabels([registry_text(t.label) for t in self.types])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._ticked)
        self.role_note = QLabel(self)
        self.role_note.setWordWrap(True)
        self.message = message_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(privacy)
        layout.addLayout(role_row)
        layout.addWidget(self.role_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._filling = False
        self.reload()

    def reload(self, role_id: int | None = None) -> None:
        self.roles = {role.id: role for role in self.services.office.roles()}
        current = role_id if role_id is not None else self.role.currentData()
        self.role.blockSignals(True)
        self.role.clear()
        for role in self.roles.values():
            self.role.addItem(role_text(role.name), role.id)
        self.role.blockSignals(False)
        index = self.role.findData(current)
        self.role.setCurrentIndex(max(index, 0))
        self._show_role()

    def _show_role(self) -> None:
        role = self.roles.get(self.role.currentData())
        if role is None:
            return
        everything = role.base == ADMINISTRATOR
        self.role_note.setText(
            self.tr("An administrator may do everything with every record type.")
            if everything
            else self.tr("Ticked: what %1 may do with each record type.").replace(
                "%1", role_text(role.name)
            )
        )
        self._filling = True
        for row, record_type in enumerate(self.types):
            allowed = role.rights.get(record_type.key)
            for column, action in enumerate(ACTIONS):
                item = QTableWidgetItem()
                flags = Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags if everything else flags | Qt.ItemFlag.ItemIsEnabled)
                on = everything or allowed is None or action in allowed
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
        self._filling = False

    def _ticked(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        role_id = self.role.currentData()
        key = self.types[item.row()].key
        actions = [
            action
            for column, action in enumerate(ACTIONS)
            if self.table.item(item.row(), column).checkState() == Qt.CheckState.Checked
        ]
        if self._do(lambda: self.services.office.set_rights(role_id, key, actions)):
            self.roles = {role.id: role for role in self.services.office.roles()}

    def new_role(self) -> None:
        dialog = NameDialog(self.tr("New role"), self.tr("Role name"), self)
        bases = QComboBox(dialog)
        for base in BASES:
            bases.addItem(role_text(base.title()), base)
        bases.setCurrentIndex(bases.findData("staff"))
        dialog.form.addRow(self.tr("Sees and does as"), bases)

        def add() -> None:
            office = self.services.office
            self._do(lambda: self.reload(office.add_role(dialog.name.text(), bases.currentData())))

        dialog.accepted.connect(add)
        self.dialog = dialog
        dialog.open()

    def _do(self, work: Callable[[], object]) -> bool:
        return done_or_said(self.message, work)
