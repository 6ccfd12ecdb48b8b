"""The table of a document's lines: the view and the editors of its cells.

The view keeps the line keys (Insert, Delete, Ctrl+Up / Ctrl+Down) to itself even where the
window has shortcuts for them; the delegate opens the editor each column needs, and number
cells commit at every key press so the totals follow the typing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from crm_desktop.registry.picklists import UNITS
from crm_desktop.views import formatting
from crm_desktop.views.quotes.line_cells import (
    DESCRIPTION,
    DISCOUNT,
    ITEM,
    QUANTITY,
    TAXES,
    UNIT,
    UNIT_PRICE,
)
from crm_desktop.views.quotes.line_editors import NumberEdit, ProductEdit, TaxListEditor
from crm_desktop.views.quotes.line_items import LineItemsModel

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.quotes.types import DocumentTax

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
