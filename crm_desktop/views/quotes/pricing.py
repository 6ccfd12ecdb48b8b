"""A quote's or order's currency and tax mode, as the lines and money fields follow them."""

from __future__ import annotations

import copy
from typing import Any

from crm_desktop.services.quotes.totals import GROUP, INDIVIDUAL
from crm_desktop.views import formatting
from crm_desktop.views.quotes.line_cells import TAXES
from crm_desktop.views.records.field_widgets import NumberEditor

#: header money fields shown with the currency's decimals
MONEY_FIELDS = ("discount_amount", "shipping_amount", "adjustment")


class QuotePricing:
    """The part of :class:`QuoteForm` about the currency's decimals and the tax mode."""

    editors: dict[str, Any]
    lines_editor: Any
    group_taxes: Any
    _currency_decimals: dict[str, int]

    def decimals(self) -> int:
        """The decimals of the currency chosen now."""
        code = self.editors["currency"].value()
        return self._currency_decimals.get(code, formatting.currency_decimals(code))

    def _apply_currency(self) -> None:
        assert self.lines_editor is not None
        decimals = self.decimals()
        self.lines_editor.model.set_decimals(decimals)
        currency = self.editors["currency"].value()
        self.lines_editor.delegate.currency = str(currency) if currency else None
        for name in MONEY_FIELDS:
            editor = self.editors[name]
            if isinstance(editor, NumberEditor) and editor.min_decimals != decimals:
                editor.min_decimals = decimals
                value = editor.value()
                if value is not None and not isinstance(value, str):
                    editor.set_value(value)

    def _show_tax_mode(self, mode: str) -> None:
        self.group_taxes.setEnabled(mode != INDIVIDUAL)
        if self.lines_editor is not None:
            self.lines_editor.set_tax_mode(mode)

    def _tax_mode_changed(self) -> None:
        assert self.lines_editor is not None
        mode = self.editors["tax_mode"].value() or GROUP
        self._show_tax_mode(mode)
        model = self.lines_editor.model
        group = self.group_taxes.taxes()
        # Switching to taxes per line: lines without any start with the document's taxes,
        # so the total stays what it was until the user changes a line.
        if mode == INDIVIDUAL and group and not any(line.taxes for line in model.lines()):
            for row in range(model.rowCount()):
                model.setData(model.index(row, TAXES), copy.deepcopy(group))
