"""File › Road copy conflicts…: what a sync could not bring together, one line each, with
the copy's value and the office's; the user keeps theirs, takes the office's, or decides
later (the conflict stays listed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.services.road.types import ConflictInfo
from crm_desktop.views.formatting import choice_text, field_label, registry_text

if TYPE_CHECKING:
    from crm_desktop.services import Services


class ConflictsDialog(QDialog):
    """The open conflicts of the road copy of ``services``."""

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Road copy conflicts"))
        self.resize(820, 380)
        explanation = QLabel(
            self.tr(
                "Both sides changed these, or the office did not allow a change. Keep yours "
                "and the next sync sends it to the office; take the office's and your copy "
                "follows it."
            )
        )
        explanation.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("road_conflicts")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                self.tr("Record"),
                self.tr("What"),
                self.tr("Your value"),
                self.tr("The office's value"),
            ]
        )
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.mine_button = QPushButton(self.tr("Keep &mine"))
        self.mine_button.clicked.connect(lambda: self.decide("mine"))
        self.theirs_button = QPushButton(self.tr("Take the &office's"))
        self.theirs_button.clicked.connect(lambda: self.decide("theirs"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        from crm_desktop.services.road.conflicts import conflicts

        self.tree.clear()
        for conflict in conflicts(self.services):
            item = QTreeWidgetItem(self._texts(conflict))
            item.setData(0, Qt.ItemDataRole.UserRole, conflict.id)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._selection_changed()

    def _texts(self, conflict: ConflictInfo) -> list[str]:
        record_type = self.services.registry.get(conflict.record_type)
        try:
            name = self.services.records.display_name(conflict.record_type, conflict.record_id)
        except DomainError:
            name = str(conflict.record_id)
        record = f"{registry_text(record_type.singular)} {name}"
        if conflict.kind == "field" and conflict.field is not None:
            known = {f.name: f for f in record_type.fields}
            label = field_label(known[conflict.field]) if conflict.field in known else ""
            what = (
                self.tr("%1 changed on both sides").replace("%1", label)
                if label
                else self.tr("The lines changed on both sides")
            )
            if conflict.field in known:
                spec = known[conflict.field]
                mine, theirs = self._shown(spec, conflict.mine), self._shown(spec, conflict.theirs)
            else:
                mine, theirs = self.tr("your lines"), self.tr("the office's lines")
            return [record, what, mine, theirs]
        if conflict.kind == "deleted here":
            return [
                record,
                self.tr("You deleted it; the office changed it"),
                self.tr("deleted"),
                self.tr("changed"),
            ]
        if conflict.kind == "deleted there":
            return [
                record,
                self.tr("The office deleted it; you changed it"),
                self.tr("changed"),
                self.tr("deleted"),
            ]
        return [
            record,
            self.tr("The office did not allow your change"),
            self.tr("changed"),
            self.tr("as it was"),
        ]

    def _shown(self, spec: FieldSpec, raw: str | None) -> str:
        """A value as the conflict keeps it (text), as the form would show it."""
        if raw is None:
            return ""
        if spec.kind is Kind.REFERENCE and spec.reference and raw.isdigit():
            try:
                return self.services.records.display_name(spec.reference, int(raw))
            except DomainError:
                return raw
        if spec.choices:
            return choice_text(raw)
        return raw

    def _selection_changed(self) -> None:
        chosen = bool(self.tree.selectedItems())
        self.mine_button.setEnabled(chosen)
        self.theirs_button.setEnabled(chosen)

    def decide(self, choice: str) -> None:
        """Decide the selected conflicts ``choice`` ("mine" or "theirs")."""
        from crm_desktop.services.road.conflicts import decide

        for item in self.tree.selectedItems():
            try:
                decide(self.services, int(item.data(0, Qt.ItemDataRole.UserRole)), choice)
            except DomainError as exc:
                QMessageBox.warning(self, self.tr("Road copy conflicts"), str(exc))
                break
        self.load()
