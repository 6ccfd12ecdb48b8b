"""The dialog of File › Take a copy on the road…: where to write the copy and what to take."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class TakeAlongChoice:
    target: Path
    scope: str
    months: int | None


class TakeAlongDialog(QDialog):
    """Emits :attr:`chosen` with the user's choice when they press Take copy."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a copy on the road"))
        intro = QLabel(
            self.tr(
                "The copy holds the records you may see, with the products and settings "
                "to work with, and opens like any database. Work on it without a network; "
                "File › Sync with the office brings both sides together later."
            )
        )
        intro.setWordWrap(True)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.path_edit = QLineEdit(str(Path(documents) / self.tr("road-copy.sqlite3")))
        self.path_edit.setObjectName("road_copy_path")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.scopes = QButtonGroup(self)
        scope_box = QVBoxLayout()
        for key, text in (
            ("all", self.tr("&Everything I may see")),
            ("team", self.tr("My &team's records")),
            ("mine", self.tr("Only &my records")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"scope_{key}")
            button.setProperty("scope", key)
            self.scopes.addButton(button)
            scope_box.addWidget(button)
        self.scopes.buttons()[0].setChecked(True)
        self.recent = QCheckBox(self.tr("Only records changed in the last"))
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(12)
        self.months.setSuffix(self.tr(" months"))
        self.months.setEnabled(False)
        self.recent.toggled.connect(self.months.setEnabled)
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.recent)
        recent_row.addWidget(self.months)
        recent_row.addStretch(1)

        form = QFormLayout()
        path_label = QLabel(self.tr("&File:"))
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)
        form.addRow(self.tr("Take:"), scope_box)
        form.addRow("", recent_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Take copy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Road copy"), self.path_edit.text(), self.tr("Databases (*.sqlite3)")
        )
        if path:
            self.path_edit.setText(path)

    def choice(self) -> TakeAlongChoice:
        checked = self.scopes.checkedButton()
        return TakeAlongChoice(
            target=Path(self.path_edit.text().strip()).expanduser(),
            scope=str(checked.property("scope")),
            months=self.months.value() if self.recent.isChecked() else None,
        )

    def accept(self) -> None:
        if not self.path_edit.text().strip():
            self.path_edit.setFocus()
            return
        self.chosen.emit(self.choice())
        super().accept()
