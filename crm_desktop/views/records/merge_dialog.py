"""Merging likely duplicates: the record to keep, and for each field that differs, the
value to keep. The others go to the recycle bin (their merge can be undone there)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import DomainError
from crm_desktop.registry import FieldSpec, Kind
from crm_desktop.services import Services
from crm_desktop.services.duplicates.types import MergeResult
from crm_desktop.services.records.types import Record
from crm_desktop.views import formatting
from crm_desktop.views.shell.crash import show_domain_error


def _filled(record: Record, spec: FieldSpec) -> bool:
    return record.values.get(spec.name) not in (None, "")


class MergeDialog(QDialog):
    """Shows the records side by side: a "Keep" choice above each, a choice of value in
    each row whose values differ. Merge saves it all in one transaction."""

    merged = Signal(object)  # MergeResult

    def __init__(
        self, services: Services, type_key: str, ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.services = services
        self.record_type = services.registry.get(type_key)
        plural = formatting.registry_text(self.record_type.label).lower()
        self.setWindowTitle(self.tr("Merge %1").replace("%1", plural))
        intro = QLabel(
            self.tr(
                "Choose the record to keep and, where they differ, the value to keep. The "
                "others go to the recycle bin, where the merge can be undone; everything "
                "linked to them moves to the record kept."
            )
        )
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 0)
        body = QWidget()
        body.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.same_label = QLabel()
        self.same_label.setEnabled(False)  # greyed: a note, not a choice
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.merge_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge"))
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.same_label)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.ids = list(ids)
        self.records: list[Record] = []
        self.keep = QButtonGroup(self)
        #: field name -> its choice of value (index of the record whose value is kept)
        self.choices: dict[str, QButtonGroup] = {}
        self._chosen_by_user: set[str] = set()
        self.load()

    # -- building ---------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the records (again, after someone else changed one) and lay them out."""
        self.records = [self.services.records.get(self.record_type.key, i) for i in self.ids]
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.keep = QButtonGroup(self)
        self.choices = {}
        self._chosen_by_user = set()
        for column, record in enumerate(self.records, start=1):
            name = self.record_type.display_name(record.values)
            button = QRadioButton(self.tr("Keep %1").replace("%1", record.number or name))
            button.setToolTip(name)
            self.keep.addButton(button, column - 1)
            title = QLabel(name)
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
            title.setWordWrap(True)
            self.grid.addWidget(button, 0, column)
            self.grid.addWidget(title, 1, column)
            self.grid.setColumnStretch(column, 1)
        row, same = 2, 0
        for spec in self.record_type.fields:
            if spec.read_only or spec.name in ("number",):
                continue
            texts = [self._text(record, spec) for record in self.records]
            values = [record.values.get(spec.name) for record in self.records]
            if all(v == values[0] for v in values):
                same += 1
                continue
            label = QLabel(formatting.registry_text(spec.label))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for index, text in enumerate(texts):
                button = QRadioButton(text or self.tr("(empty)"))
                button.setAccessibleName(f"{spec.name}:{index}")
                group.addButton(button, index)
                self.grid.addWidget(button, row, index + 1)
            group.idClicked.connect(lambda _i, name=spec.name: self._chosen_by_user.add(name))
            self.choices[spec.name] = group
            row += 1
        self.grid.setRowStretch(row, 1)
        self.same_label.setText(
            formatting.english_plural(
                self.tr("%n other field(s) are the same in every record.", "", same), same
            )
        )
        self.keep.idClicked.connect(lambda _i: self._default_values())
        self.keep.button(self._best_survivor()).setChecked(True)
        self._default_values()

    def _text(self, record: Record, spec: FieldSpec) -> str:
        value = record.values.get(spec.name)
        if spec.kind in (Kind.REFERENCE, Kind.USER) and value is not None:
            return record.references.get(spec.name, str(value))
        return formatting.display_text(spec, value, currency=record.values.get("currency"))

    def _best_survivor(self) -> int:
        """The record with the most fields filled in (the oldest of equals): the one most
        often kept, so usually no choice needs changing."""
        fields = [f for f in self.record_type.fields if not f.read_only]
        filled = [sum(_filled(r, f) for f in fields) for r in self.records]
        return max(range(len(self.records)), key=lambda i: (filled[i], -self.records[i].id))

    def _default_values(self) -> None:
        """Each field the user has not chosen: the kept record's value, or when it has
        none, the first other record's that has one."""
        survivor = self.survivor_index()
        order = [survivor, *(i for i in range(len(self.records)) if i != survivor)]
        for name, group in self.choices.items():
            if name in self._chosen_by_user:
                continue
            spec = self.record_type.field(name)
            pick = next((i for i in order if _filled(self.records[i], spec)), survivor)
            group.button(pick).setChecked(True)

    # -- the choices ------------------------------------------------------------------------------
    def survivor_index(self) -> int:
        return max(0, self.keep.checkedId())

    def chosen_values(self) -> dict[str, Any]:
        """The kept record's new values: each field whose chosen value is another's."""
        survivor = self.records[self.survivor_index()]
        values = {}
        for name, group in self.choices.items():
            chosen = self.records[max(0, group.checkedId())]
            if chosen is not survivor:
                values[name] = chosen.values.get(name)
        return values

    def merge(self) -> MergeResult | None:
        survivor = self.records[self.survivor_index()]
        versions = {record.id: record.version for record in self.records}
        try:
            result = self.services.merges.merge(
                self.record_type.key, survivor.id, versions, self.chosen_values()
            )
        except DomainError as exc:
            show_domain_error(self, exc)
            try:
                self.load()  # someone else changed one: show what is there now
            except DomainError:
                self.reject()
            return None
        self.merged.emit(result)
        self.accept()
        return result
