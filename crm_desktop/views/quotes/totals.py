"""The document-level parts of the quote editor: tax check boxes and the live totals."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QWidget

from crm_desktop.services.quotes.totals import INDIVIDUAL, Totals
from crm_desktop.views import formatting
from crm_desktop.views.palette import show_as_error
from crm_desktop.views.quotes.line_cells import same_tax, tax_text

if TYPE_CHECKING:
    from crm_desktop.services.quotes.types import DocumentTax

#: check boxes per row of a TaxChecks (the form may be a narrow pane)
_PER_ROW = 2


class TaxChecks(QWidget):
    """One check box per tax rate; the checked ones are the taxes of the document (or of
    its shipping). A tax the document has but the settings no longer offer stays listed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setHorizontalSpacing(14)
        self.boxes: list[tuple[QCheckBox, DocumentTax]] = []
        self.empty = QLabel(self.tr("No tax rates yet (Tools › Settings…)."), self)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout.addWidget(self.empty, 0, 0)

    def set_choices(self, available: Sequence[DocumentTax], chosen: Sequence[DocumentTax]) -> None:
        for box, _tax in self.boxes:
            self._layout.removeWidget(box)
            box.hide()  # now: deleteLater waits for the event loop, and would still paint
            box.deleteLater()
        self.boxes = []
        taxes = list(available) + [t for t in chosen if not any(same_tax(t, a) for a in available)]
        for i, tax in enumerate(taxes):
            box = QCheckBox(tax_text([tax]), self)
            box.setChecked(any(same_tax(tax, c) for c in chosen))
            box.toggled.connect(self.changed)
            self._layout.addWidget(box, i // _PER_ROW, i % _PER_ROW)
            self.boxes.append((box, tax))
        self._layout.setColumnStretch(_PER_ROW, 1)
        self.empty.setVisible(not taxes)

    def taxes(self) -> list[DocumentTax]:
        return [copy.copy(tax) for box, tax in self.boxes if box.isChecked()]

    def set_checked(self, name: str, checked: bool = True) -> None:
        """Check the box of the tax shown as ``name`` (e.g. "VAT 10 %")."""
        for box, _tax in self.boxes:
            if box.text() == name:
                box.setChecked(checked)
                return
        raise KeyError(name)


class TotalsBlock(QFrame):
    """Subtotal, discount, taxes, shipping, adjustment and the total, as computed now."""

    KEYS = (
        "subtotal",
        "line_tax",
        "discount",
        "tax",
        "shipping",
        "shipping_tax",
        "adjustment",
        "grand_total",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(3)
        self.labels: dict[str, QLabel] = {}
        self.amounts: dict[str, QLabel] = {}
        for row, key in enumerate(self.KEYS):
            label, amount = QLabel(self), QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setWordWrap(True)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, row, 0)
            grid.addWidget(amount, row, 1)
            self.labels[key], self.amounts[key] = label, amount
        for key in ("line_tax",):
            for widget in (self.labels[key], self.amounts[key]):
                widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.labels["grand_total"].setFont(bold)
        self.amounts["grand_total"].setFont(bold)
        # The amounts keep one width as they change (a label grows for a longer one).
        for amount in self.amounts.values():
            amount.setMinimumWidth(amount.fontMetrics().horizontalAdvance("999,999,999.99"))
        self.problem = QLabel(self)
        show_as_error(self.problem)
        self.problem.setWordWrap(True)
        self.problem.hide()
        grid.addWidget(self.problem, len(self.KEYS), 0, 1, 2)

    def show_totals(
        self,
        totals: Totals | None,
        *,
        currency: str,
        tax_mode: str,
        discount_percent: Decimal | None,
        group_taxes: Sequence[DocumentTax],
        shipping_taxes: Sequence[DocumentTax],
        problem: str = "",
    ) -> None:
        """Show ``totals`` (None: they cannot be computed now; ``problem`` says why)."""
        locale = QLocale()
        individual = tax_mode == INDIVIDUAL
        texts = {
            "subtotal": self.tr("Subtotal"),
            "line_tax": self.tr("of which tax"),
            "discount": self.tr("Discount"),
            "tax": self.tr("Tax"),
            "shipping": self.tr("Shipping and handling"),
            "shipping_tax": self.tr("Tax on shipping"),
            "adjustment": self.tr("Adjustment"),
            "grand_total": self.tr("Total (%1)").replace("%1", currency),
        }
        if discount_percent:
            percent = formatting.format_decimal(discount_percent, None, locale)
            texts["discount"] += f" ({percent} %)"
        if group_taxes:
            texts["tax"] += f" ({tax_text(group_taxes, locale)})"
        if shipping_taxes:
            texts["shipping_tax"] += f" ({tax_text(shipping_taxes, locale)})"
        for key, text in texts.items():
            self.labels[key].setText(text)
        visible = {"line_tax": individual, "tax": not individual}
        for key in self.KEYS:
            shown = visible.get(key, True)
            self.labels[key].setVisible(shown)
            self.amounts[key].setVisible(shown)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if totals is None:
            for amount in self.amounts.values():
                amount.setText("—")
            return
        values = {
            "subtotal": totals.subtotal,
            "line_tax": totals.line_tax,
            "discount": -totals.discount,
            "tax": totals.tax,
            "shipping": totals.shipping,
            "shipping_tax": totals.shipping_tax,
            "adjustment": totals.adjustment,
            "grand_total": totals.grand_total,
        }
        for key, value in values.items():
            self.amounts[key].setText(formatting.format_decimal(value, totals.decimals, locale))

    def texts(self) -> dict[str, str]:
        """key -> the amount as shown, for the rows on show."""
        return {k: a.text() for k, a in self.amounts.items() if not a.isHidden()}
