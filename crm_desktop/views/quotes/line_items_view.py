"""The line-item editor: buttons above a table over :class:`LineItemsModel`.

The table and the editors of its cells are in :mod:`.lines_table`; this widget adds the
buttons, keeps the selection on the lines it moved and fits its height to the form.

Keyboard: Insert adds a line below the current one, Delete removes the selected lines,
Ctrl+Up / Ctrl+Down move them; rows can be dragged to another place too. Typing in a
number cell updates the totals at every key press (the cell commits as it is typed).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from crm_desktop.services.quotes.totals import INDIVIDUAL
from crm_desktop.views import icons
from crm_desktop.views.quotes.line_cells import (
    DESCRIPTION,
    DISCOUNT,
    ITEM,
    QUANTITY,
    TAXES,
    TOTAL,
    UNIT,
    UNIT_PRICE,
)
from crm_desktop.views.quotes.line_items import LineItemsModel
from crm_desktop.views.quotes.lines_table import LineDelegate, LinesView

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.quotes.types import DocumentTax

#: rows the table shows at least; at most, as many as the visible part of a scrolling form
#: has room for (MAX_ROWS outside one)
MIN_ROWS, MAX_ROWS = 8, 12
#: default widths in average characters
_WIDTHS = {
    ITEM: 30,
    QUANTITY: 7,
    UNIT: 9,
    UNIT_PRICE: 13,
    DISCOUNT: 10,
    TAXES: 13,
    TOTAL: 14,
    DESCRIPTION: 26,
}


class LineItemsEditor(QWidget):
    """Buttons above the table of lines; :attr:`changed` after every edit of the lines."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = LineItemsModel(self)
        self.view = LinesView(self)
        self.view.setModel(self.model)
        self.delegate = LineDelegate(services, self.view)
        #: the visible part of the form and what of it the lines must fit in (fit_into)
        self._room: tuple[QWidget, QWidget] | None = None
        self.view.setItemDelegate(self.delegate)
        self.view.setAccessibleName(self.tr("Line items"))
        average = self.view.fontMetrics().averageCharWidth()
        for column, chars in _WIDTHS.items():
            self.view.setColumnWidth(column, average * chars + 16)
        self.view.fit_item()
        self.view.insert_requested.connect(self.insert_line)
        self.view.delete_requested.connect(self.delete_lines)
        self.view.move_requested.connect(self.move_lines)

        self.add_button = self._button(self.tr("Add line"), "add", "Ins", self.insert_line)
        self.delete_button = self._button(self.tr("Delete"), "remove", "Del", self.delete_lines)
        self.up_button = self._button(
            self.tr("Move up"), "", "Ctrl+Up", lambda: self.move_lines(-1)
        )
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.down_button = self._button(
            self.tr("Move down"), "", "Ctrl+Down", lambda: self.move_lines(1)
        )
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

        self.model.edited.connect(self.changed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._rows_changed)
        self.model.rowsMoved.connect(self._update_buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._fit_height()
        self._update_buttons()

    def _button(self, text: str, icon: str, keys: str, slot: Any) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        if icon:
            button.setIcon(icons.icon(icon))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text} ({shortcut})")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    # -- what the form sets -----------------------------------------------------------------------
    def set_available_taxes(self, taxes: Sequence[DocumentTax]) -> None:
        self.delegate.available_taxes = list(taxes)

    def set_tax_mode(self, mode: str) -> None:
        self.model.set_tax_mode(mode)
        self.view.setColumnHidden(TAXES, mode != INDIVIDUAL)
        self.view.fit_item()

    # -- the line commands ------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return rows

    def insert_line(self) -> None:
        """A new line below the current one (or at the end), its item cell open for typing."""
        rows = self.selected_rows()
        row = rows[-1] + 1 if rows else self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, ITEM)
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(index)

    def delete_lines(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        self.model.removeRows(rows[0], len(rows))
        if self.model.rowCount():
            row = min(rows[0], self.model.rowCount() - 1)
            self._select(row, 1, self.view.currentIndex().column())

    def move_lines(self, step: int) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        column = max(0, self.view.currentIndex().column())
        moved = (
            self.model.move_up(rows[0], len(rows))
            if step < 0
            else self.model.move_down(rows[0], len(rows))
        )
        if moved:
            self._select(rows[0] + step, len(rows), column)

    def _select(self, row: int, count: int, column: int) -> None:
        selection = self.view.selectionModel()
        selection.setCurrentIndex(
            self.model.index(row, max(0, column)),
            selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
        )
        if count > 1:
            for extra in range(row + 1, row + count):
                selection.select(
                    self.model.index(extra, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    # -- housekeeping -----------------------------------------------------------------------------
    def _rows_changed(self, *_: object) -> None:
        self._fit_height()
        self._update_buttons()

    def fit_into(self, viewport: QWidget, frame: QWidget) -> None:
        """Grow to as many lines as ``viewport`` (the visible part of a scrolling form) has
        room for with ``frame`` (this editor and what is around it) whole: a long document
        is worked on a screenful of lines at a time, the form scrolled to them."""
        self._room = (viewport, frame)
        viewport.installEventFilter(self)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        room = self._room
        if room is not None and watched is room[0] and event.type() == QEvent.Type.Resize:
            self._fit_height()
        return super().eventFilter(watched, event)

    def _rows_height(self, rows: int) -> int:
        view = self.view
        return (
            view.horizontalHeader().sizeHint().height()
            + rows * view.verticalHeader().defaultSectionSize()
            + 2 * view.frameWidth()
            + view.horizontalScrollBar().sizeHint().height()
        )

    def _fit_height(self) -> None:
        # Every line and an empty row below them, within the room; the form's extra height
        # (if it has any) goes to the table too, which may grow past this minimum.
        wanted = self._rows_height(self.model.rowCount() + 1)
        if self._room is None:
            limit = self._rows_height(MAX_ROWS)
        else:
            viewport, frame = self._room
            # The frame's layout keeps its size hints until it runs again: renew them first,
            # or a second fit before that would measure the room around the table wrong.
            self.updateGeometry()
            around = frame.minimumSizeHint().height() - self.view.minimumHeight()
            limit = viewport.height() - around
        self.view.setMinimumHeight(max(self._rows_height(MIN_ROWS), min(wanted, limit)))

    def _update_buttons(self, *_: object) -> None:
        rows = self.selected_rows()
        self.delete_button.setEnabled(bool(rows))
        self.up_button.setEnabled(bool(rows) and rows[0] > 0)
        self.down_button.setEnabled(bool(rows) and rows[-1] < self.model.rowCount() - 1)
