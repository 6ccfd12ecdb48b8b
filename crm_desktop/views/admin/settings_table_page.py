"""The frame both table pages of the settings dialog share: a table, buttons below it,
and a line saying what went wrong, with the marking of a refused row and the checkbox cells."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.views.palette import error_background, show_as_error
from crm_desktop.views.qt_texts import translated_errors as _translated

ID_ROLE = Qt.ItemDataRole.UserRole


def field_messages(errors: dict[str, str], labels: dict[str, str]) -> str:
    """ "Name: This field is required." per refused field, in the user's language."""
    return "\n".join(
        f"{labels[k]}: {m}" if k in labels else m for k, m in _translated(errors).items()
    )


def check_item(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def is_checked(item: QTableWidgetItem | None) -> bool:
    return item is not None and item.checkState() == Qt.CheckState.Checked


class TablePage(QWidget):
    """A table, buttons below it, and a line for what went wrong."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buttons = QHBoxLayout()
        self.message = QLabel(self)
        show_as_error(self.message)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(self.message)
        #: the table row of each change handed to the dialog (None: a deleted row)
        self._change_rows: list[int | None] = []

    def clear_problems(self) -> None:
        self.show_problem(None, "")

    def _row_errors(self, errors: dict[str, str], prefix: str) -> dict[int | None, dict[str, str]]:
        """The service's "<prefix>.<i>.<field>" errors, by table row."""
        rows: dict[int | None, dict[str, str]] = {}
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == prefix and parts[1].isdigit():
                index = int(parts[1])
                if index < len(self._change_rows):
                    rows.setdefault(self._change_rows[index], {})[parts[2]] = message
        return rows

    def show_problem(self, row: int | None, text: str) -> None:
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is not None:
                    item.setBackground(QBrush(error_background()) if r == row else QBrush())
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if row is not None:
            self.table.setCurrentCell(row, 0)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button
