"""The line-item editor: a table over :class:`LineItemsModel` with its cell editors.

Keyboard: Insert adds a line below the current one, Delete removes the selected lines,
Ctrl+Up / Ctrl+Down move them; rows can be dragged to another place too. Typing in a
number cell updates the totals at every key press (the cell commits as it is typed).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.registry.picklists import UNITS
from crm_desktop.services import Services
from crm_desktop.services.quotes.documents import DocumentTax
from crm_desktop.services.quotes.totals import INDIVIDUAL
from crm_desktop.views import formatting, icons
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
from crm_desktop.views.quotes.line_editors import NumberEdit, ProductEdit, TaxListEditor
from crm_desktop.views.quotes.line_items import LineItemsModel

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
_Index = QModelIndex | QPersistentModelIndex
_MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down)


class LineDelegate(QStyledItemDelegate):
    """Editors of the line cells; number cells commit at every key press."""

    def __init__(self, services: Services, view: LinesView) -> None:
        super().__init__(view)
        self.services = services
        self.view = view
        #: the tax rates a line may choose from (active rates of the settings)
        self.available_taxes: list[DocumentTax] = []
        #: the document's currency: a product priced in another brings no price
        self.currency: str | None = None
        self._typing = False

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget | None:
        column = index.column()
        if column == ITEM:
            editor = ProductEdit(self.services, parent)
            editor.product_chosen.connect(lambda _id, e=editor: self._product_chosen(e))
            return editor
        if column in (QUANTITY, UNIT_PRICE, DISCOUNT):
            refusals = {
                QUANTITY: self.tr("The quantity must be more than zero."),
                UNIT_PRICE: self.tr("The unit price cannot be below zero."),
            }
            line = NumberEdit(parent, refusals.get(column, ""))
            line.textEdited.connect(lambda _text, e=line: self._typed(e))
            return line
        if column == UNIT:
            combo = QComboBox(parent)
            combo.addItem("", None)
            for unit in UNITS:
                combo.addItem(formatting.choice_text(unit), unit)
            return combo
        if column == TAXES:
            return TaxListEditor(parent)
        if column == DESCRIPTION:
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            return text
        return None

    def _typed(self, editor: QWidget) -> None:
        # Live totals: hand the text to the model as it is typed, without the model's
        # echo (setEditorData) moving the cursor or reformatting the half-typed number.
        self._typing = True
        try:
            self.commitData.emit(editor)
        finally:
            self._typing = False

    def _product_chosen(self, editor: ProductEdit) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.EditNextItem)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if self._typing:
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, TaxListEditor):
            editor.set_taxes(self.available_taxes, value or [])
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, ProductEdit) and editor.chosen_id is not None:
            assert isinstance(model, LineItemsModel)
            line = model.line(index.row())
            quotes, currency = self.services.quotes, self.currency
            product = quotes.line_from_product(editor.chosen_id, line.quantity, currency)
            model.set_product(index.row(), product)
            foreign = quotes.foreign_price(editor.chosen_id, currency) if currency else None
            if foreign is not None:
                model.set_note(
                    index.row(),
                    UNIT_PRICE,
                    self.tr("The product's price is %1 %2; enter the price in %3.")
                    .replace("%1", formatting.format_decimal(foreign[0], None, self.view.locale()))
                    .replace("%2", foreign[1])
                    .replace("%3", currency or ""),
                )
            editor.chosen_id = None
        elif isinstance(editor, TaxListEditor):
            model.setData(index, editor.checked())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        if not isinstance(editor, TaxListEditor | QPlainTextEdit):
            super().updateEditorGeometry(editor, option, index)
            return
        # Taller than a row: the check boxes or a few lines of text, kept inside the view.
        rect = QRect(option.rect)
        hint = editor.sizeHint()
        lines = editor.fontMetrics().lineSpacing() * 4 + 12
        rect.setWidth(max(rect.width(), hint.width()))
        rect.setHeight(hint.height() if isinstance(editor, TaxListEditor) else lines)
        area = self.view.viewport().rect()
        if rect.bottom() > area.bottom():
            rect.moveBottom(area.bottom())
        if rect.top() < area.top():
            rect.moveTop(area.top())
        if rect.right() > area.right():
            rect.moveRight(area.right())
        editor.setGeometry(rect)


class LinesView(QTableView):
    """The table; the line keys are its own even where the window has shortcuts (Del)."""

    insert_requested = Signal()
    delete_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        # Tab leaves the table (a form has more fields below); inside an open cell editor
        # Tab still moves on to the next cell.
        self.setTabKeyNavigation(False)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        # The spare width goes to the item's name (see fit_item), not to the mostly empty
        # description at the end.
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._section_resized)
        #: the item column's least width, however narrow the form
        self.item_min_width = self.fontMetrics().averageCharWidth() * 22 + 16
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def fit_item(self) -> None:
        """The item column takes the width the other columns leave (at least
        item_min_width: past that the table scrolls sideways)."""
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != ITEM and not header.isSectionHidden(c)
        )
        width = max(self.item_min_width, self.viewport().width() - others)
        if header.count() > ITEM and header.sectionSize(ITEM) != width:
            header.blockSignals(True)
            try:
                header.resizeSection(ITEM, width)
            finally:
                header.blockSignals(False)
            self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_item()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != ITEM:  # another column made wider or narrower: the item follows
            self.fit_item()

    def _own_key(self, event: QKeyEvent) -> bool:
        if self.state() == QAbstractItemView.State.EditingState:
            return False
        key, modifiers = event.key(), event.modifiers()
        control = modifiers & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Insert, Qt.Key.Key_Delete) and not control:
            return True
        return bool(control) and key in _MOVE_KEYS

    def event(self, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and self._own_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._own_key(event):
            super().keyPressEvent(event)
            return
        key = event.key()
        if key == Qt.Key.Key_Insert:
            self.insert_requested.emit()
        elif key == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        else:
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        event.accept()


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
