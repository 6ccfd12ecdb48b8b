"""The editors of a line's cells: a product looked up while typing, numbers that cannot go
below zero, and a check box per tax rate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QRect, QRegularExpression, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QRegularExpressionValidator,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolTip,
    QWidget,
)

from crm_desktop.views import icons
from crm_desktop.views.quotes.line_cells import same_tax, tax_text

if TYPE_CHECKING:
    from crm_desktop.services import Services
    from crm_desktop.services.quotes.types import DocumentTax

#: how long typing must pause before products are looked up (ms)
LOOKUP_DELAY = 200
LOOKUP_LIMIT = 20
#: what a number cell lets through: digits, separators, spaces, a sign, a trailing "%"
SIGNED_KEYS = "^[\\d\\s.,'\u00a0\u202f+\\-\u2212]*%?$"
#: the same without a minus sign
UNSIGNED_KEYS = "^[\\d\\s.,'\u00a0\u202f+]*$"
_MINUS = ("-", "\u2212")


class NumberEdit(QLineEdit):
    """A number cell's editor. With a ``refusal`` (quantity, unit price) a minus sign is not
    taken as it is typed and the refusal shows under the cell: the save would refuse the
    number anyway, and the user learns it where they type."""

    def __init__(self, parent: QWidget | None = None, refusal: str = "") -> None:
        super().__init__(parent)
        self.refusal = refusal
        self._last_key = ""
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        keys = QRegularExpression(UNSIGNED_KEYS if refusal else SIGNED_KEYS)
        self.setValidator(QRegularExpressionValidator(keys, self))
        self.inputRejected.connect(self._rejected)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._last_key = event.text()
        super().keyPressEvent(event)

    def _rejected(self) -> None:
        if self.refusal and any(sign in self._last_key for sign in _MINUS):
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.refusal, self)


class ProductEdit(QLineEdit):
    """The item cell's editor: any text, or a product found by typing part of its name."""

    product_chosen = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        #: the product picked from the list while this editor was open
        self.chosen_id: int | None = None
        self.setPlaceholderText(self.tr("Product or text…"))
        self.results = QStandardItemModel(self)
        self.completer = QCompleter(self.results, self)
        # The service matched folded words already ("giay" finds "Giấy"): no second filter.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(LOOKUP_DELAY)
        self.timer.timeout.connect(self.lookup)
        self.textEdited.connect(lambda _text: self.timer.start())

    def lookup(self) -> None:
        """Offer the products whose words start with what is typed."""
        self.timer.stop()
        text = self.text().strip()
        if not text:
            self.completer.popup().hide()
            return
        self.results.clear()
        for match in self.services.search.lookup("products", text, LOOKUP_LIMIT):
            item = QStandardItem(icons.icon("product"), match.name)
            item.setData(match.id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.results.appendRow(item)
        if self.results.rowCount():
            # As wide as the names need, not only the Item column: two coffees must be
            # told apart by more than "Cà phê rang xay Bu…".
            popup = self.completer.popup()
            width = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width()
            self.completer.complete(
                QRect(0, 0, max(self.width(), min(width + 24, 640)), self.height())
            )
        else:
            self.completer.popup().hide()

    def choose(self, product_id: int, name: str) -> None:
        self.chosen_id = product_id
        self.setText(name)
        self.product_chosen.emit(product_id)

    def _activated(self, index: QModelIndex) -> None:
        product_id = index.data(Qt.ItemDataRole.UserRole)
        if product_id is not None:
            self.choose(int(product_id), str(index.data(Qt.ItemDataRole.DisplayRole)))


class TaxListEditor(QListWidget):
    """The taxes cell's editor: a check box per tax rate (Space toggles, Enter confirms)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxes: list[DocumentTax] = []

    def set_taxes(self, available: Sequence[DocumentTax], chosen: Sequence[DocumentTax]) -> None:
        self.clear()
        # A tax the line has but the settings no longer offer is still shown (and kept).
        self.taxes = list(available) + [
            t for t in chosen if not any(same_tax(t, a) for a in available)
        ]
        for tax in self.taxes:
            item = QListWidgetItem(tax_text([tax]), self)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = any(same_tax(tax, c) for c in chosen)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if self.count():
            self.setCurrentRow(0)

    def checked(self) -> list[DocumentTax]:
        return [
            tax
            for i, tax in enumerate(self.taxes)
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def sizeHint(self) -> QSize:
        rows = max(1, min(self.count(), 8))
        return QSize(220, self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)
